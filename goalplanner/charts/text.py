"""The words and number formats on charts, translatable without Qt.

Every text is marked ``QT_TRANSLATE_NOOP("Chart", ...)`` so ``pyside6-lupdate`` finds it; the window
passes ``QCoreApplication.translate`` and its locale's formats in a ``ChartLocale``, the command line
uses the English defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from goalplanner.core.i18n import QT_TRANSLATE_NOOP, round_shown
from goalplanner.core.kpis import decimals_for, get_kpi
from goalplanner.core.model import Goal
from goalplanner.core.progress import LABELS

TEXT = {
    "plan": QT_TRANSLATE_NOOP("Chart", "Plan"),
    "plan_totals": QT_TRANSLATE_NOOP("Chart", "Plan (total per period)"),
    "actual": QT_TRANSLATE_NOOP("Chart", "Actual"),
    "on_track_zone": QT_TRANSLATE_NOOP("Chart", "On track zone ({0}%+ of plan)"),
    "at_risk_zone": QT_TRANSLATE_NOOP("Chart", "At risk zone ({0}–{1}% of plan)"),
    "not_judged": QT_TRANSLATE_NOOP("Chart", "Not judged (no baseline or plan)"),
    "not_judged_line": QT_TRANSLATE_NOOP(
        "Chart", "Not judged: the goal needs a baseline and a plan · latest {0} on {1}"
    ),
    "band": QT_TRANSLATE_NOOP("Chart", "Healthy band {0}–{1}"),
    "target": QT_TRANSLATE_NOOP("Chart", "Target {0}"),
    "stretch": QT_TRANSLATE_NOOP("Chart", "Stretch {0}"),
    "deadline": QT_TRANSLATE_NOOP("Chart", "Deadline"),
    "today": QT_TRANSLATE_NOOP("Chart", "Today"),
    "lower_better": QT_TRANSLATE_NOOP("Chart", "↓ lower is better"),
    "higher_better": QT_TRANSLATE_NOOP("Chart", "↑ higher is better"),
    "in_band": QT_TRANSLATE_NOOP("Chart", "↕ keep inside the band"),
    "status_since": QT_TRANSLATE_NOOP("Chart", "{0} since {1}"),
    "latest_vs_plan": QT_TRANSLATE_NOOP("Chart", "latest {0} on {1}, plan {2}"),
    "latest": QT_TRANSLATE_NOOP("Chart", "latest {0} on {1}"),
    "first_due": QT_TRANSLATE_NOOP("Chart", "No check-in yet · the first is due {0}"),
    "no_checkin_closing": QT_TRANSLATE_NOOP("Chart", "No check-in yet · ready to close"),
    "ready_to_close": QT_TRANSLATE_NOOP("Chart", "ready to close"),
    "no_plan": QT_TRANSLATE_NOOP(
        "Chart",
        "Nothing to draw yet: give the goal a baseline, a target and a deadline, then record check-ins.",
    ),
    "no_checkins": QT_TRANSLATE_NOOP("Chart", "No check-ins yet"),
    "value": QT_TRANSLATE_NOOP("Chart", "Value"),
    "metric_with_unit": QT_TRANSLATE_NOOP("Chart", "{0} ({1})"),
    "portfolio_title": QT_TRANSLATE_NOOP("Chart", "Active goals, worst first"),
    "portfolio_none": QT_TRANSLATE_NOOP(
        "Chart", "No active goals yet. Create a goal, or set a goal's state to Active, to see it here."
    ),
    "portfolio_axis": QT_TRANSLATE_NOOP(
        "Chart", "Share of the planned change reached at the latest check-in"
    ),
    "portfolio_more": QT_TRANSLATE_NOOP("Chart", "… and {0} more, not shown (the best of the list)"),
    "planned_mark": QT_TRANSLATE_NOOP("Chart", "plan"),
    "inside_band": QT_TRANSLATE_NOOP("Chart", "inside the band"),
    "nothing_due": QT_TRANSLATE_NOOP("Chart", "nothing due yet"),
    "no_checkin_short": QT_TRANSLATE_NOOP("Chart", "no check-in yet"),
    "outside_band": QT_TRANSLATE_NOOP("Chart", "outside the band"),
    "worse_than_baseline": QT_TRANSLATE_NOOP("Chart", "worse than the baseline"),
    "rollup_subtitle": QT_TRANSLATE_NOOP("Chart", "Its sub-goals side by side · together: {0}"),
    "rollup_none": QT_TRANSLATE_NOOP(
        "Chart", "This goal has no sub-goals yet. Move a goal under it (Goal menu) to compare them here."
    ),
    "rollup_more": QT_TRANSLATE_NOOP("Chart", "{0} more sub-goals not shown"),
}

UNIT_NAMES = {
    "%": QT_TRANSLATE_NOOP("Chart", "%"),
    "s": QT_TRANSLATE_NOOP("Chart", "seconds"),
    "h": QT_TRANSLATE_NOOP("Chart", "hours"),
    "points": QT_TRANSLATE_NOOP("Chart", "points"),
    "score": QT_TRANSLATE_NOOP("Chart", "score"),
    "currency": QT_TRANSLATE_NOOP("Chart", "in your currency"),
    "contacts": QT_TRANSLATE_NOOP("Chart", "contacts"),
}

# Short units written after numbers on tick labels and in texts, held to the number by a no-break
# space so a line never ends between "150" and "s".
NO_BREAK_SPACE = "\u00a0"
UNIT_SUFFIX = {"%": "%", "s": NO_BREAK_SPACE + "s", "h": NO_BREAK_SPACE + "h"}


def _english(context: str, text: str) -> str:
    del context
    return text


def plain_number(value: float) -> str:
    """A number as "1,234.5": at most two decimals, no trailing zeros."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def english_tick(day: date, months: bool, with_year: bool) -> str:
    """A date on a time axis: "22 Oct" on a span of weeks, "Jan" or "Jan 2027" on a span of months."""
    if months:
        return f"{day:%b %Y}" if with_year else f"{day:%b}"
    return f"{day.day} {day:%b}"


