"""Goal values as the manager reads them: states in words, numbers with units in the locale's format."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from goalplanner.core.i18n import (
    NO_BREAK,
    UNIT_WORDS,
    Wording,
    as_written,
    english,
    keep_with_number,
    round_shown,
    shown_percent,
)
from goalplanner.core.kpis import decimals_for
from goalplanner.core.model import Goal
from goalplanner.ui.language import ui_language


def state_label(state: str) -> str:
    """A goal state in the user's words and language."""
    labels = {
        "draft": QCoreApplication.translate("GoalState", "Draft"),
        "active": QCoreApplication.translate("GoalState", "Active"),
        "achieved": QCoreApplication.translate("GoalState", "Achieved"),
        "missed": QCoreApplication.translate("GoalState", "Missed"),
        "dropped": QCoreApplication.translate("GoalState", "Dropped"),
    }
    return labels.get(state, state)


def unit_label(unit: str) -> str:
    """A catalogue unit in the user's language ("points", "contacts"); other units as typed."""
    return QCoreApplication.translate("Unit", UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit


def format_value(value: float | None, unit: str, locale: QLocale, decimals: int | None = None) -> str:
    """A value with its unit, in the locale's number format; empty when unset.

    With ``decimals`` it is rounded as a spreadsheet rounds and shown with exactly that many, as the
    workbook's number format shows it; without, as typed (up to two decimals).
    """
    if value is None:
        return ""
    if decimals is not None:
        shown = round_shown(value, decimals) + 0.0  # + 0.0: -0.4 s reads "0 s", not "-0 s"
        number = locale.toString(shown, "f", decimals)
    elif float(value).is_integer() and abs(value) < 1e15:
        number = locale.toString(int(value))
    else:
        number = locale.toString(float(value), "f", 2).rstrip("0").rstrip(locale.decimalPoint())
    if unit == "%":
        return f"{number}%"
    if unit in ("", "currency"):
        return number
    return number + (NO_BREAK if _kept_together(locale) else " ") + unit_label(unit)


# Languages whose lines may break anywhere between characters: a number keeps its unit ("150 s")
NUMBER_WITH_UNIT = ("ko", "zh")


def _kept_together(locale: QLocale) -> bool:
    return QLocale.languageToCode(locale.language()) in NUMBER_WITH_UNIT


def format_amount(goal: Goal, value: float | None, locale: QLocale) -> str:
    """A value of ``goal``'s metric at the precision it is shown with on every surface (the plan, the
    goal list, the chart, the workbook): "229 s", "68.1%", "4.50"."""
    return format_value(value, goal.unit, locale, decimals_for(goal.kpi, goal.unit))


def fixed_places(value: float, decimals: int) -> str:
    """``value`` with exactly ``decimals`` places in the user's number format: the workbook's texts
    (a band, "75.0% – 85.0%") read as its number formats and the window do."""
    return format_value(value, "", QLocale(), decimals)


def achievement_percent(share: float, locale: QLocale) -> str:
    """An achievement share as the whole percent every surface shows and statuses are graded on
    (``shown_percent``): 0.897 reads "90" and is on track."""
    return locale.toString(shown_percent(share))


def note_text(typed: str) -> str:
    """A note as typed, exactly; only a note of nothing but spaces counts as no note."""
    return typed if typed.strip() else ""


def _translate(context: str, text: str, n: int = -1) -> str:
    translated = QCoreApplication.translate(context, text, None, n)
    if n >= 0 and translated in (text.replace("%n", str(n)), text.replace("%Ln", QLocale().toString(n))):
        return english(context, text, n)  # no translation has it (yet): English forms, never "(s)"
    return translated


def ui_wording(locale: QLocale | None = None) -> Wording:
    """Messages from below the UI in the user's language, numbers and dates (QLocale's formats)."""
    locale = locale or QLocale()
    return Wording(
        translate=_translate,
        number=lambda value: format_value(value, "", locale),
        day=lambda day: locale.toString(QDate(day), QLocale.FormatType.ShortFormat),
        finish=keep_with_number if ui_language().split("_")[0] in NUMBER_WITH_UNIT else as_written,
    )
