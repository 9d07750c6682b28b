"""How a status looks in the window: the shared colour-blind-safe palette, as Qt colours and text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from goalplanner.core.palette import STATUS_LOOKS
from goalplanner.core.progress import LABELS


def status_text(code: str) -> str:
    """The status with its symbol, in the user's language: "▲ At risk"."""
    return f"{STATUS_LOOKS[code].symbol} {QCoreApplication.translate('Status', LABELS[code])}"


def status_colour(code: str) -> QColor:
    """The status colour."""
    return QColor(STATUS_LOOKS[code].colour)
