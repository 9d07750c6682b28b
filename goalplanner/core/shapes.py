"""The plan's shape in a manager's terms: "x % every month", last year's twelve months pasted.

What the wizard asks about a shape and shows before the plan is made: the rate that ends exactly
at the target, where a chosen rate ends by the deadline (and how far short of the target), and
last year's monthly values read from text typed or pasted from a spreadsheet. ``core.breakdown``
makes the plan itself from the shape kept on the goal.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.model import Goal, PlanShape

__all__ = [
    "RateOutcome",
    "ShapeError",
    "even_rate",
    "parse_profile",
    "periods_elapsed",
    "plan_target",
    "rate_outcome",
    "value_at_rate",
]


class ShapeError(ValueError):
    """A shape that cannot be used as given; ``message`` is translatable (context "PlanShape")."""

    def __init__(self, message: str, *values: object) -> None:
        self.message, self.values = message, values
        super().__init__(message.format(*values))


def plan_target(goal: Goal) -> float | None:
    """The value the plan ends at: the target, or the middle of a range goal's band."""
    if goal.direction == "range" and goal.target is None and None not in (goal.range_low, goal.range_high):
        return (goal.range_low + goal.range_high) / 2
    return goal.target


# -- "x % every period" ---------------------------------------------------------------------------

_NOT_POSITIVE = QT_TRANSLATE_NOOP(
    "PlanShape", "A change of x % every period needs a baseline and a target above zero."
)


