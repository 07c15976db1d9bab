"""Choosing a host from the directory by typing part of a name, its pinyin or the department."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter


class HostLike(Protocol):
    id: int
    name: str
    name_en: str
    department: str


def host_label(host: HostLike) -> str:
    parts = [host.name]
    if host.name_en and host.name_en != host.name:
        parts.append(host.name_en)
    if host.department:
        parts.append(host.department)
    return " · ".join(parts)


def host_picker(hosts: Iterable[HostLike]) -> QComboBox:
    """An editable list of the hosts; its first, empty item is no one."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # long department names must not widen the dialog: the popup shows them whole
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    combo.addItem("", None)
    for h in hosts:
        combo.addItem(host_label(h), h.id)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Sales" or "三" finds 张三 · Zhang San · Sales
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    completer.popup().setAccessibleName("Host matches")
    combo.lineEdit().setAccessibleName("Host search")
    return combo


def chosen_host_id(combo: QComboBox) -> int | None:
    """The chosen host; -1 for text that names nobody in the list (the service says "unknown")."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index > 0 else -1
