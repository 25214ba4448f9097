"""The editor's small widgets: a description row, a category chip, the Tajik letter bar, the date and
coordinate fields, and the focus watcher. They show and report; the rules live in the core."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QDoubleValidator, QFocusEvent, QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from photowalk.fields import read_date
from photowalk.selection import CategoryUse
from photowalk.text import apply_suggestion, tajik_suggestions
from photowalk.ui.i18n import language_name

# The Tajik letters a Russian keyboard lacks, each with the key that types it (Alt+key, Alt+Shift+key).
LETTERS = (("ғ", "G"), ("ӣ", "I"), ("қ", "K"), ("ӯ", "U"), ("ҳ", "H"), ("ҷ", "J"))
# The weekday in a locale's long date format, with what joins it to the rest ("dddd, ").
_WEEKDAY = re.compile(r"d{4}[,\s]*|[,\s]*d{4}")


class FocusWatcher(QObject):
    """Reports the text field focused last (for the letter bar) and every field that loses focus."""

    text_focused = Signal(QWidget)
    focus_left = Signal()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(obj, (QLineEdit, QPlainTextEdit)):
            self.text_focused.emit(obj)
        elif event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            self.focus_left.emit()
        return False


class LetterBar(QWidget):
    """Buttons for the Tajik letters, and their Alt shortcuts anywhere inside `scope`."""

    letter_chosen = Signal(str)

    def __init__(self, scope: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        self.label = QLabel()
        bar.addWidget(self.label)
        self.buttons: list[QToolButton] = []
        for letter, key in LETTERS:
            b = QToolButton()
            b.setText(letter)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes on in the field that had focus
            b.setMinimumWidth(30)
            b.clicked.connect(lambda _c=False, ch=letter: self.letter_chosen.emit(ch))
            b.setToolTip(f"Alt+{key}  ·  Alt+Shift+{key}: {letter.upper()}")
            bar.addWidget(b)
            self.buttons.append(b)
            for seq, ch in ((f"Alt+{key}", letter), (f"Alt+Shift+{key}", letter.upper())):
                sc = QShortcut(QKeySequence(seq), scope)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(lambda c=ch: self.letter_chosen.emit(c))
        bar.addStretch(1)

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("EditorPanel", "Tajik letters:"))


class DescriptionRow(QWidget):
    """The description in one language: its text, a remove button, and (Tajik) letter suggestions."""

    changed = Signal(str)  # language
    removed = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setHorizontalSpacing(4)
        lay.setVerticalSpacing(2)
        self.label = QLabel(f"{language_name(lang)} ({lang})")
        self.remove_button = QToolButton()
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(lambda: self.removed.emit(self.lang))
        self.text = QPlainTextEdit()
        self.text.setObjectName(f"description_{lang}")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(64)
        self.text.textChanged.connect(lambda: self.changed.emit(self.lang))
        self.label.setBuddy(self.text)
        self.suggestions = QLabel()
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.suggestions.linkActivated.connect(self._apply_suggestion)
        self.suggestions.hide()
        # Added in the order Tab takes them: the text, then the button that removes it (shown above it).
        lay.addWidget(self.label, 0, 0)
        lay.addWidget(self.text, 1, 0, 1, 2)
        lay.addWidget(self.remove_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(self.suggestions, 2, 0, 1, 2)

    def show_suggestions(self) -> None:
        """Offer Tajik spellings for words typed with Russian look-alike letters (the core finds them)."""
        if self.lang != "tg":
            return
        found = tajik_suggestions(self.text.toPlainText())
        if not found:
            self.suggestions.hide()
            return
        parts = []
        for i, s in enumerate(found[:5]):
            # No underline: it would hide the descenders that tell ҳ қ ҷ from х к ч.
            links = " ".join(
                f'<a href="{i}:{j}" style="text-decoration:none"><b>{alt}</b></a>' for j, alt in enumerate(s.alternatives)
            )
            parts.append(f"{s.word} → {links}")
        self.suggestions.setText(self.tr("Tajik letters? %1").replace("%1", "; ".join(parts)))
        self.suggestions.show()

    def _apply_suggestion(self, link: str) -> None:
        i, j = (int(x) for x in link.split(":"))
        text = self.text.toPlainText()
        found = tajik_suggestions(text)
        if i < len(found) and j < len(found[i].alternatives):
            self.text.setPlainText(apply_suggestion(text, found[i], found[i].alternatives[j]))
            self.text.moveCursor(self.text.textCursor().MoveOperation.End)


class CategoryChip(QFrame):
    """One category: its name, × to remove it; on some of the selection only, + adds it to the rest."""

    remove_clicked = Signal(str)
    add_clicked = Signal(str)

    def __init__(self, use: CategoryUse, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = use.name
        self.setObjectName("chip")
        border = "dashed" if use.partial else "solid"
        self.setStyleSheet(
            f"#chip {{ border: 1px {border} palette(mid); border-radius: 10px; background: palette(alternate-base); }}"
        )
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 1, 2, 1)
        lay.setSpacing(2)
        text = use.name if not use.partial else f"{use.name} ({use.count}/{use.total})"
        self.label = QLabel(text)
        lay.addWidget(self.label)
        if use.partial:
            lay.addWidget(self._button("+", self.tr("Add to all selected photos"), self.add_clicked.emit))
        self.remove_button = self._button("×", self.tr("Remove from the selected photos"), self.remove_clicked.emit)
        lay.addWidget(self.remove_button)

    def _button(self, text: str, tip: str, clicked: Callable[[str], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.clicked.connect(lambda: clicked(self.name))
        return button


def readable_date(text: str | None) -> str:
    """A stored date as a volunteer reads it, in the interface language, with its UTC offset named:
    "May 11, 2024 9:00 AM (UTC+05:00)". Text that is no date is shown as it is."""
    reading = read_date(text)
    if reading is None:
        return text or ""
    locale = QLocale()  # the interface language's (set when the language is chosen)
    if reading.month is None:
        shown = str(reading.year)
    elif reading.day is None:
        shown = f"{locale.standaloneMonthName(reading.month)} {reading.year}"
    else:
        day_format = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
        shown = locale.toString(QDate(reading.year, reading.month, reading.day), day_format)
    if reading.hour is not None and reading.minute is not None:
        shown += " " + locale.toString(QTime(reading.hour, reading.minute), QLocale.FormatType.ShortFormat)
    if reading.utc_offset is not None:
        minutes = abs(reading.utc_offset)
        sign = "-" if reading.utc_offset < 0 else "+"
        zone = f"UTC{sign}{minutes // 60:02}:{minutes % 60:02}" if minutes else "UTC"
        shown += f" ({zone})"
    return shown


class DateField(QLineEdit):
    """A date as a volunteer reads it; while the field has focus, the date as it is typed (2025-05-01)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""  # the date in the form it is typed ("" for none or several)
        self._readable = ""

    def show_date(self, stored: str | None) -> None:
        """Show this date (None: none); what is written by hand replaces it."""
        self._stored = stored or ""
        self._readable = readable_date(stored) if stored else ""
        self.setText(self._stored if self.hasFocus() else self._readable)

    def typed(self) -> str:
        """The date in the field in the form it is typed: the date shown, or what was written over it."""
        return self._stored if self.text() == self._readable else self.text()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.text() == self._readable and self._readable != self._stored:
            self.setText(self._stored)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)  # may write the date, and show it afresh
        if self.text().strip() == self._stored:
            self.setText(self._readable)