def _month_mark(start: date, months: int) -> int:
    """The day number of ``start`` moved on by ``months`` (the 31st becomes a short month's last day)."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    if year > date.max.year:
        return date.max.toordinal() + 1 + (index - (date.max.year * 12 + 11))  # beyond the calendar
    day = start.day
    while True:
        try:
            return date(year, month + 1, day).toordinal()
        except ValueError:
            day -= 1


def periods_elapsed(start: date, last_day: date, every: str) -> float:
    """Whole and part weeks or calendar months from ``start`` through ``last_day`` (both counted).

    From 1 January through 30 June is 6.0 months; through 15 January, 15/31 of one.
    """
    after = last_day.toordinal() + 1
    if every == "week":
        return (after - start.toordinal()) / 7
    months = (last_day.year - start.year) * 12 + last_day.month - start.month + 1
    while months > 0 and _month_mark(start, months) > after:
        months -= 1
    mark, following = _month_mark(start, months), _month_mark(start, months + 1)
    return months + (after - mark) / (following - mark)


def value_at_rate(baseline: float, target: float, rate: float, elapsed: float) -> float:
    """``baseline`` changed by ``rate`` a period for ``elapsed`` periods, held at ``target`` once there."""
    value = baseline * (1 + rate) ** elapsed
    return max(value, target) if target < baseline else min(value, target)


def even_rate(baseline: float, target: float, start: date, deadline: date, every: str) -> float:
    """The change every week or month that ends exactly at ``target`` on the deadline."""
    if baseline <= 0 or target <= 0:
        raise ShapeError(_NOT_POSITIVE)
    return (target / baseline) ** (1 / periods_elapsed(start, deadline, every)) - 1


def check_rate(baseline: float, target: float, rate: float) -> None:
    """Refuse a rate that moves away from the target (a rise for a goal that cuts)."""
    if baseline <= 0 or target <= 0:
        raise ShapeError(_NOT_POSITIVE)
    if rate == 0 or (rate > 0) != (target > baseline):
        if target < baseline:
            raise ShapeError(QT_TRANSLATE_NOOP("PlanShape", "The target is lower: enter a cut, such as -5."))
        raise ShapeError(QT_TRANSLATE_NOOP("PlanShape", "The target is higher: enter a rise, such as 5."))


@dataclass(frozen=True)
class RateOutcome:
    """Where "x % every period" gets to: ``reached`` by the deadline, ``short`` of the target by how much."""

    rate: float
    every: str
    target: float
    reached: float  # the value at the deadline at this rate, not held at the target
    short: float  # how far ``reached`` stays from the target (0 when the rate gets there)
    needed: float  # the even rate that ends exactly at the target
    reached_on: date | None  # the last day of the first period at or past the target


def rate_outcome(goal: Goal, shape: PlanShape | None = None) -> RateOutcome | None:
    """Where the goal's "x % every period" gets to by the deadline; None when no rate is given or the
    goal lacks a baseline, a target or a deadline. ``ShapeError`` when the rate cannot be used."""
    shape = shape or goal.plan_shape
    target = plan_target(goal)
    if shape.curve != "geometric" or shape.rate is None:
        return None
    if goal.baseline is None or target is None or goal.deadline is None or goal.deadline <= goal.start:
        return None
    baseline, rate = goal.baseline, shape.rate
    check_rate(baseline, target, rate)
    total = periods_elapsed(goal.start, goal.deadline, shape.every)
    reached = baseline * (1 + rate) ** total
    gets_there = reached <= target if target < baseline else reached >= target
    reached_on = None
    if gets_there:
        # the first period whose end is at or past the target: ln(T/B) / ln(1 + r) periods in
        whole = math.ceil(math.log(target / baseline) / math.log(1 + rate) - 1e-9)
        reached_on = min(_period_end(goal.start, whole, shape.every), goal.deadline)
    return RateOutcome(
        rate=rate,
        every=shape.every,
        target=target,
        reached=reached,
        short=0.0 if gets_there else abs(reached - target),
        needed=even_rate(baseline, target, goal.start, goal.deadline, shape.every),
        reached_on=reached_on,
    )


def _period_end(start: date, count: int, every: str) -> date:
    """The last day of the ``count``-th week or month counted from ``start``."""
    days = count * 7 if every == "week" else _month_mark(start, count) - start.toordinal()
    try:
        return start + timedelta(days=days - 1)
    except OverflowError:
        return date.max


# -- last year's twelve months ---------------------------------------------------------------------

_NOT_A_NUMBER = QT_TRANSLATE_NOOP("PlanShape", "“{0}” is not a number: paste last year's 12 monthly values.")
_NEGATIVE = QT_TRANSLATE_NOOP("PlanShape", "{0} is below zero: monthly values are 0 or more.")
_CELL_BREAKS = re.compile(r"[\t\r\n;]+")
_SPACES = re.compile(r"[\s\u00a0\u202f']+")


def parse_profile(text: str, decimal_point: str = ".") -> tuple[float, ...]:
    """Last year's 12 monthly values from text typed or pasted from a spreadsheet's column or row.

    Cells are split at tabs, line breaks and semicolons (or spaces, when there are none); in a
    locale whose decimal point is "." a comma also splits cells, elsewhere it is the decimal point.
    Spaces and the other separator inside a number group thousands ("1,234.5" or "1.234,5").
    ``ShapeError`` says what is wrong: not 12 values, a word, a negative value, all zero.
    """
    group = "," if decimal_point == "." else "."
    cells = [cell.strip() for cell in _CELL_BREAKS.split(text) if cell.strip()]
    if len(cells) == 1:
        cells = cells[0].split() if " " in cells[0] else cells
    if len(cells) == 1 and decimal_point == "." and "," in cells[0]:
        cells = [cell.strip() for cell in cells[0].split(",") if cell.strip()]
    values = []
    for cell in cells:
        plain = _SPACES.sub("", cell).replace(group, "").replace(decimal_point, ".").rstrip("%")
        try:
            value = float(plain)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise ShapeError(_NOT_A_NUMBER, cell)
        if value < 0:
            raise ShapeError(_NEGATIVE, cell)
        values.append(value)
    if len(values) != 12:
        raise ShapeError(
            QT_TRANSLATE_NOOP(
                "PlanShape", "{0} values found: give last year's 12, one for each month from January."
            ),
            len(values),
        )
    if sum(values) <= 0:
        raise ShapeError(QT_TRANSLATE_NOOP("PlanShape", "Every month is zero: the plan would not move."))
    return tuple(values)
