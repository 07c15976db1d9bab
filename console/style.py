"""The console's look: calm neutrals, one accent colour, a table that is easy to scan."""
from __future__ import annotations

ACCENT = "#1d4ed8"

STYLE = f"""
QMainWindow, QWidget#page {{ background: #f3f4f6; }}
QWidget#header {{ background: #ffffff; border-bottom: 1px solid #e5e7eb; }}
QLabel#title {{ font-size: 20px; font-weight: 600; color: #111827; }}
QLabel#subtitle {{ font-size: 13px; color: #6b7280; }}
QLabel#sectionTitle {{ font-size: 16px; font-weight: 600; color: #111827; }}
QLabel#counts {{ font-size: 13px; color: #4b5563; }}
QLabel#status {{ font-size: 13px; color: #374151; padding: 4px 0; }}
QLabel#status[tone="error"] {{ color: #b91c1c; font-weight: 600; }}
QLabel#status[tone="done"] {{ color: #047857; }}
QPushButton {{
    font-size: 14px; padding: 7px 18px; border-radius: 6px;
    border: 1px solid #d1d5db; background: #ffffff; color: #111827;
}}
QPushButton:hover {{ background: #f9fafb; }}
QPushButton:disabled {{ color: #9ca3af; background: #f3f4f6; border-color: #e5e7eb; }}
QPushButton#primary {{ background: {ACCENT}; border-color: {ACCENT}; color: #ffffff; font-weight: 600; }}
QPushButton#primary:hover {{ background: #1e40af; }}
QPushButton#primary:disabled {{ background: #e5e7eb; border-color: #e5e7eb; color: #9ca3af; }}
QScrollArea#actionScroll, QScrollArea#actionScroll > QWidget > QWidget {{ background: transparent; }}
QScrollArea#sectionScroll, QScrollArea#sectionScroll > QWidget > QWidget {{ background: transparent; }}
QScrollArea#lowerScroll, QScrollArea#lowerScroll > QWidget > QWidget#lowerPanels {{ background: transparent; }}
QFrame#actionPanel {{ background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }}
QLabel#panelHeading {{ font-size: 15px; font-weight: 600; color: #111827; }}
QLabel#selectedVisit {{ font-size: 13px; color: #374151; }}
QLabel#groupTitle {{ font-size: 12px; font-weight: 600; color: #6b7280; padding-top: 4px; }}
QScrollArea#actionScroll QScrollBar:vertical {{ width: 8px; background: transparent; margin: 0; }}
QScrollArea#actionScroll QScrollBar::handle:vertical {{ background: #d1d5db; border-radius: 4px; min-height: 24px; }}
QScrollArea#actionScroll QScrollBar::add-line, QScrollArea#actionScroll QScrollBar::sub-line {{ height: 0; }}
QPushButton#action, QFrame#actionPanel QPushButton#primary {{ font-size: 13px; padding: 4px 10px; text-align: left; }}
QLabel#dialogProblem {{ color: #b91c1c; font-weight: 600; }}
QFrame#printPanel {{ background: #fef2f2; border: 1px solid #fecaca; border-radius: 8px; }}
QLabel#panelTitle {{ font-size: 15px; font-weight: 600; color: #991b1b; }}
QFrame#printPanel QPushButton {{ padding: 4px 12px; }}
QPushButton#bannerToggle {{ font-size: 13px; padding: 4px 12px; color: #991b1b; border-color: #fecaca; }}
QLabel#printerWarning {{ font-size: 13px; color: #92400e; }}
QListWidget#jobs {{ background: #ffffff; border: 1px solid #fecaca; border-radius: 6px; font-size: 13px; }}
QFrame#signInCard {{ background: #ffffff; border: 1px solid #e5e7eb; border-radius: 10px; }}
QFrame#signInCard QLabel {{ font-size: 14px; color: #374151; }}
QFrame#signInCard QLabel#panelHeading {{ font-size: 20px; color: #111827; }}
QFrame#signInCard QLabel#dialogProblem {{ color: #b91c1c; }}
QLineEdit {{
    font-size: 14px; padding: 6px 8px; border: 1px solid #d1d5db; border-radius: 6px; background: #ffffff;
}}
QLineEdit:focus {{ border-color: {ACCENT}; }}
QLineEdit#search {{ padding: 6px 10px; background: #f9fafb; }}
QLabel#operator {{ font-size: 13px; color: #374151; padding: 0 6px; }}
QTabWidget#deskTabs::pane {{ border: none; }}
QTabBar::tab {{
    font-size: 14px; padding: 8px 16px; margin-right: 2px; color: #4b5563;
    border: none; border-bottom: 2px solid transparent; background: transparent;
}}
QTabBar::tab:selected {{ color: #111827; font-weight: 600; border-bottom: 2px solid {ACCENT}; }}
QTabBar::tab:hover {{ color: #111827; }}
QPushButton#sectionGroup {{ font-size: 14px; padding: 5px 14px; border-radius: 15px; color: #374151; }}
QPushButton#sectionGroup:checked {{ background: {ACCENT}; border-color: {ACCENT}; color: #ffffff; font-weight: 600; }}
QTableView {{
    background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px;
    gridline-color: #f3f4f6; font-size: 14px;
    selection-background-color: #dbeafe; selection-color: #111827;
    alternate-background-color: #f9fafb;
}}
QTableView::item {{ padding: 0 10px; border-bottom: 1px solid #f3f4f6; }}
QHeaderView::section {{
    background: #ffffff; color: #6b7280; font-size: 13px; font-weight: 600;
    padding: 8px 13px; border: none; border-bottom: 1px solid #e5e7eb;
}}
"""
