"""Splitting a team goal per agent and combining the agents' actuals into the team's (core.agents)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from goalplanner.core.agents import (
    ALL,
    MEAN,
    RATIO,
    SUM,
    agent_goals,
    agents_of,
    combine_rule,
    split_to_unit,
    team_actuals,
    team_checkins,
)
from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import evaluate
from tests.helpers import wait_goal

MONDAY = date(2025, 1, 6)


def tickets_goal(**changes: object) -> Goal:
    values: dict[str, object] = {
        "id": 7,
        "title": "Resolve 1,200 tickets a month",
        "kpi": "custom",
        "unit": "tickets",
        "direction": "increase",
        "baseline": 1000.0,
        "target": 1200.0,
        "stretch_target": 1300.0,
        "checkin_cadence": "monthly",
        "start": date(2025, 1, 1),
        "deadline": date(2025, 3, 31),
    }
    values.update(changes)
    return wait_goal(**values)


def aht_goal(**changes: object) -> Goal:
    return wait_goal(id=3, title="Handle time to 300 s", kpi="aht", baseline=360.0, target=300.0, **changes)


def fcr_goal(**changes: object) -> Goal:
    values = {"id": 4, "kpi": "fcr", "unit": "%", "direction": "increase", "baseline": 70.0, "target": 78.0}
    return wait_goal(**values | changes)


def test_each_metric_combines_its_own_way():
    assert combine_rule(tickets_goal()) == SUM
    assert combine_rule(wait_goal(kpi="call_volume", unit="contacts", direction="increase")) == SUM
    assert combine_rule(aht_goal()) == MEAN
    assert combine_rule(fcr_goal()) == RATIO
    assert (
        combine_rule(wait_goal(kpi="milestone", unit="", direction="increase", baseline=0.0, target=1.0))
        == ALL
    )
    assert combine_rule(wait_goal(kpi="custom", unit="%")) == MEAN


def test_parts_add_up_to_the_total_exactly():
    assert split_to_unit(1200, [1, 1, 1, 1]) == [300, 300, 300, 300]
    assert split_to_unit(1200, [1, 1, 1, 0.5]) == [343, 343, 343, 171]
    assert sum(split_to_unit(1000, [1, 1, 1])) == 1000  # 334 + 333 + 333
    assert split_to_unit(10, [1, 2], decimals=2) == [3.33, 6.67]
    with pytest.raises(ValueError):
        split_to_unit(10, [1, -1])
    with pytest.raises(ValueError):
        split_to_unit(10, [0, 0])


def test_a_count_goal_divides_among_four_agents_and_sums_back():
    team = tickets_goal()
    goals = agent_goals(team, ["Ana", "Ben", "Chen", "Dee"], weights=[2, 1, 1, 1])
    assert [g.target for g in goals] == [480, 240, 240, 240]
    assert sum(g.target for g in goals) == 1200
    assert sum(g.baseline for g in goals) == 1000 and sum(g.stretch_target for g in goals) == 1300
    for goal, person in zip(goals, ["Ana", "Ben", "Chen", "Dee"], strict=True):
        assert (goal.parent_id, goal.person, goal.owner, goal.id) == (7, person, person, None)
        assert (goal.kpi, goal.unit, goal.start, goal.deadline) == (
            team.kpi,
            team.unit,
            team.start,
            team.deadline,
        )
        assert goal.title == f"Resolve 1,200 tickets a month — {person}"
    assert agents_of(team, [team, *[g.__class__(**{**g.__dict__, "id": i}) for i, g in enumerate(goals, 10)]])


def test_a_rate_keeps_the_team_target_or_a_persons_own():
    goals = agent_goals(aht_goal(), ["Ana", "Ben"], targets=[280.0, None])
    assert [g.target for g in goals] == [280.0, 300.0]
    assert [g.baseline for g in goals] == [360.0, 360.0]


def test_people_are_named_once_and_not_blank():
    with pytest.raises(ValueError):
        agent_goals(tickets_goal(), ["Ana", "ana"])
    with pytest.raises(ValueError):
        agent_goals(tickets_goal(), ["Ana", " "])
    with pytest.raises(ValueError):
        agent_goals(tickets_goal(), [])
    with pytest.raises(ValueError):
        agent_goals(tickets_goal(), ["Ana", "Ben"], weights=[1])


def agents_with(team: Goal, people: list[str]) -> list[Goal]:
    return [g.__class__(**{**g.__dict__, "id": 100 + i}) for i, g in enumerate(agent_goals(team, people))]


def test_counts_sum_per_period_and_name_who_is_missing():
    team = tickets_goal()
    ana, ben, chen = agents_with(team, ["Ana", "Ben", "Chen"])
    feeds = [
        (ana, [CheckIn(ana.id, date(2025, 1, 31), 400.0), CheckIn(ana.id, date(2025, 2, 28), 410.0)]),
        (ben, [CheckIn(ben.id, date(2025, 1, 30), 380.0), CheckIn(ben.id, date(2025, 2, 27), 395.0)]),
        (chen, [CheckIn(chen.id, date(2025, 1, 29), 350.0)]),
    ]
    january, february = team_actuals(team, feeds, plan_for(team))
    assert january.checkin.actual == 1130.0 and january.missing == ()
    assert january.checkin.on == date(2025, 1, 31) and january.checkin.goal_id == 7
    assert february.checkin.actual == 805.0 and february.missing == ("Chen",)
    assert february.values == (("Ana", 410.0), ("Ben", 395.0))


def test_the_latest_check_in_of_a_period_counts_once():
    team = tickets_goal()
    (ana,) = agents_with(team, ["Ana"])
    feeds = [(ana, [CheckIn(ana.id, date(2025, 1, 20), 250.0), CheckIn(ana.id, date(2025, 1, 31), 400.0)])]
    (january,) = team_actuals(team, feeds, plan_for(team))
    assert january.checkin.actual == 400.0


def test_handle_time_is_weighted_by_contacts_handled():
    team = aht_goal()
    ana, ben = agents_with(team, ["Ana", "Ben"])
    day = MONDAY + timedelta(days=4)
    feeds = [
        (ana, [CheckIn(ana.id, day, 300.0, volume=300.0)]),
        (ben, [CheckIn(ben.id, day, 400.0, volume=100.0)]),
    ]
    (week,) = team_actuals(team, feeds)
    assert week.checkin.actual == pytest.approx(325.0)  # (300 x 300 + 400 x 100) / 400, not 350
    assert week.checkin.volume == 400.0 and week.exact


def test_without_every_volume_the_mean_is_plain_and_said_so():
    team = aht_goal()
    ana, ben = agents_with(team, ["Ana", "Ben"])
    day = MONDAY + timedelta(days=4)
    feeds = [(ana, [CheckIn(ana.id, day, 300.0, volume=300.0)]), (ben, [CheckIn(ben.id, day, 400.0)])]
    (week,) = team_actuals(team, feeds)
    assert week.checkin.actual == pytest.approx(350.0) and not week.exact


def test_first_contact_resolution_comes_from_counts_not_an_average_of_percentages():
    team = fcr_goal()
    ana, ben = agents_with(team, ["Ana", "Ben"])
    day = MONDAY + timedelta(days=4)
    feeds = [
        (ana, [CheckIn(ana.id, day, 90.0, numerator=9.0, denominator=10.0)]),
        (ben, [CheckIn(ben.id, day, 70.0, numerator=70.0, denominator=100.0)]),
    ]
    (week,) = team_actuals(team, feeds)
    assert week.checkin.actual == pytest.approx(100 * 79 / 110)  # 71.8 %, not (90 + 70) / 2 = 80 %
    assert (week.checkin.numerator, week.checkin.denominator) == (79.0, 110.0) and week.exact


def test_a_milestone_is_done_when_every_agent_is_done():
    team = wait_goal(id=5, kpi="milestone", unit="", direction="increase", baseline=0.0, target=1.0)
    ana, ben = agents_with(team, ["Ana", "Ben"])
    day = MONDAY + timedelta(days=4)
    feeds = [(ana, [CheckIn(ana.id, day, 1.0)]), (ben, [CheckIn(ben.id, day, 0.0)])]
    assert [c.actual for c in team_checkins(team, feeds)] == [0.0]


def test_the_team_is_judged_on_the_combined_value():
    team = tickets_goal()
    ana, ben = agents_with(team, ["Ana", "Ben"])
    plan = plan_for(team)
    feeds = [
        (ana, [CheckIn(ana.id, date(2025, 1, 31), 550.0)]),
        (ben, [CheckIn(ben.id, date(2025, 1, 31), 550.0)]),
    ]
    evaluation = evaluate(team, plan, team_checkins(team, feeds, plan), date(2025, 2, 1))
    assert evaluation.latest.checkin.actual == 1100.0
    assert evaluation.status.code == "on_track"
