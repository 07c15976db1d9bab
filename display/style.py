"""The display's look: light text on a near-black ground, one warm accent, sizes in pixels at 1080 px on the
screen's short side (scaled with the window), so the smallest line is still read from five metres."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

BACKGROUND = "#0A0F1A"
PANEL = "#141C2B"
RULE = "#2A3447"
TEXT = "#F8FAFC"
MUTED = "#AEB9CA"  # 9:1 on the background
ACCENT = "#FFC53D"  # the ticket called, the welcome: 12:1 on the background

# role -> (pixel size at a 1080 px short side, bold)
SIZES = {
    "site": (44, True), "clock": (48, True), "date": (30, False),
    "caption": (48, True), "call": (150, True), "previous": (60, False), "quiet": (64, False),
    "doctor": (50, True), "tickets": (64, True),
    "welcome": (96, True), "guest": (140, True), "company": (64, False), "honour": (72, False),
    "site-big": (120, True),
}

SHEET = f"""
QWidget {{ color: {TEXT}; background: transparent; }}
#Display {{ background: {BACKGROUND}; }}
#Header {{ border-bottom: 2px solid {RULE}; }}
QLabel[role="site"], QLabel[role="date"], QLabel[role="previous"], QLabel[role="quiet"],
QLabel[role="company"] {{ color: {MUTED}; }}
QLabel[role="caption"], QLabel[role="welcome"], QLabel[role="honour"] {{ color: {ACCENT}; }}
QFrame[role="queue"] {{ background: {PANEL}; border-radius: 18px; }}
QFrame[role="rule"] {{ background: {RULE}; min-height: 2px; max-height: 2px; }}
"""


def scale_of(width: int, height: int) -> float:
    """Sizes are drawn for 1080 px on the short side: a 720p screen gets two thirds, a 4K one twice."""
    return max(0.4, min(width, height) / 1080)


def set_size(widget: QWidget, role: str, scale: float) -> None:
    """The widget's font at its role's size; a FitLabel takes it as the largest it may use."""
    px, bold = SIZES[role]
    font = QFont(widget.font())
    font.setPixelSize(max(12, round(px * scale)))
    font.setBold(bold)
    widget.setFont(font)
