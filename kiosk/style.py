"""The kiosk's look: one calm palette, large type, big touch targets.

Only sizes, weights and colours: the family is the app font (the shipped CJK font)."""
from __future__ import annotations

import re

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

BACKGROUND = "#F3F6F8"
SURFACE = "#FFFFFF"
BORDER = "#DCE3EA"
TEXT = "#1D2939"
MUTED = "#5B6B7F"
PRIMARY = "#0F766E"
PRIMARY_PRESSED = "#115E59"
PRIMARY_SOFT = "#E3F1EF"
ERROR = "#B42318"
FIELD_BORDER = "#C9D3DE"
WARN = "#B54708"
WARN_SOFT = "#FEF0C7"
STAR = "#F5A524"

TOUCH_MIN_PX = 72  # above the 64 px minimum for a finger, with room for a gloved one

SHEET = f"""
KioskWindow, FirstPage {{ background: {BACKGROUND}; }}
QWidget {{ color: {TEXT}; font-size: 20px; }}
QStackedWidget, QStackedWidget > QWidget {{ background: {BACKGROUND}; }}

#TopBar {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; }}
QLabel[role="site"] {{ font-size: 24px; font-weight: bold; color: {PRIMARY}; }}

QLabel[role="display"] {{ font-size: 56px; font-weight: bold; }}
QLabel[role="title"] {{ font-size: 36px; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: 24px; color: {MUTED}; }}
QLabel[role="label"] {{ font-size: 21px; font-weight: bold; }}
QLabel[role="hint"] {{ font-size: 18px; color: {MUTED}; }}
QLabel[role="error"] {{ font-size: 18px; color: {ERROR}; min-height: 26px; }}  /* reserved: no jump */
QLabel[role="key"] {{ font-size: 20px; color: {MUTED}; }}
QLabel[role="value"] {{ font-size: 28px; font-weight: bold; }}
QLabel[role="value-sub"] {{ font-size: 20px; color: {MUTED}; }}
QLabel[role="summary"] {{ font-size: 24px; font-weight: bold; }}
QLabel[role="done"] {{ font-size: 48px; font-weight: bold; }}
QLabel[role="big-value"] {{ font-size: 44px; font-weight: bold; }}
QLabel[role="notice"] {{ font-size: 19px; }}
QLabel[role="stepper"] {{ font-size: 40px; font-weight: bold; }}
QLabel[role="error-big"] {{ font-size: 24px; font-weight: bold; color: {ERROR}; }}
Toggle {{ font-size: 21px; font-weight: bold; }}

QFrame[role="card"] {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 24px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="rule"] {{ background: {BORDER}; border: none; max-height: 1px; min-height: 1px; }}

QLineEdit {{
    background: {SURFACE}; border: 2px solid {FIELD_BORDER}; border-radius: 14px;
    padding: 0 18px; min-height: 64px; font-size: 24px;
    selection-background-color: {PRIMARY_SOFT}; selection-color: {TEXT};
}}
QLineEdit:focus {{ border-color: {PRIMARY}; }}
QLineEdit[invalid="true"] {{ border-color: {ERROR}; }}

QPushButton {{
    min-height: {TOUCH_MIN_PX}px; border-radius: 18px; padding: 0 40px;
    font-size: 24px; font-weight: bold;
}}
QPushButton[kind="primary"] {{ background: {PRIMARY}; color: white; border: none; }}
QPushButton[kind="primary"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton[kind="primary"]:disabled {{ background: #B5CCC9; color: #F4F8F7; }}
QPushButton[kind="secondary"] {{ background: {SURFACE}; color: {PRIMARY}; border: 2px solid {PRIMARY}; }}
QPushButton[kind="secondary"]:pressed {{ background: {PRIMARY_SOFT}; }}
QPushButton[kind="hero"] {{
    background: {PRIMARY}; color: white; border: none; border-radius: 28px;
    min-height: 128px; padding: 0 64px; font-size: 34px;
}}
QPushButton[kind="hero"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton[kind="secondary"]:disabled {{ color: #9AB8B4; border-color: #B5CCC9; }}
QPushButton[shape="square"] {{ padding: 0; font-size: 36px; border-radius: 18px; }}
QPushButton[kind="choice"] {{
    background: {SURFACE}; color: {PRIMARY}; border: 2px dashed {FIELD_BORDER}; font-size: 21px;
}}
QPushButton[kind="choice"]:checked {{ background: {PRIMARY_SOFT}; border: 3px solid {PRIMARY}; }}
QPushButton[kind="danger"] {{ background: {ERROR}; color: white; border: none; }}

QPushButton[kind="lang"] {{
    min-height: 64px; padding: 0 24px; font-size: 20px; border-radius: 0;
    background: {SURFACE}; color: {MUTED}; border: 2px solid {FIELD_BORDER};
}}
QPushButton[kind="lang"][edge="left"] {{ border-top-left-radius: 14px; border-bottom-left-radius: 14px; border-right: none; }}
QPushButton[kind="lang"][edge="right"] {{ border-top-right-radius: 14px; border-bottom-right-radius: 14px; border-left: none; }}
QPushButton[kind="lang"]:checked {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; }}

QListWidget {{ background: transparent; border: none; outline: none; }}
#TouchScroll, #TouchScroll > QWidget, #TouchScrollContent {{ background: transparent; border: none; }}
QScrollBar:vertical {{ width: 10px; background: transparent; }}
QScrollBar::handle:vertical {{ background: #C9D3DE; border-radius: 5px; min-height: 40px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
"""


# The sheet's sizes are drawn for a 1280 x 800 screen; a bigger one (1920 x 1080, a 1080 x 1920 portrait kiosk)
# gets them scaled up with its shorter side, never down (targets keep their 9 mm), at most MAX_SCALE.
BASE_SHORT, BASE_LONG = 800, 1280
MAX_SCALE = 1.5
_PX = re.compile(r"(\d+)px")


def scale_for(width: int, height: int) -> float:
    short, long = sorted((width, height))
    return round(min(MAX_SCALE, max(1.0, min(short / BASE_SHORT, long / BASE_LONG))), 2)


def sheet(scale: float = 1.0) -> str:
    return SHEET if scale == 1.0 else _PX.sub(lambda m: f"{round(int(m.group(1)) * scale)}px", SHEET)


def apply(window: QWidget, scale: float = 1.0) -> None:
    """Styled on the window, not the app, so a console in the same process keeps its own look."""
    window.setProperty("styleScale", scale)
    window.setStyleSheet(sheet(scale))


def fit(window: QWidget, width: int, height: int) -> None:
    """Type and touch targets follow the screen: called as the window takes its size (re-styling only when
    the scale changes, i.e. once for a kiosk, not on every resize)."""
    scale = scale_for(width, height)
    if window.property("styleScale") != scale:
        apply(window, scale)


def color(name: str) -> QColor:
    return QColor(globals()[name])


def restyle(widget: QWidget) -> None:
    """Dynamic properties (e.g. invalid) only take effect after a re-polish."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
