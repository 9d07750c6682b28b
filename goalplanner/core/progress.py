"""Is the goal on track? The one evaluation every surface renders (window, chart, CLI, workbook).

``evaluate(goal, plan, checkins, today)`` judges each check-in and the goal as a whole; the goal list,
the detail, the chart, the due list, ``goalplanner status`` and the workbook show what it returns and
never work a status, achievement, forecast or due date out on their own. The rules:

**What a check-in is judged against.** A level metric (handle time, CSAT, occupancy) is compared with
the plan's level on the check-in's date: the plan runs from the baseline at the start through each
period's planned value at the period's end, in straight lines between. A flow metric (calls, tickets)
records the total of the period holding the check-in's date and is compared with that period's
planned total. A flow period that covers only part of a check-in period (a first week from a
Wednesday, the 13 days of a last month) is judged on its own footing: the goal's per-period baseline,
target and band are scaled by the share of the period covered (``flow_share``).

**Achievement** is the share of the planned change made so far: with B the baseline (on the period's
footing), P the planned value and A the actual, ``a = (A - B) / (P - B)`` -- the same formula for
higher-is-better and lower-is-better, 1.0 exactly on plan. When nothing was due yet (P = B) there is
no achievement: holding or beating the baseline is on track, worse is off track.

**Status** of an increase or decrease goal: at or beyond the target, *achieved*; worse than the
baseline, *off track*; otherwise by achievement: a >= 90 % *on track*, 75-90 % *at risk*, below
*off track* (ServiceNow's defaults, ``StatusThresholds``).

**Range goals** (keep occupancy within 75-85 %): inside the band is 100 % and *on track*. Outside it,
while the plan itself is still outside on the same side (the plan slides from a baseline of 88 %
into the band), the check-in is judged like any goal along that slide. Otherwise achievement is how
close the actual is to the band, ``1 - distance to the nearest edge / band width`` (never below 0),
and the status is at best *at risk*: outside the band when the plan is inside it is never on track.

**The goal's status** is its latest check-in's (*no check-in yet* without one); its **roll-up** is by
default the worst status among it and all its sub-goals, naming the sub-goal that sets it, or a
weighted mean of its sub-goals' achievement, and a guardrail off track holds a goal back from green
(``core.rollup``). **Forecast**: where the
goal ends at the latest check-in's pace, ``B + a * (T - B)`` with B and T the goal's baseline and
target (per full period for flow metrics): a goal exactly on plan forecasts its target; a range goal
forecasts a value and whether it is inside the band; a closed goal forecasts nothing.
**Next check-in**: one cadence after the latest (or the start), never after the deadline; once the
deadline has passed, or a check-in on or after it is in, nothing more is due and the goal is
*ready to close*. See shared/DOMAIN.md section 3.

**Milestones** (a yes/no goal, "launch chat by 1 March": 0 not done, 1 done) plan no halfway: the plan
is not done until the deadline and done on it (``breakdown.milestone_plan``), so by the rules above a
check-in "not done yet" before the deadline holds the baseline and is *on track*, "done" is *achieved*,
and "not done" on or after the deadline is *off track*. Once the deadline has passed with no "done"
reported, the goal is *off track* whatever its latest check-in said (or without one).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from goalplanner.core.breakdown import flow_share
from goalplanner.core.i18n import QT_TRANSLATE_NOOP, shown_percent
from goalplanner.core.kpis import get_kpi, metric_bounds
from goalplanner.core.model import CADENCE_DAYS, CheckIn, Goal, SubTarget

ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED, NO_DATA = "on_track", "at_risk", "off_track", "achieved", "no_data"
# Worst first: a roll-up takes the first of these any child has.
SEVERITY_ORDER = (OFF_TRACK, AT_RISK, ON_TRACK, ACHIEVED, NO_DATA)

LABELS = {
    ON_TRACK: QT_TRANSLATE_NOOP("Status", "On track"),
    AT_RISK: QT_TRANSLATE_NOOP("Status", "At risk"),
    OFF_TRACK: QT_TRANSLATE_NOOP("Status", "Off track"),
    ACHIEVED: QT_TRANSLATE_NOOP("Status", "Achieved"),
    NO_DATA: QT_TRANSLATE_NOOP("Status", "No check-in yet"),
}


@dataclass(frozen=True)
class StatusThresholds:
    """Achievement shares that separate on track, at risk and off track."""

    on_track: float = 0.9
    at_risk: float = 0.75


DEFAULT_STATUS_THRESHOLDS = StatusThresholds()


@dataclass(frozen=True)
class Status:
    """The verdict on one actual value, with the achievement share when one applies."""

    code: str
    achievement: float | None = None

    @property
    def label(self) -> str:
        """The English label ("On track"); the UI translates it under the context "Status"."""
        return LABELS[self.code]


def assess(
    goal: Goal, planned: float, actual: float, thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS
) -> Status:
    """Judge ``actual`` against the ``planned`` value of the same date for ``goal``."""
    if goal.direction == "range":
        return _assess_range(goal, planned, actual, thresholds)
    baseline, target = goal.baseline, goal.target
    if baseline is None or target is None:
        return Status(NO_DATA)
    better = (lambda a, b: a > b) if goal.direction == "increase" else (lambda a, b: a < b)
    achievement = _share(baseline, planned, actual)  # None while nothing was due yet
    if actual == target or better(actual, target):
        return Status(ACHIEVED, achievement)
    if better(baseline, actual):
        return Status(OFF_TRACK, achievement)  # worse than where it started
    if achievement is None:  # nothing was due yet: holding the baseline is on track
        return Status(ON_TRACK, None)
    return Status(_grade(achievement, thresholds), achievement)


def _share(baseline: float, planned: float, actual: float) -> float | None:
    if planned == baseline:
        return None
    return (actual - baseline) / (planned - baseline)  # the same formula serves both directions


def _grade(achievement: float, thresholds: StatusThresholds) -> str:
    """The grade of an achievement, read as the whole percentage every surface shows: 89.6 % shows as
    90 % and is on track (a share of 0.8999999999999994 from float arithmetic is 90 % too)."""
    shown = shown_percent(achievement)
    if shown >= round(thresholds.on_track * 100):
        return ON_TRACK
    return AT_RISK if shown >= round(thresholds.at_risk * 100) else OFF_TRACK


def _assess_range(goal: Goal, planned: float, actual: float, thresholds: StatusThresholds) -> Status:
    low, high = goal.range_low, goal.range_high
    if low is None or high is None:
        return Status(NO_DATA)
    if low <= actual <= high:
        return Status(ON_TRACK, 1.0)
    baseline = goal.baseline
    above = actual > high
    # still sliding into the band from this side, as planned: judged along the slide like any goal
    if _sliding_in(goal, planned, actual):
        achievement = _share(baseline, planned, actual)
        if achievement is None:  # nothing due yet: holding the baseline (or nearer the band) is on track
            held = actual <= baseline if above else actual >= baseline
            return Status(ON_TRACK if held else OFF_TRACK, None)
        return Status(_grade(achievement, thresholds), achievement)
    edge = high if above else low
    width = high - low
    achievement = max(0.0, 1.0 - abs(actual - edge) / width) if width > 0 else 0.0
    code = _grade(achievement, thresholds)
    return Status(AT_RISK if code == ON_TRACK else code, achievement)  # outside the band: never on track


def _sliding_in(goal: Goal, planned: float, actual: float) -> bool:
    """Whether a range goal's ``actual``, outside the band, is judged along the plan's slide into it:
    the baseline, the plan and the actual all outside on the same side."""
    low, high, baseline = goal.range_low, goal.range_high, goal.baseline
    if baseline is None or low is None or high is None or low <= actual <= high:
        return False
    if actual > high:
        return baseline > high and planned > high
    return baseline < low and planned < low


class PlanLine:
    """A goal's plan sorted once, to ask what was planned on many days (a chart's 500 check-ins)."""

    def __init__(self, goal: Goal, plan: Sequence[SubTarget]) -> None:
        kpi = get_kpi(goal.kpi)
        self.flow = kpi is not None and kpi.kind == "flow"
        self.milestone = kpi is not None and kpi.kind == "milestone"
        self.periods = sorted(plan, key=lambda s: s.period_start)
        self.period_starts = [s.period_start for s in self.periods]
        self.baseline = goal.baseline
        by_end = sorted(plan, key=lambda s: s.period_end)
        self.days = [goal.start] + [s.period_end for s in by_end]
        self.values = [goal.baseline] + [s.planned for s in by_end]

    def level(self, day: date) -> float | None:
        """The planned level on ``day``: along the period-end values, from the baseline at the start."""
        if self.baseline is None:
            return None
        if day <= self.days[0]:
            return self.baseline
        if self.milestone:  # done or not: no straight line from 0 to 1, the step is on the deadline
            return self.values[-1] if day >= self.days[-1] else self.baseline
        right = bisect.bisect_left(self.days, day)
        if right == len(self.days):
            return self.values[-1]
        left_day, right_day = self.days[right - 1], self.days[right]
        left, right_value = self.values[right - 1], self.values[right]
        span = (right_day - left_day).days
        return left + (right_value - left) * ((day - left_day).days / span if span else 1.0)

    def flow_period(self, day: date) -> SubTarget | None:
        """For a flow metric, the plan period holding ``day`` -- the first period before the plan, the
        last one after it (a total reported after the deadline is the last period's); None for level
        metrics or without a plan."""
        if not self.flow or not self.periods:
            return None
        index = bisect.bisect_right(self.period_starts, day) - 1
        return self.periods[min(max(index, 0), len(self.periods) - 1)]

    def compared_with(self, day: date) -> float | None:
        """What a check-in on ``day`` is compared with: a flow metric's period total, else the level."""
        period = self.flow_period(day)
        return period.planned if period is not None else self.level(day)


def on_the_periods_footing(goal: Goal, period: SubTarget | None) -> Goal:
    """A flow goal's per-period baseline and target scaled to a partial period (see ``flow_share``).

    Without this, 700 calls in the five days of a first week would be compared with a target of
    800 a week and read as achieved, though 140 a day is hardly better than a baseline of 1,000 a week.
    """
    if period is None:
        return goal
    share = flow_share(period, goal.checkin_cadence)
    if abs(share - 1.0) < 1e-9:
        return goal
    scaled = {name: getattr(goal, name) * share if getattr(goal, name) is not None else None
              for name in ("baseline", "target", "stretch_target", "range_low", "range_high")}  # fmt: skip
    return replace(goal, **scaled)


def _judge(goal: Goal, planned: float | None, actual: float, thresholds: StatusThresholds) -> Status:
    """``assess`` when there is a planned value; a range goal is judged by its band even without one."""
    if planned is not None:
        return assess(goal, planned, actual, thresholds)
    if goal.direction == "range":
        return _assess_range(goal, goal.baseline if goal.baseline is not None else actual, actual, thresholds)
    return Status(NO_DATA)


def status_period(goal: Goal) -> str:
    """The plan period a goal is judged on: months for goals checked monthly, weeks otherwise."""
    return "month" if goal.checkin_cadence == "monthly" else "week"


def latest_by_period(checkins: Sequence[CheckIn], plan: Sequence[SubTarget]) -> dict[str, CheckIn]:
    """The latest check-in that falls in each period of ``plan`` (one period type), by period label."""
    periods = sorted(plan, key=lambda s: s.period_start)
    starts = [s.period_start for s in periods]
    found: dict[str, CheckIn] = {}
    for checkin in sorted(checkins, key=lambda c: (c.on, c.id or 0)):
        index = bisect.bisect_right(starts, checkin.on) - 1
        if index >= 0 and checkin.on <= periods[index].period_end:
            found[periods[index].label] = checkin
    return found


def status_since(judged: Sequence[tuple[CheckIn, Status]]) -> tuple[Status, date] | None:
    """The latest status and the date of the first check-in of the unbroken run that shares it.

    Answers "off track since when?": with statuses on, at risk, off, off, the answer is the
    date of the first "off". None when there are no check-ins.
    """
    if not judged:
        return None
    latest = judged[-1][1]
    since = judged[-1][0].on
    for checkin, status in reversed(judged):
        if status.code != latest.code:
            break
        since = checkin.on
    return latest, since


def next_checkin_due(goal: Goal, latest: CheckIn | None) -> date:
    """The date the next check-in is due: one cadence step after the last one (or after the start)."""
    return (latest.on if latest is not None else goal.start) + timedelta(
        days=CADENCE_DAYS[goal.checkin_cadence]
    )


# -- the one evaluation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Judged:
    """One check-in with what it was judged against and the verdict.

    ``planned`` is the plan it was compared with (the level on its date, or its period's total for a
    flow metric); ``baseline`` the baseline on the same footing (scaled for a partial flow period).
    """

    checkin: CheckIn
    planned: float | None
    baseline: float | None
    status: Status


@dataclass(frozen=True)
class Forecast:
    """Where the goal ends at the latest pace; ``in_band`` for range goals (None otherwise)."""

    value: float
    in_band: bool | None = None


@dataclass(frozen=True)
class Evaluation:
    """Everything a surface shows about one goal's progress, as of ``today``."""

    goal: Goal
    judged: tuple[Judged, ...]  # the check-ins given, oldest first
    status: Status  # the latest check-in's verdict; NO_DATA without one
    since: date | None  # the first check-in of the unbroken run with the latest status
    forecast: Forecast | None
    next_due: date | None  # the next check-in's date; None once ready to close or for a goal not active
    ready_to_close: bool  # an active goal whose deadline passed, or with a check-in on or after it
    due_now: bool  # an active, started goal whose next check-in is due today or overdue

    @property
    def latest(self) -> Judged | None:
        """The latest check-in's judgement, None without check-ins."""
        return self.judged[-1] if self.judged else None


@dataclass(frozen=True)
class RollUp:
    """A goal's status together with its sub-goals, by its rule (``core.rollup``): ``driver`` is the goal
    setting it (the goal itself, or the sub-goal driving it); ``share`` the weighted mean (weighted rule)."""

    code: str
    driver: int | None
    rule: str = "worst"
    share: float | None = None


def judge(
    goal: Goal, line: PlanLine, checkin: CheckIn, thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS
) -> Judged:
    """``checkin`` judged against ``line`` (the goal's plan of its status period)."""
    planned, footing = judged_against(goal, line, checkin.on)
    return Judged(checkin, planned, footing.baseline, _judge(footing, planned, checkin.actual, thresholds))


def judged_against(goal: Goal, line: PlanLine, day: date) -> tuple[float | None, Goal]:
    """What a check-in on ``day`` is compared with, and the goal on that period's footing."""
    return line.compared_with(day), on_the_periods_footing(goal, line.flow_period(day))


def status_plan(goal: Goal, plan: Sequence[SubTarget]) -> list[SubTarget]:
    """The periods a goal is judged on (weeks, or months for goals checked monthly), by start date."""
    period = status_period(goal)
    return sorted((s for s in plan if s.period == period), key=lambda s: s.period_start)


def evaluate(
    goal: Goal,
    plan: Sequence[SubTarget],
    checkins: Sequence[CheckIn],
    today: date,
    thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
) -> Evaluation:
    """Judge ``goal`` from its ``plan`` (all periods, or at least those around the check-ins) and
    ``checkins`` (all of them, or only the latest: the goal's own status, forecast and due date
    depend on the latest alone) as of ``today``. See the module's docstring for the rules."""
    line = PlanLine(goal, status_plan(goal, plan))
    ordered = sorted(checkins, key=lambda c: (c.on, c.id or 0))
    judged = tuple(judge(goal, line, checkin, thresholds) for checkin in ordered)
    latest = judged[-1] if judged else None
    found = status_since([(j.checkin, j.status) for j in judged])
    ready = _ready_to_close(goal, latest.checkin if latest else None, today)
    tracked = goal.state == "active"  # drafts and closed goals wait for no check-in
    next_due = _next_due(goal, latest.checkin if latest else None) if tracked and not ready else None
    due_now = goal.state == "active" and goal.start <= today and next_due is not None and next_due <= today
    status, since = (latest.status, found[1]) if latest and found else (Status(NO_DATA), None)
    if _milestone_overdue(goal, line, status, today):
        status, since = Status(OFF_TRACK), goal.deadline + timedelta(days=1)
    return Evaluation(
        goal=goal,
        judged=judged,
        status=status,
        since=since,
        forecast=_forecast(goal, latest),
        next_due=next_due,
        ready_to_close=ready,
        due_now=due_now,
    )


def _milestone_overdue(goal: Goal, line: PlanLine, status: Status, today: date) -> bool:
    """A milestone whose deadline has passed without "done": off track, even with no check-in."""
    if not line.milestone or goal.deadline is None or goal.state == "draft":
        return False
    return today > goal.deadline and status.code != ACHIEVED


def _next_due(goal: Goal, latest: CheckIn | None) -> date:
    due = next_checkin_due(goal, latest)
    return min(due, goal.deadline) if goal.deadline is not None else due


def _ready_to_close(goal: Goal, latest: CheckIn | None, today: date) -> bool:
    if goal.state != "active" or goal.deadline is None:
        return False
    return today > goal.deadline or (latest is not None and latest.on >= goal.deadline)


def _forecast(goal: Goal, latest: Judged | None) -> Forecast | None:
    """Where the goal ends at the latest check-in's share of the planned change (see the docstring)."""
    if goal.closed or latest is None or latest.status.achievement is None or goal.baseline is None:
        return None  # a closed goal's end is its final value: no pace is forecast for it
    end = goal.target
    if end is None and goal.direction == "range" and None not in (goal.range_low, goal.range_high):
        end = (goal.range_low + goal.range_high) / 2
    if end is None:
        return None
    share = latest.status.achievement
    low, high, _metric = metric_bounds(goal)
    if goal.direction == "range" and None not in (goal.range_low, goal.range_high):
        actual = latest.checkin.actual
        if latest.planned is not None and _sliding_in(goal, latest.planned, actual):
            value = goal.baseline + share * (end - goal.baseline)  # the slide continued at this pace
        else:
            value = actual  # inside the band: staying there; outside when due inside: no pace leads back
        value = min(max(value, low), high)
        return Forecast(value, goal.range_low <= value <= goal.range_high)
    value = goal.baseline + share * (end - goal.baseline)
    return Forecast(min(max(value, low), high))
