"""Drive any window the way a person does: find widgets by accessible name, tap them, type into
them (Chinese through an input-method commit), read what is on screen."""
from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit,
                               QListWidget, QWidget)


INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox)


class Ui:
    """Works with QTest directly, so a driver script in another process can use it too."""

    def find(self, root: QWidget, name: str, cls: type = QWidget) -> QWidget:
        """The one widget with this accessible name (the visible one, if pages share a name)."""
        found = [w for w in [root, *root.findChildren(cls)] if isinstance(w, cls) and w.accessibleName() == name]
        if len(found) > 1:
            found = [w for w in found if w.isVisible()] or found
        assert len(found) == 1, f"expected one widget named {name!r}, found {found}"
        return found[0]

    def showing(self, root: QWidget, name: str) -> bool:
        return self.find(root, name).isVisible()

    def tap(self, root: QWidget, name: str) -> None:
        widget = self.find(root, name)
        assert widget.isVisible(), f"{name!r} is not on screen"
        assert widget.isEnabled(), f"{name!r} is disabled"
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type(self, root: QWidget, name: str, text: str, replace: bool = True) -> None:
        """ASCII as key presses; anything else as an input method commits it (QTest cannot key it)."""
        edit = self.find(root, name, QLineEdit)
        if replace:
            edit.selectAll()
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
        for ascii_run, chars in groupby(text, key=str.isascii):
            chunk = "".join(chars)
            if ascii_run:
                QTest.keyClicks(edit, chunk)
            else:
                self._commit(edit, chunk)

    @staticmethod
    def _commit(edit: QLineEdit, text: str) -> None:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)

    def choose(self, root: QWidget, list_name: str, contains: str) -> None:
        """Tap the list item whose text contains `contains`."""
        view = self.find(root, list_name, QListWidget)
        items = [view.item(i) for i in range(view.count()) if contains in view.item(i).text()]
        assert items, f"no item with {contains!r} in {list_name!r}: {self.item_texts(view)}"
        rect = view.visualItemRect(items[0])
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())

    @staticmethod
    def item_texts(view: QListWidget) -> list[str]:
        return [view.item(i).text() for i in range(view.count())]

    @staticmethod
    def visible_texts(root: QWidget) -> list[str]:
        """Every string a person could see or hear from the visible widgets under root."""
        texts: list[str] = []
        for w in [root, *root.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            texts += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
            if isinstance(w, (QLabel, QAbstractButton)):
                texts.append(w.text())
            if isinstance(w, QLineEdit):
                texts += [w.text(), w.placeholderText()]
            if isinstance(w, QListWidget):
                for i in range(w.count()):
                    item = w.item(i)
                    texts += [item.text(), item.toolTip(), item.statusTip(), item.whatsThis(),
                              str(item.data(Qt.ItemDataRole.UserRole))]
        return [t for t in texts if t]

    @staticmethod
    def unnamed_interactive(root: QWidget) -> list[QWidget]:
        return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not w.accessibleName()]
