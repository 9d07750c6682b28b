"""Hypothesis strategies for goals of every kind with their plans and check-ins, dated around today.

increase, decrease and range goals × level and flow metrics × weekly and monthly check-ins, starting
and ending on any day (so first and last periods are partial), with check-ins on any day between the
start and today (or the deadline), near the plan or far from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import strategies as st

from goalplanner.core.breakdown import plan_for
from goalplanner.core.kpis import metric_bounds
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import PlanLine, status_plan


@dataclass(frozen=True)
class GoalCase:
    """A goal with its plan and its check-ins (goal ids are 0: the store gives them)."""

    goal: Goal
    plan: list[SubTarget]
    checkins: list[CheckIn]


KINDS = {  # (kpi, unit, direction)
    "level decrease": ("aht", "s", "decrease"),
    "level increase": ("csat", "%", "increase"),
    "level range": ("occupancy", "%", "range"),
    "flow decrease": ("call_volume", "contacts", "decrease"),
    "flow increase": ("call_volume", "contacts", "increase"),
}


@st.composite
def goal_cases(draw, today: date | None = None) -> GoalCase:
    today = today or date.today()
    kind = draw(st.sampled_from(sorted(KINDS)))
    kpi, unit, direction = KINDS[kind]
    start = today - timedelta(days=draw(st.integers(10, 220)))
    deadline = start + timedelta(days=draw(st.integers(21, 260)))
    cadence = draw(st.sampled_from(["weekly", "monthly"]))
    numbers: dict[str, float | None] = {"range_low": None, "range_high": None}
    if kind == "level decrease":
        baseline = draw(st.integers(150, 400))
        numbers |= {"baseline": baseline, "target": round(baseline * draw(st.floats(0.4, 0.9)))}
    elif kind == "level increase":
        baseline = draw(st.integers(40, 80))
        numbers |= {"baseline": baseline, "target": min(100, baseline + draw(st.integers(4, 20)))}
    elif kind == "level range":
        low = draw(st.integers(60, 75))
        high = low + draw(st.integers(5, 15))
        above = draw(st.booleans())
        baseline = high + draw(st.integers(1, 8)) if above else low - draw(st.integers(1, 8))
        numbers |= {"baseline": baseline, "target": (low + high) / 2, "range_low": low, "range_high": high}
    else:
        baseline = draw(st.integers(1_000, 20_000))
        factor = draw(st.floats(0.5, 0.95)) if direction == "decrease" else draw(st.floats(1.05, 1.5))
        numbers |= {"baseline": baseline, "target": round(baseline * factor)}
    goal = Goal(
        title=f"{kind} goal", owner="Team lead", kpi=kpi, unit=unit, direction=direction,
        start=start, deadline=deadline, checkin_cadence=cadence, state="active",
        baseline=float(numbers["baseline"]), target=float(numbers["target"]),
        range_low=numbers["range_low"], range_high=numbers["range_high"],
    )  # fmt: skip
    plan = plan_for(goal)
    last_day = min(today, deadline)
    days = draw(st.lists(st.integers(0, (last_day - start).days), max_size=5, unique=True).map(sorted))
    line = PlanLine(goal, status_plan(goal, plan))
    low, high, _metric = metric_bounds(goal)
    checkins = []
    for offset in days:
        day = start + timedelta(days=offset)
        planned = line.compared_with(day)
        if planned is None:
            continue
        spread = draw(st.sampled_from([0.0, 0.03, 0.1, 0.25, -0.03, -0.1, -0.25]))
        actual = min(max(round(planned * (1 + spread), 1), low), high)
        checkins.append(CheckIn(0, day, actual))
    return GoalCase(goal, plan, checkins)
