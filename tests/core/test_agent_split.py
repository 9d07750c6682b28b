"""Splitting a team goal as both surfaces do it (core.agent_split): plans per agent, refusals, who has
reported this period, and a team fed by its agents left out of the weekly review's list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from goalplanner.core.agent_split import (
    CLOSED,
    HAS_AGENTS,
    IS_AGENT,
    current_period,
    split_goal,
    split_refusal,
)
from goalplanner.core.agents import team_actuals
from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn
from goalplanner.core.progress import evaluate
from goalplanner.core.review import due_this_week
from tests.agent_plans import aht_team, tickets_team


def test_each_agent_gets_a_share_and_a_plan_of_their_own():
    team = replace(tickets_team(), id=7)
    split = split_goal(team, ["Ana", "Ben", "Chen", "Dara"], [1, 1, 1, 0.5], from_agents=True)
    assert split.team.actuals_from == "agents"
    assert [(a.person, a.target, a.parent_id) for a, _plan in split.agents] == [
        ("Ana", 343, 7), ("Ben", 343, 7), ("Chen", 343, 7), ("Dara", 171, 7),
    ]  # fmt: skip
    for agent, plan in split.agents:
        assert plan == tuple(plan_for(agent))
    assert split_goal(team, ["Ana"], from_agents=False).team.actuals_from == "own"


def test_a_rate_keeps_the_team_target_unless_one_is_typed():
    team = replace(aht_team(), id=3)
    split = split_goal(team, ["Ana", "Ben"], targets=[280.0, None], from_agents=True)
    assert [a.target for a, _plan in split.agents] == [280.0, 300.0]


def test_closed_goals_agents_own_goals_and_second_splits_are_refused():
    team = replace(tickets_team(), id=7)
    agent = replace(team, id=8, parent_id=7, person="Ana")
    assert split_refusal(team, []) is None
    assert split_refusal(replace(team, state="achieved"), []) == CLOSED
    assert split_refusal(agent, []) == IS_AGENT
    assert split_refusal(team, [agent]) == HAS_AGENTS
    assert split_refusal(team, [agent], again=True) is None
    again = split_goal(team, ["Ben"], from_agents=True, existing_agents=[agent])
    assert [g.person for g in again.retired] == [""]  # kept as a plain sub-goal


def test_who_reported_this_week():
    team = replace(aht_team(), id=3)
    ana, ben = (replace(team, id=i, parent_id=3, person=p) for i, p in ((4, "Ana"), (5, "Ben")))
    found = team_actuals(team, [(ana, [CheckIn(4, date(2025, 1, 14), 300.0)]), (ben, [])])
    now = current_period(team, found, [], date(2025, 1, 16))
    assert now.values == (("Ana", 300.0),) and now.missing == ("Ben",)
    assert current_period(team, found, [], date(2025, 1, 30)) is None  # nobody yet in that week


def test_a_team_fed_by_its_agents_is_not_in_the_weekly_review():
    today = date(2025, 1, 20)
    own = replace(aht_team(), id=3)
    fed = replace(own, id=4, actuals_from="agents")
    due = due_this_week([evaluate(goal, [], [], today) for goal in (own, fed)], today)
    assert [e.goal.id for e in due] == [3]
