"""From an export's numbers per period to the check-ins they would record: the preview's rows.

Each period's value (core.ticket_metrics) becomes one proposed check-in for the goal, dated on the
period's last day (or today, for a period not over yet), carrying a share's counts. It goes through
the same rules as a check-in typed in the window or read from a workbook (core.checkins): an
impossible value is never proposed for recording, an implausible one is flagged. A period already
holding a check-in shows what it would replace; one holding the same value needs nothing. Periods
that ended before the goal started, or start after today, are left out (they are history for a
baseline, or not there yet).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from goalplanner.core.checkins import ActualProblem, check_actual, check_plausible
from goalplanner.core.kpis import decimals_for
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import PlanLine, Status, judge, status_plan
from goalplanner.core.ticket_metrics import PeriodValue

# What to do with a period: record a new check-in, replace the period's, nothing (the same value),
# or refuse (an impossible value).
NEW, REPLACE, SAME, REFUSED = "new", "replace", "same", "refused"


@dataclass(frozen=True)
class Proposal:
    """One preview row: the period's value as a check-in, and what recording it would do."""

    source: PeriodValue
    checkin: CheckIn
    action: str  # NEW, REPLACE, SAME or REFUSED
    replaces: CheckIn | None = None
    problem: ActualProblem | None = None  # why REFUSED
    unusual: ActualProblem | None = None  # possible, but far from what the goal has seen
    status: Status | None = None  # how the goal's evaluation judges it, as it will once recorded

    @property
    def recorded(self) -> bool:
        """True when accepting the preview writes this row."""
        return self.action in (NEW, REPLACE)


def baseline_from(values: Sequence[PeriodValue], goal: Goal) -> tuple[float, date] | None:
    """A baseline from an export's history: the mean of its finished periods' values, weighted by
    what each rests on (a share from its counts), dated on the last one's end; None without any."""
    done = [v for v in values if not v.unfinished and v.count]
    if not done:
        return None
    if all(v.denominator for v in done):
        value = 100 * math.fsum(v.numerator for v in done) / math.fsum(v.denominator for v in done)
    elif all(v.median is not None for v in done):
        value = math.fsum(v.value * v.count for v in done) / sum(v.count for v in done)
    else:  # counts per period (volume): a typical period
        value = math.fsum(v.value for v in done) / len(done)
    return round(value, decimals_for(goal.kpi, goal.unit)), done[-1].period.end


def propose(
    goal: Goal,
    values: Sequence[PeriodValue],
    existing: Sequence[CheckIn],
    today: date,
    plan: Sequence[SubTarget] = (),
) -> list[Proposal]:
    """The preview: one proposal per period of ``values`` within the goal's time (see the docstring),
    each judged against ``plan`` by core.progress as the goal will be once it is recorded."""
    seen = [c.actual for c in existing]
    places = decimals_for(goal.kpi, goal.unit)  # recorded as every surface shows it
    line = PlanLine(goal, status_plan(goal, plan)) if plan else None
    found = []
    for value in values:
        period = value.period
        if period.end < goal.start or period.start > today:
            continue
        in_period = [c for c in existing if period.start <= c.on <= period.end]
        before = max(in_period, key=lambda c: (c.on, c.id or 0)) if in_period else None
        if not math.isfinite(value.value):  # no check-in can hold it: refused, never a crash
            problem = check_actual(goal, value.value)
            placeholder = CheckIn(goal.id, min(period.end, today), 0.0)
            found.append(Proposal(value, placeholder, REFUSED, before, problem=problem))
            continue
        checkin = CheckIn(
            goal_id=goal.id,
            on=min(period.end, today),
            actual=round(value.value, places),
            numerator=value.numerator,
            denominator=value.denominator,
        )
        problem = check_actual(goal, checkin.actual)
        if problem is not None:
            found.append(Proposal(value, checkin, REFUSED, before, problem=problem))
            continue
        unusual = check_plausible(goal, checkin.actual, seen)
        status = judge(goal, line, checkin).status if line is not None else None
        if before is not None and round(before.actual, places) == checkin.actual:
            found.append(Proposal(value, checkin, SAME, before, unusual=unusual, status=status))
        elif before is not None:
            found.append(Proposal(value, checkin, REPLACE, before, unusual=unusual, status=status))
        else:
            found.append(Proposal(value, checkin, NEW, unusual=unusual, status=status))
    return found
