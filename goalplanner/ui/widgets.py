"""Input widgets the wizard and the goal detail share: text, number and date fields, the message under a
field, and the one palette findings are shown in."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from goalplanner.core.typed_dates import (
    SHORT_YEAR,
    TypedDate,
    field_order,
    four_digit_years,
    part_at,
    part_end,
    read_typed_date,
    stepped,
)

# Free text a manager may paste (a why, a note): far beyond QLineEdit's default 32,767 characters,
# so pasted text is kept whole instead of being cut without a word.
TEXT_LIMIT = 1_000_000

# The colours of findings wherever they show (a field's message and border, the wizard's review).
# Each has at least 4.5:1 contrast as text on white and on the window grey (#efefef).
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5300"
INFO_COLOUR = "#1f5f8b"
PLAIN_COLOUR = "#444"  # a message that is no finding
SEVERITY_COLOUR = {"error": ERROR_COLOUR, "warning": WARNING_COLOUR, "info": INFO_COLOUR}

# Field decorations by the worst finding about the field.
SEVERITY_STYLE = {
    "error": f"border: 2px solid {ERROR_COLOUR};",
    "warning": f"border: 2px solid {WARNING_COLOUR};",
}


def text_field(text: str = "", objectName: str = "") -> QLineEdit:  # noqa: N803 (Qt's keyword)
    """A one-line text field that keeps whatever is typed or pasted, however long."""
    field = QLineEdit(text, objectName=objectName)
    field.setMaxLength(TEXT_LIMIT)
    return field


class NumberField(QLineEdit):
    """A line edit for a number in the user's locale; empty means "not given"."""

    value_changed = Signal(object)  # float or None

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = True,
        whole: bool = False,
        minimum: float | None = None,
        objectName: str = "",  # noqa: N803 (Qt's keyword, as other widgets take it)
    ) -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.allow_empty = allow_empty
        self.whole = whole
        self.minimum = minimum
        self.textEdited.connect(self._edited)

    def value(self) -> float | None:
        """The number typed, None when empty or not a number."""
        text = self.text().strip()
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        if not ok:
            number, ok = QLocale.c().toDouble(text.replace(",", "."))  # "7.5" typed in a "7,5" locale
        return number if ok and math.isfinite(number) else None

    def problem(self) -> str:
        """What is wrong with the text, or "" when it is a number (or empty and allowed)."""
        text = self.text().strip()
        if not text:
            return "" if self.allow_empty else self.tr("Enter a number.")
        value = self.value()
        if value is None:
            return self.tr("“{0}” is not a number.").format(text)
        if self.whole and not value.is_integer():
            return self.tr("Enter a whole number.")
        if self.minimum is not None and value < self.minimum:
            return self.tr("Enter {0} or more.").format(QLocale().toString(float(self.minimum), "g", 6))
        return ""

    def set_value(self, value: float | None) -> None:
        """Show ``value`` in the locale's format (empty for None) without signalling an edit."""
        if value is None:
            self.setText("")
        elif float(value).is_integer() and abs(value) < 1e15:
            self.setText(QLocale().toString(int(value)))
        else:
            self.setText(QLocale().toString(float(value), "g", 12))

    def _edited(self) -> None:
        self.value_changed.emit(self.value())


def date_format() -> str:
    """The user's short date format with the year in full ("M/d/yyyy" for en_US, "yyyy. M. d." for ko_KR)."""
    return four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def format_date(day: date) -> str:
    """``day`` as a date field shows it: the user's short format, four-digit year."""
    return QLocale().toString(QDate(day), date_format())


def calendar_icon(colour: QColor) -> QIcon:
    """A small calendar drawn in ``colour``: the date field's button, the same in every theme."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(colour)
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 3, colour)
    for top in (7, 10):
        for left in (3, 7, 11):
            painter.fillRect(left, top, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """A date typed in the user's short format with a four-digit year, or as ISO (2027-01-07).

    Up and Down step the day, month or year under the cursor; the button or Alt+Down opens a calendar.
    Text that names no single day stays as typed and ``problem()`` says why: a field that corrects what
    it cannot read turns "1/7/27" into another day without a word.
    """

    value_changed = Signal(object)  # the user changed the date: a date, or None (see ``problem``)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = True,
        objectName: str = "",  # noqa: N803 (Qt's keyword, as other widgets take it)
    ) -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.allow_empty = allow_empty
        self._read_as: tuple[str, date] | None = None  # the last text read as a day, and that day
        self.calendar_action = self.addAction(
            calendar_icon(self.palette().text().color()), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None  # made when first opened
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self._remember)
        self.editingFinished.connect(self._tidy)
        self._retranslate()

    def value(self) -> date | None:
        """The day typed; None when empty or not one day."""
        return self._read().day

    def problem(self) -> str:
        """Why the text names no day ("" when it does, or is empty and may be)."""
        text = self.text().strip()
        if not text:
            return "" if self.allow_empty else self.tr("Enter a date.")
        read = self._read()
        if read.problem == SHORT_YEAR:
            meant = format_date(read.meant)
            return self.tr("Which year? Write it with four digits, e.g. “{0}”.").format(meant)
        if read.problem:
            today = date.today()
            return self.tr("“{0}” is not a date. Write it like {1} or {2}.").format(
                text, format_date(today), today.isoformat()
            )
        return ""

    def set_value(self, day: date | None) -> None:
        """Show ``day`` (empty for None) without signalling an edit."""
        self.setText(format_date(day) if day is not None else "")

    def open_calendar(self) -> None:
        """Pop up a calendar under the field, on the date shown (today when there is none)."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self, objectName="calendar")
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        self.calendar.setLocale(QLocale())  # month names and the first day of the week, as set now
        self.calendar.setSelectedDate(QDate(self.value() or date.today()))
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    # -- keyboard, language --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and modifiers == Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and modifiers == Qt.KeyboardModifier.NoModifier:
            self._step(1 if key == Qt.Key.Key_Up else -1)
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            # The same day in the new language's format (the text cannot be read again in it: 1/7 flips)
            if self._read_as is not None and self._read_as[0] == self.text():
                self.setText(format_date(self._read_as[1]))
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))

    # -- reading and writing -------------------------------------------------------------------

    def _read(self) -> TypedDate:
        return read_typed_date(self.text(), field_order(date_format()))

    def _edited(self) -> None:
        self.value_changed.emit(self.value())

    def _remember(self, text: str) -> None:
        day = self._read().day
        if day is not None:
            self._read_as = (text, day)

    def _tidy(self) -> None:
        """Show a day that was read in the field's own format ("2027-1-7" becomes "1/7/2027" in en_US)."""
        day = self.value()
        if day is not None and self.text() != format_date(day):
            self.setText(format_date(day))

    def _step(self, steps: int) -> None:
        order = field_order(date_format())
        day = self.value()
        if day is None and self.text().strip():
            return  # the message says what is wrong; stepping would replace the text
        part = part_at(self.text(), order, self.cursorPosition()) if day is not None else "D"
        day = stepped(day or date.today(), part, steps) if day is not None else date.today()
        text = format_date(day)
        self.setText(text)
        # the cursor stays in the part it stepped, so holding Up keeps stepping it
        self.setCursorPosition(part_end(text, order, part))
        self._edited()

    def _picked(self, picked: QDate) -> None:
        self.calendar.hide()
        self.setText(format_date(picked.toPython()))
        self.setFocus()
        self._edited()


