"""Last year's monthly profile from a ticket export or call log, for a seasonal plan.

A seasonal plan (``PlanShape.profile``) weighs each calendar month by last year's value of the
metric, January first. An export gives those values once its tickets or calls are grouped by
calendar month, whatever the goal's own check-in periods are: ``monthly_goal`` is the goal as
``core.ticket_metrics.Tally`` should see it for that (checked monthly, read without a plan, so every
period is a calendar month; see ``core.check_periods.Periods.holding``). Each month's value is the
one a check-in would carry: the month's total for volume, the mean or the share from its own counts
for the others (never a mean of weekly values).

The profile is the most recent twelve calendar months that are over: the window ends with the last
finished month the export holds. A month of that window without a ticket or call is missing, and a
profile with a gap is refused (the plan would treat a month the export does not cover as a month with
nothing in it); ``ProfileError`` names the missing months.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from goalplanner.core.kpis import decimals_for
from goalplanner.core.model import Goal
from goalplanner.core.ticket_metrics import PeriodValue

MONTHS = 12


def monthly_goal(goal: Goal) -> Goal:
    """``goal`` checked monthly: read without a plan, an export's periods are its calendar months."""
    return dataclasses.replace(goal, checkin_cadence="monthly")


class ProfileError(ValueError):
    """No twelve months to make a profile from: ``missing`` lists the first day of each month of the
    window without a value; empty, with ``last`` None, when the export holds no finished month."""

    def __init__(self, missing: Sequence[date], last: date | None) -> None:
        self.missing, self.last = tuple(missing), last
        super().__init__(f"{len(self.missing)} of the 12 months missing")


@dataclass(frozen=True)
class MonthlyProfile:
    """Twelve monthly values, January first, and where they come from."""

    profile: tuple[float, ...]  # January to December, in the goal's unit
    first: date  # the first day of the window's first month
    last: date  # the last day of the window's last month
    count: int  # the tickets or calls the twelve values rest on
    few: tuple[date, ...] = ()  # first days of months resting on few tickets or calls


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_start(index: int) -> date:
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def profile_from(values: Sequence[PeriodValue], goal: Goal) -> MonthlyProfile:
    """The seasonal profile from ``values`` read for ``monthly_goal(goal)`` (see the module docstring).

    Values are rounded as ``goal``'s check-ins are shown. ``ProfileError`` when a month is missing.
    """
    by_month: dict[int, PeriodValue] = {}
    for value in values:
        if value.unfinished or not value.count:
            continue
        if value.period.start.day != 1:
            raise ValueError("profile_from needs calendar months: read the export for monthly_goal(goal)")
        by_month[_month_index(value.period.start)] = value
    if not by_month:
        raise ProfileError([], None)
    last = max(by_month)
    window = range(last - MONTHS + 1, last + 1)
    missing = [_month_start(index) for index in window if index not in by_month]
    if missing:
        raise ProfileError(missing, by_month[last].period.end)
    places = decimals_for(goal.kpi, goal.unit)
    profile = [0.0] * MONTHS
    for index in window:
        profile[index % 12] = round(by_month[index].value, places)
    chosen = [by_month[index] for index in window]
    return MonthlyProfile(
        tuple(profile),
        chosen[0].period.start,
        chosen[-1].period.end,
        sum(v.count for v in chosen),
        tuple(v.period.start for v in chosen if v.few),
    )
