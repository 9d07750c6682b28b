"""Splitting a team goal into agent goals, as the window's Split dialog and ``goalplanner split`` do it.

core.agents divides the target; this adds what both surfaces need around it: each agent's own plan
(along the team's plan shape), whether the split is allowed at all, and the team goal as it becomes
(taking its actuals from its agents, or not). A split made again keeps the earlier agents' goals and
check-ins as ordinary sub-goals (their person cleared), so nothing typed is lost and the team counts
only the new agents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from goalplanner.core.agents import TeamActual, _period_start, _periods, agent_goals
from goalplanner.core.breakdown import plan_for
from goalplanner.core.calendar import WorkCalendar
from goalplanner.core.model import Goal, SubTarget

# Why a goal cannot be split (codes; each surface words them).
CLOSED, HAS_AGENTS, IS_AGENT = "closed", "has_agents", "is_agent"


@dataclass(frozen=True)
class Split:
    """What a split writes: the team goal as it becomes, the earlier agents made plain sub-goals, and
    each new agent goal (no id yet) with its plan."""

    team: Goal
    retired: tuple[Goal, ...]
    agents: tuple[tuple[Goal, tuple[SubTarget, ...]], ...]


def split_refusal(team: Goal, existing_agents: Sequence[Goal], *, again: bool = False) -> str | None:
    """Why ``team`` cannot be split now (``CLOSED``, ``IS_AGENT``, ``HAS_AGENTS`` unless ``again``),
    None when it can."""
    if team.closed:
        return CLOSED
    if team.person:
        return IS_AGENT
    if existing_agents and not again:
        return HAS_AGENTS
    return None


def split_goal(
    team: Goal,
    people: Sequence[str],
    weights: Sequence[float] | None = None,
    targets: Sequence[float | None] | None = None,
    *,
    from_agents: bool,
    existing_agents: Sequence[Goal] = (),
    calendar: WorkCalendar | None = None,
) -> Split:
    """``team`` split among ``people`` (core.agents.agent_goals), each agent with a plan of their own
    (core.breakdown.plan_for along the team's shape); ``ValueError`` as agent_goals raises it, or when a
    plan cannot be made for an agent."""
    agents = agent_goals(team, people, weights, targets)
    actuals_from = "agents" if from_agents else "own"
    return Split(
        team=replace(team, actuals_from=actuals_from),
        retired=tuple(replace(agent, person="") for agent in existing_agents),
        agents=tuple((agent, tuple(plan_for(agent, calendar))) for agent in agents),
    )


def shares(split: Split) -> list[tuple[str, float | None]]:
    """Each new agent's name and target, in the order given."""
    return [(agent.person, agent.target) for agent, _plan in split.agents]


def current_period(
    team: Goal, actuals: Sequence[TeamActual], plan: Sequence[SubTarget], today: date
) -> TeamActual | None:
    """The team's actual for the period holding ``today`` (its week, or month when checked monthly),
    None before any agent reported in it: who reported "this week" and who has not yet."""
    start = _period_start(team, _periods(team, plan), today)
    return next((actual for actual in actuals if actual.start == start), None)
