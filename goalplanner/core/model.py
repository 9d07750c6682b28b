"""The goal model: what a manager sets (Goal), plans (SubTarget) and records (CheckIn).

Plain dataclasses with no I/O, so every layer above can build, compare and test
them without a database or a window. Values are validated on construction:
an unknown cadence or a NaN target is refused here, not discovered later.

Text must be text that can be saved (``str`` with no lone surrogate) and ids whole numbers; the
size of numbers is bounded where they are stored (``require_storable``, ``MAX_MAGNITUDE``), so a
plan written by an older goalplanner can still be read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

CADENCES = ("weekly", "biweekly", "monthly")
DIRECTIONS = ("increase", "decrease", "range")
STATES = ("draft", "active", "achieved", "missed", "dropped")
# The states a closed goal ends in (Goal -> Close...): closed goals leave the default goal list.
OUTCOMES = ("achieved", "missed", "dropped")
# How the owner sees a goal at a check-in, distinct from the status core.progress computes.
CONFIDENCES = ("on_track", "at_risk", "off_track")
PERIODS = ("month", "week")
# Where a goal's actuals come from: its own check-ins, or its agents' goals (core.agents).
ACTUALS_FROM = ("own", "agents")
# How a goal's status takes its sub-goals' into account (core.rollup.roll_up_plan).
ROLLUP_RULES = ("worst", "weighted")
# How a plan goes from the baseline to the target (see core.breakdown and shared/DOMAIN.md section 3).
CURVES = ("linear", "geometric", "front", "back", "seasonal")
# The largest change "x % every period" takes: +1000 % a period; a cut is above -100 %.
MAX_RATE = 10.0
# What the staffing calculator solves for: the goal's own target (average wait, service level or
# abandonment, when its metric names one) or a service level typed into the calculator.
STAFFING_SOLVE_FOR = ("goal", "service_level")
# How the calculator forecasts contacts: the same every week, or last year's twelve monthly volumes.
STAFFING_VOLUMES = ("flat", "profile")

# The largest size of a number a plan stores (targets, actuals, budgets, headcounts): 10^20 is kept,
# shown and exported exactly as typed (tests/reliability/test_hostile_input.py); a larger one is
# refused by ``require_storable`` before any write, so nothing beyond it is ever saved.
MAX_MAGNITUDE = 1e20
# The largest id SQLite stores as an integer.
_MAX_ID = 2**63 - 1

# Days between check-ins for each cadence ("monthly" is the average month).
CADENCE_DAYS = {"weekly": 7, "biweekly": 14, "monthly": 30}


def _require_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}; got {value!r}")


def _require_finite(name: str, value: float | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number; got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number; got {value!r}")


def _plain_numbers(obj: object, names: tuple[str, ...]) -> None:
    """Whole numbers too large for SQLite's integers become floats (refused when beyond a float too)."""
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _MAX_ID:
            try:
                object.__setattr__(obj, name, float(value))
            except OverflowError:
                raise ValueError(
                    f"{name} must be a finite number; got one of {len(str(value))} digits"
                ) from None


