"""Type on the on-screen keyboard the way a visitor does, in a process of its own.

    python -m tests.support.keyboard_driver SCENARIO [SCREENSHOT.png]

The input-method plugin is chosen when the QApplication is created, so this cannot run inside the
pytest process (pytest-qt's QApplication already exists). Scenarios:

  pinyin   "张三" by touching z h a n g, the candidate 张, s a n, the candidate 三; then the
           number pad for the mobile field (1 3 8); then the keyboard hides for a button
  english  the language key, then "Amy" by touching a m y (the first letter capitalised by itself)
  late     the QApplication existed before enable_virtual_keyboard(): the widget must stay empty
  no-env   QT_IM_MODULE never set: likewise

Prints one JSON object on its last line.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.keyboard import OnScreenKeyboard, enable_virtual_keyboard


class Problem(Exception):
    pass


def wait_until(condition, what: str, timeout: float = 5.0):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Problem(f"timed out waiting for {what}")
        QTest.qWait(20)


class Visitor:
    """Touches the keyboard: a press and a release on the QQuickWidget, where the key is drawn."""

    def __init__(self, keyboard: OnScreenKeyboard) -> None:
        self.keyboard = keyboard
        self.touches: list[str] = []

    def _touch(self, point: QPoint, label: str) -> None:
        view = self.keyboard.view
        if not view.isVisible() or not view.rect().contains(point):
            raise Problem(f"{label!r} is not on screen (at {point.x()},{point.y()} in {view.width()}x{view.height()})")
        QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        QTest.qWait(30)
        QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        QTest.qWait(30)
        self.touches.append(label)

    def key(self, text: str) -> None:
        key = wait_until(lambda: self.keyboard.key(text), f"the key {text!r} (keys: {self.keyboard.key_labels()})")
        self._touch(self.keyboard.tap_point(key), text)

    def language_key(self) -> None:
        self._touch(self.keyboard.tap_point(self.keyboard.language_key()), "language")

    def keys(self, texts: str) -> None:
        for text in texts:
            self.key(text)

    def candidate(self, text: str) -> None:
        wait_until(lambda: text in self.keyboard.candidates(),
                   f"the candidate {text!r} (on offer: {self.keyboard.candidates()[:10]})")
        QTest.qWait(300)  # let the strip's add-animation settle, as an eye would
        rect = self.keyboard.candidate_rect(text)
        if rect is None:
            raise Problem(f"the candidate {text!r} is not drawn")
        self._touch(self.keyboard.tap_point(rect), text)


def build(keyboard_first: bool = True):
    window = QWidget()
    window.setAccessibleName("Check-in")
    name = QLineEdit()
    name.setAccessibleName("Visitor name")
    mobile = QLineEdit()
    mobile.setAccessibleName("Mobile number")
    mobile.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    button = QPushButton("Next")  # takes focus when tapped: no text field focused any more
    button.setAccessibleName("Next")
    keyboard = OnScreenKeyboard()
    layout = QVBoxLayout(window)
    layout.addWidget(name)
    layout.addWidget(mobile)
    layout.addWidget(button)
    layout.addStretch(1)
    layout.addWidget(keyboard)
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window, name, mobile, button, keyboard


def tap_widget(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    QTest.qWait(50)


def colour_at(image: QImage, point: QPoint) -> str:
    return QColor(image.pixel(point)).name()


def photograph(window: QWidget, keyboard: OnScreenKeyboard, path: str) -> dict:
    """Save the window as a visitor sees it; return colours proving the keyboard is in the picture."""
    image = window.grab().toImage()
    image.save(path)
    q = keyboard.key("q")
    inside_q = keyboard.view.mapTo(window, q.mapToScene(QPointF(q.width() * 0.15, q.height() * 0.15)).toPoint())
    return {"keyboard_backdrop": colour_at(image, keyboard.mapTo(window, QPoint(4, keyboard.height() - 4))),
            "q_key": colour_at(image, inside_q),
            "page": colour_at(image, QPoint(window.width() // 2, 300)),
            "size": [image.width(), image.height()]}


def pinyin(screenshot: str | None) -> dict:
    window, name, mobile, button, keyboard = build()
    out: dict = {"available": keyboard.available, "accessible_name": keyboard.accessibleName()}
    button.setFocus()  # nothing to type in yet
    QTest.qWait(100)
    out["visible_without_text_focus"] = keyboard.isVisible()
    name.setFocus()  # as a page does when it opens: focus given, not tapped
    wait_until(keyboard.isVisible, "the keyboard to show for the name field", timeout=2)
    out.update(visible_for_name=keyboard.isVisible(), active_for_name=keyboard.is_active(),
               height=keyboard.height(), width=keyboard.width(), window_width=window.width(),
               language=keyboard.language(), layout_for_name=keyboard.layout_type(),
               key_height=keyboard.key("q").height())
    if keyboard.language() != "zh_CN":  # switch to Pinyin if needed
        Visitor(keyboard).language_key()
    visitor = Visitor(keyboard)
    visitor.keys("zhang")
    out["candidates_zhang"] = keyboard.candidates()[:10]
    out["text_while_composing"] = name.text()  # "zhang" is only pre-edit until a candidate is picked
    if screenshot:
        out["pixels"] = photograph(window, keyboard, screenshot)
    visitor.candidate("张")
    visitor.keys("san")
    out["candidates_san"] = keyboard.candidates()[:10]
    visitor.candidate("三")
    out["name"] = name.text()
    out["name_has_focus"] = name.hasFocus()

    tap_widget(mobile)
    wait_until(lambda: keyboard.layout_type() == "digits", f"the number pad (layout {keyboard.layout_type()!r})")
    QTest.qWait(100)
    out.update(visible_for_mobile=keyboard.isVisible(), layout_for_mobile=keyboard.layout_type(),
               mobile_keys=keyboard.key_labels())
    visitor.keys("138")
    out["mobile"] = mobile.text()

    tap_widget(button)
    wait_until(lambda: not keyboard.isVisible(), "the keyboard to hide", timeout=2)
    out["visible_after_button"] = keyboard.isVisible()
    out["input_method_visible_after_button"] = QApplication.inputMethod().isVisible()
    out["touches"] = visitor.touches
    return out


def english(screenshot: str | None) -> dict:
    window, name, _mobile, _button, keyboard = build()
    tap_widget(name)
    wait_until(keyboard.isVisible, "the keyboard to show")
    out: dict = {"language_before": keyboard.language()}
    visitor = Visitor(keyboard)
    visitor.language_key()
    wait_until(lambda: keyboard.language() == "en_US", "English")
    out["language"] = keyboard.language()
    out["language_key"] = keyboard.key_label(keyboard.language_key())
    visitor.keys("amy")
    out["name"] = name.text()
    out["candidates"] = keyboard.candidates()
    if screenshot:
        window.grab().save(screenshot)
    keyboard.set_language("zh_CN")  # the kiosk's reset for the next visitor
    wait_until(lambda: keyboard.language() == "zh_CN", "back to Pinyin")
    out["language_after_reset"] = keyboard.language()
    return out


class Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def degraded(enable_late: bool) -> dict:
    warnings = Warnings()
    logging.getLogger("kiosk.keyboard").addHandler(warnings)
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841  (before enabling: too late)
    out: dict = {}
    if enable_late:
        out["enable_returned"] = enable_virtual_keyboard()
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"  # as if set now: the plugin is still not loaded
    window, name, _mobile, _button, keyboard = build()
    tap_widget(name)
    QTest.qWait(200)
    out.update(available=keyboard.available, visible=keyboard.isVisible(), height=keyboard.height(),
               keys=keyboard.key_labels(), candidates=keyboard.candidates(), language=keyboard.language(),
               window_shown=window.isVisible(), name_has_focus=name.hasFocus(), warnings=warnings.messages)
    QTest.keyClicks(name, "Amy")  # a hardware keyboard still works
    out["name"] = name.text()
    return out


def main(argv: list[str]) -> int:
    scenario = argv[1]
    screenshot = argv[2] if len(argv) > 2 else None
    if scenario in ("pinyin", "english"):
        out = {"enable_returned": enable_virtual_keyboard()}
        out["enable_again"] = enable_virtual_keyboard()  # idempotent
        app = QApplication(sys.argv[:1])
        from shared.qt.fonts import register_fonts

        register_fonts(app)  # the kiosk's CJK font, for the candidates and the screenshot
        try:
            out.update(pinyin(screenshot) if scenario == "pinyin" else english(screenshot))
        except Problem as problem:
            out["problem"] = str(problem)
    elif scenario in ("late", "no-env"):
        out = degraded(enable_late=scenario == "late")
    else:
        raise SystemExit(f"unknown scenario {scenario!r}")
    print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
