"""Chart texts fitted to the room they have: wrapped by their measured width, never cut with "…".

Widths are measured with the fonts the chart draws in (Agg's own metrics, font fallback included),
so a Chinese title breaks where it reaches the edge, not after a guessed number of characters.
Lines break at spaces, and between Chinese or Japanese characters (which take no spaces) except
before closing or after opening punctuation; a no-break space (U+00A0) keeps a number with its unit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache

import matplotlib
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties

DPI = 100  # figures are laid out at 100 dots per inch, so one pixel here is one on screen
NO_BREAK_SPACE = "\u00a0"
# Han, kana and CJK punctuation: a line may break between any two of them.
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60]")
# Closing punctuation never starts a line, opening punctuation never ends one (escaped: they look
# like ASCII).
_CLOSING = set(".,;:!?)%\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff09")
_CLOSING |= set("\u300d\u300f\u3011\u3009\u300b\u201d\u2019")
_OPENING = set("\uff08\u300c\u300e\u3010\u3008\u300a\u201c\u2018(")


@cache
def _renderer() -> RendererAgg:
    return RendererAgg(8, 8, DPI)


@cache
def _width(text: str, points: float, weight: str, families: tuple[str, ...]) -> float:
    font = FontProperties(family=list(families), size=points, weight=weight)
    width, _height, _descent = _renderer().get_text_width_height_descent(text, font, ismath=False)
    return width


def text_width(text: str, points: float, weight: str = "normal") -> float:
    """Pixels (at 100 dpi) the widest line of ``text`` takes in the chart's fonts at ``points``."""
    families = tuple(matplotlib.rcParams["font.family"])
    return max((_width(line, points, weight, families) for line in text.split("\n") if line), default=0.0)


def _may_break_between(before: str, after: str) -> bool:
    if before == " ":
        return True
    if NO_BREAK_SPACE in (before, after) or after == " " or after in _CLOSING or before in _OPENING:
        return False
    return bool(_CJK.match(before) or _CJK.match(after))


def _segments(text: str) -> list[str]:
    """``text`` cut where a line may break: after spaces and between CJK characters."""
    pieces, start = [], 0
    for index in range(1, len(text)):
        if _may_break_between(text[index - 1], text[index]):
            pieces.append(text[start:index])
            start = index
    pieces.append(text[start:])
    return [piece for piece in pieces if piece]


def wrap(text: str, width: float, points: float, weight: str = "normal") -> str:
    """``text`` in as many lines as it needs to fit ``width`` pixels, each line as full as it can be.

    Every word is kept whole unless it is wider than a line by itself (a long address): such a
    word is split where the line ends.
    """
    width = max(width, 4 * points) * 0.97  # segments measured one by one: a little room for kerning
    lines: list[str] = []
    line = ""
    for piece in _segments(" ".join(re.split(r"[ \t\n]+", text.strip()))):
        candidate = line + piece
        if not line or text_width(candidate.rstrip(), points, weight) <= width:
            line = candidate
        else:
            lines.append(line.rstrip())
            line = piece
        while len(line) > 1 and text_width(line.rstrip(), points, weight) > width:
            cut = 1
            while cut < len(line) - 1 and text_width(line[: cut + 1], points, weight) <= width:
                cut += 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines)


def shorten(text: str, width: float, points: float, lines: int = 1) -> str:
    """``text`` wrapped to ``width`` pixels, in at most ``lines`` lines; "…" ends it where it is cut (a
    name in a long list, where a line each keeps the list readable). Chinese is cut between characters."""
    wrapped = wrap(text, width, points).split("\n")
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    last = wrapped[lines - 1]
    while last and text_width(last + "…", points) > width * 0.97:
        last = last[:-1]
    return "\n".join([*wrapped[: lines - 1], last.rstrip() + "…"])


def line_height(points: float, lines: int = 1) -> float:
    """Pixels ``lines`` lines of text at ``points`` take (matplotlib's 1.2 line spacing)."""
    return lines * points * 1.2 * DPI / 72


# A figure legend's spacing, in font sizes: the handle, the gap to its label, the gap between columns.
LEGEND_SPACING = {"handlelength": 1.5, "handletextpad": 0.5, "columnspacing": 1.0, "borderpad": 0.3}


def legend_columns(labels: Sequence[str], width: float, points: float) -> int:
    """The most columns a legend of ``labels`` can have and still fit across ``width`` pixels.

    matplotlib fills the columns top to bottom, the first ones one entry longer; each column is as
    wide as its widest entry.
    """
    em = points * DPI / 72
    entries = [
        (LEGEND_SPACING["handlelength"] + LEGEND_SPACING["handletextpad"]) * em + text_width(label, points)
        for label in labels
    ]
    for columns in range(len(entries), 1, -1):
        rows, long_columns = divmod(len(entries), columns)
        sizes = [rows + 1] * long_columns + [rows] * (columns - long_columns)
        starts = [sum(sizes[:i]) for i in range(columns)]
        widths = [max(entries[s : s + n], default=0.0) for s, n in zip(starts, sizes, strict=True)]
        needed = sum(widths) + (columns - 1) * LEGEND_SPACING["columnspacing"] * em + 2 * em
        if needed <= width:
            return columns
    return 1


def rows_of(count: int, columns: int) -> int:
    """How many rows a legend of ``count`` entries in ``columns`` columns takes."""
    return math.ceil(count / max(1, columns))
