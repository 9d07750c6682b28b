"""A team goal split among agents, as the tests of agent goals on every surface need it."""

from __future__ import annotations

from datetime import date

from goalplanner.core.agent_split import split_goal
from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.store import Store

PEOPLE = ("Ana", "Ben", "Chen", "Dara")


def tickets_team(**changes: object) -> Goal:
    """The issue's example: resolve 1,200 tickets a month, checked monthly."""
    values: dict[str, object] = {
        "title": "Resolve 1,200 tickets a month",
        "owner": "Mark (support lead)",
        "kpi": "custom",
        "unit": "tickets",
        "direction": "increase",
        "baseline": 1000.0,
        "target": 1200.0,
        "checkin_cadence": "monthly",
        "start": date(2025, 1, 1),
        "deadline": date(2025, 3, 31),
        "state": "active",
    }
    values.update(changes)
    return Goal(**values)


def aht_team(**changes: object) -> Goal:
    """Average handle time down from 360 s to 300 s, checked weekly."""
    values: dict[str, object] = {
        "title": "Handle time to 300 s",
        "owner": "Mark (support lead)",
        "kpi": "aht",
        "unit": "s",
        "direction": "decrease",
        "baseline": 360.0,
        "target": 300.0,
        "start": date(2025, 1, 6),
        "deadline": date(2025, 2, 16),
        "state": "active",
    }
    values.update(changes)
    return Goal(**values)


def split_team(
    store: Store, team: Goal, people=PEOPLE, weights=None, *, from_agents: bool = True
) -> tuple[int, list[int]]:
    """Save ``team`` with its plan and split it among ``people``; the team's id and the agents' ids."""
    team_id = store.save_goal(team, plan_for(team))
    split = split_goal(store.get_goal(team_id), people, weights, from_agents=from_agents)
    return team_id, store.save_agents(split.team, split.agents)


def record(store: Store, agent_ids, on: date, values, volumes=None) -> None:
    """One check-in per agent on ``on`` (a value of None: that agent has not reported)."""
    volumes = volumes or [None] * len(values)
    store.add_checkins(
        CheckIn(agent_id, on, value, volume=volume)
        for agent_id, value, volume in zip(agent_ids, values, volumes, strict=True)
        if value is not None
    )
