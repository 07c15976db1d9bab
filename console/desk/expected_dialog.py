"""The "New expected visit" dialog: one guest, or a group (the leader here, the others by name).

It only collects the input; `submitted` carries it and the view saves it. Problems come back by
field (`show_problems`) and are shown next to their field; the dialog stays open and nothing is saved."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shared.domain.expected import ExpectedVisit
from shared.domain.model import Host, ReceptionLevel
from shared.qt.problems import problem_text
from shared.qt.retranslate import Retranslating

CONTEXT = "ExpectedVisits"

LEVEL_NAMES = {
    ReceptionLevel.STANDARD: QT_TRANSLATE_NOOP("ExpectedVisits", "Standard"),
    ReceptionLevel.SENIOR: QT_TRANSLATE_NOOP("ExpectedVisits", "Senior"),
    ReceptionLevel.VIP: QT_TRANSLATE_NOOP("ExpectedVisits", "VIP"),
}
TRANSPORT_NAMES = {
    "": QT_TRANSLATE_NOOP("ExpectedVisits", "Not said"),
    "own": QT_TRANSLATE_NOOP("ExpectedVisits", "Comes on their own"),
    "pickup": QT_TRANSLATE_NOOP("ExpectedVisits", "We pick them up"),
}

# field -> (accessible name of its input, label text)
FIELDS = {
    "name": ("Visitor name", QT_TRANSLATE_NOOP("ExpectedVisits", "Visitor")),
    "mobile": ("Mobile", QT_TRANSLATE_NOOP("ExpectedVisits", "Mobile")),
    "email": ("E-mail", QT_TRANSLATE_NOOP("ExpectedVisits", "E-mail")),
    "company": ("Company", QT_TRANSLATE_NOOP("ExpectedVisits", "Company")),
    "host": ("Host", QT_TRANSLATE_NOOP("ExpectedVisits", "Host")),
    "expected_on": ("Date", QT_TRANSLATE_NOOP("ExpectedVisits", "Date")),
    "time": ("From", QT_TRANSLATE_NOOP("ExpectedVisits", "Time")),
    "level": ("Reception level", QT_TRANSLATE_NOOP("ExpectedVisits", "Reception level")),
    "purpose": ("Purpose", QT_TRANSLATE_NOOP("ExpectedVisits", "Purpose")),
    "transport": ("Transport", QT_TRANSLATE_NOOP("ExpectedVisits", "Transport")),
    "pickup": ("Pickup time", QT_TRANSLATE_NOOP("ExpectedVisits", "Pickup")),
    "lodging": ("Lodging", QT_TRANSLATE_NOOP("ExpectedVisits", "Lodging")),
    "meals": ("Meals", QT_TRANSLATE_NOOP("ExpectedVisits", "Meals")),
    "notes": ("Notes", QT_TRANSLATE_NOOP("ExpectedVisits", "Notes")),
    "members": ("Group members", QT_TRANSLATE_NOOP("ExpectedVisits", "Others in the group")),
}
# a problem's field -> the row it is shown under
ROW_OF = {"time_from": "time", "time_to": "time", "pickup_time": "pickup", "pickup_place": "pickup",
          "party_size": "members"}


# The kiosk's wording speaks to the visitor ("your name"); at the desk it is about the guest.
DESK_WORDING = {
    ("name", "required"): QT_TRANSLATE_NOOP("ExpectedVisits", "Please enter the visitor's name."),
    ("mobile", "invalid"): QT_TRANSLATE_NOOP("ExpectedVisits", "This is not a valid mobile number; or leave it empty."),
    ("host", "required"): QT_TRANSLATE_NOOP("ExpectedVisits", "Please choose the host from the directory."),
    ("host", "unknown"): QT_TRANSLATE_NOOP("ExpectedVisits", "This host is not in the directory; please choose from the list."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def level_name(level: ReceptionLevel | str) -> str:
    return _tr(LEVEL_NAMES.get(ReceptionLevel(level), str(level)))


def field_problem_text(field: str, code: str) -> str:
    """A member's problem says which member (their line in the list)."""
    if field.startswith("member_"):
        number = int(field.removeprefix("member_")) + 1
        return QCoreApplication.translate("ExpectedVisits", "Person %1: ").replace("%1", str(number)) + problem_text("member", code)
    if (field, code) in DESK_WORDING:
        return _tr(DESK_WORDING[field, code])
    return problem_text(field, code)


def host_label(host: Host) -> str:
    parts = [host.name]
    if host.name_en and host.name_en != host.name:
        parts.append(host.name_en)
    if host.department:
        parts.append(host.department)
    return " · ".join(parts)


