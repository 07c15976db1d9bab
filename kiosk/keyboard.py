"""The on-screen keyboard: Qt Virtual Keyboard (Pinyin and English, a number pad for numeric
fields) embedded in the kiosk window, for a touchscreen with no physical keyboard.

Two parts, because Qt loads input-method plugins only when the QApplication is created:

* ``enable_virtual_keyboard()`` sets the environment. The kiosk's entry point calls it first,
  before anything creates the QApplication.
* ``OnScreenKeyboard`` is a widget for the bottom of the kiosk window. It hosts the keyboard's
  ``InputPanel`` in a ``QQuickWidget``, shows itself whenever a text field has focus and hides
  itself when none has. Typing goes from the panel through Qt's input-method machinery to the
  focused widget (a QLineEdit), exactly as a hardware input method would.

A field asks for the number pad with an input-method hint::

    mobile.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)             # 0-9 only
    mobile.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)  # 0-9 + * # and more

If the virtual keyboard cannot load (plugin missing, or the QApplication was created before
``enable_virtual_keyboard()``), ``OnScreenKeyboard`` logs a warning and stays an empty, hidden
widget: the kiosk still runs, it just has no on-screen keyboard.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QMetaObject,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QInputMethodQueryEvent
from PySide6.QtQuick import QQuickItem
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.keyboard_qml import QML

log = logging.getLogger(__name__)

IM_MODULE = "qtvirtualkeyboard"
DEFAULT_LOCALES = ("zh_CN", "en_US")  # Pinyin first: most visitors type a Chinese name
HEIGHT_SHARE = 0.45  # of the window's height: keys 71 px tall at 1280x800, 96 px at 1920x1080
MIN_HEIGHT_PX = 330  # keys stay above the 64 px a finger needs even in a small window


def _plugin_path() -> Path:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforminputcontexts"
    return folder / "libqtvirtualkeyboardplugin.so"


def enable_virtual_keyboard() -> bool:
    """Select Qt Virtual Keyboard as the input method. Call before the QApplication exists.

    The kiosk's entry point calls this first thing. Idempotent. Returns False (with a warning)
    when it is too late or the plugin is not installed; the kiosk then runs without it."""
    if QCoreApplication.instance() is not None and os.environ.get("QT_IM_MODULE") != IM_MODULE:
        log.warning("enable_virtual_keyboard() called after the QApplication was created: no on-screen keyboard")
        return False
    plugin = _plugin_path()
    if sys.platform.startswith("linux") and not plugin.exists():
        log.warning("Qt Virtual Keyboard plugin not found at %s: no on-screen keyboard", plugin)
        return False
    os.environ["QT_IM_MODULE"] = IM_MODULE
    # Never open the plugin's own top-level keyboard window: the keyboard lives in the kiosk window.
    os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")
    return True


def _accepts_text(obj: QObject | None) -> bool:
    """Whether the focus object takes input-method text (what Qt itself asks before opening a panel)."""
    if obj is None:
        return False
    query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)
    QCoreApplication.sendEvent(obj, query)
    return bool(query.value(Qt.InputMethodQuery.ImEnabled))


class OnScreenKeyboard(QWidget):
    """Full-width keyboard for the bottom of the window; visible while a text field has focus.

    ``shown_changed(bool)`` follows its visibility, e.g. to scroll the focused field into view.

    ``locales`` are the languages the language key toggles between, ``language`` the one to start
    with (default: the first). ``height_px`` fixes the height; by default it follows the window:
    HEIGHT_SHARE of its height, at least MIN_HEIGHT_PX. Pinyin's user dictionary stays untouched
    unless ``learn_words``: visitors' names are personal data, not suggestions for the next visitor."""

    shown_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, locales: tuple[str, ...] = DEFAULT_LOCALES,
                 language: str | None = None, height_px: int | None = None, learn_words: bool = False) -> None:
        super().__init__(parent)
        self.setAccessibleName("On-screen keyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._locales = list(locales)
        self._height_px = height_px
        self._watched: QWidget | None = None
        self.view = None
        self._root: QObject | None = None
        self.hide()
        self.available = self._load(language or self._locales[0], learn_words)
        if not self.available:
            self.setFixedHeight(0)
            return
        self._fit_height()
        app = QGuiApplication.instance()
        app.focusObjectChanged.connect(self._focus_moved)
        QGuiApplication.inputMethod().visibleChanged.connect(self._sync_visibility)

    # Loading ------------------------------------------------------------------------------

    def _load(self, language: str, learn_words: bool) -> bool:
        if os.environ.get("QT_IM_MODULE") != IM_MODULE:
            log.warning("QT_IM_MODULE is not %r (call enable_virtual_keyboard() before the QApplication): "
                        "no on-screen keyboard", IM_MODULE)
            return False
        try:
            from PySide6.QtQml import QQmlComponent
            from PySide6.QtQuickWidgets import QQuickWidget
        except ImportError as error:  # PySide6-Addons missing
            log.warning("Qt Quick widgets unavailable (%s): no on-screen keyboard", error)
            return False
        view = QQuickWidget(self)
        view.setAccessibleName("On-screen keyboard keys")
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a key tap must leave focus in the field being typed in
        view.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        url = QUrl("kiosk/OnScreenKeyboard.qml")
        component = QQmlComponent(view.engine())
        component.setData(QML, url)
        root = None
        if component.isReady():
            root = component.createWithInitialProperties(
                {"locales": self._locales, "language": self._match_locale(language) or self._locales[0],
                 "learnWords": learn_words})
        if root is None:
            errors = "; ".join(e.toString() for e in component.errors()) or "could not create it"
            log.warning("Qt Virtual Keyboard failed to load (%s): no on-screen keyboard", errors)
            view.deleteLater()
            return False
        view.setContent(url, component, root)
        if not root.property("pluginLoaded"):
            log.warning("the Qt Virtual Keyboard input-method plugin is not active: no on-screen keyboard")
            root.deleteLater()
            view.deleteLater()
            return False
        self._component, self._root, self.view = component, root, view  # keep them alive
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        return True

    # Showing and hiding -------------------------------------------------------------------

    def _focus_moved(self, _obj: QObject | None) -> None:
        # Decide once the focus change has settled: the plugin itself closes the panel when the
        # focus object changes, after this signal.
        QTimer.singleShot(0, self, self._follow_focus)

    def _follow_focus(self) -> None:
        """Open the panel while a text field has focus, close it when focus leaves text fields.

        (Qt widgets by themselves only request the panel when an already focused field is tapped.)"""
        obj = QGuiApplication.focusObject()
        if obj is not None and self.view is not None and obj is self.view.quickWindow():
            return  # focus inside the keyboard itself
        if _accepts_text(obj):
            QGuiApplication.inputMethod().show()
        else:
            QGuiApplication.inputMethod().hide()

    def _sync_visibility(self) -> None:
        # Once events settle: Return in a QLineEdit hides the panel and the same tap's release on
        # the keyboard asks for it again; the window's layout should not jump for that.
        QTimer.singleShot(0, self, self._apply_visibility)

    def _apply_visibility(self) -> None:
        shown = self.available and QGuiApplication.inputMethod().isVisible()
        if self.parentWidget() is None and shown:
            return  # not placed in a window yet: never pop up as a window of its own
        if shown != self.isVisible():
            self.setVisible(shown)
            self.shown_changed.emit(shown)

    def is_active(self) -> bool:
        """The panel's own ``active`` (true while the input method shows the keyboard)."""
        return bool(self._root is not None and self._root.property("active"))

    # Sizing -------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ParentChange, QEvent.Type.Show, QEvent.Type.Polish):
            self._watch_window()
        return super().event(event)

    def _watch_window(self) -> None:
        window = self.window()
        if window is self or window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        window.installEventFilter(self)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._fit_height()
        return False

    def _fit_height(self) -> None:
        if not self.available:
            return
        if self._height_px is not None:
            height = self._height_px
        else:
            window = self.window()
            base = window.height() if window is not self else 800
            height = max(MIN_HEIGHT_PX, round(base * HEIGHT_SHARE))
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    # Language -----------------------------------------------------------------------------

    def _match_locale(self, language: str) -> str | None:
        """An active locale for "zh_CN", "en" or "en_US"."""
        for locale in self._locales:
            if locale == language or locale.split("_")[0] == language.split("_")[0]:
                return locale
        return None

    def set_language(self, language: str) -> None:
        """Switch the keyboard (e.g. with the kiosk's UI language): "zh_CN" → Pinyin, "en" → English.

        Also the reset for the next visitor, who may have toggled with the language key."""
        locale = self._match_locale(language)
        if self._root is None or locale is None:
            return
        if self._root.property("language") == locale:
            QMetaObject.invokeMethod(self._root, "applyLanguage")
        else:
            self._root.setProperty("language", locale)

    def language(self) -> str:
        """The keyboard's current locale, "zh_CN" or "en_US" ("" when unavailable)."""
        return str(self._root.property("locale")) if self._root is not None else ""

    def layout_type(self) -> str:
        """The layout on show: "main" (letters), "digits", "dialpad", "numbers" or "symbols"."""
        return str(self._root.property("layoutType")) if self._root is not None else ""

    # Finding keys and candidates (for tests and UI automation) -----------------------------

    def keys(self) -> list:
        """The visible keys of the current layout (QQuickItems with text, displayText, keyType)."""
        if self._root is None:
            return []
        loader = self._root.findChild(QQuickItem, "keyboardLayoutLoader")
        found: list = []

        def walk(item: QQuickItem) -> None:
            for child in item.childItems():
                if not child.isVisible():
                    continue
                if child.metaObject().indexOfProperty("keyType") >= 0:
                    found.append(child)
                walk(child)

        if loader is not None:
            walk(loader)
        return found

    @staticmethod
    def key_label(key: QQuickItem) -> str:
        return str(key.property("displayText") or key.property("text") or "")

    def key_labels(self) -> list[str]:
        """What the visible keys show; keys with only an icon (shift, backspace, ...) show ""."""
        return [self.key_label(k) for k in self.keys()]

    def key(self, text: str) -> QQuickItem | None:
        """The visible key typing or showing ``text`` ("z", "1", "&123", "zh"/"en"), or None."""
        for key in self.keys():
            if text in (key.property("text"), key.property("displayText")):
                return key
        return None

    def language_key(self) -> QQuickItem | None:
        return next((k for k in self.keys() if k.objectName() == "changeLanguageKey"), None)

    def candidates(self) -> list[str]:
        """The word candidates on offer (Pinyin's choices), best first."""
        if self._root is None:
            return []
        return [str(t) for t in _call(self._root, "candidateTexts") or []]

    def candidate_rect(self, text: str) -> QRectF | None:
        """Where the candidate ``text`` is (scrolled into view), in ``self.view`` coordinates, or None."""
        if self._root is None:
            return None
        rect = _call(self._root, "candidateRect", text)
        return rect if isinstance(rect, QRectF) and not rect.isEmpty() else None

    def tap_point(self, target: QQuickItem | QRectF) -> QPoint:
        """Where to touch a key (or a candidate's rect), in the coordinates of ``self.view``."""
        if isinstance(target, QRectF):
            return target.center().toPoint()
        return target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()


def _call(obj: QObject, function: str, *args):
    """Call a QML function of ``obj`` and return its result as a Python value."""
    from PySide6.QtQml import QJSValue

    value = QMetaObject.invokeMethod(obj, function, Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("QVariant"),
                                     *(Q_ARG("QVariant", a) for a in args))
    return value.toVariant() if isinstance(value, QJSValue) else value
