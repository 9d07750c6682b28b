"""The team week grid's numbers: which periods it shows, each agent's value in them, and for each period
the team's derived value, its status and the agent driving it.

The grid (``ui.team_grid``) renders these and nothing else: the team's value is ``agents.team_actuals``
over the agents' recorded and typed check-ins, its status is ``progress.evaluate`` on that value, and
the driver is the agent whose own status (``evaluate`` on their goal and plan) is the worst, so the
grid, the goal list and the detail cannot disagree about a week.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from goalplanner.core.agents import TeamActual, team_actuals
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import (
    AT_RISK,
    NO_DATA,
    OFF_TRACK,
    SEVERITY_ORDER,
    Status,
    evaluate,
    latest_by_period,
    status_plan,
)

GRID_PERIODS = 4  # the current period and the three before it: a month of weeks, a quarter of months


@dataclass(frozen=True)
class AgentFeed:
    """One agent of a team goal: their goal, its plan and their check-ins (recorded and typed)."""

    goal: Goal
    plan: Sequence[SubTarget]
    checkins: Sequence[CheckIn]


@dataclass(frozen=True)
class TeamPeriod:
    """One column of the grid's team row: the team's value (None when no agent reported), its status
    and, while that status is at risk or off track, the person driving it (``driving_agent``)."""

    period: SubTarget
    actual: TeamActual | None
    status: Status
    driver: str | None


def grid_periods(
    team: Goal, plan: Sequence[SubTarget], today: date, count: int = GRID_PERIODS
) -> list[SubTarget]:
    """The team's status periods (weeks, or months for goals checked monthly) the grid shows: the one
    holding ``today`` first (the last one begun after the deadline, the first one before the start),
    then up to ``count - 1`` before it, newest first."""
    periods = status_plan(team, plan)
    begun = [i for i, period in enumerate(periods) if period.period_start <= today]
    current = begun[-1] if begun else 0
    return [periods[i] for i in range(current, current - count, -1) if i >= 0]


def agent_value(
    team: Goal, plan: Sequence[SubTarget], checkins: Sequence[CheckIn], period: SubTarget
) -> CheckIn | None:
    """An agent's check-in that counts for ``period`` (their latest dated in it), None without one."""
    return latest_by_period(checkins, status_plan(team, plan)).get(period.label)


def driving_agent(
    feeds: Sequence[AgentFeed], team: Goal, team_plan: Sequence[SubTarget], period: SubTarget, today: date
) -> str | None:
    """The person whose value hurts the team most in ``period``: of the agents whose own status there is
    at risk or off track, the worst (off track before at risk, then the lowest share of their planned
    change, then the first in order); None when every reporting agent is on track or better."""
    candidates = []
    for order, feed in enumerate(feeds):
        checkin = agent_value(team, team_plan, feed.checkins, period)
        if checkin is None:
            continue
        status = evaluate(feed.goal, feed.plan, [checkin], today).status
        if status.code in (OFF_TRACK, AT_RISK):
            share = status.achievement if status.achievement is not None else float("-inf")
            candidates.append((SEVERITY_ORDER.index(status.code), share, order, feed.goal.person))
    return min(candidates)[3] if candidates else None


def team_week(
    team: Goal,
    team_plan: Sequence[SubTarget],
    feeds: Sequence[AgentFeed],
    periods: Sequence[SubTarget],
    today: date,
) -> list[TeamPeriod]:
    """The team row of the grid for ``periods`` (as given): value, status and driver of each."""
    actuals = team_actuals(team, [(feed.goal, feed.checkins) for feed in feeds], team_plan)
    judged = evaluate(team, team_plan, [actual.checkin for actual in actuals], today).judged
    status_on = {j.checkin.on: j.status for j in judged}  # one team check-in a period: their dates differ
    by_start = {actual.start: actual for actual in actuals}
    row = []
    for period in periods:
        actual = by_start.get(period.period_start)
        status = status_on[actual.checkin.on] if actual is not None else Status(NO_DATA)
        hurt = status.code in (AT_RISK, OFF_TRACK)  # "driven by" explains a team that is behind
        driver = driving_agent(feeds, team, team_plan, period, today) if hurt else None
        row.append(TeamPeriod(period, actual, status, driver))
    return row
