"""Write the sample plan of ``goalplanner.core.sample`` into a store, in one transaction."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.sample import sample_plan
from goalplanner.store.store import Store


def write_sample_plan(store: Store, today: date, translate: Callable[[str, str], str] | None = None) -> int:
    """Add the sample goals with their monthly and weekly plans and check-ins; return how many goals.

    ``translate`` (Qt's signature) writes the sample in the user's language; English without it.
    """
    ids: dict[str, int] = {}
    entries = sample_plan(today, translate) if translate else sample_plan(today)
    with store.transaction():
        for entry in entries:
            parent_id = ids[entry.parent_key] if entry.parent_key else None
            goal = replace(entry.goal, parent_id=parent_id)
            ids[entry.key] = store.save_goal(goal, plan_for(goal))
            store.add_checkins(replace(c, goal_id=ids[entry.key]) for c in entry.checkins)
    return len(entries)


def write_large_plan(store: Store, goals: int = 10_000, checkins_per_goal: int = 50, seed: int = 1) -> int:
    """A big department's file for scale tests: a vision, departments, teams and individual goals.

    Deterministic for a given ``seed``; every goal gets a weekly plan for a year and its check-ins.
    """
    rng = random.Random(seed)
    kpis = [("csat", "%", "increase", 70.0, 80.0), ("aht", "s", "decrease", 360.0, 300.0),
            ("fcr", "%", "increase", 68.0, 75.0), ("asa", "s", "decrease", 40.0, 25.0)]  # fmt: skip
    start = date(2025, 1, 6)
    ids: list[int] = []
    with store.transaction():
        for number in range(goals):
            key, unit, direction, baseline, target = kpis[number % len(kpis)]
            parent = ids[0] if 1 <= number <= 10 else (ids[1 + number % 10] if number > 10 else None)
            goal = Goal(
                title=f"Goal {number + 1}: move {key.upper()} from {baseline:g} to {target:g} {unit}",
                owner=f"Owner {number % 250 + 1}", team=f"Team {number % 100 + 1}", scope="Inbound queue",
                start=start, deadline=start + timedelta(weeks=52, days=-1), kpi=key, unit=unit,
                direction=direction, baseline=baseline, baseline_date=start, target=target,
                parent_id=parent, strategy="Scale test", state="active",
            )  # fmt: skip
            goal_id = store.save_goal(goal, [s for s in plan_for(goal) if s.period == "week"])
            ids.append(goal_id)
            step = (target - baseline) / checkins_per_goal
            actuals = [
                round(baseline + step * k * rng.uniform(0.7, 1.1), 2) for k in range(checkins_per_goal)
            ]
            store.add_checkins(
                CheckIn(goal_id, start + timedelta(days=7 * k + 4), actual)
                for k, actual in enumerate(actuals)
            )
    return goals
