"""Small building blocks every kiosk page uses."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import style


def label(role: str, text: str = "", parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    widget.setProperty("role", role)
    widget.setWordWrap(True)
    return widget


def touch_button(accessible_name: str, kind: str = "primary", parent: QWidget | None = None) -> QPushButton:
    """A big button; the accessible name is stable English, the text is set on retranslate."""
    button = QPushButton(parent)
    button.setAccessibleName(accessible_name)
    button.setProperty("kind", kind)
    button.setMinimumHeight(style.TOUCH_MIN_PX)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap must not steal focus from the field being typed in
    return button


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    return frame


def set_role(widget: QWidget, role: str) -> None:
    if widget.property("role") != role:
        widget.setProperty("role", role)
        style.restyle(widget)


class PageStack(QStackedWidget):
    """One page at a time, as tall as the page shown: Qt sizes a stack by its tallest page, which on an 800 px
    screen pushed the welcome page's last line below the edge."""

    def __init__(self, pages: list[QWidget]) -> None:
        super().__init__()
        for page in pages:
            self.addWidget(page)
        self.currentChanged.connect(self._fit)
        self._fit()

    def _fit(self, _index: int = 0) -> None:
        current = self.currentWidget()
        for i in range(self.count()):
            policy = QSizePolicy.Policy.Preferred if self.widget(i) is current else QSizePolicy.Policy.Ignored
            self.widget(i).setSizePolicy(policy, policy)
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        # Qt's stack answers with its tallest page's, Ignored or not (and a scroll area asks this).
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1


