"""Whether a value can be recorded as a goal's actual: the one rule the window and the importer share.

A check-in typed in the goal detail and an Actual cell read from a workbook are judged here, so the
two cannot disagree about what is possible. The answer is structured (a code and its parameters),
not a sentence: each surface words it in its own voice and language.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from goalplanner.core.i18n import Term
from goalplanner.core.kpis import get_kpi, metric_bounds
from goalplanner.core.model import CheckIn, Goal

# The codes of ActualProblem, one per way a value can be impossible.
OUT_OF_RANGE = "out_of_range"  # outside low..high, for a metric bounded on both sides (CSAT 0-100)
BELOW_MINIMUM = "below_minimum"  # below low, for a metric with no upper bound (times, costs, counts)
NOT_A_NUMBER = "not_a_number"  # NaN or an infinity: no metric takes it (params: value only)


@dataclass(frozen=True)
class ActualProblem:
    """Why a value cannot be a goal's actual: ``code`` names the rule broken, ``params`` fill its message.

    For ``OUT_OF_RANGE`` and ``BELOW_MINIMUM`` the params are ``value``, ``low`` and ``high`` (floats;
    ``high`` is infinite for ``BELOW_MINIMUM``), ``unit`` (the goal's unit: "%", "s", "" ...) and
    ``metric``: ``Term("Kpi", name)`` for a catalogue metric, the custom unit as a plain string
    otherwise. So ``wording.text(context, template, problem.params)`` fills a template such as
    "{value} is impossible for {metric} ({low} to {high})" in the user's language and number format.
    ``NOT_A_NUMBER`` has ``value`` only.
    """

    code: str  # OUT_OF_RANGE, BELOW_MINIMUM or NOT_A_NUMBER
    params: dict[str, Any] = field(default_factory=dict)


def check_actual(goal: Goal, value: float) -> ActualProblem | None:
    """None when ``value`` is a possible actual for ``goal``'s metric, else why it is not.

    The bounds are the metric's physical ones (``kpis.metric_bounds``: CSAT 0-100, NPS -100..100,
    handle time >= 0, a custom "%" metric 0-100, other custom metrics unbounded), limits included.
    NaN and infinities never are. Dates, counts of responses and the like are the caller's to check.
    """
    if not math.isfinite(value):
        return ActualProblem(NOT_A_NUMBER, {"value": value})
    low, high, _metric = metric_bounds(goal)
    if low <= value <= high:
        return None
    params = _range_params(goal, value, low, high)
    return ActualProblem(BELOW_MINIMUM if math.isinf(high) else OUT_OF_RANGE, params)


# The codes of the rules a whole check-in (not only its value) must keep.
FUTURE_DATE = "future_date"  # a check-in records what happened: never after today (params: on, today)
NO_RESPONSES = "no_responses"  # a share out of 0 responses (params: none)


def check_checkin(goal: Goal, checkin: CheckIn, today: date) -> ActualProblem | None:
    """None when ``checkin`` can be recorded for ``goal`` on ``today``, else the first rule it breaks:
    its value (``check_actual``), its date (``FUTURE_DATE``) or its counts (``NO_RESPONSES``)."""
    problem = check_actual(goal, checkin.actual)
    if problem is not None:
        return problem
    if checkin.on > today:
        return ActualProblem(FUTURE_DATE, {"on": checkin.on, "today": today})
    if checkin.numerator is not None and checkin.denominator == 0:
        return ActualProblem(NO_RESPONSES)
    return None


def share_of_counts(numerator: float, denominator: float | None, unit: str) -> float | None:
    """The actual two counts give, the one formula for every surface that takes counts (check-in form,
    weekly review, team grid, a team's actual from its agents): a percentage for a "%" metric (74 of
    107: 69.158...), else the plain ratio; None for 0 responses (``NO_RESPONSES`` names that)."""
    if not denominator:
        return None
    return numerator / denominator * (100 if unit == "%" else 1)


# -- plausible, not only possible -------------------------------------------------------------------

FAR_FROM_SEEN = "far_from_seen"  # possible, but far outside what the goal has seen (params as OUT_OF_RANGE)
PLAUSIBLE_MARGIN = 2.0  # how many spans of what was seen a value may lie beyond it


def plausible_range(goal: Goal, seen: Iterable[float] = ()) -> tuple[float, float]:
    """The values a new actual may take without a question: what the goal has seen -- its baseline,
    target, stretch target, band and the actuals ``seen`` so far -- widened on each side by twice its
    span (at least a quarter of its largest magnitude), within the metric's bounds.

    A 240 s -> 120 s wait-time goal accepts 0-480 s without asking; 99,999 s (27.8 hours) is asked about.
    """
    numbers = [goal.baseline, goal.target, goal.stretch_target, goal.range_low, goal.range_high, *seen]
    known = [v for v in numbers if v is not None and math.isfinite(v)]
    low, high, _metric = metric_bounds(goal)
    if not known:
        return low, high
    least, most = min(known), max(known)
    span = max(most - least, 0.25 * max(abs(least), abs(most)), 1e-9)
    return max(low, least - PLAUSIBLE_MARGIN * span), min(high, most + PLAUSIBLE_MARGIN * span)


def check_plausible(goal: Goal, value: float, seen: Iterable[float] = ()) -> ActualProblem | None:
    """None when ``value`` lies within ``plausible_range``; else a ``FAR_FROM_SEEN`` problem whose
    ``low`` and ``high`` are that range. The value is possible (see ``check_actual``): ask before
    recording it, do not refuse it."""
    low, high = plausible_range(goal, seen)
    if low <= value <= high:
        return None
    return ActualProblem(FAR_FROM_SEEN, _range_params(goal, value, low, high))


def _range_params(goal: Goal, value: float, low: float, high: float) -> dict[str, Any]:
    """The params of a value outside ``low``..``high``: the value, the range, the unit and the metric
    (``Term("Kpi", name)`` for a catalogue metric, the custom metric's unit otherwise)."""
    metric = metric_bounds(goal).metric
    named = Term("Kpi", metric) if get_kpi(goal.kpi) is not None else metric
    return {"value": value, "low": low, "high": high, "unit": goal.unit, "metric": named}


def same_day(checkins: Iterable[CheckIn], day: date) -> CheckIn | None:
    """The check-in already recorded on ``day`` (the latest of them), None when there is none: a second
    one on the same date replaces it unless the user asks to keep both."""
    found = [c for c in checkins if c.on == day]
    return max(found, key=lambda c: c.id or 0) if found else None


def replacing(existing: CheckIn, pending: CheckIn) -> CheckIn:
    """``existing`` with ``pending``'s value, counts and volume: what replacing a check-in of the same
    day records (the check-in form on "Replace", the weekly review on a day that has one). The earlier
    note, confidence and next step stay when ``pending`` has none: a replaced number should not take
    a colleague's explanation with it."""
    return replace(
        existing,
        actual=pending.actual,
        note=pending.note or existing.note,
        numerator=pending.numerator,
        denominator=pending.denominator,
        volume=pending.volume,
        confidence=pending.confidence or existing.confidence,
        next_step=pending.next_step or existing.next_step,
    )
