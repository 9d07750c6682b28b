"""A team goal fed by its agents is judged on their combined check-ins wherever the store hands out
check-ins: every one (``actuals``) and the latest with its plan periods (``progress_inputs``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from goalplanner.core.agent_split import split_goal
from goalplanner.core.progress import evaluate
from goalplanner.store import Store
from tests.agent_plans import aht_team, record, split_team, tickets_team

TODAY = date(2025, 3, 10)


def test_a_split_saves_four_agents_whose_targets_add_up_to_the_team_target(store: Store):
    team_id, agent_ids = split_team(store, tickets_team())
    agents = store.agents(team_id)
    assert [a.id for a in agents] == agent_ids
    assert [a.person for a in agents] == ["Ana", "Ben", "Chen", "Dara"]
    assert sum(a.target for a in agents) == 1200
    assert all(store.subtargets(a.id) for a in agents)  # each with a plan of its own
    assert store.get_goal(team_id).actuals_from == "agents"


def test_the_team_is_judged_on_its_agents_totals_not_its_own_check_ins(store: Store):
    team_id, agent_ids = split_team(store, tickets_team())
    store.add_checkin(team_id, date(2025, 2, 20), 5.0)  # its own: ignored while fed by agents
    record(store, agent_ids, date(2025, 2, 20), [300, 290, 310, None])
    record(store, agent_ids, date(2025, 3, 5), [100, 80, None, 95])
    actuals = store.actuals(team_id)
    assert [(c.on, c.actual) for c in actuals] == [(date(2025, 2, 20), 900.0), (date(2025, 3, 5), 275.0)]
    (goal, latest, plan), *_ = store.progress_inputs([team_id])
    full = evaluate(goal, store.subtargets(team_id), actuals, TODAY)
    quick = evaluate(goal, plan, [latest], TODAY)
    assert latest == actuals[-1]
    assert quick.status == full.status
    reported = store.team_actuals(goal)[-1]
    assert reported.missing == ("Chen",)


def test_a_team_on_its_own_check_ins_keeps_them(store: Store):
    team_id, agent_ids = split_team(store, tickets_team(), from_agents=False)
    store.add_checkin(team_id, date(2025, 2, 20), 1111.0)
    record(store, agent_ids, date(2025, 2, 20), [300, 290, 310, 280])
    assert [c.actual for c in store.actuals(team_id)] == [1111.0]
    (_goal, latest, _plan), *_ = store.progress_inputs([team_id])
    assert latest.actual == 1111.0


def test_handle_time_is_the_contact_weighted_average(store: Store):
    team_id, agent_ids = split_team(store, aht_team(), ["Ana", "Ben"])
    record(store, agent_ids, date(2025, 1, 14), [300.0, 400.0], volumes=[300.0, 100.0])
    (latest,) = store.actuals(team_id)
    assert latest.actual == 325.0  # (300 x 300 + 400 x 100) / 400, not the plain mean 350
    assert latest.volume == 400.0


def test_taking_a_split_back_removes_the_agents_with_their_check_ins(store: Store):
    team = tickets_team()
    team_id, agent_ids = split_team(store, team)
    record(store, agent_ids, date(2025, 2, 20), [300, 290, 310, 280])
    store.remove_agents(replace(team, id=team_id), agent_ids)
    assert store.agents(team_id) == []
    assert store.get_goal(team_id).actuals_from == "own"
    assert store.counts()["checkins"] == 0


def test_splitting_again_keeps_the_earlier_agents_as_plain_sub_goals(store: Store):
    team_id, first = split_team(store, tickets_team(), ["Ana", "Ben"])
    earlier = store.agents(team_id)
    split = split_goal(
        store.get_goal(team_id), ["Chen", "Dara", "Eli"], from_agents=True, existing_agents=earlier
    )
    again = store.save_agents(split.team, split.agents, split.retired)
    assert [a.id for a in store.agents(team_id)] == again
    assert {g.id for g in store.child_goals(team_id)} == set(first) | set(again)
    assert sum(a.target for a in store.agents(team_id)) == 1200
