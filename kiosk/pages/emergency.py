"""An emergency at a clinic: an injury (外伤) or another emergency, the patient's name and mobile, a few words of
what happened, the privacy consent, and one button. The chief doctor and the desk are told at once; nothing
else stands in the way (no photo, no documents, no doctor to choose)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QVBoxLayout, QWidget

from shared.domain.clinic import PatientKind
from shared.domain.model import Consent, WalkIn
from shared.domain.validation import field_problems
from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from kiosk.privacy import ALWAYS_KEPT, PrivacyConsent
from kiosk.widgets import Field, Reflow, card, label, page_frame, touch_button

CAUSE_MAX = 200


class EmergencyPage(Retranslating, QWidget):
    back = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Emergency page")
        self.title = label("title")
        self.subtitle = label("subtitle")
        self.injury = touch_button("Emergency: injury", kind="choice")
        self.general = touch_button("Emergency: other", kind="choice")
        self._kinds = QButtonGroup(self)
        for button in (self.injury, self.general):
            button.setCheckable(True)
            self._kinds.addButton(button)
            button.clicked.connect(lambda _=False: self._refresh())
        self.name = Field("Patient name")
        self.mobile = Field("Mobile number")
        self.mobile.edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.cause = Field("What happened")
        self.cause.edit.setMaxLength(CAUSE_MAX)
        self.fields = {"name": self.name, "mobile": self.mobile, "cause": self.cause}
        for key, field in self.fields.items():
            field.edited.connect(lambda k=key: self._on_edited(k))
        self.privacy = PrivacyConsent()
        self.problem = label("error")
        self.problem.setAccessibleName("Emergency problem")
        self.back_button = touch_button("Back", kind="secondary")
        self.send_button = touch_button("Get help now", kind="danger")
        self.send_button.setMinimumWidth(320)
        self._reported: dict[str, str] = {}
        self._failed = False
        self._lay_out()
        self.back_button.clicked.connect(self.back)
        self.send_button.clicked.connect(self._on_send)
        self.retranslate()

    def _lay_out(self) -> None:
        form = card()
        column = QVBoxLayout(form)
        column.setContentsMargins(32, 24, 32, 16)
        column.setSpacing(12)
        kinds = QHBoxLayout()
        kinds.setSpacing(16)
        kinds.addWidget(self.injury, 1)
        kinds.addWidget(self.general, 1)
        column.addLayout(kinds)
        who = QHBoxLayout()  # name and number side by side: the button stays on a 800 px screen
        who.setSpacing(16)
        who.addWidget(self.name, 1)
        who.addWidget(self.mobile, 1)
        column.addLayout(who)
        column.addWidget(self.cause)
        column.addStretch(1)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(Reflow([form, self.privacy], spacing=24), 1)
        page_frame(self, self.title, self.subtitle, body, [self.back_button], self.send_button,
                   problems=(self.privacy.problem, self.problem), spacing=12)

    def kind(self) -> PatientKind | None:
        if self.injury.isChecked():
            return PatientKind.INJURY
        return PatientKind.EMERGENCY if self.general.isChecked() else None

    def walk_in(self) -> WalkIn:
        """No doctor chosen: the chief doctor takes it (shared.services.checkin.patient.admit)."""
        kind = self.kind()
        return WalkIn(self.name.text(), self.mobile.text(), "", None, host_unknown=True,
                      patient_kind=str(kind) if kind else "", cause=self.cause.text())

    def consent(self) -> Consent:
        return self.privacy.consent()

    def problems(self) -> dict[str, str]:
        w = self.walk_in()
        found = {k: v for k, v in field_problems(w).items() if k in ("name", "mobile")}
        if w.patient_kind == PatientKind.EMERGENCY and not w.cause.strip():
            found["cause"] = "required"
        if not w.patient_kind:
            found["patient_kind"] = "unknown"
        return found | self._reported

    def start(self, retention_days: int) -> None:
        self.clear()
        self.privacy.set_terms(retention_days, [*ALWAYS_KEPT, "cause"])
        self.name.edit.setFocus()

    def clear(self) -> None:
        self._kinds.setExclusive(False)
        for button in (self.injury, self.general):
            button.setChecked(False)
        self._kinds.setExclusive(True)
        for field in self.fields.values():
            field.clear()
        self.privacy.clear()
        self._reported.clear()
        self._failed = False
        self.set_busy(False)
        self._refresh()

    def set_busy(self, busy: bool) -> None:
        for button in (self.send_button, self.back_button):
            button.setEnabled(not busy)

    def show_problems(self, problems: dict[str, str]) -> None:
        self.set_busy(False)
        if consent := next((k for k in ("consent", "id_consent") if k in problems), None):
            self.privacy.show_problem(consent)
        self._reported = {k: v for k, v in problems.items() if k in (*self.fields, "patient_kind")}
        for field in self.fields.values():
            field.touched = True
        self._refresh()

    def show_failure(self) -> None:
        self._failed = True
        self.set_busy(False)
        self._refresh()

    def _on_send(self) -> None:
        if self.problems():
            for field in self.fields.values():
                field.touched = True
            self._refresh(asked=True)
            return
        self.submitted.emit()

    def _on_edited(self, key: str) -> None:
        self._reported.pop(key, None)
        self._refresh()

    def _refresh(self, asked: bool = False) -> None:
        problems = self.problems()
        for key, field in self.fields.items():
            code = problems.get(key)
            field.show_problem(problem_text(key, code) if code and field.touched else "")
        text = ""
        if self._failed:
            text = self.tr("Sorry, something went wrong. Please go to the front desk now.")
        elif asked and "patient_kind" in problems:
            text = problem_text("patient_kind", "unknown")
        self.problem.setText(text)
        self.cause.caption.setText(self.tr("What happened?") if self.kind() == PatientKind.EMERGENCY
                                   else self.tr("What happened? (optional)"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Emergency"))
        self.subtitle.setText(self.tr("The doctor and the front desk are told the moment you press the button."))
        self.injury.setText(self.tr("An injury"))
        self.general.setText(self.tr("Other urgent pain"))
        self.name.caption.setText(self.tr("Patient's name"))
        self.mobile.caption.setText(self.tr("Mobile number"))
        self.mobile.edit.setPlaceholderText(self.tr("e.g. 138 0013 8000"))
        self.cause.edit.setPlaceholderText(self.tr("e.g. broke a front tooth"))
        self.back_button.setText(self.tr("Back"))
        self.send_button.setText(self.tr("Get help now"))
        self._refresh()
