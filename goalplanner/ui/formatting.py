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
    shown_percent,
)
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


def format_value(value: float | None, unit: str, locale: QLocale) -> str:
    """A metric value with its unit, in the locale's number format; empty when unset."""
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
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
