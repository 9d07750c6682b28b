"""Marking text for translation in layers that cannot import Qt.

``pyside6-lupdate`` reads source files, not imports: any call spelled
``QT_TRANSLATE_NOOP("Context", "text")`` is extracted into the ``.ts`` files.
The function itself returns the English text unchanged; the UI translates it
with ``QCoreApplication.translate(context, text)`` when it shows it.

A ``Wording`` carries one language's translate function and number and date formats into the layers
below the UI, so messages built there (SMART findings, the goal's sentence) come out in it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; marks it for extraction under ``context``."""
    del context
    return text


# Catalogue units written out after numbers ("12 points"); the others ("%", "s", "h") are symbols.
UNIT_WORDS = {
    "points": QT_TRANSLATE_NOOP("Unit", "points"),
    "contacts": QT_TRANSLATE_NOOP("Unit", "contacts"),
    "score": QT_TRANSLATE_NOOP("Unit", "score"),
}


def _same(context: str, text: str, n: int = -1) -> str:
    del context
    return text.replace("%n", str(n)) if n >= 0 else text


def _plain_number(value: float) -> str:
    """English without a locale: 12.5, 0.25, and whole numbers grouped (40,000)."""
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:g}"


def lower_first(text: str) -> str:
    """Sentence case inside a sentence: "Average wait time" -> "average wait time".

    Names stay as they are: "CSAT fell", "Net Promoter Score (NPS)". Scripts without case are unchanged.
    """
    words = text.split()
    if not words or len(words[0]) < 2 or not (words[0][0].isupper() and words[0][1].islower()):
        return text
    if any(word[0].isupper() for word in words[1:] if not word.startswith("(")):
        return text
    return text[0].lower() + text[1:]


@dataclass(frozen=True)
class Term:
    """A word to be translated where it is shown, e.g. a KPI's name inside a SMART finding."""

    context: str
    text: str
    inside_sentence: bool = False  # written in lower case unless it is a name


@dataclass(frozen=True)
class Share:
    """A fraction shown as a percentage: Share(0.5) -> "50%", Share(0.765, 1) -> "76.5%".

    Whole percentages are rounded by ``shown_percent``, as spreadsheets round and as statuses are
    graded: a share never reads "90%" beside "At risk"."""

    value: float
    decimals: int = 0


def shown_percent(share: float) -> int:
    """The whole percentage ``share`` is shown as on every surface: half away from zero, as Excel and
    LibreOffice round, and blind to float noise (0.8999999999999994 is 90). Statuses are graded on it."""
    percent = round(share * 100, 6)
    return int(math.copysign(math.floor(abs(percent) + 0.5), percent))


def round_shown(value: float, decimals: int) -> float:
    """``value`` to ``decimals`` places as a spreadsheet shows it: halves away from zero, blind to float
    noise (145.65 -> 145.7, 228.5 -> 229), so a chart, a table and a workbook agree on the last digit."""
    scaled = round(value * 10**decimals, 6)
    return math.copysign(math.floor(abs(scaled) + 0.5), scaled) / 10**decimals


def fixed_number(value: float, decimals: int) -> str:
    """``value`` as an Excel number format with ``decimals`` places writes it in English: rounded by
    ``round_shown``, grouped, every place written (7,124 / 68.0 / 4.50), never "-0"."""
    return f"{round_shown(value, decimals) + 0.0:,.{decimals}f}"


@dataclass(frozen=True)
class Wording:
    """How texts come out in one language: Qt's translate, and the locale's numbers and dates.

    The defaults write English with plain numbers and ISO dates (the command line, tests); the window
    passes ``QCoreApplication.translate`` and ``QLocale`` formats.
    """

    translate: Callable[..., str] = _same  # (context, text, n=-1): Qt's signature without disambiguation
    number: Callable[[float], str] = _plain_number
    day: Callable[[date], str] = date.isoformat

    def render(self, value: Any) -> str:
        """One parameter of a message, as this language writes it."""
        if isinstance(value, Term):
            text = self.translate(value.context, value.text)
            return lower_first(text) if value.inside_sentence else text
        if isinstance(value, Share):
            if value.decimals == 0:
                return self.number(shown_percent(value.value)) + "%"
            return self.number(round(100 * value.value, value.decimals)) + "%"
        if isinstance(value, bool) or value is None:
            return str(value)
        if isinstance(value, int | float):
            return self.number(value)
        if isinstance(value, date):
            return self.day(value)
        return str(value)

    def unit(self, unit: str) -> str:
        """A unit as written after a number in this language."""
        return self.translate("Unit", UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit

    def text(self, context: str, template: str, params: dict[str, Any] | None = None) -> str:
        """``template`` translated under ``context``, its ``{name}`` fields filled in this language."""
        rendered = {name: self.render(value) for name, value in (params or {}).items()}
        return self.translate(context, template).format(**rendered)


ENGLISH = Wording()
