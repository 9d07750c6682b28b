"""The team week grid's numbers (core.team_week): periods shown, the team row and who drives it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from goalplanner.core.agents import agent_goals
from goalplanner.core.breakdown import plan_for
from goalplanner.core.checkins import share_of_counts
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import evaluate, status_plan
from goalplanner.core.team_week import AgentFeed, driving_agent, grid_periods, team_week
from tests.helpers import wait_goal

PEOPLE = ["Ana", "Ben", "Chen", "Dee"]


def tickets_team() -> Goal:
    return wait_goal(
        id=7, title="Resolve 1,200 tickets a week", kpi="custom", unit="tickets", direction="increase",
        baseline=1000.0, target=1200.0, checkin_cadence="weekly", start=date(2025, 1, 6),
        deadline=date(2025, 3, 30), actuals_from="agents",
    )  # fmt: skip


def agents(team: Goal) -> list[Goal]:
    return [replace(g, id=100 + i) for i, g in enumerate(agent_goals(team, PEOPLE))]


def feeds_with(team: Goal, values: dict[str, float], day: date) -> list[AgentFeed]:
    return [
        AgentFeed(g, plan_for(g), [CheckIn(g.id, day, values[g.person])] if g.person in values else [])
        for g in agents(team)
    ]


def test_the_current_period_comes_first_then_the_ones_before():
    team = tickets_team()
    plan = plan_for(team)
    shown = grid_periods(team, plan, date(2025, 2, 5))
    assert [p.period_start for p in shown] == [
        date(2025, 2, 3),
        date(2025, 1, 27),
        date(2025, 1, 20),
        date(2025, 1, 13),
    ]
    assert [p.period_start for p in grid_periods(team, plan, date(2025, 1, 8))] == [date(2025, 1, 6)]
    assert grid_periods(team, plan, date(2024, 12, 1))[0] == status_plan(team, plan)[0]  # before the start
    monthly = replace(team, checkin_cadence="monthly")
    assert [p.period for p in grid_periods(monthly, plan_for(monthly), date(2025, 2, 5))] == ["month"] * 2


def test_the_team_row_sums_the_agents_and_is_judged_as_the_team_goal():
    team = tickets_team()
    plan = plan_for(team)
    day = date(2025, 2, 7)
    feeds = feeds_with(team, {"Ana": 300.0, "Ben": 290.0, "Chen": 310.0, "Dee": 100.0}, day)
    periods = grid_periods(team, plan, day)
    week = team_week(team, plan, feeds, periods, day)[0]
    assert week.actual.checkin.actual == 1000.0 and week.actual.missing == ()
    expected = evaluate(team, plan, [CheckIn(team.id, day, 1000.0)], day).status
    assert week.status == expected and week.status.code == "off_track"
    assert week.driver == "Dee"  # 100 of a 250-a-week share: the one hurting most
    assert [p.actual for p in team_week(team, plan, feeds, periods, day)[1:]] == [None, None, None]


def test_nobody_drives_a_team_whose_agents_are_all_on_track():
    team = tickets_team()
    plan = plan_for(team)
    day = date(2025, 2, 7)
    feeds = feeds_with(team, {name: 300.0 for name in PEOPLE}, day)
    period = grid_periods(team, plan, day)[0]
    assert driving_agent(feeds, team, plan, period, day) is None


def test_a_team_on_track_is_driven_by_nobody_though_one_agent_is_behind():
    team = tickets_team()
    plan = plan_for(team)
    day = date(2025, 2, 7)
    feeds = feeds_with(team, {"Ana": 330.0, "Ben": 330.0, "Chen": 330.0, "Dee": 200.0}, day)
    period = grid_periods(team, plan, day)[0]
    week = team_week(team, plan, feeds, [period], day)[0]
    assert (
        week.status.code in ("on_track", "achieved")
        and driving_agent(feeds, team, plan, period, day) == "Dee"
    )
    assert week.driver is None


def test_off_track_drives_before_at_risk_and_the_lower_share_before_the_higher():
    team = tickets_team()
    plan = plan_for(team)
    day = date(2025, 2, 7)
    period = grid_periods(team, plan, day)[0]
    ana, ben = agents(team)[:2]
    statuses = [
        evaluate(g, plan_for(g), [CheckIn(g.id, day, v)], day).status for g, v in ((ana, 267.0), (ben, 262.0))
    ]
    assert [s.code for s in statuses] == ["at_risk", "off_track"]
    feeds = feeds_with(team, {"Ana": 267.0, "Ben": 262.0, "Chen": 300.0, "Dee": 300.0}, day)
    assert driving_agent(feeds, team, plan, period, day) == "Ben"  # off track, though Ana comes first
    feeds = feeds_with(team, {"Ana": 267.0, "Ben": 262.0, "Chen": 245.0, "Dee": 300.0}, day)
    assert driving_agent(feeds, team, plan, period, day) == "Chen"  # the lower share of two off track


def test_handle_time_weighs_each_agent_by_contacts_handled():
    team = wait_goal(
        id=3, kpi="aht", unit="s", direction="decrease", baseline=360.0, target=300.0, actuals_from="agents"
    )
    plan = plan_for(team)
    ana, ben = [replace(g, id=100 + i) for i, g in enumerate(agent_goals(team, ["Ana", "Ben"]))]
    day = team.start + timedelta(days=4)
    feeds = [
        AgentFeed(ana, plan_for(ana), [CheckIn(ana.id, day, 300.0, volume=300.0)]),
        AgentFeed(ben, plan_for(ben), [CheckIn(ben.id, day, 400.0, volume=100.0)]),
    ]
    week = team_week(team, plan, feeds, grid_periods(team, plan, day), day)[0]
    assert week.actual.checkin.actual == pytest.approx(325.0) and week.actual.exact


def test_a_share_comes_from_its_two_counts():
    fcr = wait_goal(kpi="fcr", unit="%", direction="increase", baseline=70.0, target=78.0)
    assert share_of_counts(79.0, 110.0, fcr.unit) == pytest.approx(71.818, abs=1e-3)
