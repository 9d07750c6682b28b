"""Is the goal on track? Compare an actual value with the plan for its date.

Achievement a = (A - B) / (P - B) when higher is better and (B - A) / (B - P) when
lower is better, with B the baseline, P the planned value and A the actual:
a >= 90% on track, 75-90% at risk, below off track (ServiceNow's defaults,
configurable). At or beyond the target is achieved; worse than the baseline is
off track. Range goals are on track inside the band. See shared/DOMAIN.md section 3.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from goalplanner.core.breakdown import flow_share
from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.kpis import get_kpi
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
    if actual == target or better(actual, target):
        return Status(ACHIEVED, _share(baseline, target, actual))
    if better(baseline, actual):
        return Status(OFF_TRACK, _share(baseline, planned, actual))  # worse than where it started
    if planned == baseline:  # nothing was due yet: holding the baseline is on track
        return Status(ON_TRACK, None)
    achievement = _share(baseline, planned, actual)
    return Status(_grade(achievement, thresholds), achievement)


def _share(baseline: float, planned: float, actual: float) -> float | None:
    if planned == baseline:
        return None
    return (actual - baseline) / (planned - baseline)  # the same formula serves both directions


def _grade(achievement: float, thresholds: StatusThresholds) -> str:
    if achievement >= thresholds.on_track:
        return ON_TRACK
    return AT_RISK if achievement >= thresholds.at_risk else OFF_TRACK


def _assess_range(goal: Goal, planned: float, actual: float, thresholds: StatusThresholds) -> Status:
    low, high = goal.range_low, goal.range_high
    if low is None or high is None:
        return Status(NO_DATA)
    if low <= actual <= high:
        return Status(ON_TRACK, None)
    baseline = goal.baseline
    # Outside the band on the side it started from, but heading into it on the planned pace:
    # at risk, not failing. Overshooting to the other side is off track.
    same_side = baseline is not None and (
        (baseline > high and actual > high) or (baseline < low and actual < low)
    )
    if same_side and planned != baseline and (actual - baseline) * (planned - baseline) > 0:
        achievement = _share(baseline, planned, actual)
        if achievement is not None and achievement >= thresholds.on_track:
            return Status(AT_RISK, achievement)
    return Status(OFF_TRACK, None)


class PlanLine:
    """A goal's plan sorted once, to ask what was planned on many days (a chart's 500 check-ins)."""

    def __init__(self, goal: Goal, plan: Sequence[SubTarget]) -> None:
        kpi = get_kpi(goal.kpi)
        self.flow = kpi is not None and kpi.kind == "flow"
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
        right = bisect.bisect_left(self.days, day)
        if right == len(self.days):
            return self.values[-1]
        left_day, right_day = self.days[right - 1], self.days[right]
        left, right_value = self.values[right - 1], self.values[right]
        span = (right_day - left_day).days
        return left + (right_value - left) * ((day - left_day).days / span if span else 1.0)

    def flow_period(self, day: date) -> SubTarget | None:
        """For a flow metric, the plan period holding ``day``; None for level metrics or outside the plan."""
        if not self.flow:
            return None
        index = bisect.bisect_right(self.period_starts, day) - 1
        if index >= 0 and day <= self.periods[index].period_end:
            return self.periods[index]
        return None

    def compared_with(self, day: date) -> float | None:
        """What a check-in on ``day`` is compared with: a flow metric's period total, else the level."""
        if self.flow:
            index = bisect.bisect_right(self.period_starts, day) - 1
            if index >= 0 and day <= self.periods[index].period_end:
                return self.periods[index].planned
        return self.level(day)


def forecast(goal: Goal, checkins: Sequence[CheckIn]) -> float | None:
    """The value at the deadline at the pace so far (a line fitted to the baseline and the check-ins)."""
    if goal.baseline is None or goal.deadline is None or not checkins:
        return None
    xs = [0.0] + [float((c.on - goal.start).days) for c in checkins]
    ys = [goal.baseline] + [c.actual for c in checkins]
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return ys[-1]
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return mean_y + slope * ((goal.deadline - goal.start).days - mean_x)


def goal_status(
    goal: Goal,
    latest: CheckIn | None,
    plan: Sequence[SubTarget],
    thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
) -> Status:
    """The status of ``goal`` from its latest check-in and its plan (all of it, or the periods around it).

    Level metrics compare with the plan's value on the check-in's date; flow metrics (calls,
    tickets) compare the period's total with the planned total of the period holding that date.
    """
    if latest is None:
        return Status(NO_DATA)
    line = PlanLine(goal, plan)
    goal = _on_the_periods_footing(goal, line.flow_period(latest.on))
    return _judge(goal, line.compared_with(latest.on), latest.actual, thresholds)


def _on_the_periods_footing(goal: Goal, period: SubTarget | None) -> Goal:
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


def planned_for(goal: Goal, plan: Sequence[SubTarget], day: date) -> float | None:
    """What a check-in on ``day`` is compared with: the period's total for flow metrics, else the level.

    ``plan`` holds one period type (weeks or months), as a goal is judged on one of them.
    """
    return PlanLine(goal, plan).compared_with(day)


def status_period(goal: Goal) -> str:
    """The plan period a goal is judged on: months for goals checked monthly, weeks otherwise."""
    return "month" if goal.checkin_cadence == "monthly" else "week"


def checkin_statuses(
    goal: Goal,
    checkins: Sequence[CheckIn],
    plan: Sequence[SubTarget],
    thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
) -> list[tuple[CheckIn, Status]]:
    """Each check-in, oldest first, with the status it earned against the plan for its date."""
    line = PlanLine(goal, plan)
    judged = []
    for checkin in sorted(checkins, key=lambda c: (c.on, c.id or 0)):
        planned = line.compared_with(checkin.on)
        footing = _on_the_periods_footing(goal, line.flow_period(checkin.on))
        status = _judge(footing, planned, checkin.actual, thresholds)
        judged.append((checkin, status))
    return judged


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


def is_due(goal: Goal, latest: CheckIn | None, today: date) -> bool:
    """True when an active goal's check-in is due today or overdue.

    Once a check-in on or after the deadline is in, nothing more is due: the goal waits to be
    closed as achieved or missed.
    """
    if goal.state != "active" or goal.start > today:
        return False
    if latest is not None and goal.deadline is not None and latest.on >= goal.deadline:
        return False
    return next_checkin_due(goal, latest) <= today


def roll_up(statuses: Sequence[str]) -> str:
    """A parent's status from its children's: the worst wins."""
    for code in SEVERITY_ORDER:
        if code in statuses:
            return code
    return NO_DATA
