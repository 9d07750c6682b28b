"""A team goal and its agents: splitting the target per person and combining the agents' actuals.

**Splitting** (``agent_goals``): a team goal becomes one child goal per person, with the same metric,
dates, cadence and plan shape. How the target divides follows how the agents' numbers combine
(``combine_rule``): a count (tickets resolved, contacts handled) divides, equally or by weight, to the
whole unit by largest remainder, so the shares always add up to the team's number exactly (1,200
among four agents weighted 1, 1, 1, 0.5 is 343, 343, 343, 171). A rate, time or share (handle time,
FCR, CSAT) does not divide: each agent keeps the team's target, or a per-person one typed for them.

**Combining** (``team_actuals``): a team goal whose ``actuals_from`` is ``"agents"`` takes one actual a
check-in period from its agents' goals, never an average of percentages:

- ``sum``: counts add up (the agents' totals of the period);
- ``ratio``: shares come from counts, sum of numerators / sum of denominators x 100 (FCR = resolved
  first time / contacts); an agent without counts makes the period fall back to the volume-weighted
  mean, and the result says it is not ``exact``;
- ``mean``: averages are weighted by volume (handle time by contacts handled: sum of AHT x contacts /
  sum of contacts); an agent without a volume makes the period an unweighted mean, not ``exact``;
- ``all``: a milestone is done when every agent's is done.

An agent's value for a period is their latest check-in dated in it (the team's check-in periods,
``core.check_periods``: its plan's weeks, or months for goals checked monthly). The team's
check-in is dated on the latest of those, so the team's next due date follows its agents. Periods
where some agents have not reported are still combined from those who have;
``TeamActual.missing`` names the others so every surface can say "3 of 4 agents".

Pure functions over model objects: the store feeds them, every surface renders what they return.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from goalplanner.core.check_periods import Periods
from goalplanner.core.checkins import share_of_counts
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import CheckIn, Goal, Resources, SubTarget

SUM, RATIO, MEAN, ALL = "sum", "ratio", "mean", "all"
COMBINE_RULES = (SUM, RATIO, MEAN, ALL)

# Units of a custom metric that are not counts: their agents' values are averaged, never added up.
_NOT_COUNTS = {"%", "s", "min", "h", "points", "score", "currency"}


def combine_rule(goal: Goal) -> str:
    """How ``goal``'s agents' values make the team's: ``SUM``, ``RATIO``, ``MEAN`` or ``ALL``.

    Catalogue metrics by their kind (a flow adds up; a ratio metric combines its counts; a milestone
    needs everyone); a custom metric adds up unless its unit is a share, a time, a score or money.
    """
    kpi = get_kpi(goal.kpi)
    if kpi is None:
        return MEAN if goal.unit.strip().lower() in _NOT_COUNTS else SUM
    if kpi.kind == "flow":
        return SUM
    if kpi.kind == "milestone":
        return ALL
    return RATIO if kpi.ratio else MEAN


# -- splitting ---------------------------------------------------------------------------------------


def split_to_unit(total: float, weights: Sequence[float], decimals: int = 0) -> list[float]:
    """``total`` divided by ``weights`` in steps of 10^-decimals by largest remainder: the parts add up
    to ``total`` (rounded to the step) exactly. Raises ``ValueError`` on no weights, a negative or
    non-finite weight, or weights summing to nothing."""
    if not weights or any(not math.isfinite(w) or w < 0 for w in weights) or sum(weights) <= 0:
        raise ValueError("give one weight per person, none negative, not all zero")
    scale = 10**decimals
    steps = round(total * scale)
    exact = [steps * w / sum(weights) for w in weights]
    parts = [math.floor(x) for x in exact]
    for i in sorted(range(len(exact)), key=lambda i: exact[i] - parts[i], reverse=True)[: steps - sum(parts)]:
        parts[i] += 1
    return [part / scale for part in parts]


def agent_goals(
    team: Goal,
    people: Sequence[str],
    weights: Sequence[float] | None = None,
    targets: Sequence[float | None] | None = None,
) -> list[Goal]:
    """One goal per person of ``people`` under ``team`` (not saved: no ids), sharing its metric and dates.

    For a ``SUM`` metric the baseline, target, stretch target and band are divided by ``weights``
    (equal shares without) in whole units; otherwise each person keeps the team's numbers, or
    their own target from ``targets`` where one is given (None: the team's). Raises ``ValueError`` on
    no people, a name given twice or blank, or a weight per person missing.
    """
    names = [person.strip() for person in people]
    if not names or any(not name for name in names):
        raise ValueError("name at least one person, none blank")
    if len({name.casefold() for name in names}) != len(names):
        raise ValueError("each person can appear only once")
    weights = list(weights) if weights is not None else [1.0] * len(names)
    if len(weights) != len(names):
        raise ValueError("give one weight per person")
    if targets is not None and len(targets) != len(names):
        raise ValueError("give one target per person")
    numbers = ("baseline", "target", "stretch_target", "range_low", "range_high")
    shares: dict[str, list[float | None]] = {}
    if combine_rule(team) == SUM:  # counts: whole tickets, calls, articles
        for name in numbers:
            value = getattr(team, name)
            shares[name] = [None] * len(names) if value is None else split_to_unit(value, weights)
    else:
        shares = {name: [getattr(team, name)] * len(names) for name in numbers}
        if targets is not None:
            shares["target"] = [t if t is not None else team.target for t in targets]
    return [
        replace(
            team,
            id=None,
            parent_id=team.id,
            person=person,
            owner=person,
            contributors=(),
            title=f"{team.title} — {person}",
            resources=Resources(),
            actuals_from="own",
            rollup_rule="worst",
            rollup_weight=None,
            guardrail_id=None,
            final_value=None,
            lessons="",
            signed_off_by="",
            signed_off_on=None,
            **{name: shares[name][i] for name in numbers},
        )
        for i, person in enumerate(names)
    ]


def agents_of(team: Goal, goals: Sequence[Goal]) -> list[Goal]:
    """The agent goals directly under ``team`` (children naming a person), in the order given."""
    return [goal for goal in goals if goal.parent_id == team.id and goal.person and goal.id != team.id]


# -- combining ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamActual:
    """The team's value for one check-in period, made from its agents' latest check-ins in it.

    ``checkin`` is what the team goal is judged on (summed counts and volume kept with it);
    ``values`` each reporting agent's value in the order of the agents given; ``missing`` the agents
    with no check-in in the period; ``exact`` False when a share or average had to do without counts
    or volumes (see the module docstring).
    """

    checkin: CheckIn
    start: date
    values: tuple[tuple[str, float], ...]
    missing: tuple[str, ...]
    exact: bool


def team_actuals(
    team: Goal,
    agents: Sequence[tuple[Goal, Sequence[CheckIn]]],
    plan: Sequence[SubTarget] = (),
) -> list[TeamActual]:
    """The team's actual for every period any agent reported in, oldest first (see the docstring)."""
    rule = combine_rule(team)
    periods = Periods(team, plan)
    latest: dict[date, dict[int, CheckIn]] = {}
    for index, (_agent, checkins) in enumerate(agents):
        for checkin in sorted(checkins, key=lambda c: (c.on, c.id or 0)):
            latest.setdefault(periods.start_of(checkin.on), {})[index] = checkin
    found = []
    for start in sorted(latest):
        reported = latest[start]
        rows = [(agents[i][0], reported[i]) for i in sorted(reported)]
        missing = tuple(agent.person for i, (agent, _c) in enumerate(agents) if i not in reported)
        found.append(_combine(team, rule, start, rows, missing))
    return found


def team_checkins(
    team: Goal, agents: Sequence[tuple[Goal, Sequence[CheckIn]]], plan: Sequence[SubTarget] = ()
) -> list[CheckIn]:
    """The check-ins a team goal fed by its agents is judged on: ``team_actuals``' check-ins."""
    return [actual.checkin for actual in team_actuals(team, agents, plan)]


def _combine(
    team: Goal, rule: str, start: date, rows: Sequence[tuple[Goal, CheckIn]], missing: tuple[str, ...]
) -> TeamActual:
    checkins = [checkin for _agent, checkin in rows]
    values = tuple((agent.person, checkin.actual) for agent, checkin in rows)
    volumes = [c.volume for c in checkins]
    volume = sum(volumes) if all(v is not None for v in volumes) else None
    numerator = denominator = None
    exact = True
    if rule == SUM:
        actual = math.fsum(c.actual for c in checkins)
    elif rule == ALL:
        actual = min(c.actual for c in checkins)
    elif rule == RATIO and all(c.numerator is not None and c.denominator for c in checkins):
        numerator = math.fsum(c.numerator for c in checkins)
        denominator = math.fsum(c.denominator for c in checkins)
        actual = share_of_counts(numerator, denominator, team.unit)
    else:  # MEAN, or RATIO without everyone's counts: by volume where every agent gave one
        weights = volumes if volume else [c.denominator for c in checkins]
        if not all(w for w in weights):
            weights, exact = [1.0] * len(checkins), False
        elif rule == RATIO:
            exact = False
        actual = math.fsum(c.actual * w for c, w in zip(checkins, weights, strict=True)) / math.fsum(weights)
    checkin = CheckIn(
        goal_id=team.id,
        on=max(c.on for c in checkins),
        actual=actual,
        numerator=numerator,
        denominator=denominator,
        volume=volume,
    )
    return TeamActual(checkin, start, values, missing, exact)
