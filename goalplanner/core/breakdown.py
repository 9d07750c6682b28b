"""Break a goal into monthly or weekly sub-targets: the pace that ends exactly at the target.

The planned value at a period's end is P(tau) = B + (T - B) g(tau), where tau is the
share of the goal's days (working days, with a calendar) elapsed from the start
through the period's last day, both counted. Curves choose g; see
shared/DOMAIN.md section 3. Level metrics (CSAT, handle time) plan the value at
the period's end; flow metrics (calls, tickets) plan the period's total, prorated
by its working days, so a short first or last period or a holiday week asks less.
"""

from __future__ import annotations

import calendar as month_calendar
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from goalplanner.core.calendar import WorkCalendar
from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import CURVES, Goal, PlanShape, SubTarget
from goalplanner.core.shapes import check_rate, periods_elapsed, plan_target, value_at_rate

KINDS = ("level", "flow")


@dataclass(frozen=True)
class Period:
    """One month or ISO week: its full extent and the part inside the goal."""

    label: str
    full_start: date
    full_end: date
    start: date  # clipped to the goal's start
    end: date  # clipped to the goal's deadline


def periods(start: date, deadline: date, period: str) -> list[Period]:
    """The months ("2025-01") or ISO weeks ("2025-W03") from ``start`` through ``deadline``."""
    if deadline < start:
        raise ValueError(QT_TRANSLATE_NOOP("Breakdown", "the deadline comes before the start"))
    found = []
    if period == "week":
        cursor = start - timedelta(days=start.weekday())  # the Monday of the first week
        while cursor <= deadline:
            year, week, _ = cursor.isocalendar()
            end = cursor + timedelta(days=6) if date.max - cursor >= timedelta(days=6) else date.max
            found.append(Period(f"{year}-W{week:02d}", cursor, end, max(cursor, start), min(end, deadline)))
            if end >= deadline:  # stop here: the day after 9999-12-31 does not exist
                break
            cursor = end + timedelta(days=1)
    elif period == "month":
        cursor = start.replace(day=1)
        while cursor <= deadline:
            end = cursor.replace(day=month_calendar.monthrange(cursor.year, cursor.month)[1])
            found.append(Period(f"{cursor:%Y-%m}", cursor, end, max(cursor, start), min(end, deadline)))
            if end >= deadline:
                break
            cursor = end + timedelta(days=1)
    else:
        raise ValueError(f"period must be 'month' or 'week'; got {period!r}")
    return found


def curve_function(
    curve: str, *, power: float = 2.0, seasonal: Callable[[float], float] | None = None
) -> Callable[[float], float]:
    """g(tau) for a curve: 0 at the start, 1 at the deadline."""
    if curve == "linear" or curve == "geometric":  # geometric applies g in log space, see planned_value
        return lambda tau: tau
    if curve in ("front", "back"):
        if power <= 1:
            raise ValueError("front- and back-loaded curves need a power above 1")
        if curve == "back":
            return lambda tau: tau**power
        return lambda tau: 1 - (1 - tau) ** power
    if curve == "seasonal":
        if seasonal is None:
            raise ValueError("a seasonal curve needs last year's 12 monthly values")
        return seasonal
    raise ValueError(f"curve must be one of {', '.join(CURVES)}; got {curve!r}")


def planned_value(baseline: float, target: float, progress: float, curve: str) -> float:
    """The value on the path from ``baseline`` to ``target`` after ``progress`` (0-1) of the way."""
    if curve == "geometric":
        return baseline * (target / baseline) ** progress
    return baseline + (target - baseline) * progress


def _seasonal_progress(profile: Sequence[float], start: date, deadline: date) -> Callable[[float], float]:
    """Progress that advances through each day in proportion to last year's value for its month."""
    if len(profile) != 12 or any(not math.isfinite(v) or v < 0 for v in profile) or sum(profile) <= 0:
        raise ValueError("the seasonal profile needs 12 monthly values, none negative, not all zero")
    days = (deadline - start).days + 1

    def weight(day: date) -> float:
        return profile[day.month - 1] / month_calendar.monthrange(day.year, day.month)[1]

    cumulative = [0.0]
    for offset in range(days):
        cumulative.append(cumulative[-1] + weight(start + timedelta(days=offset)))
    total = cumulative[-1] or 1.0
    return lambda tau: cumulative[round(tau * days)] / total


