"""The kiosk lets go of Qt's glyph caches (and the module sources PySide6 had read) every FONT_REFRESH_EVERY
visitors, and Chinese still renders."""
from __future__ import annotations

import linecache

from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QLabel

import shared.qt.fonts as fonts
from shared.domain import pinyin
from kiosk import window as kiosk_window
from tests.gui.kiosk_fixtures import kiosk_store, make_kiosk  # noqa: F401
from tests.support.late_import import import_late


def ink(label: QLabel) -> int:
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).value() < 128)


def test_every_fiftieth_visitor_registers_the_font_anew_and_names_still_render_in_it(qtbot, make_kiosk,
                                                                                       monkeypatch, tmp_path):
    calls = []

    def counted():
        calls.append(1)
        fonts.refresh_fonts()

    monkeypatch.setattr(kiosk_window, "refresh_fonts", counted)
    w = make_kiosk("zh_CN")
    label = QLabel("欧阳娜娜 吉𠮷喆")
    qtbot.addWidget(label)
    label.resize(400, 60)
    before_ink = ink(label)
    for _ in range(kiosk_window.FONT_REFRESH_EVERY - 1):
        w.next_visitor()
    assert not calls  # not yet
    assert import_late(tmp_path) in linecache.cache
    pinyin.reading_pieces("欧阳娜娜")
    w.next_visitor()
    assert len(calls) == 1 and len(fonts._registered) == 2
    assert not linecache.cache  # shared.qt.memory.release_memory
    assert pinyin._pinyin_of.cache_info().currsize == 0  # shared.domain.visitor_caches.forget_visitors
    assert QFontInfo(label.font()).family() == fonts.FAMILY
    assert ink(label) == before_ink > 50  # the same glyphs drawn again, not boxes or another font
    assert w.current_page() is w.welcome


def test_names_in_every_script_show_on_screen_without_a_missing_glyph(qapp):
    from PySide6.QtGui import QFont, QTextLayout

    from tests.unit.test_font_fallback import NAMES

    fonts.register_fonts(qapp)
    checked = 0
    for script, name in NAMES.items():
        for bold in (False, True):
            font = QFont(fonts.FAMILY)
            font.setPixelSize(28)
            font.setBold(bold)
            layout = QTextLayout(name, font)
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            for run in layout.glyphRuns():
                assert all(index != 0 for index in run.glyphIndexes()), (script, run.rawFont().familyName())
                checked += 1
    assert checked >= 2 * len(NAMES)
