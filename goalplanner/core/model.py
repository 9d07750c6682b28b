"""The goal model: what a manager sets (Goal), plans (SubTarget) and records (CheckIn).

Plain dataclasses with no I/O, so every layer above can build, compare and test
them without a database or a window. Values are validated on construction:
an unknown cadence or a NaN target is refused here, not discovered later.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

CADENCES = ("weekly", "biweekly", "monthly")
DIRECTIONS = ("increase", "decrease", "range")
STATES = ("draft", "active", "achieved", "missed", "dropped")
PERIODS = ("month", "week")

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
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number; got {value!r}")


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


@dataclass(frozen=True)
class StaffingInputs:
    """What the Erlang C calculator needs to know about a queue (see ``core.staffing``)."""

    contacts: float = 100.0  # offered per interval
    interval_s: float = 1800.0
    aht_s: float = 180.0
    service_level: float = 0.8  # share answered within answer_within_s, 0-1
    answer_within_s: float = 20.0
    shrinkage: float = 0.3  # share of paid time not on the phones, 0-1
    max_occupancy: float = 0.85

    def __post_init__(self) -> None:
        for name in ("contacts", "interval_s", "aht_s", "service_level", "answer_within_s", "shrinkage"):
            _require_finite(name, getattr(self, name))
        _require_finite("max_occupancy", self.max_occupancy)


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
    state: str = "draft"

    def __post_init__(self) -> None:
        _require_choice("checkin_cadence", self.checkin_cadence, CADENCES)
        _require_choice("direction", self.direction, DIRECTIONS)
        _require_choice("state", self.state, STATES)
        numbers = ("baseline", "target", "stretch_target", "range_low", "range_high")
        for name in numbers:
            _require_finite(name, getattr(self, name))
        _plain_zeros(self, numbers)
        for name in ("start", "deadline", "baseline_date"):
            _require_date(name, getattr(self, name))
        self.contributors = tuple(self.contributors)

    @property
    def lower_is_better(self) -> bool:
        """True when success means the number goes down (handle time, cost, volume)."""
        return self.direction == "decrease"

    def checkins_before_deadline(self) -> int:
        """How many check-ins the cadence fits between start and deadline (0 without a deadline)."""
        if self.deadline is None or self.deadline <= self.start:
            return 0
        return (self.deadline - self.start).days // CADENCE_DAYS[self.checkin_cadence]


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
        _require_finite("planned", self.planned)
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

    def __post_init__(self) -> None:
        _require_date("on", self.on)
        _require_finite("actual", self.actual)
        _require_finite("numerator", self.numerator)
        _require_finite("denominator", self.denominator)
        _plain_zeros(self, ("actual", "numerator", "denominator"))
