"""The pages after and around the visit: the host's summary and the follow-up call, and the plan's history."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from shared.domain.model import Actor
from shared.services.plans import PlanDetail

from console.plans.sections import S, Section, button, fill_table, plain_label
from console.plans.texts import action_name, fill, when


class AfterSection(Section):
    """The host's summary (hidden from those without READ_SUMMARY) and the follow-up call."""

    CONTEXT = "AfterSection"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_.addWidget(self.texted(QLabel(objectName="sectionTitle"), QT_TRANSLATE_NOOP("AfterSection", "Visit summary")))
        self.summary_note = plain_label("Summary note")
        self.layout_.addWidget(self.summary_note)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName("Visit summary")
        self.summary.setTabChangesFocus(True)
        self.layout_.addWidget(self.summary, 1)
        self.save_summary = self.texted(button("Save summary"), QT_TRANSLATE_NOOP("AfterSection", "Save summary"))
        self.buttons_row(self.save_summary)
        self.layout_.addWidget(self.texted(QLabel(objectName="sectionTitle"), QT_TRANSLATE_NOOP("AfterSection", "Follow-up call")))
        self.followup = plain_label("Follow-up")
        self.layout_.addWidget(self.followup)
        self.schedule = self.texted(button("Schedule follow-up"), QT_TRANSLATE_NOOP("AfterSection", "Schedule…"))
        self.record = self.texted(button("Record follow-up", primary=True), QT_TRANSLATE_NOOP("AfterSection", "Record call…"))
        self.buttons_row(self.schedule, self.record)
        self.retranslate()

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        hidden = plan.summary_hidden
        self.summary.setVisible(not hidden)
        self.save_summary.setVisible(not hidden)
        if hidden:
            note = fill(self.tr("A summary exists (by %1); your role cannot read it."), plan.summary_by or "—")
        elif plan.summary:
            note = fill(self.tr("Written by %1."), plan.summary_by)
        else:
            note = self.tr("The host writes the summary after the visit; saving it completes the plan.")
        self.summary_note.setText(note)
        if not self.summary.hasFocus() and self.summary.toPlainText() != plan.summary:
            self.summary.setPlainText(plan.summary)
        self.save_summary.setEnabled(plan.state in (S.IN_PROGRESS, S.DONE, S.APPROVED))
        lines = []
        if plan.departure_at is not None:
            lines.append(fill(self.tr("Leaves %1; journey %2 min; call due %3."), when(plan.departure_at),
                              plan.journey_minutes, when(plan.followup_due_at)))
        else:
            lines.append(self.tr("Not scheduled yet."))
        if plan.followup_done_at is not None:
            stars = "★" * plan.followup_rating if plan.followup_rating else self.tr("no rating")
            lines.append(fill(self.tr("Called at %1 by %2 (%3): %4"), when(plan.followup_done_at), plan.followup_by,
                              stars, plan.followup_outcome))
        self.followup.setText("\n".join(lines))
        possible = plan.state in (S.APPROVED, S.IN_PROGRESS, S.DONE)
        self.schedule.setEnabled(possible)
        self.record.setEnabled(possible and plan.followup_done_at is None)


class HistorySection(Section):
    CONTEXT = "HistorySection"
    HEADERS = {"events": (QT_TRANSLATE_NOOP("HistorySection", "When"), QT_TRANSLATE_NOOP("HistorySection", "By"), QT_TRANSLATE_NOOP("HistorySection", "What"),
                          QT_TRANSLATE_NOOP("HistorySection", "Note"))}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = self.table("events", "Plan history")
        self.layout_.addWidget(self.events)
        self.retranslate()

    def update_plan(self, plan: PlanDetail, actor: Actor) -> None:
        fill_table(self.events, [(when(e.at), e.operator, action_name(e.action), e.note) for e in plan.events])