class _OptionalNumber(QDoubleValidator):
    """A number in a range, or nothing: an emptied box is an answer ("no location typed")."""

    def validate(self, text: str, pos: int) -> object:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)


class CoordinateField(QLineEdit):
    """A latitude, longitude or heading: a number from `low` to `high`, written with a dot, or empty."""

    def __init__(self, low: float, high: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        validator = _OptionalNumber(low, high, 7, self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        validator.setLocale(QLocale.c())  # a dot, whatever the language: GPS values are written so
        self.setValidator(validator)


def reading_order(root: QWidget) -> list[QWidget]:
    """The widgets Tab may stop at inside `root`, in the order its layouts hold them (as they are read)."""
    found: list[QWidget] = []

    def visit_layout(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is None:
                continue
            widget, inner = item.widget(), item.layout()
            if widget is not None:
                visit_widget(widget)
            elif inner is not None:
                visit_layout(inner)

    def visit_widget(widget: QWidget) -> None:
        if widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value and widget.focusProxy() is None:
            found.append(widget)
        if isinstance(widget, QComboBox):
            return  # an editable box's line edit is the box's own stop
        layout = widget.layout()
        if layout is not None:
            visit_layout(layout)

    layout = root.layout()
    if layout is not None:
        visit_layout(layout)
    return found