class FieldMessage(QLabel):
    """The message under a field: a parse problem or a SMART finding about it.

    With ``lines`` it always takes that many lines, shown or not, so a message coming or going moves no
    field below it; a longer message ends in "…" and shows whole as the tooltip (and on the review).
    Without, it is hidden when empty and as tall as its text (the detail's message line).
    """

    def __init__(self, parent: QWidget | None = None, *, lines: int = 0) -> None:
        super().__init__(parent)
        self.lines = lines
        self._message = ""
        self.setWordWrap(True)
        if lines:
            # The column's width, not the text's: a long message must not widen the form.
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.setMinimumWidth(1)
            self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._reserve()
        else:
            self.hide()

    def message(self) -> str:
        """The whole message, however much of it fits."""
        return self._message

    def show_message(self, text: str, severity: str) -> None:
        """Show ``text`` coloured by ``severity``; "" clears it (hiding a message that reserves no space)."""
        # Only what changed is set: this runs for every field on every keystroke, and PySide6 6.12
        # leaks a reference to None on every call of a Qt method that returns nothing.
        style = f"color: {SEVERITY_COLOUR.get(severity, PLAIN_COLOUR)};"
        if self.styleSheet() != style:
            self.setStyleSheet(style)
        self._message = text
        if self.lines:
            self._fit()
        elif self.text() != text or self.isHidden() == bool(text):
            self.setText(text)
            self.setVisible(bool(text))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.lines:
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self.lines and event.type() == QEvent.Type.FontChange:
            self._reserve()

    def _reserve(self) -> None:
        self.setFixedHeight(lines_height(self.fontMetrics(), self.lines) + 2)
        self._fit()

    def _fit(self) -> None:
        height = lines_height(self.fontMetrics(), self.lines)
        shown = fitted(self._message, self.fontMetrics(), self.contentsRect().width(), height)
        tip = self._message if shown != self._message else ""
        if self.text() != shown:
            self.setText(shown)
        if self.toolTip() != tip:
            self.setToolTip(tip)


# A line in every script the app speaks: Korean and Chinese come from a fallback font with taller lines
_SAMPLE_LINE = "Ág한字"


def lines_height(metrics: QFontMetrics, lines: int) -> int:
    """The height ``lines`` lines of text take, in whichever script (the tallest font's lines)."""
    box = QRect(0, 0, 100_000, 100_000)
    return metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, "\n".join([_SAMPLE_LINE] * lines)).height()


def fitted(text: str, metrics: QFontMetrics, width: int, height: int) -> str:
    """``text`` if it wraps into ``width`` × ``height`` pixels, else its longest start that does with "…"."""
    box = QRect(0, 0, max(width, 1), 100_000)

    def fits(candidate: str) -> bool:
        return metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, candidate).height() <= height

    if not text or fits(text):
        return text
    low, high = 0, len(text)  # how many characters can stay: every script, spaces or none
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + "…"):
            low = middle
        else:
            high = middle - 1
    kept = text[:low]
    space = kept.rfind(" ")
    if space > low - 16:  # end at a word when one ends nearby
        kept = kept[:space]
    return kept.rstrip() + "…"


def with_message(field: QWidget, lines: int = 1) -> tuple[QWidget, FieldMessage]:
    """``field`` stacked over its message, which keeps ``lines`` lines for itself: a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    message = FieldMessage(lines=lines)
    layout.addWidget(field)
    layout.addWidget(message)
    return box, message


def fit_table_width(table) -> None:
    """Keep ``table`` at least as wide as its columns' contents (and its scroll bar), so a layout short
    of room squeezes something else instead of cutting a column or scrolling the table sideways."""
    header = table.horizontalHeader()
    columns = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    width = sum(max(header.sectionSizeHint(i), table.sizeHintForColumn(i)) for i in columns)
    width += 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    table.setMinimumWidth(width)