@dataclass(frozen=True)
class ChartLocale:
    """How a chart speaks: a translate function (Qt's signature) and number and date formats."""

    translate: Callable[[str, str], str] = _english
    format_number: Callable[[float], str] = plain_number
    format_date: Callable[[date], str] = field(default=date.isoformat)
    # (day, the axis spans months, show the year) -> tick text
    format_tick: Callable[[date, bool, bool], str] = english_tick
    language: str = "en"  # the locale's name (zh_CN, ko_KR…): picks the CJK font variant

    def text(self, key: str, *args: object) -> str:
        """The chart text ``key`` in the user's language, with ``args`` filled in."""
        return self.translate("Chart", TEXT[key]).format(*args)

    def status(self, code: str, symbol: str = "") -> str:
        """A status in words, after its symbol when one is given: "■ Off track"."""
        label = self.translate("Status", LABELS[code])
        return f"{symbol}{NO_BREAK_SPACE}{label}" if symbol else label  # the symbol stays with its word

    def marker(self, code: str) -> str:
        """What a check-in's marker means in the legend: its status, or that it could not be judged."""
        return self.text("not_judged") if code == "no_data" else self.status(code)

    def value(self, number: float, unit: str, decimals: int | None = None) -> str:
        """A value with its short unit: "171 s", "82.5%", "12,000"; rounded to ``decimals`` when given.

        Spaces inside it are no-break spaces: a number stays on one line with its unit.
        """
        if decimals is not None:
            number = round_shown(number, decimals)
        return self.keep_together(self.format_number(number) + UNIT_SUFFIX.get(unit, ""))

    def amount(self, goal: Goal, number: float) -> str:
        """A value of ``goal``'s metric, at the precision the metric is shown with everywhere."""
        return self.value(number, goal.unit, decimals_for(goal.kpi, goal.unit))

    def day(self, day: date) -> str:
        """A date in the user's format, kept on one line ("26. 11. 20." in Korean has spaces)."""
        return self.keep_together(self.format_date(day))

    @staticmethod
    def keep_together(text: str) -> str:
        """``text`` with its spaces made no-break spaces, so a wrapped line never splits it."""
        return text.replace(" ", NO_BREAK_SPACE)

    def metric(self, goal: Goal) -> str:
        """The metric's name with its unit, or a custom goal's own unit."""
        kpi = get_kpi(goal.kpi)
        if kpi is None:
            return goal.unit.strip() or self.text("value")
        return self.text("metric_with_unit", self.metric_name(goal), self.unit_name(goal))

    def metric_name(self, goal: Goal) -> str:
        """The catalogue metric's name ("Average call wait time"), or a custom goal's unit."""
        kpi = get_kpi(goal.kpi)
        if kpi is None:
            return goal.unit.strip() or self.text("value")
        return self.translate("Kpi", kpi.name)

    def unit_name(self, goal: Goal) -> str:
        """The metric's unit in words for the y-axis ("seconds"), or a custom goal's unit as typed."""
        kpi = get_kpi(goal.kpi)
        if kpi is None:
            return goal.unit.strip() or self.text("value")
        return self.translate("Chart", UNIT_NAMES.get(kpi.unit, kpi.unit))

    def direction(self, goal: Goal) -> str:
        """Which way is good, in words with an arrow."""
        key = {"decrease": "lower_better", "increase": "higher_better"}.get(goal.direction, "in_band")
        return self.text(key)
