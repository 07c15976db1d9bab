"""The privacy notice and the visitor's consent, shown before anything is saved.

Both boxes start unticked; the ID-number box appears only when an ID number was entered, and the
privacy box does not cover it: keeping an ID number needs its own yes."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from shared.domain.model import Consent
from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from .widgets import Toggle, label


class PrivacyConsent(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._retention_days = 90
        self._with_id_number = False
        self._problem: str | None = None
        self.title = label("label")
        self.kept = label("notice")
        self.how_long = label("notice")
        self.why = label("notice")
        for widget, name in ((self.kept, "What is kept"), (self.how_long, "How long"), (self.why, "Why")):
            widget.setAccessibleName(name)
        self.notice = QWidget()  # named for screen readers: the whole notice
        self.notice.setAccessibleName("Privacy notice")
        self.agree = Toggle("I agree")
        self.agree_id = Toggle("ID number consent")
        self.problem = label("error")
        self.problem.setAccessibleName("Consent problem")
        notice = QVBoxLayout(self.notice)
        notice.setContentsMargins(0, 0, 0, 0)
        notice.setSpacing(8)
        for widget in (self.kept, self.how_long, self.why):
            notice.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addSpacing(6)
        layout.addWidget(self.agree)
        layout.addWidget(self.agree_id)
        layout.addStretch(1)
        # self.problem goes where the page shows its problems: under the cards, full width.
        for toggle in (self.agree, self.agree_id):
            toggle.toggled.connect(lambda _on: self.show_problem(None))
        self.agree_id.hide()
        self.retranslate()

    def set_terms(self, retention_days: int, with_id_number: bool) -> None:
        self._retention_days, self._with_id_number = retention_days, with_id_number
        self.agree_id.setVisible(with_id_number)
        self.retranslate()

    def consent(self) -> Consent:
        return Consent(privacy=self.agree.isChecked(), id_number=self._with_id_number and self.agree_id.isChecked())

    def clear(self) -> None:
        self.agree.setChecked(False)
        self.agree_id.setChecked(False)
        self.show_problem(None)

    def show_problem(self, field: str | None) -> None:
        """field: "consent" or "id_consent" as the check-in reported it; None clears."""
        self._problem = field
        self.problem.setText(problem_text(field, "required") if field else "")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your privacy"))
        self.kept.setText(
            self.tr("We keep your name, mobile number, company, host, the times you arrive and leave, "
                    "and your ID number.") if self._with_id_number else
            self.tr("We keep your name, mobile number, company, host, and the times you arrive and leave."))
        days = self._retention_days
        self.how_long.setText(self.tr("For 1 day, then we delete it.") if days == 1
                              else self.tr("For {days} days, then we delete it.").format(days=days))
        self.why.setText(self.tr("Why: for the site's security, and to tell your host you are here."))
        self.agree.setText(self.tr("I agree"))
        self.agree_id.setText(self.tr("I agree that my ID number is kept"))
        self.show_problem(self._problem)