class Reflow(QWidget):
    """Cells side by side while the width holds them and the screen is landscape, one above the other on a
    portrait screen or when they do not fit: whatever the screen, nothing runs off its right edge. centred: the cells keep their
    own width (buttons), else they share the width (columns)."""

    def __init__(self, cells: list[QWidget], spacing: int, centred: bool = False,
                 stretches: list[int] | None = None) -> None:
        super().__init__()
        # The width is the page's to give: the cells' minimum decides the direction, not the window's minimum.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._cells, self._spacing, self._centred = cells, spacing, centred
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(spacing)
        if centred:
            self._box.addStretch(1)
        for i, cell in enumerate(cells):
            self._box.addWidget(cell, 0 if centred else stretches[i] if stretches else 1)
        if centred:
            self._box.addStretch(1)

    def side_by_side(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.LeftToRight

    def _fits(self, width: int) -> bool:
        screen = self.window().size()
        if screen.height() > screen.width():  # a portrait screen: one above the other, whatever would fit
            return False
        needed = sum(max(c.minimumSizeHint().width(), c.minimumWidth()) for c in self._cells)
        return width >= needed + self._spacing * (len(self._cells) - 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        wanted = QBoxLayout.Direction.LeftToRight if self._fits(event.size().width()) \
            else QBoxLayout.Direction.TopToBottom
        if self._box.direction() != wanted:
            self._box.setDirection(wanted)
            stacked_centred = self._centred and wanted == QBoxLayout.Direction.TopToBottom
            for cell in self._cells:
                self._box.setAlignment(cell, Qt.AlignmentFlag.AlignHCenter if stacked_centred
                                       else Qt.AlignmentFlag(0))
            self.updateGeometry()  # taller or shorter now: the page lays out again
        super().resizeEvent(event)


def page_area(pages: list[QWidget]) -> tuple[PageStack, QScrollArea]:
    """The kiosk's pages in a finger-scrolled area: a page taller than the screen (or than what the on-screen
    keyboard leaves) scrolls. No bar: a finger scrolls, and a bar would show on pages a few pixels too tall."""
    stack = PageStack(pages)
    area = touch_scroll_area(stack)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return stack, area


def touch_scroll_area(content: QWidget) -> QScrollArea:
    """Scrolls by finger on a touchscreen; a mouse still clicks through to the fields."""
    area = QScrollArea()
    area.setObjectName("TouchScroll")
    content.setObjectName("TouchScrollContent")
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


class Field(QWidget):
    """Caption, line edit and the problem shown under it once the visitor has touched it."""

    edited = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = label("label")
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.problem = label("error")
        self.problem.setAccessibleName(f"{accessible_name} problem")
        self.touched = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.edit.textEdited.connect(self._on_edited)
        # No long-press menu: its Undo would bring back what the previous visitor typed.
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.setText("")  # unlike clear(), forgets the undo history: the next visitor can't undo
        self.touched = False
        self.show_problem("")

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.edit.setProperty("invalid", bool(text))
        style.restyle(self.edit)

    def _on_edited(self) -> None:
        self.touched = True
        self.edited.emit()


class Stepper(QWidget):
    """A number changed by two big buttons (held down, they repeat): no keyboard needed."""

    changed = Signal(int)

    def __init__(self, accessible_name: str, down_name: str, up_name: str, minimum: int, maximum: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum, self.maximum, self._value = minimum, maximum, minimum
        self.down = touch_button(down_name, kind="secondary")
        self.up = touch_button(up_name, kind="secondary")
        self.value_label = label("stepper")
        self.value_label.setAccessibleName(accessible_name)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_label.setMinimumWidth(96)
        for button, text in ((self.down, "\u2212"), (self.up, "+")):
            button.setText(text)
            button.setProperty("shape", "square")
            button.setFixedSize(88, style.TOUCH_MIN_PX)
            button.setAutoRepeat(True)
            button.setAutoRepeatDelay(450)
            button.setAutoRepeatInterval(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.down)
        layout.addWidget(self.value_label)
        layout.addWidget(self.up)
        layout.addStretch(1)
        self.down.clicked.connect(lambda: self.set_value(self._value - 1))
        self.up.clicked.connect(lambda: self.set_value(self._value + 1))
        self.set_value(minimum)

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        value = max(self.minimum, min(self.maximum, value))
        changed = value != self._value
        self._value = value
        self.value_label.setText(str(value))
        self.down.setEnabled(value > self.minimum)
        self.up.setEnabled(value < self.maximum)
        if changed:
            self.changed.emit(value)


class Toggle(QAbstractButton):
    """A big tick box with wrapped text; the whole row is the touch target."""

    BOX = 40
    PAD = 16

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(style.TOUCH_MIN_PX)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_width(self, width: int) -> int:
        return max(80, width - self.BOX - 3 * self.PAD)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rect = self.fontMetrics().boundingRect(QRect(0, 0, self._text_width(width), 10_000),
                                               int(Qt.TextFlag.TextWordWrap), self.text())
        return max(style.TOUCH_MIN_PX, rect.height() + 2 * self.PAD)

    def sizeHint(self) -> QSize:
        return QSize(420, self.heightForWidth(420))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, style.TOUCH_MIN_PX)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        on = self.isChecked()
        frame = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setPen(QPen(style.color("PRIMARY" if on else "FIELD_BORDER"), 2))
        painter.setBrush(style.color("PRIMARY_SOFT" if on else "SURFACE"))
        painter.drawRoundedRect(frame, 16, 16)
        box = QRectF(self.PAD, (self.height() - self.BOX) / 2, self.BOX, self.BOX)
        painter.setPen(QPen(style.color("PRIMARY" if on else "MUTED"), 2.5))
        painter.setBrush(style.color("PRIMARY") if on else style.color("SURFACE"))
        painter.drawRoundedRect(box, 8, 8)
        if on:
            c = box.center()
            tick = QPainterPath(c + QPointF(-10, 0))
            tick.lineTo(c + QPointF(-3, 8))
            tick.lineTo(c + QPointF(11, -8))
            painter.setPen(QPen(Qt.GlobalColor.white, 4.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        painter.setPen(style.color("TEXT"))
        painter.setFont(self.font())
        left = self.PAD * 2 + self.BOX
        painter.drawText(QRectF(left, 0, self._text_width(self.width()), self.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                         self.text())


def page_frame(page: QWidget, title: QWidget, subtitle: QWidget, body, left_buttons: list[QWidget],
               right_button: QWidget, problems: tuple[QWidget, ...] = (), spacing: int = 16) -> None:
    """The kiosk's form pages share one frame: heading, body, a row of problems, then the buttons
    (going back on the left, going on at the right, where the thumb of a right-handed visitor is)."""
    back = QWidget()
    back_row = QHBoxLayout(back)
    back_row.setContentsMargins(0, 0, 0, 0)
    back_row.setSpacing(16)
    for button in left_buttons:
        back_row.addWidget(button)
    back_row.addStretch(1)
    # On a narrow (portrait) screen the going-on button goes under the others, as wide as the page.
    buttons = Reflow([back, right_button], spacing=16, stretches=[1, 0])
    layout = QVBoxLayout(page)
    layout.setContentsMargins(48, 20, 48, 24)
    layout.setSpacing(spacing)
    heading = QHBoxLayout()
    heading.setSpacing(20)
    heading.addWidget(title, 0, Qt.AlignmentFlag.AlignBaseline)
    heading.addWidget(subtitle, 1, Qt.AlignmentFlag.AlignBaseline)
    if isinstance(subtitle, QLabel):
        subtitle.setWordWrap(True)  # a long English line wraps on a narrow screen
    layout.addLayout(heading)
    layout.addLayout(body, 1)
    if problems:
        row = QHBoxLayout()
        for problem in problems:
            row.addWidget(problem, 1)
        layout.addLayout(row)
    layout.addWidget(buttons)
