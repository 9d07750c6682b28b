"""Erlang C staffing: how many agents a queue needs to meet a service level.

Traffic A = contacts x handle time / interval (Erlangs). With N agents (N > A):
the probability a contact waits P_w comes from the Erlang B recursion
(B_0 = 1, B_k = A B_{k-1} / (k + A B_{k-1})), which stays finite for thousands of
agents where the factorial form overflows; then C = N B / (N - A (1 - B)).
Service level SL(t) = 1 - P_w exp(-(N - A) t / AHT); ASA = P_w AHT / (N - A).
Formulas and the worked example: shared/DOMAIN.md section 2.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.model import StaffingInputs


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


def required_agents(
    contacts: float,
    interval_s: float,
    aht_s: float,
    target_service_level: float,
    answer_within_s: float,
    max_occupancy: float = 1.0,
    shrinkage: float = 0.0,
) -> Staffing:
    """The fewest agents meeting the service-level target and occupancy cap, and the rota after shrinkage."""
    traffic = _traffic(contacts, interval_s, aht_s)
    if not 0 < target_service_level < 1:
        raise ValueError(
            QT_TRANSLATE_NOOP("Staffing", "the service-level target must be above 0% and below 100%")
        )
    if answer_within_s < 0:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "the answer time cannot be negative"))
    if not 0 < max_occupancy <= 1:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "the occupancy cap must be above 0% and at most 100%"))
    if not 0 <= shrinkage < 1:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "shrinkage must be at least 0% and below 100%"))
    if traffic == 0:
        return Staffing(0.0, 0, 0, 1.0, 0.0, 0.0, 0.0)
    # floor(A) + 1 is the first N with N > A (round(A + 1) would skip it when A's fraction is >= .5).
    agents = math.floor(traffic) + 1
    while service_level(agents, contacts, interval_s, aht_s, answer_within_s) < target_service_level:
        agents += 1
    # The occupancy cap: the smallest N with A / N <= cap; the 1e-9 keeps 0.7 * 90 from becoming 62.
    agents = max(agents, math.ceil(traffic / max_occupancy - 1e-9))
    scheduled = math.ceil(agents / (1 - shrinkage) - 1e-9)
    waits = probability_wait(agents, traffic)
    return Staffing(
        traffic=traffic,
        agents=agents,
        scheduled=scheduled,
        service_level=service_level(agents, contacts, interval_s, aht_s, answer_within_s),
        probability_wait=waits,
        asa=waits * aht_s / (agents - traffic),
        occupancy=traffic / agents,
    )


def staffing_for(inputs: StaffingInputs) -> Staffing:
    """``required_agents`` for the calculator inputs stored with a goal."""
    return required_agents(
        inputs.contacts,
        inputs.interval_s,
        inputs.aht_s,
        inputs.service_level,
        inputs.answer_within_s,
        inputs.max_occupancy,
        inputs.shrinkage,
    )
