"""Agents needed in each week of a goal, against the headcount left after shrinkage.

The weeks are the plan's ISO weeks (``core.breakdown.periods``), clipped to the goal's start and
deadline. Each week's contacts come from the calculator's forecast: flat (the same contacts per
interval every week) or last year's twelve monthly volumes, spread over the days of each month,
so a week across a month end takes a share of both. Within a week the contacts are spread evenly
over the queue's open hours: Erlang C then counts the agents for an average interval of that week
(busy hours need more; a flat forecast of the busiest interval allows for them).

Available agents are those on the phones at once: headcount x (1 - shrinkage), rounded down,
since half a person answers no calls. Occupancy with them all on the phones is judged against the
catalogue's healthy band (75-85 %): below it agents sit idle, above it they burn out.
"""

from __future__ import annotations

import calendar as month_calendar
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from goalplanner.core.breakdown import periods
from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import Goal, StaffingInputs
from goalplanner.core.staffing import Staffing, agents_for, staffing_target

# Above this occupancy agents burn out (DOMAIN.md section 1: 85-90 % is pressure, above 90 % burnout).
BURNOUT_OCCUPANCY = 0.90
_WEEK_HOURS = 7 * 24


@dataclass(frozen=True)
class WeekStaffing:
    """One week of the goal: its forecast contacts, the agents they need and those available."""

    number: int  # 1 for the goal's first week
    label: str  # the ISO week, "2027-W03"
    start: date  # the week's first day inside the goal
    end: date  # its last day inside the goal
    contacts: float  # forecast for the week's days inside the goal
    contacts_per_interval: float
    need: Staffing
    available: int | None  # agents on the phones at once after shrinkage; None without a headcount

    @property
    def short_by(self) -> int:
        """Agents missing this week (0 when the headcount covers it or is not known)."""
        return max(0, self.need.agents - self.available) if self.available is not None else 0

    @property
    def occupancy(self) -> float:
        """Share of time agents spend handling contacts: all available agents on the phones, or
        (without a headcount, or when there are too few to keep up) the agents needed."""
        if self.available is not None and self.available >= self.need.agents and self.available > 0:
            return self.need.traffic / self.available
        return self.need.occupancy


@dataclass(frozen=True)
class StaffingSummary:
    """What the weekly table says in one line."""

    weeks: int
    short_weeks: int
    worst: WeekStaffing  # the week furthest short, or the busiest when none is short
    lowest_occupancy: WeekStaffing
    highest_occupancy: WeekStaffing


def available_agents(headcount: int | None, shrinkage: float) -> int | None:
    """Agents on the phones at once out of ``headcount``: headcount x (1 - shrinkage), whole agents."""
    if headcount is None:
        return None
    return math.floor(headcount * (1 - shrinkage) + 1e-9)  # 20 x 0.7 is 14, not 13.999…


def intervals_per_week(inputs: StaffingInputs) -> float:
    """How many calculator intervals the queue is open in a full week."""
    if not 0 < inputs.open_hours_per_week <= _WEEK_HOURS:
        raise ValueError(
            QT_TRANSLATE_NOOP("Staffing", "the open hours must be above 0 and at most 168 a week")
        )
    if inputs.interval_s <= 0:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "the interval must be longer than 0 seconds"))
    return inputs.open_hours_per_week * 3600 / inputs.interval_s


def profile_contacts(profile: Sequence[float], first: date, last: date) -> float:
    """Contacts from ``first`` through ``last``: each day takes its month's volume / the month's days."""
    if len(profile) != 12:
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "type last year's twelve monthly volumes"))
    total = 0.0
    day = first
    while day <= last:
        total += profile[day.month - 1] / month_calendar.monthrange(day.year, day.month)[1]
        if day == date.max:
            break
        day += timedelta(days=1)
    return total


