"""The three reception levels side by side: what each one's protocol asks, and its meal budget rule.

Admins edit and save a level; everyone else reads them. The rule is explained in words with a worked
example, so whoever books the lunch knows the limit without doing the sum."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from shared.changes import Change, Changes
from shared.domain.errors import DomainError
from shared.domain.model import ReceptionLevel
from shared.qt.problems import error_text
from shared.services.directory import levels as lv
from shared.services.directory.levels import LevelPolicy, meal_budget
from shared.store.engine import Store

from console.common.panel import ActorFn, DeskView

CTX = "ReceptionLevels"
EXAMPLE_GUESTS = 4

LEVEL_NAMES = {
    ReceptionLevel.STANDARD: QT_TRANSLATE_NOOP("ReceptionLevels", "Standard"),
    ReceptionLevel.SENIOR: QT_TRANSLATE_NOOP("ReceptionLevels", "Senior"),
    ReceptionLevel.VIP: QT_TRANSLATE_NOOP("ReceptionLevels", "VIP"),
}
BADGE_NAMES = {
    "visitor": QT_TRANSLATE_NOOP("ReceptionLevels", "Visitor badge"),
    "vip": QT_TRANSLATE_NOOP("ReceptionLevels", "VIP badge"),
}
# The checklist items, as the protocol names them.
ITEM_NAMES = {
    "badge": QT_TRANSLATE_NOOP("ReceptionLevels", "Badge"),
    "accompany": QT_TRANSLATE_NOOP("ReceptionLevels", "Accompanied by"),
    "room": QT_TRANSLATE_NOOP("ReceptionLevels", "Room"),
    "refreshments": QT_TRANSLATE_NOOP("ReceptionLevels", "Refreshments"),
    "vehicle": QT_TRANSLATE_NOOP("ReceptionLevels", "Vehicle"),
    "lodging": QT_TRANSLATE_NOOP("ReceptionLevels", "Lodging"),
    "meals": QT_TRANSLATE_NOOP("ReceptionLevels", "Meals"),
}
AMOUNT_LABELS = {
    "meal_lunch": QT_TRANSLATE_NOOP("ReceptionLevels", "Lunch, up to"),
    "meal_dinner": QT_TRANSLATE_NOOP("ReceptionLevels", "Dinner, up to"),
    "meal_extra": QT_TRANSLATE_NOOP("ReceptionLevels", "Each further guest, per meal"),
    "wait_warn_minutes": QT_TRANSLATE_NOOP("ReceptionLevels", "Waiting alert after"),
}
ACCESSIBLE = {"badge": "Badge type", "accompany": "Accompanied by", "room": "Room", "refreshments": "Refreshments",
              "vehicle": "Vehicle", "lodging": "Lodging", "meal_lunch": "Lunch limit", "meal_dinner": "Dinner limit",
              "meal_extra": "Amount per further guest", "wait_warn_minutes": "Waiting alert minutes"}
LEVELS_STYLE = """
QFrame#levelCard { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }
QFrame#levelCard QLabel#levelName { font-size: 17px; font-weight: 600; color: #111827; }
QFrame#levelCard QLabel#levelGroup { font-size: 12px; font-weight: 600; color: #6b7280; padding-top: 6px; }
QFrame#levelCard QLabel#mealRule { font-size: 13px; color: #374151; background: #f9fafb; border-radius: 6px; padding: 6px 8px; }
QFrame#levelCard QPlainTextEdit, QFrame#levelCard QSpinBox, QFrame#levelCard QComboBox { font-size: 13px; }
QFrame#levelCard QLabel { font-size: 13px; }
QPlainTextEdit[readOnly="true"], QSpinBox[readOnly="true"] { background: #f9fafb; color: #374151; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def level_name(level: ReceptionLevel | str) -> str:
    """Standard / Senior / VIP; 普通 / 高级 / 特级."""
    return _tr(LEVEL_NAMES[ReceptionLevel(level)])


def item_name(item: str) -> str:
    return _tr(ITEM_NAMES.get(item, item))


def badge_name(badge: str) -> str:
    return _tr(BADGE_NAMES.get(badge, badge))


def yuan(amount: int) -> str:
    return f"¥{amount:,}"


def meal_rule_text(policy: LevelPolicy, guests: int = EXAMPLE_GUESTS) -> str:
    """The rule in words, then the sum done for a party of `guests`."""
    if not (policy.meal_lunch or policy.meal_dinner):
        return QCoreApplication.translate("ReceptionLevels", "No meals at the company's cost.")
    rule = (QCoreApplication.translate("ReceptionLevels", "Lunch up to %1 and dinner up to %2 cover two guests; each guest beyond two adds %3 to each meal.")
            .replace("%1", yuan(policy.meal_lunch)).replace("%2", yuan(policy.meal_dinner))
            .replace("%3", yuan(policy.meal_extra)))
    budget = meal_budget(policy, guests)
    example = (QCoreApplication.translate("ReceptionLevels", "%1 guests: lunch ≤ %2, dinner ≤ %3.").replace("%1", str(guests))
               .replace("%2", yuan(budget.lunch)).replace("%3", yuan(budget.dinner)))
    return f"{rule}\n{example}"


class _TextBox(QPlainTextEdit):
    """As tall as its wrapped text (1-4 lines): the seed's texts are bilingual and long, a line edit
    would cut them, a fixed box would waste the room that the meal rule needs."""

    MAX_LINES = 4

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()  # the wrap, so the line count, follows the width

    def _fit(self) -> None:
        lines = int(self.document().documentLayout().documentSize().height())  # wrapped lines, in a plain edit
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if lines > self.MAX_LINES
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lines = max(1, min(self.MAX_LINES, lines))
        margins = self.contentsMargins().top() + self.contentsMargins().bottom() + 2 * self.frameWidth()
        height = lines * self.fontMetrics().lineSpacing() + margins + 2 * int(self.document().documentMargin()) + 4
        if height != self.height():
            self.setFixedHeight(height)


class LevelCard(QFrame):
    """One level's form; `save` is enabled once something differs from what is stored."""

    def __init__(self, level: ReceptionLevel) -> None:
        super().__init__(objectName="levelCard")
        self.level = level
        self.policy: LevelPolicy | None = None
        self.setAccessibleName(f"{level.name.title() if level != ReceptionLevel.VIP else 'VIP'} level")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        self.heading = QLabel(objectName="levelName")
        layout.addWidget(self.heading)
        self.labels: dict[str, QLabel] = {}
        self.badge = QComboBox()
        self.badge.setAccessibleName(ACCESSIBLE["badge"])
        self.badge.view().setAccessibleName("Badge type choices")
        for code in BADGE_NAMES:
            self.badge.addItem("", code)
        self._add_field(layout, "badge", self.badge)
        self.texts: dict[str, _TextBox] = {}
        for name in lv.TEXT_FIELDS:
            box = self.texts[name] = _TextBox(ACCESSIBLE[name])
            self._add_field(layout, name, box)
        self.meals_title = QLabel(objectName="levelGroup")
        layout.addWidget(self.meals_title)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.amounts: dict[str, QSpinBox] = {}
        for name in (*lv.AMOUNT_FIELDS, "wait_warn_minutes"):
            spin = self.amounts[name] = QSpinBox()
            spin.setAccessibleName(ACCESSIBLE[name])
            spin.lineEdit().setAccessibleName(f"{ACCESSIBLE[name]} text")
            if name == "wait_warn_minutes":
                spin.setRange(1, lv.MAX_WAIT_WARN)
            else:
                spin.setRange(0, lv.MAX_AMOUNT)
                spin.setPrefix("¥")
                spin.setSingleStep(10)
                spin.setGroupSeparatorShown(True)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMaximumWidth(130)
            self.labels[name] = QLabel()
            self.labels[name].setBuddy(spin)
            form.addRow(self.labels[name], spin)
            if name == "meal_extra":
                self.rule = QLabel(objectName="mealRule")
                self.rule.setAccessibleName("Meal rule")
                self.rule.setWordWrap(True)
                form.addRow(self.rule)
        layout.addLayout(form)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.revert = QPushButton()
        self.revert.setAccessibleName(f"Undo changes to {self.accessibleName()}")
        self.save = QPushButton(objectName="primary")
        self.save.setAccessibleName(f"Save {self.accessibleName()}")
        row.addStretch(1)
        row.addWidget(self.revert)
        row.addWidget(self.save)
        layout.addLayout(row)
        self.revert.clicked.connect(lambda: self.show_policy(self.policy))
        self.badge.currentIndexChanged.connect(self._changed)
        for box in self.texts.values():
            box.textChanged.connect(self._changed)
        for spin in self.amounts.values():
            spin.valueChanged.connect(self._changed)

    def _add_field(self, layout: QVBoxLayout, name: str, widget: QWidget) -> None:
        label = self.labels[name] = QLabel(objectName="levelGroup")
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget)

    def retranslate(self) -> None:
        self.heading.setText(level_name(self.level))
        for i in range(self.badge.count()):
            self.badge.setItemText(i, badge_name(self.badge.itemData(i)))
        for name, label in self.labels.items():
            label.setText(_tr(AMOUNT_LABELS[name]) if name in AMOUNT_LABELS else item_name(name))
        self.labels["accompany"].setText(QCoreApplication.translate("ReceptionLevels", "Accompanied by"))
        self.meals_title.setText(QCoreApplication.translate("ReceptionLevels", "Meals (the company's limit)"))
        self.amounts["wait_warn_minutes"].setSuffix(QCoreApplication.translate("ReceptionLevels", " min"))
        self.save.setText(QCoreApplication.translate("ReceptionLevels", "Save"))
        self.revert.setText(QCoreApplication.translate("ReceptionLevels", "Undo changes"))
        self._changed()

    def set_editable(self, editable: bool) -> None:
        self.badge.setEnabled(editable)
        for box in self.texts.values():
            box.setReadOnly(not editable)
        for spin in self.amounts.values():
            spin.setReadOnly(not editable)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows if editable
                                  else QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.save.setVisible(editable)
        self.revert.setVisible(editable)
        self.style().unpolish(self)
        self.style().polish(self)
        for w in (*self.texts.values(), *self.amounts.values()):
            w.style().unpolish(w)
            w.style().polish(w)

    def show_policy(self, policy: LevelPolicy | None) -> None:
        self.policy = policy
        if policy is None:
            return
        self.badge.setCurrentIndex(max(0, self.badge.findData(policy.badge)))
        for name, box in self.texts.items():
            box.setPlainText(getattr(policy, name))
        for name, spin in self.amounts.items():
            spin.setValue(getattr(policy, name))
        self._changed()

    def changes(self) -> dict[str, object]:
        """The fields that differ from the stored level."""
        if self.policy is None:
            return {}
        typed = {"badge": self.badge.currentData()}
        typed |= {name: box.toPlainText().strip() for name, box in self.texts.items()}
        typed |= {name: spin.value() for name, spin in self.amounts.items()}
        return {k: v for k, v in typed.items() if v != getattr(self.policy, k)}

    @property
    def dirty(self) -> bool:
        return bool(self.changes())

    def edited(self) -> LevelPolicy | None:
        if self.policy is None:
            return None
        return replace(self.policy, **{k: v for k, v in self.changes().items()})

    def _changed(self) -> None:
        dirty = self.dirty
        self.save.setEnabled(dirty)
        self.revert.setEnabled(dirty)
        policy = self.edited()
        if policy is not None:
            self.rule.setText(meal_rule_text(policy))