class ExpectedDialog(Retranslating, QDialog):
    """submitted(ExpectedVisit, list[str] of member names)."""

    submitted = Signal(object, object)

    def __init__(self, parent: QWidget | None, hosts: list[Host], day: date) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setObjectName("expectedDialog")
        self._shown_problems: dict[str, str] = {}
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}

        self.name = self._line("name")
        self.mobile = self._line("mobile")
        self.email = self._line("email")
        self.company = self._line("company")
        self.host = QComboBox()
        self.host.setEditable(True)
        self.host.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # long department names must not widen the dialog: the popup shows them whole
        self.host.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.host.setMinimumContentsLength(16)
        self.host.addItem("", None)
        for h in hosts:
            self.host.addItem(host_label(h), h.id)
        completer = QCompleter(self.host.model(), self.host)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Sales" or "三" finds 张三 · Zhang San · Sales
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.host.setCompleter(completer)
        self.host.lineEdit().setAccessibleName("Host search")
        self.inputs["host"] = self.host
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.lineEdit().setAccessibleName("Date text")
        self.inputs["expected_on"] = self.date
        self.time_from, self.time_to = QLineEdit(), QLineEdit()
        self.time_from.setAccessibleName("From")
        self.time_to.setAccessibleName("To")
        for edit, example in ((self.time_from, "09:30"), (self.time_to, "11:00")):
            edit.setPlaceholderText(example)
            edit.setMaxLength(5)
        self.until = QLabel("–")
        self.level = QComboBox()
        for level in ReceptionLevel:
            self.level.addItem("", str(level))
        self.inputs["level"] = self.level
        self.purpose = self._line("purpose")
        self.transport = QComboBox()
        for key in TRANSPORT_NAMES:
            self.transport.addItem("", key)
        self.inputs["transport"] = self.transport
        self.pickup_time, self.pickup_place = QLineEdit(), QLineEdit()
        self.pickup_time.setAccessibleName("Pickup time")
        self.pickup_place.setAccessibleName("Pickup place")
        self.pickup_time.setPlaceholderText("08:00")
        self.pickup_time.setMaxLength(5)
        self.lodging = self._line("lodging")
        self.meals = self._line("meals")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.inputs["notes"] = self.notes
        self.confidential = QCheckBox()
        self.confidential.setAccessibleName("Confidential")
        self.is_group = QCheckBox()
        self.is_group.setAccessibleName("Group")
        self.members = QPlainTextEdit()
        self.members.setTabChangesFocus(True)
        self.members.setFixedHeight(80)
        self.inputs["members"] = self.members
        for key, widget in self.inputs.items():
            widget.setAccessibleName(FIELDS[key][0])
        for combo in (self.host, self.level, self.transport):
            combo.view().setAccessibleName(f"{combo.accessibleName()} choices")
        completer.popup().setAccessibleName("Host matches")

        form_page = QWidget()
        form = QFormLayout(form_page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = {
            "time": self._pair(self.time_from, self.until, self.time_to),
            "pickup": self._pair(self.pickup_time, None, self.pickup_place, stretch_last=True),
        }
        self.member_hint = QLabel(objectName="hint")
        self.member_hint.setWordWrap(True)
        members_box = QWidget()
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addWidget(self.is_group)
        members_layout.addWidget(self.members)
        members_layout.addWidget(self.member_hint)
        members_layout.addWidget(self.confidential)
        rows["members"] = members_box
        for key in FIELDS:
            label = QLabel()
            self.labels[key] = label
            problem = QLabel(objectName="fieldProblem")
            problem.setAccessibleName(f"{FIELDS[key][0]} problem")
            problem.setWordWrap(True)
            problem.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps, never widens
            problem.setStyleSheet("color: #b91c1c; font-weight: 600;")
            problem.hide()
            self.problems[key] = problem
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(rows.get(key) or self.inputs[key])
            column.addWidget(problem)
            form.addRow(label, cell)
            label.setBuddy(self.inputs.get(key, self.time_from if key == "time" else self.pickup_time))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_page)

        self.problem = QLabel(objectName="dialogProblem")
        self.problem.setAccessibleName("Dialog problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.ok = QPushButton(objectName="primary")
        self.ok.setAccessibleName("Save expected visit")
        self.ok.setDefault(True)
        self.cancel = QPushButton()
        self.cancel.setAccessibleName("Cancel")
        self.ok.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.transport.currentIndexChanged.connect(self._update_enabled)
        self.is_group.toggled.connect(self._update_enabled)
        self._update_enabled()
        self.resize(560, 720)
        self.retranslate()

    def _line(self, key: str) -> QLineEdit:
        edit = QLineEdit()
        self.inputs[key] = edit
        return edit

    @staticmethod
    def _pair(first: QWidget, middle: QWidget | None, second: QWidget, stretch_last: bool = False) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, 0 if stretch_last else 1)
        if middle is not None:
            row.addWidget(middle)
        row.addWidget(second, 1)
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ExpectedVisits", "New expected visit"))
        for key, (_name, text) in FIELDS.items():
            self.labels[key].setText(_tr(text))
        for i in range(self.level.count()):
            self.level.setItemText(i, level_name(self.level.itemData(i)))
        for i in range(self.transport.count()):
            self.transport.setItemText(i, _tr(TRANSPORT_NAMES[self.transport.itemData(i)]))
        self.host.lineEdit().setPlaceholderText(QCoreApplication.translate("ExpectedVisits", "Type a name, pinyin or department"))
        self.mobile.setPlaceholderText(QCoreApplication.translate("ExpectedVisits", "optional"))
        self.email.setPlaceholderText(QCoreApplication.translate("ExpectedVisits", "optional; the invitation with its QR code is sent here"))
        self.pickup_place.setPlaceholderText(QCoreApplication.translate("ExpectedVisits", "Where, e.g. the station's north exit"))
        self.is_group.setText(QCoreApplication.translate("ExpectedVisits", "A group: I am entering the leader"))
        self.confidential.setText(QCoreApplication.translate(
            "ExpectedVisits", "Confidential (保密): only security and administrators can find this visit"))
        self.member_hint.setText(QCoreApplication.translate("ExpectedVisits", "One name per line. Everyone gets their own invitation code."))
        self.ok.setText(QCoreApplication.translate("ExpectedVisits", "Save"))
        self.cancel.setText(QCoreApplication.translate("ExpectedVisits", "Cancel"))
        if self._shown_problems:
            self.show_problems(self._shown_problems)

    def _update_enabled(self) -> None:
        pickup = self.transport.currentData() == "pickup"
        self.pickup_time.setEnabled(pickup)
        self.pickup_place.setEnabled(pickup)
        self.members.setEnabled(self.is_group.isChecked())

    # --- the input ---------------------------------------------------------------------------

    def host_id(self) -> int | None:
        """The chosen host; -1 for text that names nobody in the list (the service says "unknown")."""
        text = self.host.currentText().strip()
        if not text:
            return None
        index = self.host.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.host.itemData(index) if index > 0 else -1

    def member_names(self) -> list[str]:
        if not self.is_group.isChecked():
            return []
        return [line.strip() for line in self.members.toPlainText().splitlines() if line.strip()]

    def value(self) -> ExpectedVisit:
        day = self.date.date()
        return ExpectedVisit(
            visitor_name=self.name.text(), host_id=self.host_id(), expected_on=date(day.year(), day.month(), day.day()),
            mobile=self.mobile.text(), company=self.company.text(), email=self.email.text(),
            time_from=self.time_from.text(), time_to=self.time_to.text(), level=self.level.currentData(),
            purpose=self.purpose.text(), transport=self.transport.currentData(),
            pickup_time=self.pickup_time.text(), pickup_place=self.pickup_place.text(),
            lodging=self.lodging.text(), meals=self.meals.text(), notes=self.notes.toPlainText(),
            confidential=self.confidential.isChecked())

    def _submit(self) -> None:
        names = self.member_names()
        if self.is_group.isChecked() and not names:
            self.show_problems({"members": "count"})
            return
        self.submitted.emit(self.value(), names)

    # --- problems ----------------------------------------------------------------------------

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each problem under its field, the first problem field focused; the rest stays as typed."""
        self._shown_problems = dict(problems)
        texts: dict[str, list[str]] = {}
        for field, code in problems.items():
            row = "members" if field.startswith("member_") else ROW_OF.get(field, field)
            if row not in self.problems:
                row = "name"
            texts.setdefault(row, []).append(field_problem_text(field, code))
        first = None
        for key, label in self.problems.items():
            label.setText("\n".join(texts.get(key, [])))
            label.setVisible(key in texts)
            if key in texts and first is None:
                first = key
        self.problem.setText(QCoreApplication.translate("ExpectedVisits", "Please correct the marked fields.") if problems else "")
        self.problem.setVisible(bool(problems))
        if first is not None:
            widget = self.inputs.get(first) or (self.time_from if first == "time" else self.pickup_time)
            widget.setFocus()

    def problem_texts(self) -> dict[str, str]:
        """What is shown under each field now (for tests and screen readers)."""
        return {k: v.text() for k, v in self.problems.items() if not v.isHidden()}