def weekly_staffing(goal: Goal) -> list[WeekStaffing]:
    """Agents needed in each ISO week from ``goal``'s start to its deadline, for its target.

    Reads the calculator's inputs and the headcount from ``goal.resources``; [] when the goal has
    no calculator inputs or no deadline on or after its start. ``ValueError`` (with a message for
    ``QCoreApplication.translate("Staffing", …)``) when the inputs cannot be worked out.
    """
    inputs = goal.resources.staffing
    if inputs is None or goal.deadline is None or goal.deadline < goal.start:
        return []
    target = staffing_target(goal, inputs)
    full_week = intervals_per_week(inputs)
    available = available_agents(goal.resources.headcount, inputs.shrinkage)
    needs: dict[float, Staffing] = {}  # a flat forecast asks the same question every week
    weeks = []
    for number, span in enumerate(periods(goal.start, goal.deadline, "week"), start=1):
        days = (span.end - span.start).days + 1
        intervals = full_week * days / 7
        if inputs.volume == "profile":
            contacts = profile_contacts(inputs.volume_profile, span.start, span.end)
            per_interval = contacts / intervals
        else:
            per_interval = inputs.contacts
            contacts = per_interval * intervals
        if per_interval not in needs:
            needs[per_interval] = agents_for(
                per_interval, inputs.interval_s, inputs.aht_s, target, inputs.max_occupancy, inputs.shrinkage
            )
        need = needs[per_interval]
        week = WeekStaffing(number, span.label, span.start, span.end, contacts, per_interval, need, available)
        weeks.append(week)
    return weeks


def _load(week: WeekStaffing) -> tuple[int, float, float]:
    """How busy a week is: the agents it needs, then its contacts per interval, then its contacts (a
    week cut short by the start or the deadline is not the busiest of weeks that need as many)."""
    return week.need.agents, week.contacts_per_interval, week.contacts


def busiest_week(weeks: Sequence[WeekStaffing]) -> WeekStaffing:
    """The week that needs the most agents; of equals, the one with the most contacts."""
    return max(weeks, key=_load)


def staffing_summary(weeks: Sequence[WeekStaffing]) -> StaffingSummary | None:
    """How many weeks are short, the worst one, and the weeks of lowest and highest occupancy."""
    if not weeks:
        return None
    short = [week for week in weeks if week.short_by > 0]
    worst = max(short, key=lambda week: (week.short_by, *_load(week))) if short else busiest_week(weeks)
    return StaffingSummary(
        weeks=len(weeks),
        short_weeks=len(short),
        worst=worst,
        lowest_occupancy=min(weeks, key=lambda week: week.occupancy),
        highest_occupancy=max(weeks, key=lambda week: week.occupancy),
    )


def peak_staffing(goal: Goal) -> Staffing | None:
    """What the goal's busiest week needs (the flat forecast when it has no weeks); None without inputs."""
    inputs = goal.resources.staffing
    if inputs is None:
        return None
    weeks = weekly_staffing(goal)
    if weeks:
        return busiest_week(weeks).need
    if inputs.volume == "profile":
        raise ValueError(QT_TRANSLATE_NOOP("Staffing", "a monthly volume profile needs the goal's deadline"))
    return agents_for(
        inputs.contacts, inputs.interval_s, inputs.aht_s, staffing_target(goal, inputs),
        inputs.max_occupancy, inputs.shrinkage,
    )  # fmt: skip


def occupancy_band() -> tuple[float, float]:
    """The healthy occupancy band as shares (the catalogue's 75-85 %)."""
    kpi = get_kpi("occupancy")
    low = kpi.healthy_low if kpi is not None and kpi.healthy_low is not None else 75
    high = kpi.healthy_high if kpi is not None and kpi.healthy_high is not None else 85
    return low / 100, high / 100


def occupancy_level(occupancy: float) -> str:
    """ "idle" below the healthy band, "healthy" in it, "pressure" up to 90 %, "burnout" above,
    "overloaded" at 100 % or more (the queue never clears)."""
    low, high = occupancy_band()
    if occupancy >= 1:
        return "overloaded"
    if occupancy > BURNOUT_OCCUPANCY + 1e-9:
        return "burnout"
    if occupancy > high + 1e-9:
        return "pressure"
    return "idle" if occupancy < low - 1e-9 else "healthy"


# Numbers pasted from a spreadsheet column or row, or typed with spaces, tabs, semicolons or ", ".
_SEPARATORS = re.compile(r"[\s;]+|,\s+")


def split_pasted_numbers(text: str) -> list[str]:
    """The numbers in ``text`` as strings, for the user's locale to read ("1,200" stays whole).

    A list of bare commas ("1200,1100,…") is split at them when that gives more than one number
    and no other separator was used.
    """
    parts = [part for part in _SEPARATORS.split(text.strip()) if part]
    if len(parts) == 1 and parts[0].count(",") >= 2:
        parts = [part for part in parts[0].split(",") if part]
    return parts
