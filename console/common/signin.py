"""Who is at the desk: sign in with a name and PIN, unlock after the console locked itself, or, on a
new site with nobody yet, set up the first admin."""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCompleter, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shared.domain.errors import InvalidInput
from shared.qt.problems import error_text
from shared.qt.retranslate import Retranslating
from shared.services.directory import operators
from shared.services.directory.operators import OperatorView
from shared.store.engine import Store


class Mode(Enum):
    FIRST_ADMIN = "first_admin"  # nobody can sign in yet
    SIGN_IN = "sign_in"
    LOCKED = "locked"  # the same person continues with their PIN, or someone else signs in


def pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


class SignInPage(Retranslating, QWidget):
    signed_in = Signal(object)  # OperatorView

    def __init__(self, store: Store, station: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.station = station
        self.mode = Mode.SIGN_IN
        self._build()
        self.start()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame(objectName="signInCard")
        card.setFixedWidth(420)
        form = QVBoxLayout(card)
        form.setContentsMargins(32, 28, 32, 28)
        form.setSpacing(10)
        self.heading = QLabel(objectName="panelHeading")
        self.hint = QLabel(objectName="selectedVisit", wordWrap=True)
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setAccessibleName("Operator name")
        self.pin_label = QLabel()
        self.pin = pin_field("PIN")
        self.pin_again_label = QLabel()
        self.pin_again = pin_field("PIN again")
        self.problem = QLabel(objectName="dialogProblem", wordWrap=True)
        self.problem.setAccessibleName("Sign-in problem")
        self.submit_button = QPushButton(objectName="primary")
        self.submit_button.setAccessibleName("Sign in")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.other_button = QPushButton()
        self.other_button.setAccessibleName("Someone else")
        self.other_button.clicked.connect(lambda: self.start())
        for field in (self.name, self.pin, self.pin_again):
            field.returnPressed.connect(self.submit)
        for widget in (self.heading, self.hint, self.name_label, self.name, self.pin_label, self.pin,
                       self.pin_again_label, self.pin_again, self.problem, self.submit_button, self.other_button):
            form.addWidget(widget)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.name_label.setBuddy(self.name)
        self.pin_label.setBuddy(self.pin)

    # --- modes ---------------------------------------------------------------------------

    def start(self) -> None:
        """A fresh sign-in (or the first admin's set-up on a new site)."""
        self._show(Mode.SIGN_IN if operators.has_operators(self._store) else Mode.FIRST_ADMIN, "")

    def lock(self, name: str) -> None:
        """The console locked itself: the same person continues with their PIN."""
        self._show(Mode.LOCKED, name)

    def _show(self, mode: Mode, name: str) -> None:
        self.mode = mode
        self.name.setText(name)
        self.name.setReadOnly(mode is Mode.LOCKED)
        if mode is not Mode.FIRST_ADMIN:
            names = [o.name for o in operators.operator_list(self._store, include_inactive=False)]
            if (old := self.name.completer()) is not None:
                old.deleteLater()
            completer = QCompleter(names, self.name)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.popup().setAccessibleName("Operator name suggestions")
            self.name.setCompleter(completer)
        for widget in (self.pin_again_label, self.pin_again):
            widget.setVisible(mode is Mode.FIRST_ADMIN)
        self.other_button.setVisible(mode is Mode.LOCKED)
        self.pin.clear()
        self.pin_again.clear()
        self.problem.clear()
        self.retranslate()
        (self.pin if mode is Mode.LOCKED else self.name).setFocus()

    def retranslate(self) -> None:
        heading, hint, button = {
            Mode.FIRST_ADMIN: (self.tr("Set up this site"),
                               self.tr("Nobody can sign in yet. Choose your name and a PIN: you become the "
                                       "administrator, and can add the others."),
                               self.tr("Create and sign in")),
            Mode.SIGN_IN: (self.tr("Sign in"), self.tr("Enter your name and PIN."), self.tr("Sign in")),
            Mode.LOCKED: (self.tr("Locked"),
                          self.tr("The console locked itself after a quiet while. Enter your PIN to continue."),
                          self.tr("Unlock")),
        }[self.mode]
        self.heading.setText(heading)
        self.hint.setText(hint)
        self.submit_button.setText(button)
        self.name_label.setText(self.tr("&Name"))
        self.pin_label.setText(self.tr("&PIN (4 to 8 digits)"))
        self.pin_again_label.setText(self.tr("PIN again"))
        self.other_button.setText(self.tr("Someone else"))

    # --- signing in ----------------------------------------------------------------------

    def submit(self) -> None:
        if (completer := self.name.completer()) is not None:
            completer.popup().hide()  # an open suggestion list would keep the keyboard after sign-in
        name, pin = self.name.text(), self.pin.text()
        try:
            if self.mode is Mode.FIRST_ADMIN:
                if pin != self.pin_again.text():
                    raise InvalidInput({"pin": "mismatch"})
                operator = operators.create_first_admin(self._store, name, pin).value
            else:
                operator = operators.sign_in(self._store, name, pin, self.station)
        except InvalidInput as err:
            self.pin.clear()
            self.pin_again.clear()
            self.problem.setText(self._problem(err))
            self.pin.setFocus()
            if err.problems.get("operator") == "exists":
                self.start()  # another console set the site up meanwhile: sign in as usual
                self.problem.setText(error_text(err))
            return
        self.problem.clear()
        self.pin.clear()
        self.signed_in.emit(operator)

    def _problem(self, err: InvalidInput) -> str:
        code = err.problems.get("pin")
        if code == "wrong":
            return self.tr("That name and PIN do not match. Please try again.")
        if code == "locked":
            return self.tr("Too many wrong PINs: this name is locked for %1 minutes, or an administrator can "
                           "set a new PIN.").replace("%1", str(operators.LOCK_MINUTES))
        if code == "invalid":
            return self.tr("A PIN is 4 to 8 digits.")
        if code == "mismatch":
            return self.tr("The two PINs are not the same.")
        return error_text(err)


_ROLES = {
    operators.Role.RECEPTIONIST: QT_TRANSLATE_NOOP("Roles", "Receptionist"),
    operators.Role.SECURITY: QT_TRANSLATE_NOOP("Roles", "Security"),
    operators.Role.LEADER: QT_TRANSLATE_NOOP("Roles", "Leader"),
    operators.Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_name(role: operators.Role) -> str:
    return QCoreApplication.translate("Roles", _ROLES[role])


__all__ = ["Mode", "OperatorView", "SignInPage", "role_name"]
