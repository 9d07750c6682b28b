"""A plan with team goals split per agent (core.agents), for the agent-sheet tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from goalplanner.core.agents import agent_goals
from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.store import Store

TODAY = date(2025, 3, 12)
PEOPLE = ["Ana", "Ben", "Chen", "Dee"]


def tickets_team() -> Goal:
    return Goal(
        title="Resolve 1,200 tickets a month",
        owner="Mark (support lead)",
        team="Email support",
        kpi="custom",
        unit="tickets",
        direction="increase",
        baseline=1000.0,
        target=1200.0,
        start=date(2025, 1, 1),
        deadline=date(2025, 6, 30),
        checkin_cadence="monthly",
        state="active",
        actuals_from="agents",
    )


def aht_team() -> Goal:
    return Goal(
        title="Handle time down to 300 s",
        owner="Mark (support lead)",
        team="Phone support",
        kpi="aht",
        unit="s",
        direction="decrease",
        baseline=360.0,
        target=300.0,
        start=date(2025, 2, 3),
        deadline=date(2025, 4, 27),
        checkin_cadence="weekly",
        state="active",
        actuals_from="agents",
    )


def fcr_team() -> Goal:
    return Goal(
        title="FCR to 78%",
        owner="Mark (support lead)",
        team="Phone support",
        kpi="fcr",
        unit="%",
        direction="increase",
        baseline=70.0,
        target=78.0,
        start=date(2025, 2, 3),
        deadline=date(2025, 4, 27),
        checkin_cadence="weekly",
        state="active",
        actuals_from="agents",
    )


def save_team(store: Store, team: Goal, people: list[str]) -> tuple[int, list[int]]:
    """Save ``team`` and one agent goal per person, each with its plan; (team id, agent ids)."""
    team_id = store.save_goal(team, plan_for(team))
    saved = next(g for g in store.list_goals() if g.id == team_id)
    agent_ids = [store.save_goal(agent, plan_for(agent)) for agent in agent_goals(saved, people)]
    return team_id, agent_ids


def agents_store(path: Path) -> tuple[Store, dict[str, object]]:
    """A new plan at ``path`` with a four-agent tickets team (some months recorded), a two-agent
    handle-time team (some weeks recorded with contacts) and a two-agent FCR team (one week recorded
    with numerators and denominators)."""
    store = Store.open(path)
    tickets, ticket_agents = save_team(store, tickets_team(), PEOPLE)
    months = [(310, 320), (290, 300), (305, 0), (280, 295)]
    for agent_id, (january, february) in zip(ticket_agents, months, strict=True):
        store.add_checkin(agent_id, date(2025, 1, 31), january)
        if february:
            store.add_checkin(agent_id, date(2025, 2, 28), february)
    aht, aht_agents = save_team(store, aht_team(), ["Ana", "Ben"])
    store.add_checkins(
        [
            CheckIn(aht_agents[0], date(2025, 2, 7), 340.0, volume=400),
            CheckIn(aht_agents[1], date(2025, 2, 7), 320.0, volume=100),
            CheckIn(aht_agents[0], date(2025, 2, 14), 330.0, volume=380),
        ]
    )
    fcr, fcr_agents = save_team(store, fcr_team(), ["Ana", "Ben"])
    store.add_checkin(fcr_agents[0], date(2025, 2, 7), 70.0, numerator=70, denominator=100)
    store.add_checkin(fcr_agents[1], date(2025, 2, 6), 80.0, numerator=160, denominator=200)
    ids = {"tickets": tickets, "ticket_agents": ticket_agents, "aht": aht, "aht_agents": aht_agents}
    return store, ids | {"fcr": fcr, "fcr_agents": fcr_agents}