class LevelsView(DeskView):
    """Standard / Senior / VIP; `set_editable(True)` for admins."""

    def __init__(self, store: Store, actor: ActorFn, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent)
        self.setAccessibleName("Reception levels")
        self.setStyleSheet(LEVELS_STYLE)
        self.editable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.heading = QLabel(objectName="sectionTitle")
        self.note = QLabel(objectName="counts")
        self.note.setAccessibleName("Levels note")
        self.note.setWordWrap(True)
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.note, 1)
        layout.addLayout(top)
        cards = QWidget()
        row = QHBoxLayout(cards)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.cards: dict[ReceptionLevel, LevelCard] = {}
        for level in ReceptionLevel:
            card = self.cards[level] = LevelCard(level)
            card.save.clicked.connect(lambda _=False, lvl=level: self.save(lvl))
            row.addWidget(card, 1)
        scroll = QScrollArea(objectName="levelsScroll")
        scroll.setWidget(cards)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea#levelsScroll, QScrollArea#levelsScroll > QWidget > QWidget "
                             "{ background: transparent; }")
        layout.addWidget(scroll, 1)
        self.reload()
        self.set_editable(False)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("ReceptionLevels", "Reception levels")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        for card in self.cards.values():
            card.retranslate()
        self._show_note()

    def _show_note(self) -> None:
        self.note.setText(QCoreApplication.translate("ReceptionLevels", "What the desk prepares for a guest of each level. Changes apply to every visit "
                              "of that level, including today's.") if self.editable
                          else QCoreApplication.translate("ReceptionLevels", "Only an administrator can change the levels."))

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for card in self.cards.values():
            card.set_editable(editable)
        self._show_note()

    def reload(self, keep_edits: bool = True) -> None:
        found = lv.levels(self.store)
        for level, card in self.cards.items():
            if not (keep_edits and card.dirty):  # never throw away what someone is typing
                card.show_policy(found.get(level))

    def refresh(self, flags: Changes, changes: list[Change]) -> None:
        if flags & Changes.SETTINGS:
            self.reload()

    def save(self, level: ReceptionLevel) -> None:
        card = self.cards[level]
        if not self.editable or not card.dirty:
            return
        try:
            saved = lv.update_level(self.store, self.actor(), level, **card.changes()).value
        except DomainError as err:
            self.say(error_text(err), "error")
            return
        card.show_policy(saved)
        self.say(QCoreApplication.translate("ReceptionLevels", "%1 level saved.").replace("%1", level_name(level)), "done")
