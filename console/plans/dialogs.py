"""The plans' small dialogs: the leader's decision, an itinerary step, an expense, the follow-up (scheduled
and recorded) and a reason, each a form dialog (console.common.form_dialog)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton,
                               QSpinBox, QWidget)

from shared.domain.model import ReceptionLevel
from shared.qt.problems import PLANS
from shared.services.plans import Category, PlanDetail, PlanState, StepKind, StepView

from console.admin.levels_view import level_name
from console.common.form_dialog import FormDialog
from console.plans.texts import category_name, fill, kind_name, when


def qt_datetime(at: datetime) -> QDateTime:
    local = at.astimezone()
    return QDateTime(local.date(), local.time().replace(second=0, microsecond=0))


def aware(value: QDateTime) -> datetime:
    """What a date-time edit shows, as an aware local datetime (the services keep UTC)."""
    return value.toPython().replace(second=0, microsecond=0).astimezone()


def date_time_edit(name: str, at: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(qt_datetime(at))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setAccessibleName(name)
    return edit


def text_box(name: str, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class PlanDialog(FormDialog):
    """A plan's form: a text above it (`set_intro`), problems in the plans' words."""

    WORDING = PLANS
    INTRO = True


class ApprovalDialog(PlanDialog):
    """A leader decides: approve at the proposed level or another, or return it with a comment.
    submitted(("approve", level, comment)) or (("return", None, comment))."""

    CONTEXT = "ApprovalDialog"
    TITLE = QT_TRANSLATE_NOOP("ApprovalDialog", "Decide on the request")
    OK_NAME, OK_TEXT = "Approve plan", QT_TRANSLATE_NOOP("ApprovalDialog", "Approve")

    def __init__(self, parent: QWidget | None, plan: PlanDetail) -> None:
        super().__init__(parent)
        self.plan = plan
        self.level = QComboBox()
        for level in ReceptionLevel:
            self.level.addItem("", str(level))
        self.level.setCurrentIndex(max(0, self.level.findData(plan.level or plan.request.proposed_level)))
        self.row("level", "Approved level", QT_TRANSLATE_NOOP("ApprovalDialog", "Level"), self.level)
        self.comment = self.row("comment", "Decision comment", QT_TRANSLATE_NOOP("ApprovalDialog", "Comment"),
                                text_box("Decision comment", 80))
        self.return_button = QPushButton()
        self.return_button.setAccessibleName("Return plan")
        self.return_button.clicked.connect(lambda: self.submitted.emit(("return", None, self.comment.toPlainText())))
        self.buttons.insertWidget(2, self.return_button)
        self.return_button.setVisible(plan.state == PlanState.REQUESTED)  # approved: only the level changes
        self.finish(480)

    def retranslate(self) -> None:
        super().retranslate()
        for i in range(self.level.count()):
            self.level.setItemText(i, level_name(self.level.itemData(i)))
        self.return_button.setText(self.tr("Return to requester"))
        r = self.plan.request
        self.set_intro(fill(self.tr("%1 (%2), %3 people, %4 to %5. Proposed level: %6."), r.guest_name,
                            r.company or "—", r.party_size, r.arrive_on, r.leave_on, level_name(r.proposed_level)))

    def value(self):
        return ("approve", self.level.currentData(), self.comment.toPlainText())


class StepDialog(PlanDialog):
    """A step of the itinerary, new or edited: submitted(dict of the step's fields)."""

    CONTEXT = "StepDialog"
    TITLE = QT_TRANSLATE_NOOP("StepDialog", "Itinerary step")
    OK_NAME, OK_TEXT = "Save step", QT_TRANSLATE_NOOP("StepDialog", "Save")
    ROW_OF = {"step_kind": "kind"}

    def __init__(self, parent: QWidget | None, step: StepView | None, default_at: datetime) -> None:
        super().__init__(parent)
        self.step = step
        self.kind = QComboBox()
        for kind in StepKind:
            self.kind.addItem("", str(kind))
        self.kind.setEnabled(step is None)  # a step's kind is what it is; edit its title instead
        self.row("kind", "Step kind", QT_TRANSLATE_NOOP("StepDialog", "Kind"), self.kind)
        self.title = self.row("title", "Step title", QT_TRANSLATE_NOOP("StepDialog", "Title"), QLineEdit())
        self.timed = QCheckBox()
        self.timed.setAccessibleName("Step has a time")
        self.at = date_time_edit("Step time", step.at if step and step.at else default_at)
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.timed)
        row.addWidget(self.at, 1)
        self.row("at", "Step time", QT_TRANSLATE_NOOP("StepDialog", "Time"), self.at, line)
        self.place = self.row("place", "Step place", QT_TRANSLATE_NOOP("StepDialog", "Place"), QLineEdit())
        self.owner = self.row("owner", "Step owner", QT_TRANSLATE_NOOP("StepDialog", "Owner"), QLineEdit())
        self.driver = self.row("driver", "Step driver", QT_TRANSLATE_NOOP("StepDialog", "Driver"), QLineEdit())
        self.remind = QSpinBox(minimum=0, maximum=24 * 60, singleStep=5, value=30)
        self.row("remind_minutes", "Remind minutes before", QT_TRANSLATE_NOOP("StepDialog", "Remind before"),
                 self.remind)
        self.timed.toggled.connect(self.at.setEnabled)
        if step is not None:
            self.kind.setCurrentIndex(self.kind.findData(str(step.kind)))
            self.title.setText(step.title)
            self.place.setText(step.place)
            self.owner.setText(step.owner)
            self.driver.setText(step.driver)
            self.remind.setValue(step.remind_minutes)
        self.timed.setChecked(step is None or step.at is not None)
        self.at.setEnabled(self.timed.isChecked())
        self.finish()

    def retranslate(self) -> None:
        super().retranslate()
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_name(self.kind.itemData(i)))
        self.remind.setSuffix(self.tr(" min"))
        self.timed.setText(self.tr("at"))

    def value(self) -> dict:
        return {"kind": StepKind(self.kind.currentData()), "title": self.title.text().strip() or
                kind_name(self.kind.currentData()), "at": aware(self.at.dateTime()) if self.timed.isChecked() else None,
                "place": self.place.text(), "owner": self.owner.text(), "driver": self.driver.text(),
                "remind_minutes": self.remind.value()}


