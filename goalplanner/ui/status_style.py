"""How a status looks: colour-blind-safe colours (Okabe-Ito) that also differ in shape."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from goalplanner.core.progress import ACHIEVED, AT_RISK, LABELS, NO_DATA, OFF_TRACK, ON_TRACK

#: (colour, symbol): the symbol carries the meaning for readers who cannot tell the colours apart.
STATUS_LOOK = {
    ON_TRACK: ("#0072B2", "●"),
    AT_RISK: ("#E69F00", "▲"),
    OFF_TRACK: ("#D55E00", "■"),
    ACHIEVED: ("#009E73", "★"),
    NO_DATA: ("#777777", "○"),
}


def status_text(code: str) -> str:
    """The status with its symbol, in the user's language: "▲ At risk"."""
    return f"{STATUS_LOOK[code][1]} {QCoreApplication.translate('Status', LABELS[code])}"


def status_colour(code: str) -> QColor:
    """The status colour."""
    return QColor(STATUS_LOOK[code][0])
