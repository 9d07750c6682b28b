"""Carry a goal into the next period: the same metric and people, new dates, a proposed target.

Goal -> Continue into next period... starts from a closed or running goal. The new period is as long
as the old one and starts the day after its deadline (or today, when that has passed); the last
actual becomes the baseline; the target repeats the change the team achieved, at the rate it
achieved it, so a goal that took handle time from 300 s to 270 s (-10 %) in a quarter proposes
243 s for the next. The proposal stays inside what the metric can take (``metric_bounds``): a
service level is never proposed above 100 %.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from goalplanner.core.kpis import decimals_for, metric_bounds
from goalplanner.core.model import CheckIn, Goal

# The length of a period for a goal that had no deadline.
DEFAULT_DAYS = 91


def last_actual(goal: Goal, checkins: Sequence[CheckIn]) -> tuple[float, date] | None:
    """Where the goal ended: its latest check-in's value and date; the final value typed when it was
    closed (dated at its sign-off or deadline) when that differs; None without either."""
    latest = max(checkins, key=lambda c: (c.on, c.id or 0), default=None)
    if goal.final_value is not None:
        when = goal.signed_off_on or goal.deadline or (latest.on if latest else goal.start)
        if latest is None or latest.actual != goal.final_value:
            return goal.final_value, when
    if latest is None:
        return None
    return latest.actual, latest.on


def proposed_target(
    goal: Goal,
    start: tuple[float, date] | None,
    end: tuple[float, date] | None,
    days: int,
    until: date | None = None,
) -> float | None:
    """The target ``days`` after ``end`` that repeats the change achieved from ``start`` to ``end``
    at the same pace: the same relative change when both values have the same sign, the same
    absolute change otherwise. ``until`` is when the change was achieved by (default the day of
    ``end``; a goal whose period is over took its whole period). None when there is no change to
    repeat (or it went the wrong way)."""
    if start is None or end is None:
        return None
    (first, first_on), (last, last_on) = start, end
    elapsed = ((until or last_on) - first_on).days
    if elapsed <= 0 or last == first:
        return None
    improved = last > first if goal.direction == "increase" else last < first
    if goal.direction == "range" or not improved:
        return None
    periods = days / elapsed
    if (first > 0 and last > 0) or (first < 0 and last < 0):
        value = last * (last / first) ** periods
    else:
        value = last + (last - first) * periods
    low, high, _metric = metric_bounds(goal)
    if not math.isfinite(value):
        value = high if value > 0 else low
    value = min(max(value, low), high)
    return round(value, decimals_for(goal.kpi, goal.unit))


def next_period(goal: Goal, checkins: Sequence[CheckIn], today: date) -> Goal:
    """A new, unsaved goal continuing ``goal`` (see the module docstring)."""
    days = (goal.deadline - goal.start).days if goal.deadline and goal.deadline > goal.start else DEFAULT_DAYS
    start = max(goal.deadline + timedelta(days=1), today) if goal.deadline else today
    end = last_actual(goal, checkins)
    baseline_from = (goal.baseline, goal.baseline_date or goal.start) if goal.baseline is not None else None
    over = goal.deadline is not None and goal.deadline <= today
    until = max(goal.deadline, end[1]) if over and end is not None else None
    target = proposed_target(goal, baseline_from, end, days, until)
    if target is None and goal.target is not None and end is not None and goal.baseline is not None:
        target = _same_plan_again(goal, end[0])
    baseline, baseline_date = end if end is not None else (goal.baseline, start)
    # A fixed "x % a month" would not end at the new target: the even rate that does.
    shape = replace(goal.plan_shape, rate=None)
    return replace(
        goal,
        id=None,
        start=start,
        deadline=start + timedelta(days=days),
        baseline=baseline,
        baseline_date=baseline_date,
        target=target if target is not None else goal.target,
        stretch_target=None,
        plan_shape=shape,
        state="draft",
        final_value=None,
        lessons="",
        signed_off_by="",
        signed_off_on=None,
    )


def _same_plan_again(goal: Goal, last: float) -> float | None:
    """When the achieved change gives nothing to repeat: the change the old plan asked for, again."""
    low, high, _metric = metric_bounds(goal)
    if goal.direction == "range":
        return goal.target
    value = last + (goal.target - goal.baseline)
    return round(min(max(value, low), high), decimals_for(goal.kpi, goal.unit))