def _require_text(name: str, value: object) -> None:
    """Text that can be saved and exported: a ``str`` (not bytes) holding no lone surrogate."""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text; got {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(
            f"{name} holds a character that cannot be saved (a lone surrogate); retype the text"
        ) from None


def _require_id(name: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not -_MAX_ID <= value <= _MAX_ID:
        raise ValueError(f"{name} must be a whole number SQLite can store; got {value!r}")


def _require_storable_number(name: str, value: float | None) -> None:
    if value is not None and not abs(value) <= MAX_MAGNITUDE:
        raise ValueError(
            f"{name} must be between -{MAX_MAGNITUDE:,.0f} and {MAX_MAGNITUDE:,.0f}; got {value!r}"
        )


def require_storable(item: Goal | SubTarget | CheckIn) -> None:
    """Raise ``ValueError`` when a number of ``item`` is beyond ``MAX_MAGNITUDE`` (the store calls it
    before every write, so nothing the app cannot show or export is ever saved)."""
    if isinstance(item, Goal):
        numbers = {name: getattr(item, name) for name in _GOAL_NUMBERS}
        resources = item.resources
        numbers |= {
            "headcount": resources.headcount,
            "budget_amount": resources.budget_amount,
            "budget_contacts": resources.budget_contacts,
        }
        staffing = resources.staffing
        if staffing is not None:
            numbers |= {f"staffing {k}": getattr(staffing, k) for k in STAFFING_NUMBERS}
            numbers |= {f"staffing month {i + 1}": v for i, v in enumerate(staffing.volume_profile)}
        numbers |= {f"plan profile {i + 1}": v for i, v in enumerate(item.plan_shape.profile)}
    elif isinstance(item, SubTarget):
        numbers = {"planned": item.planned}
    else:
        numbers = {
            "actual": item.actual,
            "numerator": item.numerator,
            "denominator": item.denominator,
            "volume": item.volume,
        }
    for name, value in numbers.items():
        _require_storable_number(name, value)


def _plain_zeros(obj: object, names: tuple[str, ...]) -> None:
    """Store -0.0 as 0.0: the same number, and SQLite would drop the sign anyway."""
    for name in names:
        value = getattr(obj, name)
        if value is not None and value == 0 and not isinstance(value, bool):
            object.__setattr__(obj, name, 0.0)  # frozen dataclasses too


def _require_date(name: str, value: date | None) -> None:
    if value is not None and not isinstance(value, date):
        raise TypeError(f"{name} must be a date; got {type(value).__name__}")


@dataclass
class ResourceCheck:
    """One of the three achievability questions: do we have it, and if not, how we get it."""

    available: bool | None = None  # None: not answered yet
    plan: str = ""  # how the team will obtain what is missing

    def __post_init__(self) -> None:
        _require_text("plan", self.plan)


@dataclass(frozen=True)
class StaffingInputs:
    """What the Erlang C calculator needs to know about a queue (see ``core.staffing``).

    Every field has a default, so inputs stored before a field existed still load.
    """

    contacts: float = 100.0  # offered per interval (the flat forecast)
    interval_s: float = 1800.0
    aht_s: float = 180.0
    service_level: float = 0.8  # share answered within answer_within_s, 0-1 (when not from the goal)
    answer_within_s: float = 20.0
    shrinkage: float = 0.3  # share of paid time not on the phones, 0-1
    max_occupancy: float = 0.85
    solve_for: str = "goal"  # one of STAFFING_SOLVE_FOR
    patience_s: float = 180.0  # callers' average patience, linking an abandonment target to waits
    volume: str = "flat"  # one of STAFFING_VOLUMES
    volume_profile: tuple[float, ...] = ()  # last year's contacts per month, January first (12 or none)
    open_hours_per_week: float = 40.0  # hours the queue takes contacts: turns intervals into weeks

    def __post_init__(self) -> None:
        for name in STAFFING_NUMBERS:
            _require_finite(name, getattr(self, name))
        _require_choice("solve_for", self.solve_for, STAFFING_SOLVE_FOR)
        _require_choice("volume", self.volume, STAFFING_VOLUMES)
        if isinstance(self.volume_profile, str | bytes):
            raise ValueError("volume_profile must be a list of 12 numbers")
        object.__setattr__(self, "volume_profile", tuple(self.volume_profile))
        if len(self.volume_profile) not in (0, 12):
            raise ValueError(f"volume_profile must hold 12 monthly volumes; got {len(self.volume_profile)}")
        for value in self.volume_profile:
            _require_finite("volume_profile", value)
            if value < 0:
                raise ValueError(f"volume_profile cannot hold a negative volume; got {value!r}")


# The calculator's plain numbers (the others are choices and the monthly profile).
STAFFING_NUMBERS = (
    "contacts",
    "interval_s",
    "aht_s",
    "service_level",
    "answer_within_s",
    "shrinkage",
    "max_occupancy",
    "patience_s",
    "open_hours_per_week",
)


@dataclass
class Resources:
    """Staff, budget and skills: the resources check of an achievable goal."""

    staff: ResourceCheck = field(default_factory=ResourceCheck)
    budget: ResourceCheck = field(default_factory=ResourceCheck)
    skills: ResourceCheck = field(default_factory=ResourceCheck)
    headcount: int | None = None
    budget_amount: float | None = None
    skills_needed: str = ""
    staffing: StaffingInputs | None = None  # the queue, when staff numbers were worked out
    budget_contacts: float | None = None  # contacts the budget must pay for (cost-per-contact goals)

    def __post_init__(self) -> None:
        if self.headcount is not None and (isinstance(self.headcount, bool) or self.headcount < 0):
            raise ValueError(f"headcount must be a whole number of people, 0 or more; got {self.headcount!r}")
        _require_finite("budget_amount", self.budget_amount)
        _require_finite("budget_contacts", self.budget_contacts)
        _plain_numbers(self, ("budget_amount", "budget_contacts"))
        _require_text("skills_needed", self.skills_needed)


@dataclass(frozen=True)
class PlanShape:
    """The plan's shape, kept with the goal so every re-spreading of its plan follows the same curve."""

    curve: str = "linear"
    # "geometric": the change every ``every`` (-0.05 is "-5 % a month"); None: the even rate that
    # ends exactly at the target.
    rate: float | None = None
    every: str = "month"
    # "seasonal": last year's values for January to December; the plan advances with them.
    profile: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        _require_choice("curve", self.curve, CURVES)
        _require_choice("every", self.every, PERIODS)
        _require_finite("rate", self.rate)
        if self.rate is not None and not -1 < self.rate <= MAX_RATE:
            raise ValueError(f"rate must be above -100 % and at most {MAX_RATE:.0%}; got {self.rate!r}")
        if isinstance(self.profile, str | bytes):
            raise ValueError("profile must be a list of 12 numbers")
        profile = tuple(self.profile)
        for value in profile:
            _require_finite("profile", value)
            if value < 0:
                raise ValueError(f"profile values must be 0 or more; got {value!r}")
        if len(profile) not in (0, 12):
            raise ValueError(f"profile must hold 12 monthly values; got {len(profile)}")
        if self.curve == "seasonal" and (not profile or sum(profile) <= 0):
            raise ValueError("a seasonal plan needs last year's 12 monthly values, not all zero")
        object.__setattr__(self, "profile", tuple(float(value) for value in profile))


_GOAL_NUMBERS = (
    "baseline",
    "target",
    "stretch_target",
    "range_low",
    "range_high",
    "final_value",
    "rollup_weight",
)
_GOAL_TEXT = (
    "title",
    "team",
    "scope",
    "owner",
    "reviewer",
    "why",
    "strategy",
    "kpi",
    "unit",
    "lessons",
    "signed_off_by",
    "person",
)


@dataclass
class Goal:
    """A SMART goal: what, who, when, why, the metric, and whether it is achievable."""

    id: int | None = None
    # What (Specific)
    title: str = ""
    team: str = ""
    scope: str = ""  # queue, channel or process the goal covers
    # Who (Assignable)
    owner: str = ""
    contributors: tuple[str, ...] = ()
    reviewer: str = ""
    # When (Time-bound)
    start: date = field(default_factory=date.today)
    deadline: date | None = None
    checkin_cadence: str = "weekly"
    # Why (Relevant)
    why: str = ""
    parent_id: int | None = None
    strategy: str = ""
    # Measure (Measurable)
    kpi: str = "custom"
    unit: str = ""
    direction: str = "increase"
    baseline: float | None = None
    baseline_date: date | None = None
    target: float | None = None
    stretch_target: float | None = None
    range_low: float | None = None
    range_high: float | None = None
    # Achievable
    resources: Resources = field(default_factory=Resources)
    # The plan's shape (straight line unless chosen)
    plan_shape: PlanShape = field(default_factory=PlanShape)
    state: str = "draft"
    # The close (Goal -> Close...): the metric's final value, what was learned, and the reviewer's
    # sign-off; kept for the weekly review and the next period's goal.
    final_value: float | None = None
    lessons: str = ""
    signed_off_by: str = ""
    signed_off_on: date | None = None
    # Agents, roll-ups and guardrails (issue 22): the person whose share of the parent team goal this
    # is ('' for a team's or anyone's own goal); whether the actuals come from the goal's own
    # check-ins or its agents' goals; how the status rolls up sub-goals and this goal's weight (per
    # cent, None: an equal share) in its parent's weighted roll-up; the goal guarding this one.
    person: str = ""
    actuals_from: str = "own"
    rollup_rule: str = "worst"
    rollup_weight: float | None = None
    guardrail_id: int | None = None

    def __post_init__(self) -> None:
        _require_choice("checkin_cadence", self.checkin_cadence, CADENCES)
        _require_choice("actuals_from", self.actuals_from, ACTUALS_FROM)
        _require_choice("rollup_rule", self.rollup_rule, ROLLUP_RULES)
        _require_choice("direction", self.direction, DIRECTIONS)
        _require_choice("state", self.state, STATES)
        for name in _GOAL_NUMBERS:
            _require_finite(name, getattr(self, name))
        _plain_numbers(self, _GOAL_NUMBERS)
        _plain_zeros(self, _GOAL_NUMBERS)
        for name in ("start", "deadline", "baseline_date", "signed_off_on"):
            _require_date(name, getattr(self, name))
        for name in _GOAL_TEXT:
            _require_text(name, getattr(self, name))
        _require_id("id", self.id)
        _require_id("parent_id", self.parent_id)
        _require_id("guardrail_id", self.guardrail_id)
        if self.rollup_weight is not None and self.rollup_weight < 0:
            raise ValueError(f"rollup_weight must not be negative; got {self.rollup_weight!r}")
        if isinstance(self.contributors, str | bytes):
            raise ValueError(f"contributors must be a list of names; got {type(self.contributors).__name__}")
        self.contributors = tuple(self.contributors)
        for name in self.contributors:
            _require_text("contributors", name)
        if not isinstance(self.plan_shape, PlanShape):
            raise TypeError(f"plan_shape must be a PlanShape; got {type(self.plan_shape).__name__}")

    @property
    def closed(self) -> bool:
        """True once the goal was closed as achieved, missed or dropped."""
        return self.state in OUTCOMES

    @property
    def lower_is_better(self) -> bool:
        """True when success means the number goes down (handle time, cost, volume)."""
        return self.direction == "decrease"

    def checkins_before_deadline(self) -> int:
        """How many check-ins the cadence fits between start and deadline (0 without a deadline)."""
        if self.deadline is None or self.deadline <= self.start:
            return 0
        return (self.deadline - self.start).days // CADENCE_DAYS[self.checkin_cadence]

    def checkins_until_deadline(self) -> int:
        """How many check-ins ``core.progress`` asks for: one each cadence step from the start, the
        last on the deadline (0 without a deadline after the start). A goal running six weeks from a
        Monday to a Sunday, 42 days counted, has six weekly ones: five after each week and one on
        the deadline."""
        if self.deadline is None or self.deadline <= self.start:
            return 0
        return math.ceil((self.deadline - self.start).days / CADENCE_DAYS[self.checkin_cadence])


@dataclass(frozen=True)
class SubTarget:
    """The planned value of a goal's metric at the end of one month or ISO week."""

    goal_id: int | None
    period: str  # "month" or "week"
    label: str  # "2025-01" or "2025-W03"
    period_start: date
    period_end: date
    planned: float
    locked: bool = False  # set by hand; re-spreading the plan leaves it alone
    id: int | None = None

    def __post_init__(self) -> None:
        _require_choice("period", self.period, PERIODS)
        _require_text("label", self.label)
        _require_id("goal_id", self.goal_id)
        _require_id("id", self.id)
        for name in ("period_start", "period_end"):
            _require_date(name, getattr(self, name))
        _require_finite("planned", self.planned)
        _plain_numbers(self, ("planned",))
        _plain_zeros(self, ("planned",))
        if self.period_end < self.period_start:
            raise ValueError(f"period {self.label} ends before it starts")


@dataclass(frozen=True)
class CheckIn:
    """An actual value recorded on a date, with the manager's note."""

    goal_id: int | None
    on: date
    actual: float
    note: str = ""
    numerator: float | None = None  # for ratio KPIs: e.g. satisfied responses
    denominator: float | None = None  # e.g. all responses
    id: int | None = None
    confidence: str | None = None  # one of CONFIDENCES, as the owner sees it; None: not said
    next_step: str = ""  # what blocks the goal, or the next step
    volume: float | None = None  # the contacts behind an average (handle time by contacts handled)

    def __post_init__(self) -> None:
        _require_date("on", self.on)
        _require_text("note", self.note)
        _require_text("next_step", self.next_step)
        if self.confidence is not None:
            _require_choice("confidence", self.confidence, CONFIDENCES)
        _require_id("goal_id", self.goal_id)
        _require_id("id", self.id)
        _require_finite("actual", self.actual)
        _require_finite("numerator", self.numerator)
        _require_finite("denominator", self.denominator)
        _require_finite("volume", self.volume)
        _plain_numbers(self, ("actual", "numerator", "denominator", "volume"))
        _plain_zeros(self, ("actual", "numerator", "denominator", "volume"))
        if self.volume is not None and self.volume < 0:
            raise ValueError(f"volume must not be negative; got {self.volume!r}")
