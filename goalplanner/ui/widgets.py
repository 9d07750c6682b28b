"""Input widgets the wizard and the goal detail share: text and number fields, the message under a field,
and the one palette findings are shown in."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

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
            return self.tr("Enter {0} or more.").format(QLocale().toString(self.minimum, "g", 6))
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


class FieldMessage(QLabel):
    """The message shown under a field: a parse problem or a SMART finding about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str, severity: str) -> None:
        """Show ``text`` coloured by ``severity``; hide when ``text`` is empty."""
        colour = SEVERITY_COLOUR.get(severity, PLAIN_COLOUR)
        self.setStyleSheet(f"color: {colour};")
        self.setText(text)
        self.setVisible(bool(text))


def with_message(field: QWidget) -> tuple[QWidget, FieldMessage]:
    """``field`` stacked over its message label, for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    message = FieldMessage()
    layout.addWidget(field)
    layout.addWidget(message)
    return box, message
