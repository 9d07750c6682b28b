"""``goalplanner split`` and what ``status --json`` then says of the team and its agents."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from goalplanner.core.breakdown import plan_for
from goalplanner.store import Store
from tests.agent_plans import record, tickets_team
from tests.test_cli import goalplanner


def team_plan(tmp_path, **changes) -> tuple:
    plan = tmp_path / "team.goalplan"
    with Store.open(plan) as store:
        team = tickets_team(**changes)
        team_id = store.save_goal(team, plan_for(team))
    return plan, team_id


def test_split_1200_tickets_among_four_agents_weighted(tmp_path, private_home):
    plan, team_id = team_plan(tmp_path)
    result = goalplanner(
        "split", "--db", plan, "--goal", team_id, "--people", "Ana, Ben,Chen,Dara",
        "--weights", "1,1,1,0.5", "--from-agents", home=private_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Ana 343 · Ben 343 · Chen 343 · Dara 171 = 1,200 tickets" in result.stdout
    with Store.open(plan, create=False, daily_backup=False) as store:
        agents = store.agents(team_id)
        assert [a.person for a in agents] == ["Ana", "Ben", "Chen", "Dara"]
        assert sum(a.target for a in agents) == 1200
        for agent in agents:
            assert f"goal {agent.id}: {agent.person}" in result.stdout
        record(store, [a.id for a in agents], date(2025, 2, 20), [300, 290, None, 150])
    (entry,) = json.loads(
        goalplanner("status", "--db", plan, "--goal", team_id, "--json", home=private_home).stdout
    )
    assert entry["children"] == [a.id for a in agents]
    assert (entry["person"], entry["actuals_from"]) == (None, "agents")
    team = entry["team_actual"]
    assert (team["agents"], team["actual"], team["missing"]) == (4, 740.0, ["Chen"])
    assert [r["person"] for r in team["reported"]] == ["Ana", "Ben", "Dara"]
    assert entry["checkins"][-1]["actual"] == 740.0  # judged on the agents' total
    checkin = goalplanner(
        "checkin", "--db", plan, "--goal", team_id, "--on", "2025-02-21", "--actual", "5", home=private_home
    )
    assert checkin.returncode == 1 and "takes its actuals from its agents" in checkin.stderr


def test_split_refuses_bad_weights_a_closed_goal_and_a_second_split(tmp_path, private_home):
    plan, team_id = team_plan(tmp_path)
    split = ("split", "--db", plan, "--goal", team_id, "--people", "Ana,Ben")
    bad = goalplanner(*split, "--weights", "1,x", home=private_home)
    assert bad.returncode == 1 and "“x” is not a number" in bad.stderr
    short = goalplanner(*split, "--weights", "1", home=private_home)
    assert short.returncode == 1 and "one weight per person" in short.stderr
    twice = goalplanner("split", "--db", plan, "--goal", team_id, "--people", "Ana,ana", home=private_home)
    assert twice.returncode == 1 and "only once" in twice.stderr
    assert goalplanner(*split, home=private_home).returncode == 0
    again = goalplanner(*split, home=private_home)
    assert again.returncode == 1 and "already has agents (Ana" in again.stderr and "--again" in again.stderr
    assert goalplanner(*split, "--again", home=private_home).returncode == 0
    with Store.open(plan, create=False, daily_backup=False) as store:
        assert len(store.agents(team_id)) == 2 and len(store.child_goals(team_id)) == 4
        store.save_goal(replace(store.get_goal(team_id), state="achieved"))
    closed = goalplanner(*split, "--again", home=private_home)
    assert closed.returncode == 1 and "is closed (achieved)" in closed.stderr
    unknown = goalplanner("split", "--db", plan, "--goal", 99, "--people", "Ana", home=private_home)
    assert unknown.returncode == 2 and "has no goal 99" in unknown.stderr


def test_status_table_says_how_many_agents_made_the_teams_latest_actual(tmp_path, private_home):
    plan, team_id = team_plan(tmp_path)
    split = goalplanner(
        "split", "--db", plan, "--goal", team_id, "--people", "Ana,Ben,Chen,Dara", "--from-agents",
        home=private_home,
    )  # fmt: skip
    assert split.returncode == 0, split.stderr
    with Store.open(plan, create=False, daily_backup=False) as store:
        agents = store.agents(team_id)
        record(store, [a.id for a in agents], date(2025, 2, 20), [300, 290, None, 150])
    table = goalplanner("status", "--db", plan, home=private_home).stdout.splitlines()
    team_row = next(line for line in table if line.strip().startswith(f"{team_id} "))
    assert "740" in team_row and "(3 of 4 agents)" in team_row  # the latest actual, as its agents made it
    agent_row = next(line for line in table if line.strip().startswith(f"{agents[0].id} "))
    assert "agents)" not in agent_row  # an agent's own check-in: no one else to count