class ExpenseDialog(PlanDialog):
    """An amount spent: submitted((category, amount, note, step_id or None))."""

    CONTEXT = "ExpenseDialog"
    TITLE = QT_TRANSLATE_NOOP("ExpenseDialog", "Add expense")
    OK_NAME, OK_TEXT = "Save expense", QT_TRANSLATE_NOOP("ExpenseDialog", "Add")
    ROW_OF = {"step_id": "step"}

    def __init__(self, parent: QWidget | None, steps: tuple[StepView, ...], step_id: int | None = None) -> None:
        super().__init__(parent)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem("", str(category))
        self.row("category", "Expense category", QT_TRANSLATE_NOOP("ExpenseDialog", "Category"), self.category)
        self.amount = QSpinBox(minimum=0, maximum=10_000_000, singleStep=50)
        self.amount.setPrefix("¥")
        self.amount.setGroupSeparatorShown(True)
        self.row("amount", "Expense amount", QT_TRANSLATE_NOOP("ExpenseDialog", "Amount"), self.amount)
        self.step = QComboBox()
        self.step.addItem("", None)
        self._steps = steps
        for s in steps:
            self.step.addItem("", s.id)
        self.step.setCurrentIndex(max(0, self.step.findData(step_id)) if step_id is not None else 0)
        self.row("step", "Expense step", QT_TRANSLATE_NOOP("ExpenseDialog", "For step"), self.step)
        self.note = self.row("note", "Expense note", QT_TRANSLATE_NOOP("ExpenseDialog", "Note"), QLineEdit())
        self.finish()

    def retranslate(self) -> None:
        super().retranslate()
        for i in range(self.category.count()):
            self.category.setItemText(i, category_name(self.category.itemData(i)))
        self.step.setItemText(0, self.tr("None (the whole stay)"))
        for i, s in enumerate(self._steps, start=1):
            self.step.setItemText(i, f"{when(s.at)} {s.title}" if s.at else s.title)

    def value(self):
        return (Category(self.category.currentData()), self.amount.value(), self.note.text(), self.step.currentData())


