"""A goal's metric per check-in period, computed from the tickets of a helpdesk export or the calls of a
phone system's log. The reader (goalplanner.tickets) turns each row into a ``Ticket`` or a ``Call``;
``Tally`` adds them up one at a time (a million rows never sit in memory as rows) and says, per period,
the value, how many tickets or calls it rests on and what to be careful about.

**Which period.** The goal's own check-in periods (``core.check_periods``). A ticket counts in the
period of its *created* time for volume and first response, of its *solved* time for resolution
time, one-touch resolution and satisfaction (those are only known once solved). A call counts in the
period of its start.

**The metrics** (the goal's catalogue KPI decides which):

- volume (``call_volume``): tickets created, or calls offered;
- first response time (``frt``): mean of first reply times of tickets created in the period;
- resolution time (``art``): mean of full resolution times of tickets solved in the period;
- one-touch resolution (``fcr``): solved tickets with at most one agent reply and no reopen / solved;
- satisfaction (``csat``): Good / (Good + Bad) ratings; on a 1-5 scale, ratings of 4 or 5 / all rated;
- wait (``asa``, ``wait_time``): mean queue wait of answered calls (abandoned calls left out);
- abandonment (``abandonment``): abandoned / offered;
- service level (``service_level``): calls answered within the threshold (20 s unless given) / offered;
- handle time (``aht``): mean of talk + hold + wrap of answered calls; after-call work (``acw``): mean wrap.

Times are converted to the goal's unit (s, min or h). Means come with the median beside them (one
very long ticket moves a mean a lot). Shares keep their counts (numerator and denominator), so a
check-in made from them combines like any other. Rows without the value a metric needs are skipped
and counted; a ticket id seen twice counts once and is reported.
"""

from __future__ import annotations

import statistics
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from goalplanner.core.check_periods import CheckPeriod, Periods
from goalplanner.core.model import Goal, SubTarget
from goalplanner.core.ticket_ids import SeenIds

TICKETS, CALLS = "tickets", "calls"
# The metrics an export can give, by the catalogue KPI of the goal, and what they are made from.
TICKET_METRICS = ("call_volume", "frt", "art", "fcr", "csat")
CALL_METRICS = ("call_volume", "asa", "wait_time", "abandonment", "service_level", "aht", "acw")
# A period resting on fewer tickets or calls than this is flagged: one bad day moves it a lot.
FEW = 30
DEFAULT_SERVICE_SECONDS = 20.0

_SECONDS_PER = {"s": 1.0, "sec": 1.0, "min": 60.0, "h": 3600.0, "hrs": 3600.0}


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs a million rows seconds
class Ticket:
    """One row of a ticket export; times of the row in hours (None when the cell was empty)."""

    id: str
    created: datetime | None
    solved: datetime | None = None
    first_reply_hours: float | None = None
    resolution_hours: float | None = None
    replies: int | None = None
    reopens: int | None = None
    rating: float | None = None  # 1.0 good, 0.0 bad, None not rated; or a 1-5 score when scale == 5
    group: str = ""
    agent: str = ""
    channel: str = ""


@dataclass(slots=True)
class Call:
    """One row of a call log; durations in seconds."""

    start: datetime
    wait_seconds: float | None = None
    talk_seconds: float | None = None
    hold_seconds: float | None = None
    wrap_seconds: float | None = None
    abandoned: bool = False
    queue: str = ""
    agent: str = ""


@dataclass(frozen=True)
class PeriodValue:
    """The metric for one period: ``value`` in the goal's unit, ``count`` the tickets or calls it rests
    on, ``median`` beside a mean, the counts of a share, and whether it is ``few`` or ``unfinished``."""

    period: CheckPeriod
    value: float
    count: int
    median: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    few: bool = False
    unfinished: bool = False


def source_of(kpi: str) -> tuple[str, ...]:
    """Which exports can give ``kpi``: (TICKETS,), (CALLS,), both, or none."""
    return tuple(
        kind for kind, metrics in ((TICKETS, TICKET_METRICS), (CALLS, CALL_METRICS)) if kpi in metrics
    )


def _seconds_per(unit: str) -> float | None:
    return _SECONDS_PER.get(unit.strip().lower())


@dataclass
class _Bucket:
    count: int = 0
    hits: float = 0.0  # a share's numerator
    values: array = field(default_factory=lambda: array("d"))


