"""The check-in periods of a goal: which period a day falls in, for everything that groups by period.

A goal is judged per week (or per month when checked monthly, ``progress.status_period``); when it has
a plan those periods are the plan's, otherwise windows of one cadence counted from the goal's start.
Agents' actuals (core.agents) and values computed from a ticket or call export (core.ticket_metrics)
are grouped by the same rule, so a week means the same thing on every surface.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from goalplanner.core.model import CADENCE_DAYS, Goal, SubTarget


@dataclass(frozen=True)
class CheckPeriod:
    """One period: its first and last day and, when it comes from the plan, the plan's label."""

    start: date
    end: date
    label: str = ""


class Periods:
    """The periods of ``goal`` (from ``plan`` when it has periods of the goal's status period)."""

    def __init__(self, goal: Goal, plan: Sequence[SubTarget] = ()) -> None:
        kind = "month" if goal.checkin_cadence == "monthly" else "week"
        self.goal = goal
        self.planned = sorted((s for s in plan if s.period == kind), key=lambda s: s.period_start)
        self.starts = [s.period_start for s in self.planned]
        self.step = CADENCE_DAYS[goal.checkin_cadence]

    def holding(self, day: date, outside: bool = False) -> CheckPeriod:
        """The period ``day`` falls in: a plan period (the first before the plan, the last after it),
        else the window of one cadence from the goal's start holding it.

        With ``outside``, a day before or after the plan gets its own period as if the plan went on
        (history from an export is not the first week's): a calendar month for goals checked monthly,
        else a window of one cadence in step with the plan's periods."""
        if self.planned:
            index = bisect.bisect_right(self.starts, day) - 1
            last = self.planned[-1]
            if not outside or (index >= 0 and day <= last.period_end):
                found = self.planned[min(max(index, 0), len(self.planned) - 1)]
                return CheckPeriod(found.period_start, found.period_end, found.label)
            anchor = self.starts[0]
        else:
            anchor = self.goal.start
        if self.goal.checkin_cadence == "monthly" and (outside or not self.planned):
            first = day.replace(day=1)
            following = (first + timedelta(days=32)).replace(day=1)
            return CheckPeriod(first, following - timedelta(days=1))
        offset = (day - anchor).days // self.step * self.step
        start = anchor + timedelta(days=offset)
        return CheckPeriod(start, start + timedelta(days=self.step - 1))

    def start_of(self, day: date) -> date:
        """The first day of the period ``day`` falls in."""
        return self.holding(day).start