class ScheduleFollowupDialog(PlanDialog):
    """When the guest leaves and how long the journey home is: submitted((departure_at, journey_minutes))."""

    CONTEXT = "ScheduleFollowupDialog"
    TITLE = QT_TRANSLATE_NOOP("ScheduleFollowupDialog", "Schedule the follow-up call")
    OK_NAME, OK_TEXT = "Save follow-up schedule", QT_TRANSLATE_NOOP("ScheduleFollowupDialog", "Save")
    ROW_OF = {"departure_at": "departure"}

    def __init__(self, parent: QWidget | None, departure: datetime, journey_minutes: int) -> None:
        super().__init__(parent)
        self.departure = self.row("departure", "Departure time",
                                  QT_TRANSLATE_NOOP("ScheduleFollowupDialog", "Departure"),
                                  date_time_edit("Departure time", departure))
        self.journey = QSpinBox(minimum=0, maximum=72 * 60, singleStep=30, value=journey_minutes)
        self.row("journey_minutes", "Journey minutes", QT_TRANSLATE_NOOP("ScheduleFollowupDialog", "Journey home"),
                 self.journey)
        self.finish()

    def retranslate(self) -> None:
        super().retranslate()
        self.journey.setSuffix(self.tr(" min"))
        self.set_intro(self.tr("The call is due when the guest should be home: departure plus the journey."))

    def value(self):
        return (aware(self.departure.dateTime()), self.journey.value())


class FollowupDialog(PlanDialog):
    """The follow-up call's outcome and the guest's rating: submitted((outcome, rating or None))."""

    CONTEXT = "FollowupDialog"
    TITLE = QT_TRANSLATE_NOOP("FollowupDialog", "Record the follow-up call")
    OK_NAME, OK_TEXT = "Save follow-up", QT_TRANSLATE_NOOP("FollowupDialog", "Save")

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.outcome = self.row("outcome", "Follow-up outcome", QT_TRANSLATE_NOOP("FollowupDialog", "What they said"),
                                text_box("Follow-up outcome", 96))
        self.rating = QComboBox()
        self.rating.addItem("", None)
        for stars in range(1, 6):
            self.rating.addItem("★" * stars, stars)
        self.row("rating", "Follow-up rating", QT_TRANSLATE_NOOP("FollowupDialog", "Rating"), self.rating)
        self.finish()

    def retranslate(self) -> None:
        super().retranslate()
        self.rating.setItemText(0, self.tr("No rating"))

    def value(self):
        return (self.outcome.toPlainText(), self.rating.currentData())


class ReasonDialog(PlanDialog):
    """A typed reason for something the record must explain: submitted(reason)."""

    CONTEXT = "ReasonDialog"
    OK_NAME, OK_TEXT = "Confirm with reason", QT_TRANSLATE_NOOP("ReasonDialog", "Confirm")

    def __init__(self, parent: QWidget | None, title: Callable[[], str], prompt: Callable[[], str]) -> None:
        """title and prompt give the text in the language of the moment."""
        super().__init__(parent)
        self._title, self._prompt = title, prompt
        self.reason = self.row("reason", "Reason", QT_TRANSLATE_NOOP("ReasonDialog", "Reason"), text_box("Reason"))
        self.finish()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self._title())
        self.set_intro(self._prompt())

    def value(self) -> str:
        return self.reason.toPlainText()


def combine(d: date, hhmm: str) -> datetime | None:
    """A day and "HH:MM" as an aware local time; None for empty; ValueError for anything else."""
    text = hhmm.strip()
    if not text:
        return None
    parsed = time.fromisoformat(text if len(text) > 4 else text.zfill(5))
    return datetime.combine(d, parsed).astimezone()
