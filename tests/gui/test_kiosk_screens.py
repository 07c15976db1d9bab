"""Every kiosk page on every common lobby screen: nothing past the window's edge, no control over another,
no touch target under 9 mm; cards side by side in landscape, stacked in portrait."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QLineEdit, QWidget

from kiosk import screenshots
from kiosk.widgets import Reflow
from tests.gui.kiosk_fixtures import kiosk_store, make_kiosk  # noqa: F401

# Logical sizes: 1080 x 1920 portrait, the same at 150 % (720 x 1280), 1920 x 1080 (and 3840 x 2160 at 200 %),
# 1366 x 768, 1280 x 800, 1024 x 768.
SIZES = [(1080, 1920), (720, 1280), (1920, 1080), (1366, 768), (1280, 800), (1024, 768)]
INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractItemView)
TOUCH_MIN_MM = 9


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def problems(window) -> list[str]:
    found = []
    overlay = window.idle_warning if window.idle_warning.isVisible() else None
    shown = [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]
    min_px = TOUCH_MIN_MM / 25.4 * window.logicalDpiX()
    controls = {}
    for w in shown:
        r = rect_in(window, w)
        if isinstance(w, (*INTERACTIVE, QLabel)) and (r.left() < 0 or r.right() >= window.width()):
            found.append(f"past the edge: {type(w).__name__} {w.accessibleName() or w.property('text')!r} "
                         f"x {r.left()}..{r.right()} of {window.width()}")
        if isinstance(w, INTERACTIVE):
            controls[w] = r
            if min(r.width(), r.height()) < min_px:
                found.append(f"under {TOUCH_MIN_MM} mm: {w.accessibleName()!r} {r.width()}x{r.height()}")
    items = list(controls.items())
    for i, (a, ra) in enumerate(items):
        for b, rb in items[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if overlay is not None and (overlay.isAncestorOf(a) != overlay.isAncestorOf(b)):
                continue  # "are you still there?" covers the page on purpose
            both = ra.intersected(rb)
            if both.width() > 1 and both.height() > 1:
                found.append(f"overlap: {a.accessibleName()!r} and {b.accessibleName()!r}")
    return found


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_fits_every_lobby_screen(make_kiosk, size, language):
    window = make_kiosk(language)
    window.resize(*size)
    QApplication.processEvents()
    seen, bad = 0, {}
    for page in screenshots._walk_through(window):
        QApplication.processEvents()
        seen += 1
        found = problems(window)
        if found:
            bad[page] = found
    assert seen >= 20
    assert not bad, bad


@pytest.mark.parametrize("size, side_by_side", [((1920, 1080), True), ((1280, 800), True), ((1080, 1920), False),
                                                ((720, 1280), False)])
def test_cards_are_side_by_side_in_landscape_and_stacked_in_portrait(make_kiosk, qtbot, size, side_by_side):
    window = make_kiosk("en")
    window.resize(*size)
    window.show_page(window.walk_in)
    qtbot.wait(20)
    flows = [f for f in window.findChildren(Reflow) if f.isVisible()]
    assert flows
    assert all(f.side_by_side() == side_by_side for f in flows), [(f.parent(), f.side_by_side()) for f in flows]
    visitor, host = window.walk_in.columns._cells
    a, b = rect_in(window, visitor), rect_in(window, host)
    assert (a.top() == b.top() and a.right() < b.left()) if side_by_side else (a.bottom() < b.top())


def test_the_welcome_choices_stack_on_a_portrait_screen_and_fill_a_landscape_one(make_kiosk, qtbot):
    window = make_kiosk("en")
    for size, stacked in (((1080, 1920), True), ((1920, 1080), False)):
        window.resize(*size)
        qtbot.wait(20)
        invitation, walk_in = rect_in(window, window.welcome.invitation), rect_in(window, window.welcome.walk_in)
        assert (invitation.bottom() < walk_in.top()) == stacked
        assert window.welcome.ways.side_by_side() != stacked
        assert walk_in.right() < window.width()


@pytest.mark.parametrize("size, scale", [((1280, 800), 1.0), ((1024, 768), 1.0), ((720, 1280), 1.0),
                                         ((1920, 1080), 1.35), ((1080, 1920), 1.35), ((2560, 1440), 1.5)])
def test_type_and_touch_targets_grow_with_the_screen_never_below_their_design(make_kiosk, qtbot, size, scale):
    window = make_kiosk("en")
    window.resize(1280, 800)
    qtbot.wait(20)
    base_font, base_height = window.welcome.walk_in.font().pixelSize(), window.welcome.walk_in.height()
    window.resize(*size)
    qtbot.wait(20)
    assert window.property("styleScale") == scale
    assert window.welcome.walk_in.font().pixelSize() == round(base_font * scale)
    assert window.welcome.walk_in.height() >= round(base_height * scale) - 1
