"""What a team goal fed by its agents is judged on, read in one place for every surface.

A goal whose ``actuals_from`` is ``"agents"`` has no check-ins of its own that count: its check-ins are
core.agents' combination of its agent goals' check-ins, period by period of the team's plan. The goal
list, the detail, the CLI, the workbook, the report and the calendar all read them through
:meth:`Store.actuals` (every check-in) or :meth:`Store.progress_inputs` (the latest, with the plan
periods around it), so none of them can judge a team goal on anything else.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from goalplanner.core.agents import TeamActual, team_actuals
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.store.rows import row_to_checkin, row_to_goal, row_to_subtarget

AGENTS = "agents"

# What core.agents needs for each team: its agents with their check-ins, and the team's plan.
TeamInputs = tuple[list[tuple[Goal, list[CheckIn]]], list[SubTarget]]


def fed_by_agents(goal: Goal) -> bool:
    """Whether ``goal`` takes its actuals from its agents rather than its own check-ins."""
    return goal.actuals_from == AGENTS


def team_inputs(db: Any, teams: Sequence[Goal]) -> dict[int, TeamInputs]:
    """Each team's agents (children naming a person, oldest first) with their check-ins, and the
    team's plan, read from the store's sqlite-utils ``db``; three queries serve any number of teams."""
    if not teams:
        return {}
    team_ids = json.dumps(sorted(team.id for team in teams))
    agents: dict[int, list[Goal]] = {team.id: [] for team in teams}
    sql = (
        "SELECT * FROM goals WHERE parent_id IN (SELECT value FROM json_each(?)) AND person != '' "
        "AND id != parent_id ORDER BY id"
    )
    for row in db.query(sql, [team_ids]):
        agent = row_to_goal(row)
        agents[agent.parent_id].append(agent)
    agent_ids = json.dumps([agent.id for found in agents.values() for agent in found])
    checkins: dict[int, list[CheckIn]] = {}
    sql = "SELECT * FROM checkins WHERE goal_id IN (SELECT value FROM json_each(?)) ORDER BY on_date, id"
    for row in db.query(sql, [agent_ids]):
        checkins.setdefault(row["goal_id"], []).append(row_to_checkin(row))
    plans: dict[int, list[SubTarget]] = {team.id: [] for team in teams}
    sql = (
        "SELECT * FROM subtargets WHERE goal_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY goal_id, period, period_start"
    )
    for row in db.query(sql, [team_ids]):
        plans[row["goal_id"]].append(row_to_subtarget(row))
    return {
        team.id: ([(agent, checkins.get(agent.id, [])) for agent in agents[team.id]], plans[team.id])
        for team in teams
    }


def actuals_of(team: Goal, inputs: TeamInputs) -> list[TeamActual]:
    """The team's actual per period (core.agents.team_actuals) from what ``team_inputs`` read."""
    agents, plan = inputs
    return team_actuals(team, agents, plan)


def latest_with_plan(team: Goal, inputs: TeamInputs) -> tuple[CheckIn | None, list[SubTarget]]:
    """The team's latest derived check-in and the plan periods around its date, as
    ``Store.progress_inputs`` gives them for a goal's own latest check-in."""
    found = actuals_of(team, inputs)
    if not found:
        return None, []
    latest = found[-1].checkin
    period = "month" if team.checkin_cadence == "monthly" else "week"
    rows = [sub for sub in inputs[1] if sub.period == period]
    before = sorted((s for s in rows if s.period_end < latest.on), key=lambda s: s.label)[-1:]
    after = sorted((s for s in rows if s.period_end >= latest.on), key=lambda s: s.label)[:1]
    return latest, sorted(before + after, key=lambda s: s.period_end)
