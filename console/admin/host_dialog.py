"""One host's details, to add or edit; and the texts the directory uses for its problems and channels.

The dialog only collects; the view saves and either closes it or shows what is wrong, so a person
fixes the fields without retyping the others."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from shared.domain.errors import DomainError, InvalidInput
from shared.notify.settings import CHANNELS, LANGUAGES
from shared.qt.problems import HOSTS, error_text, problem_text
from shared.services.directory.hosts import HostRecord, pinyin_keys

from console.common.form_dialog import FormDialog

CTX = "HostDirectory"

CHANNEL_NAMES = {
    "email": QT_TRANSLATE_NOOP("HostDirectory", "E-mail"),
    "webhook": QT_TRANSLATE_NOOP("HostDirectory", "Webhook"),
    "wecom": QT_TRANSLATE_NOOP("HostDirectory", "WeCom"),
    "dingtalk": QT_TRANSLATE_NOOP("HostDirectory", "DingTalk"),
    "feishu": QT_TRANSLATE_NOOP("HostDirectory", "Feishu"),
    "none": QT_TRANSLATE_NOOP("HostDirectory", "Not notified"),
}
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}  # each in its own language, as a language menu shows them

DIALOG_STYLE = """
QLineEdit[problem="true"] { border: 1px solid #b91c1c; border-radius: 3px; }
QLabel#hint { color: #6b7280; font-size: 12px; }
"""

FIELDS = ("name", "name_en", "department", "email", "phone", "assistant", "assistant_phone")
LABELS = {
    "name": QT_TRANSLATE_NOOP("HostDirectory", "Name"),
    "name_en": QT_TRANSLATE_NOOP("HostDirectory", "English name"),
    "department": QT_TRANSLATE_NOOP("HostDirectory", "Department"),
    "email": QT_TRANSLATE_NOOP("HostDirectory", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("HostDirectory", "Mobile"),
    "assistant": QT_TRANSLATE_NOOP("HostDirectory", "Assistant"),
    "assistant_phone": QT_TRANSLATE_NOOP("HostDirectory", "Assistant's phone"),
    "notify_channel": QT_TRANSLATE_NOOP("HostDirectory", "Notify by"),
    "language": QT_TRANSLATE_NOOP("HostDirectory", "Message language"),
}
ACCESSIBLE = {"name": "Host name", "name_en": "English name", "department": "Department", "email": "E-mail",
              "phone": "Mobile", "assistant": "Assistant", "assistant_phone": "Assistant's phone",
              "notify_channel": "Notify by", "language": "Message language"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def join_sentences(texts: list[str]) -> str:
    """English sentences take a space between them; Chinese ones (ending in 。) do not."""
    out = ""
    for text in texts:
        out += text if not out or out.endswith(("。", "？", "！", "）")) else " " + text
    return out


def host_error_text(err: DomainError) -> str:
    if isinstance(err, InvalidInput):
        return join_sentences([problem_text(f, c, HOSTS) for f, c in err.problems.items()])
    return error_text(err)


def phone_display(e164: str) -> str:
    """+8613800138000 -> 138 0013 8000: as people read a mainland mobile."""
    if e164.startswith("+86") and len(e164) == 14:
        d = e164[3:]
        return f"{d[:3]} {d[3:7]} {d[7:]}"
    return e164


def channel_name(channel: str) -> str:
    return _tr(CHANNEL_NAMES[channel]) if channel in CHANNEL_NAMES else channel


class HostDialog(FormDialog):
    """`submitted` carries the fields as typed; the view calls the service. Problems show all together
    by the buttons, their fields framed in red."""

    CONTEXT = "HostDirectory"
    OK_NAME, OK_TEXT = "Save host", QT_TRANSLATE_NOOP("HostDirectory", "Save")
    PROBLEM_BY_BUTTONS = False
    submitted = Signal(dict)

    def __init__(self, parent: QWidget, host: HostRecord | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the hosts view deletes it when finished
        self.host = host
        self.setAccessibleName("Host details")
        self.edits: dict[str, QLineEdit] = {}
        for field in FIELDS:
            value = getattr(host, field) if host else ""
            edit = QLineEdit(phone_display(value) if field in ("phone", "assistant_phone") else value)
            self.edits[field] = self.row(field, ACCESSIBLE[field], LABELS[field], edit, problem_line=False)
            if field == "name":
                self.pinyin = QLabel(objectName="hint")
                self.pinyin.setAccessibleName("Pinyin")
                self.form.addRow("", self.pinyin)
        self.edits["email"].setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.edits["phone"].setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem("", code)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.channel.setCurrentIndex(max(0, self.channel.findData(host.notify_channel if host else "email")))
        self.language.setCurrentIndex(max(0, self.language.findData(host.language if host else "zh_CN")))
        for field, box in (("notify_channel", self.channel), ("language", self.language)):
            self.row(field, ACCESSIBLE[field], LABELS[field], box, problem_line=False)
            box.view().setAccessibleName(f"{ACCESSIBLE[field]} choices")
        self.edits["name"].textChanged.connect(self._show_pinyin)
        self.setStyleSheet(DIALOG_STYLE)
        self.finish(460, 0, scroll=False)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(QCoreApplication.translate("HostDirectory", "Add host") if self.host is None else QCoreApplication.translate("HostDirectory", "Edit host"))
        self.labels["name"][0].setText(_tr(LABELS["name"]) + "  *")
        for i in range(self.channel.count()):
            self.channel.setItemText(i, channel_name(self.channel.itemData(i)))
        self.edits["phone"].setPlaceholderText(QCoreApplication.translate("HostDirectory", "e.g. 138 0013 8000"))
        self.edits["assistant_phone"].setPlaceholderText(QCoreApplication.translate("HostDirectory", "a number or an extension"))
        self._show_pinyin()

    def _show_pinyin(self) -> None:
        full, initials = pinyin_keys(self.edits["name"].text())
        self.pinyin.setText(QCoreApplication.translate("HostDirectory", "Pinyin: %1 (%2)").replace("%1", full).replace("%2", initials) if full else "")

    def value(self) -> dict[str, str]:
        fields = {field: edit.text() for field, edit in self.edits.items()}
        fields["notify_channel"] = self.channel.currentData()
        fields["language"] = self.language.currentData()
        return fields

    def show_problem(self, err: DomainError) -> None:
        self.problem.setText(host_error_text(err))
        self.problem.show()
        fields = err.problems if isinstance(err, InvalidInput) else {}
        for field, edit in self.edits.items():
            edit.setProperty("problem", field in fields)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        first = next((self.edits[f] for f in FIELDS if f in fields), None)
        if first is not None:
            first.setFocus()
            first.selectAll()