def breakdown(
    baseline: float,
    target: float,
    start: date,
    deadline: date,
    period: str,
    curve: str = "linear",
    calendar: WorkCalendar | None = None,
    *,
    kind: str = "level",
    power: float = 2.0,
    seasonal_profile: Sequence[float] | None = None,
    goal_id: int | None = None,
    per: str | None = None,
    rate: float | None = None,
    every: str = "month",
) -> list[SubTarget]:
    """Sub-targets for each month or ISO week of the goal; the last level value is exactly ``target``.

    For flow metrics, ``baseline`` and ``target`` are totals per ``per`` ("week", "biweekly" or
    "month"; default: the period itself); each period's total is the daily rate times its days.
    A geometric curve with a ``rate`` changes by it every ``every`` (calendar weeks or months),
    holds the target once there, and steps to the target in the last period when it falls short.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be 'level' or 'flow'; got {kind!r}")
    if curve == "geometric" and (baseline <= 0 or target <= 0):
        raise ValueError(
            QT_TRANSLATE_NOOP("Breakdown", "equal percentage steps need a baseline and a target above zero")
        )
    if curve == "seasonal" and calendar is not None:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Breakdown", "a seasonal curve follows calendar days; leave the working calendar out"
            )
        )
    if curve == "geometric" and rate is not None:
        check_rate(baseline, target, rate)
    spans = periods(start, deadline, period)
    seasonal = _seasonal_progress(seasonal_profile, start, deadline) if curve == "seasonal" else None
    shape = curve_function(curve, power=power, seasonal=seasonal)
    count = calendar.working_days if calendar is not None else _calendar_days
    total = count(start, deadline)
    if total == 0:
        raise ValueError(
            QT_TRANSLATE_NOOP("Breakdown", "there are no working days between the start and the deadline")
        )
    basis_days = _days_per(per or period, calendar)
    plan = []
    for span in spans:
        tau = count(start, span.end) / total
        if curve == "geometric" and rate is not None:
            value = value_at_rate(baseline, target, rate, periods_elapsed(start, span.end, every))
        else:
            value = planned_value(baseline, target, shape(tau), curve)
        if span is spans[-1]:
            value = target
        if kind == "flow":  # the period's total: the daily rate at its end times its (working) days
            value *= count(span.start, span.end) / basis_days
        elif span is spans[-1]:  # the target as the manager typed it, not rounded
            plan.append(SubTarget(goal_id, period, span.label, span.start, span.end, target))
            continue
        plan.append(SubTarget(goal_id, period, span.label, span.start, span.end, round(value, 10)))
    return plan


_WEEKS_PER = {"week": 1.0, "biweekly": 2.0, "month": 52 / 12}
# The period a flow goal's baseline and target are totals of, by check-in cadence.
PER_CADENCE = {"weekly": "week", "biweekly": "biweekly", "monthly": "month"}


def flow_share(sub: SubTarget, checkin_cadence: str) -> float:
    """How much of a full check-in period ``sub`` covers, in calendar days (a first week from Wednesday: 5/7).

    A flow plan's totals are a rate times this share, so a baseline or target per period must be
    scaled by it before a period's total is compared with them. Working-day calendars are not
    known here: a week with a public holiday counts as a full one.
    """
    return _calendar_days(sub.period_start, sub.period_end) / _days_per(PER_CADENCE[checkin_cadence], None)


def _days_per(per: str, calendar: WorkCalendar | None) -> float:
    """Days (working days, with a calendar) in a normal week, fortnight or month."""
    if per not in _WEEKS_PER:
        raise ValueError(f"per must be 'week', 'biweekly' or 'month'; got {per!r}")
    return _WEEKS_PER[per] * (len(calendar.weekdays) if calendar is not None else 7)


def _calendar_days(first: date, last: date) -> int:
    return max(0, (last - first).days + 1)


# -- editing the plan ------------------------------------------------------------------------------


def respread(
    plan: Sequence[SubTarget],
    baseline: float,
    target: float,
    start: date,
    deadline: date,
    curve: str = "linear",
    calendar: WorkCalendar | None = None,
    *,
    power: float = 2.0,
    shape: PlanShape | None = None,
) -> list[SubTarget]:
    """Re-spread the unlocked level values between the locked ones so the plan still ends at ``target``.

    Each stretch between two fixed points (the baseline at the start, a locked period,
    the target at the last period) follows the curve's shape between them: ``curve``'s, or the
    goal's whole ``shape`` (a rate, last year's months) when given.
    """
    if not plan:
        return []
    if plan[-1].locked and plan[-1].planned != target:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Breakdown", "the last period is the target itself: change the goal's target instead"
            )
        )
    progress = _progress(plan, baseline, target, start, deadline, curve, calendar, power, shape)
    anchors = [(-1, 0.0, baseline)] + [(i, progress[i], s.planned) for i, s in enumerate(plan) if s.locked]
    if anchors[-1][0] != len(plan) - 1:
        anchors.append((len(plan) - 1, 1.0, target))
    result = list(plan)
    for (left, g_left, v_left), (right, g_right, v_right) in itertools.pairwise(anchors):
        for i in range(left + 1, right + 1):
            if plan[i].locked:
                continue
            share = (progress[i] - g_left) / (g_right - g_left) if g_right != g_left else 1.0
            result[i] = replace(plan[i], planned=round(v_left + (v_right - v_left) * share, 10))
    return result


def _progress(
    plan: Sequence[SubTarget],
    baseline: float,
    target: float,
    start: date,
    deadline: date,
    curve: str,
    calendar: WorkCalendar | None,
    power: float,
    shape: PlanShape | None,
) -> list[float]:
    """How far along the curve (0 at the baseline, 1 at the target) each period of ``plan`` ends."""
    count = calendar.working_days if calendar is not None else _calendar_days
    total = count(start, deadline)
    if shape is None or target == baseline:
        g = curve_function("linear" if curve in ("geometric", "seasonal") else curve, power=power)
        return [g(count(start, sub.period_end) / total) for sub in plan]
    # the shaped plan itself says how far along each period is; a label it lacks goes straight
    try:
        shaped = _shaped(baseline, target, start, deadline, plan[0].period, shape, calendar, power=power)
    except ValueError:  # a shape that no longer fits the goal (a rise for a cut): the edit still lands
        return _progress(plan, baseline, target, start, deadline, "linear", calendar, power, None)
    along = {s.label: (s.planned - baseline) / (target - baseline) for s in shaped}
    return [along.get(sub.label, count(start, sub.period_end) / total) for sub in plan]


def easy_months_for_a_cut(profile: Sequence[float]) -> tuple[float, ...]:
    """Last year's months as weights for a level that should fall: the worst month (highest) weighs
    what the best one did and the reverse (max + min - value), so progress comes where it came easily."""
    high, low = max(profile), min(profile)
    return tuple(high + low - value for value in profile)


def _shaped(
    baseline: float,
    target: float,
    start: date,
    deadline: date,
    period: str,
    shape: PlanShape,
    calendar: WorkCalendar | None,
    **options: object,
) -> list[SubTarget]:
    """``breakdown`` along ``shape`` (a seasonal shape follows calendar days, whatever the calendar).

    Last year's months say when progress comes easily: for a level that should rise (CSAT) a month
    that was high last year carries more of the way; for one that should fall (a wait) a month that
    was low does, so the profile is mirrored (highest and lowest swap) before it weighs the days. A
    flow (calls a week) follows its profile as it is: a busy month plans more of the volume.
    """
    profile = shape.profile or None
    if (
        profile
        and shape.curve == "seasonal"
        and options.get("kind", "level") == "level"
        and target < baseline
    ):
        profile = easy_months_for_a_cut(profile)
    return breakdown(
        baseline,
        target,
        start,
        deadline,
        period,
        shape.curve,
        None if shape.curve == "seasonal" else calendar,
        seasonal_profile=profile,
        rate=shape.rate,
        every=shape.every,
        **options,
    )


# -- a goal's whole plan ---------------------------------------------------------------------------


def plan_for(
    goal: Goal,
    calendar: WorkCalendar | None = None,
    previous: Sequence[SubTarget] = (),
    shape: PlanShape | None = None,
) -> list[SubTarget]:
    """Monthly and weekly sub-targets for ``goal`` along its plan shape (or ``shape``), keeping values
    the manager locked in ``previous``.

    Flow values (calls, tickets) are read as totals per check-in period: per week for weekly
    check-ins, per month for monthly ones. Returns [] when the goal lacks a baseline, a target
    or a deadline after its start; ``ValueError`` when the shape cannot make a plan for it.
    """
    shape = shape or goal.plan_shape
    target = plan_target(goal)
    if goal.baseline is None or target is None or goal.deadline is None or goal.deadline <= goal.start:
        return []
    kpi = get_kpi(goal.kpi)
    kind = kpi.kind if kpi is not None else "level"
    if kind == "milestone":
        return milestone_plan(goal, target)
    locked = {(s.period, s.label): s.planned for s in previous if s.locked}
    plan: list[SubTarget] = []
    for period in ("month", "week"):
        per = PER_CADENCE[goal.checkin_cadence]
        values = _shaped(goal.baseline, target, goal.start, goal.deadline, period, shape, calendar,
                         kind=kind, goal_id=goal.id, per=per)  # fmt: skip
        kept = [
            replace(s, planned=locked[(period, s.label)], locked=True) if (period, s.label) in locked else s
            for s in values[:-1]
        ] + values[-1:]
        if kind == "level" and any(s.locked for s in kept):
            kept = respread(kept, goal.baseline, target, goal.start, goal.deadline, calendar=calendar,
                            shape=shape)  # fmt: skip
        plan += kept
    return plan


def milestone_plan(goal: Goal, target: float) -> list[SubTarget]:
    """A yes/no goal's plan: not done (the baseline, 0) in every month and week but the last, done
    (``target``, 1) in the period holding the deadline. A milestone has no halfway: no straight line
    from 0 to 1 is planned, so a week reported "not done yet" before the deadline is on track."""
    plan = []
    for period in ("month", "week"):
        spans = periods(goal.start, goal.deadline, period)
        for span in spans:
            value = target if span is spans[-1] else goal.baseline
            plan.append(SubTarget(goal.id, period, span.label, span.start, span.end, value))
    return plan


# -- per person ----------------------------------------------------------------------------------


def split_target(
    total: float, people: Sequence[str], weights: Sequence[float] | None = None
) -> dict[str, float]:
    """Divide a team's flow target between ``people``, equally or by ``weights``, to the cent.

    Shares are rounded to 2 decimals by largest remainder, so they always add up to ``total``
    (rounded). "One more resolved ticket a day each": an agent on 10 a day is +10%.
    """
    if not people:
        raise ValueError(
            QT_TRANSLATE_NOOP("Breakdown", "Name at least one person to split the target between.")
        )
    if len(set(people)) != len(people):
        raise ValueError(QT_TRANSLATE_NOOP("Breakdown", "Each person can appear only once."))
    weights = list(weights) if weights is not None else [1.0] * len(people)
    if (
        len(weights) != len(people)
        or any(not math.isfinite(w) or w < 0 for w in weights)
        or sum(weights) <= 0
    ):
        raise ValueError(
            QT_TRANSLATE_NOOP("Breakdown", "Give one weight per person, none negative, not all zero.")
        )
    cents = round(total * 100)
    exact = [cents * w / sum(weights) for w in weights]
    floors = [math.floor(x) for x in exact]
    leftover = cents - sum(floors)
    for i in sorted(range(len(exact)), key=lambda i: exact[i] - floors[i], reverse=True)[:leftover]:
        floors[i] += 1
    return {person: share / 100 for person, share in zip(people, floors, strict=True)}
