"""The privacy notice and the visitor's consent, shown before anything is saved.

The notice lists what this visit actually keeps: the fields filled in, nothing more, nothing less.
Both boxes start unticked; the ID-number box appears only when an ID number was entered, and the
privacy box does not cover it: keeping an ID number needs its own yes."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from shared.domain.model import Consent, Invitation
from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

from kiosk import profile
from kiosk.widgets import Toggle, label

# What a visit can keep, in the order the notice names it. "invitation_purpose": an invitation's
# purpose, given by the host (the kiosk does not see whether there is one).
# The bare nouns come first, after "your name", so that "your" carries over to them.
KEPT = ("name", "mobile", "company", "plate", "host", "times", "region", "purpose", "invitation_purpose",
        "members", "referral", "cause", "id_number", "address", "nation")
ALWAYS_KEPT = ("name", "mobile", "host", "times")


def kept_for_invitation(invitation: Invitation) -> list[str]:
    """An invited guest's visit keeps the appointment's name, mobile and company, host and purpose."""
    return [*ALWAYS_KEPT, *(["company"] if invitation.company.strip() else []), "invitation_purpose"]


class PrivacyConsent(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._retention_days = 90
        self._kept: tuple[str, ...] = ALWAYS_KEPT
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
        layout.setContentsMargins(28, 18, 28, 14)  # room for a long notice at 1280x800
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addSpacing(2)
        layout.addWidget(self.agree)
        layout.addWidget(self.agree_id)
        layout.addStretch(1)
        # self.problem goes where the page shows its problems: under the cards, full width.
        for toggle in (self.agree, self.agree_id):
            toggle.toggled.connect(lambda _on: self.show_problem(None))
        self.agree_id.hide()
        self.retranslate()

    def set_terms(self, retention_days: int, kept: Iterable[str]) -> None:
        """kept: what this visit keeps (keys of KEPT); with "id_number" the ID-number box shows."""
        kept = set(kept)
        unknown = kept - set(KEPT)
        if unknown:
            raise ValueError(f"not in the notice: {sorted(unknown)}")
        self._retention_days, self._kept = retention_days, tuple(k for k in KEPT if k in kept)
        self.agree_id.setVisible(self._with_id_number)
        self.retranslate()

    @property
    def _with_id_number(self) -> bool:
        return "id_number" in self._kept

    def consent(self) -> Consent:
        return Consent(privacy=self.agree.isChecked(), id_number=self._with_id_number and self.agree_id.isChecked())

    def clear(self) -> None:
        """Unticked, no problem, and the terms of no one in particular (set_terms for a visitor)."""
        self.agree.setChecked(False)
        self.agree_id.setChecked(False)
        self._kept = ALWAYS_KEPT
        self.agree_id.hide()
        self.show_problem(None)
        self.retranslate()

    def show_problem(self, field: str | None) -> None:
        """field: "consent" or "id_consent" as the check-in reported it; None clears."""
        self._problem = field
        self.problem.setText(problem_text(field, "required") if field else "")
        self.problem.setVisible(bool(field))  # no empty line taking room under the cards

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your privacy"))
        self.kept.setText(self.tr("We keep {items}.").format(items=self._kept_list()))
        days = self._retention_days
        self.how_long.setText(self.tr("For 1 day, then we delete it.") if days == 1
                              else self.tr("For {days} days, then we delete it.").format(days=days))
        self.why.setText(self.tr("Why: to register you, and to tell your doctor you are here.") if profile.clinic()
                         else self.tr("Why: for the site's security, and to tell your host you are here."))
        self.agree.setText(self.tr("I agree"))
        self.agree_id.setText(self.tr("I agree that my ID number is kept"))
        self.show_problem(self._problem)

    def _kept_list(self) -> str:
        """The kept pieces in the current language, joined as its locale joins a list
        ("A, B, and C"; "A、B和C"): Translations.switch sets the default locale with the catalogues.
        "your name" always comes first, so "your" carries over to the pieces that follow it."""
        pieces = {
            "name": self.tr("your name"),
            "mobile": self.tr("mobile number"),
            "company": self.tr("company"),
            "host": self.tr("your doctor") if profile.clinic() else self.tr("whom you visit"),
            "times": self.tr("the times you arrive and leave"),
            "purpose": self.tr("the purpose of your visit"),
            "invitation_purpose": self.tr("the purpose of your visit, if your host gave one"),
            "plate": self.tr("vehicle plate"),
            "region": self.tr("where you come from"),
            "members": self.tr("the names of the people with you"),
            "referral": self.tr("how you heard of us"),
            "cause": self.tr("what happened"),
            "id_number": self.tr("your ID number (only with the separate consent below)"),
            "address": self.tr("the address on your ID card"),
            "nation": self.tr("the ethnic group on your ID card"),
        }
        return QLocale().createSeparatedList([pieces[key] for key in self._kept])


class SavesWithConsent:
    """Mixed into the two pages that save a visit after the privacy notice (walk-in confirm, "Is this
    you?"): while saving, a second tap does nothing; a failure or a consent problem keeps the visitor
    on the page with the buttons back. A page provides privacy, _failed, _fill() and action_buttons()."""

    def action_buttons(self) -> tuple[QWidget, ...]:
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        for button in self.action_buttons():
            button.setEnabled(not busy)

    def show_failure(self) -> None:
        """The check-in failed for a reason the visitor cannot fix (e.g. the database is down)."""
        self._failed = True
        self.set_busy(False)
        self._fill()

    def show_consent_problem(self, field: str) -> None:
        self.set_busy(False)
        self.privacy.show_problem(field)
