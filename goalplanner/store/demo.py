"""Write the sample plan of ``goalplanner.core.sample`` into a store, in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from goalplanner.core.breakdown import plan_for
from goalplanner.core.sample import sample_plan
from goalplanner.store.store import Store


def write_sample_plan(store: Store, today: date) -> int:
    """Add the sample goals with their monthly and weekly plans and check-ins; return how many goals."""
    ids: dict[str, int] = {}
    entries = sample_plan(today)
    with store.transaction():
        for entry in entries:
            parent_id = ids[entry.parent_key] if entry.parent_key else None
            goal = replace(entry.goal, parent_id=parent_id)
            ids[entry.key] = store.save_goal(goal, plan_for(goal))
            store.add_checkins(replace(c, goal_id=ids[entry.key]) for c in entry.checkins)
    return len(entries)
