"""How each status looks wherever it is shown: a colour-blind-safe colour plus a shape and a pattern.

Okabe-Ito colours, chosen to stay apart for the common colour-vision deficiencies; the symbol
(in text), the marker (in charts) and the hatch (on bars and bands) carry the same meaning for
readers who cannot tell the colours apart, and on a black-and-white printout. Plain data, so the
window, the charts and the workbook agree without importing one another's libraries.
"""

from __future__ import annotations

from dataclasses import dataclass

from goalplanner.core.progress import ACHIEVED, AT_RISK, NO_DATA, OFF_TRACK, ON_TRACK


@dataclass(frozen=True)
class StatusLook:
    """The colour, text symbol, matplotlib marker and hatch of one status."""

    colour: str
    symbol: str
    marker: str
    hatch: str


STATUS_LOOKS = {
    ON_TRACK: StatusLook("#0072B2", "●", "o", ""),
    AT_RISK: StatusLook("#E69F00", "▲", "^", "///"),
    OFF_TRACK: StatusLook("#D55E00", "■", "s", "xxx"),
    ACHIEVED: StatusLook("#009E73", "★", "*", "..."),
    NO_DATA: StatusLook("#777777", "○", "o", ""),
}

# Lines that are not statuses: the plan, the actual values, the target.
PLAN_COLOUR = "#222222"
ACTUAL_COLOUR = "#555555"
TARGET_COLOUR = "#009E73"
MARKER_COLOUR = "#444444"
