"""Core's judgement of one check-in (``core.progress``) written as spreadsheet formulas.

A goal sheet's Achievement and Status cells must follow what a colleague types and still say
exactly what the window will say once the value is imported. So each row gets formulas of its own
with that row's constants written in -- the baseline, target and band on the period's footing
(scaled for a partial flow period), the direction, the status thresholds and the status words --
and only the Actual and, for a level metric's empty row, the TODAY()-dependent planned value vary.
Plain text, no openpyxl: the writer puts the strings into cells. tests/workbook/test_recalculated.py
holds them to ``evaluate`` after LibreOffice recalculates a workbook.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from goalplanner.core.model import Goal
from goalplanner.core.progress import (
    ACHIEVED,
    AT_RISK,
    DEFAULT_STATUS_THRESHOLDS,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    StatusThresholds,
)


def number(value: float) -> str:
    """A number as a formula constant that reads back as the same double (17 significant digits)."""
    value = float(value) + 0.0  # no "-0.0"
    text = repr(value).upper()  # 1E-05: Excel and LibreOffice both read it
    return f"({text})" if value < 0 else text


def day(value: date) -> str:
    """A date as a formula constant."""
    return f"DATE({value.year},{value.month},{value.day})"


def text(value: str) -> str:
    """A string constant: quotes doubled."""
    return '"' + value.replace('"', '""') + '"'


def planned_level(left_day: date, left: float, end: date, right: float, start: date) -> str:
    """The plan's level on the day an actual typed into this row is recorded (``PlanLine.level``).

    The importer dates a new actual ``min(period end, today)``; the plan runs in a straight line from
    ``left`` on ``left_day`` (the previous period's end, or the baseline at the goal's start) to
    ``right`` on ``end``. A period that has not begun shows the plan at its end, where its actual is
    usually recorded.
    """
    on = f"IF(TODAY()<{day(start)},{day(end)},MIN({day(end)},TODAY()))"
    if start < left_day:  # a first period that begins before the goal: the baseline until the start
        on = f"MAX({day(left_day)},{on})"
    span = f"({day(end)}-{day(left_day)})"
    # the same operations in the same order as PlanLine.level, so the doubles agree to the last bit
    return f"{number(left)}+({number(right)}-{number(left)})*(({on}-{day(left_day)})/{span})"


def milestone_level(not_done: float, done: float, deadline: date, start: date) -> str:
    """A milestone's plan on the day an actual typed into its last row is recorded
    (``PlanLine.level`` for a milestone): not done before the deadline, done on it; no straight line."""
    on = f"IF(TODAY()<{day(start)},{day(deadline)},MIN({day(deadline)},TODAY()))"
    return f"IF({on}>={day(deadline)},{number(done)},{number(not_done)})"


@dataclass(frozen=True)
class RowRule:
    """The constants of one plan row: the goal on its period's footing, the thresholds, the words."""

    goal: Goal  # on the period's footing (``core.progress.judged_against``)
    words: Callable[[str], str]  # status code -> the status as the window shows it ("● On track")
    thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS

    def achievement(self, actual: str, planned: str) -> str:
        """A formula (no leading "=") for the achievement share, "" while ``actual`` is empty."""
        share = self._share(actual, planned)
        # rounded to a millionth of a percent, as core's shown_percent reads it: 0.8949999999999999 is
        # 89.5 % and shows (and is graded) as 90 %, whatever the spreadsheet's own rounding does
        return f'IF(ISNUMBER({actual}),IF(ISNUMBER({share}),ROUND({share},8),""),"")'

    def status(self, actual: str, planned: str, achievement: str) -> str:
        """A formula (no leading "=") for the status words; ``achievement`` is the cell computing it."""
        return f'IF(ISNUMBER({actual}),{self._verdict(actual, planned, achievement)},"")'

    # -- increase and decrease ---------------------------------------------------------------------

    def _share(self, actual: str, planned: str) -> str:
        goal = self.goal
        if goal.direction == "range":
            return self._band_share(actual, planned)
        if goal.baseline is None or goal.target is None:
            return '""'
        base = number(goal.baseline)
        return f'IF({planned}={base},"",({actual}-{base})/({planned}-{base}))'

    def _verdict(self, actual: str, planned: str, achievement: str) -> str:
        goal = self.goal
        if goal.direction == "range":
            return self._band_verdict(actual, planned, achievement)
        if goal.baseline is None or goal.target is None:
            return self._word(NO_DATA)
        base, target = number(goal.baseline), number(goal.target)
        reached, worse = (">=", "<") if goal.direction == "increase" else ("<=", ">")
        return (
            f"IF({actual}{reached}{target},{self._word(ACHIEVED)},"
            f"IF({actual}{worse}{base},{self._word(OFF_TRACK)},"
            f"IF({planned}={base},{self._word(ON_TRACK)},{self._grade(achievement)})))"
        )

    def _grade(self, achievement: str) -> str:
        """Graded on the whole percentage shown, as core grades it (89.6 % shows as 90 %: on track)."""
        shown, (on_track, at_risk) = self._shown(achievement), self._limits()
        return (
            f"IF({shown}>={on_track},{self._word(ON_TRACK)},"
            f"IF({shown}>={at_risk},{self._word(AT_RISK)},{self._word(OFF_TRACK)}))"
        )

    @staticmethod
    def _shown(achievement: str) -> str:
        return f"ROUND(ROUND({achievement}*100,6),0)"

    def _limits(self) -> tuple[str, str]:
        return number(round(self.thresholds.on_track * 100)), number(round(self.thresholds.at_risk * 100))

    def _word(self, code: str) -> str:
        return text(self.words(code))

    # -- range -------------------------------------------------------------------------------------

    def _band(self) -> tuple[str, str] | None:
        goal = self.goal
        if goal.range_low is None or goal.range_high is None:
            return None
        return number(goal.range_low), number(goal.range_high)

    def _approaching(self, actual: str, planned: str) -> str | None:
        """The condition under which an actual outside the band is judged along the planned slide:
        outside on the side the baseline is on, while the plan is still outside on that side too."""
        goal = self.goal
        base = goal.baseline
        if base is None:
            return None
        if base > goal.range_high:
            high = number(goal.range_high)
            return f"AND({actual}>{high},{planned}>{high})"
        if base < goal.range_low:
            low = number(goal.range_low)
            return f"AND({actual}<{low},{planned}<{low})"
        return None

    def _band_share(self, actual: str, planned: str) -> str:
        band = self._band()
        if band is None:
            return '""'
        low, high = band
        width = self.goal.range_high - self.goal.range_low
        if width > 0:
            closeness = f"MAX(0,1-IF({actual}>{high},{actual}-{high},{low}-{actual})/{number(width)})"
        else:
            closeness = "0"
        approaching = self._approaching(actual, planned)
        if approaching is not None:
            base = number(self.goal.baseline)
            share = f'IF({planned}={base},"",({actual}-{base})/({planned}-{base}))'  # nothing due yet: none
            closeness = f"IF({approaching},{share},{closeness})"
        return f"IF(AND({actual}>={low},{actual}<={high}),1,{closeness})"

    def _band_verdict(self, actual: str, planned: str, achievement: str) -> str:
        band = self._band()
        if band is None:
            return self._word(NO_DATA)
        low, high = band
        # outside the band, unless planned so: at best at risk
        outside = (
            f"IF({self._shown(achievement)}>={self._limits()[1]},"
            f"{self._word(AT_RISK)},{self._word(OFF_TRACK)})"
        )
        approaching = self._approaching(actual, planned)
        if approaching is not None:
            base = number(self.goal.baseline)
            held = f"{actual}<={base}" if self.goal.baseline > self.goal.range_high else f"{actual}>={base}"
            not_due = f"IF({held},{self._word(ON_TRACK)},{self._word(OFF_TRACK)})"  # holding the baseline
            outside = f"IF({approaching},IF({planned}={base},{not_due},{self._grade(achievement)}),{outside})"
        return f"IF(AND({actual}>={low},{actual}<={high}),{self._word(ON_TRACK)},{outside})"
