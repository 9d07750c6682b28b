"""Erlang C staffing: how many agents a queue needs to meet a service level.

Traffic A = contacts x handle time / interval (Erlangs). With N agents (N > A):
the probability a contact waits P_w comes from the Erlang B recursion
(B_0 = 1, B_k = A B_{k-1} / (k + A B_{k-1})), which stays finite for thousands of
agents where the factorial form overflows; then C = N B / (N - A (1 - B)).
Service level SL(t) = 1 - P_w exp(-(N - A) t / AHT); ASA = P_w AHT / (N - A).
Formulas and the worked example: shared/DOMAIN.md section 2.

The calculator solves for what the goal names (``staffing_target``): an average wait, a
service level, or an abandonment rate, which Erlang C does not model and is linked to waits
by a stated patience: a caller who waits hangs up when the wait outlasts their patience,
exponential with mean theta; the wait of one who waits is exponential with mean
m = AHT / (N - A), so the share abandoning is P_w m / (m + theta) (about ASA / theta for short
waits). Contacts abandoned early lighten the load, so like Erlang C itself this errs towards
more agents. Per-week forecasts and tables are in ``core.staffing_weeks``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.model import Goal, StaffingInputs

# The kind of target each goal metric names (catalogue keys, resources/kpis.toml).
GOAL_TARGETS = {
    "wait_time": "asa",
    "asa": "asa",
    "service_level": "service_level",
    "abandonment": "abandonment",
}


@dataclass(frozen=True)
class Staffing:
    """The agents a queue needs and what they achieve."""

    traffic: float  # Erlangs
    agents: int  # on the phones at once
    scheduled: int  # on the rota, after shrinkage
    service_level: float  # share answered within the threshold, 0-1
    probability_wait: float  # share that waits at all, 0-1
    asa: float  # average speed of answer, seconds
    occupancy: float  # share of agents' time spent handling, 0-1
    abandonment: float = 0.0  # share expected to hang up, at the inputs' patience (0-1)


@dataclass(frozen=True)
class StaffingTarget:
    """What the agents are counted for: one of the goal's own targets or a typed service level."""

    kind: str  # "asa" (value: seconds), "service_level" or "abandonment" (value: share, 0-1)
    value: float
    answer_within_s: float  # the service level's threshold (all kinds report a service level)
    patience_s: float  # callers' average patience (abandonment)
    from_goal: bool  # True when taken from the goal, False when typed into the calculator


def _traffic(contacts: float, interval_s: float, aht_s: float) -> float:
    for name, value in (("contacts", contacts), ("interval", interval_s), ("handle time", aht_s)):
        if not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number")
    if interval_s <= 0:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "the interval must be longer than 0 seconds"))
    if aht_s <= 0:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "the handle time must be longer than 0 seconds"))
    if contacts < 0:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "the number of contacts cannot be negative"))
    return contacts * aht_s / interval_s


def probability_wait(agents: int, traffic: float) -> float:
    """Erlang C: the probability that a contact has to wait, for ``agents`` > ``traffic``."""
    if agents <= traffic:
        return 1.0  # the queue grows without bound: everyone waits
    erlang_b = 1.0
    for k in range(1, agents + 1):
        erlang_b = traffic * erlang_b / (k + traffic * erlang_b)
    return agents * erlang_b / (agents - traffic * (1 - erlang_b))


def service_level(
    agents: int, contacts: float, interval_s: float, aht_s: float, answer_within_s: float
) -> float:
    """Share of contacts answered within ``answer_within_s`` seconds with ``agents`` agents (0-1)."""
    traffic = _traffic(contacts, interval_s, aht_s)
    if traffic == 0:
        return 1.0
    if agents <= traffic:
        return 0.0
    waits = probability_wait(agents, traffic)
    return max(0.0, 1 - waits * math.exp(-(agents - traffic) * answer_within_s / aht_s))


def _abandonment(waits: float, agents: int, traffic: float, aht_s: float, patience_s: float) -> float:
    if agents <= traffic:
        return 1.0
    mean_wait = aht_s / (agents - traffic)  # of the contacts that wait at all
    return waits * mean_wait / (mean_wait + patience_s)


def staffing_target(goal: Goal | None, inputs: StaffingInputs) -> StaffingTarget:
    """What the calculator solves for: the goal's own target when its metric names one and the
    inputs say to use it (``solve_for == "goal"``), else the service level typed into the calculator."""
    kind = GOAL_TARGETS.get(goal.kpi) if goal is not None else None
    if inputs.solve_for == "goal" and kind is not None and goal.target is not None:
        value = goal.target if kind == "asa" else goal.target / 100  # % in the goal, a share here
        return StaffingTarget(kind, value, inputs.answer_within_s, inputs.patience_s, True)
    return StaffingTarget(
        "service_level", inputs.service_level, inputs.answer_within_s, inputs.patience_s, False
    )