class Tally:
    """Adds up tickets or calls for ``goal``'s metric, period by period (see the module docstring).

    ``today`` marks a period not finished yet; ``scale`` is 2 for Good/Bad ratings or 5 for 1-5 scores;
    ``service_seconds`` the service level's threshold.
    """

    def __init__(
        self,
        goal: Goal,
        plan: Sequence[SubTarget] = (),
        today: date | None = None,
        scale: int = 2,
        service_seconds: float = DEFAULT_SERVICE_SECONDS,
    ) -> None:
        self.goal, self.kpi, self.today = goal, goal.kpi, today
        self.scale, self.service_seconds = scale, service_seconds
        self.periods = Periods(goal, plan)
        self.buckets: dict[date, _Bucket] = {}
        self.skipped = 0  # rows without what the metric needs
        self.duplicates = 0  # ticket ids seen before
        self._seen = SeenIds()
        self._starts: dict[date, CheckPeriod] = {}
        self._by_day: dict[date, _Bucket] = {}  # most rows share their day with others: one lookup
        unit = _seconds_per(goal.unit)
        self._hours = 3600.0 / unit if unit else 1.0  # a ticket's hours in the goal's unit
        self._seconds = 1.0 / unit if unit else 1.0  # a call's seconds in the goal's unit

    def _bucket(self, moment: datetime) -> _Bucket:
        day = moment.date()
        bucket = self._by_day.get(day)
        if bucket is not None:
            return bucket
        period = self.periods.holding(day, outside=True)
        self._starts.setdefault(period.start, period)
        bucket = self.buckets.get(period.start)
        if bucket is None:
            bucket = self.buckets[period.start] = _Bucket()
        self._by_day[day] = bucket
        return bucket

    def add_tickets(self, tickets: Iterable[Ticket]) -> None:
        for ticket in tickets:
            self.add_ticket(ticket)

    def add_ticket(self, ticket: Ticket) -> None:
        if ticket.id and not self._seen.add(ticket.id):
            self.duplicates += 1
            return
        kpi = self.kpi
        if kpi == "call_volume" or kpi == "frt":
            if ticket.created is None or (kpi == "frt" and ticket.first_reply_hours is None):
                self.skipped += 1
                return
            bucket = self._bucket(ticket.created)
            bucket.count += 1
            if kpi == "frt":
                bucket.values.append(ticket.first_reply_hours * self._hours)
            return
        if ticket.solved is None:
            self.skipped += 1
            return
        if kpi == "art":
            if ticket.resolution_hours is None:
                self.skipped += 1
                return
            bucket = self._bucket(ticket.solved)
            bucket.count += 1
            bucket.values.append(ticket.resolution_hours * self._hours)
        elif kpi == "fcr":
            if ticket.replies is None:
                self.skipped += 1
                return
            bucket = self._bucket(ticket.solved)
            bucket.count += 1
            bucket.hits += ticket.replies <= 1 and not ticket.reopens
        elif kpi == "csat":
            if ticket.rating is None:
                self.skipped += 1
                return
            bucket = self._bucket(ticket.solved)
            bucket.count += 1
            bucket.hits += ticket.rating >= (4 if self.scale == 5 else 1)

    def add_calls(self, calls: Iterable[Call]) -> None:
        for call in calls:
            self.add_call(call)

    def add_call(self, call: Call) -> None:
        kpi = self.kpi
        if kpi in ("call_volume", "abandonment", "service_level"):
            bucket = self._bucket(call.start)
            bucket.count += 1
            if kpi == "abandonment":
                bucket.hits += call.abandoned
            elif kpi == "service_level":
                wait = call.wait_seconds
                bucket.hits += not call.abandoned and wait is not None and wait <= self.service_seconds
            return
        if call.abandoned:
            return  # waits and handle times are of answered calls only
        if kpi in ("asa", "wait_time"):
            value = call.wait_seconds
        elif kpi == "acw":
            value = call.wrap_seconds
        else:  # aht
            parts = (call.talk_seconds, call.hold_seconds, call.wrap_seconds)
            value = None if call.talk_seconds is None else sum(p for p in parts if p is not None)
        if value is None:
            self.skipped += 1
            return
        bucket = self._bucket(call.start)
        bucket.count += 1
        bucket.values.append(value * self._seconds)

    def results(self) -> list[PeriodValue]:
        """The metric for every period that holds at least one ticket or call, oldest first."""
        found = []
        for start in sorted(self.buckets):
            bucket, period = self.buckets[start], self._starts[start]
            few = bucket.count < FEW
            unfinished = self.today is not None and period.end >= self.today
            if self.kpi == "call_volume":
                found.append(
                    PeriodValue(period, float(bucket.count), bucket.count, few=few, unfinished=unfinished)
                )
            elif bucket.values:
                mean = sum(bucket.values) / len(bucket.values)
                median = statistics.median(bucket.values)
                found.append(PeriodValue(period, mean, bucket.count, median, few=few, unfinished=unfinished))
            elif bucket.count:
                share = 100 * bucket.hits / bucket.count
                found.append(
                    PeriodValue(
                        period,
                        share,
                        bucket.count,
                        numerator=bucket.hits,
                        denominator=float(bucket.count),
                        few=few,
                        unfinished=unfinished,
                    )
                )
        return found
