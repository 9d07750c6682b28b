"""A plan with a weighted team goal over three agents and a speed goal guarded by a quality goal.

Ana, Ben and Chen (weights 50/30/20) have made 90 %, 100 % and 60 % of their planned change: the team's
weighted mean is 87 %, at risk, driven by Chen. "Cut transfers" is on plan beside its guardrail
"Keep first-contact resolution", which is worse than its baseline: off track.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn
from goalplanner.core.progress import PlanLine, status_plan
from goalplanner.store import Store
from tests.helpers import wait_goal

SHARES = {"Ana": (50.0, 0.9), "Ben": (30.0, 1.0), "Chen": (20.0, 0.6)}
GUARDED, GUARDRAIL, TEAM = "Cut transfers", "Keep first-contact resolution", "Team handle time"


def _checkin(goal, goal_id: int, plan, day: date, share: float) -> CheckIn:
    planned = PlanLine(goal, status_plan(goal, plan)).level(day)
    return CheckIn(goal_id, day, round(goal.baseline + share * (planned - goal.baseline), 6))


def write_rollup_plan(path: Path, today: date | None = None) -> dict[str, int]:
    """Write the plan to ``path``; the goals' ids by title (agents by name)."""
    today = today or date.today()
    start, day = today - timedelta(weeks=3), today - timedelta(days=2)
    dates = {"start": start, "baseline_date": start, "deadline": today + timedelta(weeks=5)}
    ids: dict[str, int] = {}
    with Store.open(path) as store:
        team = wait_goal(title=TEAM, kpi="aht", rollup_rule="weighted", **dates)
        ids[TEAM] = store.save_goal(team, plan_for(team))
        for person, (weight, share) in SHARES.items():
            agent = wait_goal(
                title=f"{person}'s handle time", kpi="aht", person=person, parent_id=ids[TEAM],
                rollup_weight=weight, **dates,
            )  # fmt: skip
            plan = plan_for(agent)
            ids[person] = store.save_goal(agent, plan)
            store.add_checkins([_checkin(agent, ids[person], plan, day, share)])
        guard = wait_goal(
            title=GUARDRAIL, kpi="fcr", direction="increase", baseline=70.0, target=80.0, unit="%", **dates
        )
        plan = plan_for(guard)
        ids[GUARDRAIL] = store.save_goal(guard, plan)
        store.add_checkins([CheckIn(ids[GUARDRAIL], day, 65.0)])  # worse than the baseline: off track
        speed = wait_goal(title=GUARDED, guardrail_id=ids[GUARDRAIL], **dates)
        plan = plan_for(speed)
        ids[GUARDED] = store.save_goal(speed, plan)
        store.add_checkins([_checkin(speed, ids[GUARDED], plan, day, 1.0)])
    return ids