def goal_names_target(goal: Goal | None) -> bool:
    """True when ``goal``'s metric and target say what the calculator should solve for."""
    return goal is not None and goal.kpi in GOAL_TARGETS and goal.target is not None


def _check_target(target: StaffingTarget) -> None:
    if target.kind == "asa" and not target.value > 0:
        raise ValueError(
            QT_TRANSLATE_NOOP("Staffing", "an average wait of 0 seconds would need endless agents")
        )
    if target.kind == "service_level" and not 0 < target.value < 1:
        raise ValueError(
            QT_TRANSLATE_NOOP("Staffing", "the service-level target must be above 0% and below 100%")
        )
    if target.kind == "abandonment":
        if not 0 < target.value < 1:
            raise ValueError(
                QT_TRANSLATE_NOOP("Staffing", "the abandonment target must be above 0% and below 100%")
            )
        if not target.patience_s > 0:
            raise ValueError(QT_TRANSLATE_NOOP("Staffing", "callers' patience must be longer than 0 seconds"))
    if target.answer_within_s < 0:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "the answer time cannot be negative"))


def _meets(target: StaffingTarget, waits: float, agents: int, traffic: float, aht_s: float) -> bool:
    if target.kind == "asa":
        return waits * aht_s / (agents - traffic) <= target.value
    if target.kind == "abandonment":
        return _abandonment(waits, agents, traffic, aht_s, target.patience_s) <= target.value
    reached = 1 - waits * math.exp(-(agents - traffic) * target.answer_within_s / aht_s)
    return reached >= target.value


def agents_for(
    contacts: float,
    interval_s: float,
    aht_s: float,
    target: StaffingTarget,
    max_occupancy: float = 1.0,
    shrinkage: float = 0.0,
) -> Staffing:
    """The fewest agents meeting ``target`` and the occupancy cap, and the rota after shrinkage."""
    traffic = _traffic(contacts, interval_s, aht_s)
    _check_target(target)
    if not 0 < max_occupancy <= 1:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "the occupancy cap must be above 0% and at most 100%"))
    if not 0 <= shrinkage < 1:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "shrinkage must be at least 0% and below 100%"))
    if traffic == 0:
        return Staffing(0.0, 0, 0, 1.0, 0.0, 0.0, 0.0)
    # floor(A) + 1 is the first N with N > A (round(A + 1) would skip it when A's fraction is >= .5).
    # Erlang B is carried from one N to the next, so a search over thousands of agents stays linear.
    agents = math.floor(traffic) + 1
    erlang_b = 1.0
    for k in range(1, agents + 1):
        erlang_b = traffic * erlang_b / (k + traffic * erlang_b)
    while True:
        waits = agents * erlang_b / (agents - traffic * (1 - erlang_b))
        if _meets(target, waits, agents, traffic, aht_s):
            break
        agents += 1
        erlang_b = traffic * erlang_b / (agents + traffic * erlang_b)
    # The occupancy cap: the smallest N with A / N <= cap; the 1e-9 keeps 0.7 * 90 from becoming 62.
    agents = max(agents, math.ceil(traffic / max_occupancy - 1e-9))
    scheduled = math.ceil(agents / (1 - shrinkage) - 1e-9)
    waits = probability_wait(agents, traffic)
    return Staffing(
        traffic=traffic,
        agents=agents,
        scheduled=scheduled,
        service_level=service_level(agents, contacts, interval_s, aht_s, target.answer_within_s),
        probability_wait=waits,
        asa=waits * aht_s / (agents - traffic),
        occupancy=traffic / agents,
        abandonment=_abandonment(waits, agents, traffic, aht_s, target.patience_s),
    )


def required_agents(
    contacts: float,
    interval_s: float,
    aht_s: float,
    target_service_level: float,
    answer_within_s: float,
    max_occupancy: float = 1.0,
    shrinkage: float = 0.0,
    patience_s: float = 180.0,
) -> Staffing:
    """The fewest agents meeting the service-level target and occupancy cap, and the rota after shrinkage."""
    target = StaffingTarget("service_level", target_service_level, answer_within_s, patience_s, False)
    return agents_for(contacts, interval_s, aht_s, target, max_occupancy, shrinkage)


def staffing_for(inputs: StaffingInputs, goal: Goal | None = None) -> Staffing:
    """The agents the calculator's flat volume (contacts per interval) needs, solving for ``goal``'s
    target when it names one (``staffing_target``); each week's needs: ``core.staffing_weeks``."""
    return agents_for(
        inputs.contacts,
        inputs.interval_s,
        inputs.aht_s,
        staffing_target(goal, inputs),
        inputs.max_occupancy,
        inputs.shrinkage,
    )
