"""The request and approval pages: what was asked, and a leader's decision and the standards."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from shared.domain.model import Actor
from shared.domain.permissions import Permission, can
from shared.services.plans import PlanDetail, Standards, StepKind

from console.admin.levels_view import level_name
from console.plans.sections import OPEN, RUNNING, S, Section, button, plain_label
from console.plans.texts import day, fill, kind_name, transport_name, when


class RequestSection(Section):
    CONTEXT = "RequestSection"
    ROWS = (("guest", QT_TRANSLATE_NOOP("RequestSection", "Guest")), ("contact", QT_TRANSLATE_NOOP("RequestSection", "Region and phone")),
            ("party", QT_TRANSLATE_NOOP("RequestSection", "Party size")), ("dates", QT_TRANSLATE_NOOP("RequestSection", "Stay")),
            ("purpose", QT_TRANSLATE_NOOP("RequestSection", "Purpose")), ("meet", QT_TRANSLATE_NOOP("RequestSection", "Must meet")),
            ("host", QT_TRANSLATE_NOOP("RequestSection", "Host")), ("travel", QT_TRANSLATE_NOOP("RequestSection", "Travel")),
            ("stay", QT_TRANSLATE_NOOP("RequestSection", "Lodging and meals")), ("extras", QT_TRANSLATE_NOOP("RequestSection", "Also")),
            ("level", QT_TRANSLATE_NOOP("RequestSection", "Proposed level")), ("notes", QT_TRANSLATE_NOOP("RequestSection", "Notes")),
            ("by", QT_TRANSLATE_NOOP("RequestSection", "Requested by")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, text in self.ROWS:
            self.values[key] = plain_label(f"Request {key}")
            form.addRow(self.texted(QLabel(), text), self.values[key])
        self.layout_.addLayout(form)
        self.edit = self.texted(button("Edit request"), QT_TRANSLATE_NOOP("RequestSection", "Edit and resubmit…"))
        self.cancel = self.texted(button("Cancel plan"), QT_TRANSLATE_NOOP("RequestSection", "Cancel plan…"))
        self.buttons_row(self.edit, self.cancel)
        self.layout_.addStretch(1)
        self.retranslate()

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        r = plan.request
        travel = " ".join(x for x in (transport_name(r.transport) if r.transport else "", r.transport_no) if x)
        if r.arrival_at or r.arrival_place:
            travel += fill(self.tr(", arrives %1 %2"), when(r.arrival_at) if r.arrival_at else "", r.arrival_place)
        if r.pickup:
            travel += self.tr(", pickup needed")
        extras = [kind_name(k) for flag, k in ((r.showroom_tour, StepKind.SHOWROOM), (r.leader_meeting,
                                                                                   StepKind.LEADER)) if flag]
        values = {
            "guest": " · ".join(x for x in (r.guest_name, r.company) if x),
            "contact": " · ".join(x for x in (r.guest_region, r.guest_phone) if x) or "—",
            "party": str(r.party_size), "dates": f"{day(r.arrive_on)} – {day(r.leave_on)}",
            "purpose": r.purpose or "—", "meet": r.meet_whom or "—", "host": plan.host_name or "—",
            "travel": travel or "—", "stay": " · ".join(x for x in (r.lodging, r.meals) if x) or "—",
            "extras": ", ".join(extras) or "—", "level": level_name(r.proposed_level), "notes": r.notes or "—",
            "by": f"{plan.requested_by} · {when(plan.requested_at)}",
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self.edit.setEnabled(plan.state in (S.REQUESTED, S.RETURNED))
        self.cancel.setEnabled(plan.state in OPEN)


STANDARD_FIELDS = (("lodging", "Standard lodging", QT_TRANSLATE_NOOP("ApprovalSection", "Lodging")),
                   ("accompany", "Standard accompany", QT_TRANSLATE_NOOP("ApprovalSection", "Accompanied by")),
                   ("vehicle", "Standard vehicle", QT_TRANSLATE_NOOP("ApprovalSection", "Vehicle")),
                   ("refreshments", "Standard refreshments", QT_TRANSLATE_NOOP("ApprovalSection", "Refreshments")),
                   ("extras", "Standard extras", QT_TRANSLATE_NOOP("ApprovalSection", "Extras")))


class ApprovalSection(Section):
    CONTEXT = "ApprovalSection"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decision = plain_label("Decision")
        self.layout_.addWidget(self.decision)
        self.decide = self.texted(button("Decide on request", primary=True),
                                  QT_TRANSLATE_NOOP("ApprovalSection", "Approve or return…"))
        self.buttons_row(self.decide)
        self.hint = plain_label("Approval hint")
        self.hint.setStyleSheet("color: #6b7280;")
        self.layout_.addWidget(self.hint)
        self.layout_.addWidget(self.texted(QLabel(objectName="sectionTitle"), QT_TRANSLATE_NOOP("ApprovalSection", "Standards")))
        form = QFormLayout()
        self.standards: dict[str, QWidget] = {}
        for key, name, text in STANDARD_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(name)
            self.standards[key] = edit
            form.addRow(self.texted(QLabel(), text), edit)
        for key, name, text in (("meal_lunch", "Standard lunch", QT_TRANSLATE_NOOP("ApprovalSection", "Lunch, party, up to")),
                                ("meal_dinner", "Standard dinner", QT_TRANSLATE_NOOP("ApprovalSection", "Dinner, party, up to"))):
            spin = QSpinBox(minimum=0, maximum=1_000_000, singleStep=50)
            spin.setPrefix("¥")
            spin.setGroupSeparatorShown(True)
            spin.setAccessibleName(name)
            self.standards[key] = spin
            form.addRow(self.texted(QLabel(), text), spin)
        self.layout_.addLayout(form)
        self.save_standards = self.texted(button("Save standards"), QT_TRANSLATE_NOOP("ApprovalSection", "Save standards"))
        self.buttons_row(self.save_standards)
        self.layout_.addStretch(1)
        self.retranslate()

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        approver = can(actor, Permission.APPROVE_PLAN)
        if plan.decided_at is None:
            text = (self.tr("Waiting for a leader's decision.") if plan.state == S.REQUESTED
                    else self.tr("No decision yet."))
        elif plan.state == S.RETURNED:
            text = fill(self.tr("Returned by %1 at %2: %3"), plan.decided_by, when(plan.decided_at),
                        plan.decision_comment or "—")
        else:
            text = fill(self.tr("Approved by %1 at %2 as %3."), plan.decided_by, when(plan.decided_at),
                        level_name(plan.level))
            if plan.decision_comment:
                text += "\n" + plan.decision_comment
        self.decision.setText(text)
        self.decide.setEnabled(approver and plan.state in (S.REQUESTED, *RUNNING))
        self.decide.setText(self.tr("Approve or return…") if plan.state in (S.REQUESTED, S.RETURNED)
                            else self.tr("Change level…"))
        self.hint.setText("" if approver else self.tr("Only a leader or an administrator approves plans and "
                                                       "adjusts their standards."))
        self.hint.setVisible(not approver)
        editable = approver and plan.state in RUNNING
        for key, widget in self.standards.items():
            value = getattr(plan.standards, key)
            if isinstance(widget, QSpinBox):
                widget.setValue(value)
            else:
                widget.setText(value)
            widget.setReadOnly(not editable)
        self.save_standards.setEnabled(editable)

    def value(self) -> Standards:
        return Standards(**{k: (w.value() if isinstance(w, QSpinBox) else w.text()) for k, w in self.standards.items()})
