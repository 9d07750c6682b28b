"""Check-in dates as an iCalendar file, so reminders live in the manager's own calendar.

The dates are core's (``core.due_dates``, from the evaluation the due list shows). Each active goal
becomes two events, both all-day and marked free:

* the check-ins on the cadence, as **one recurring event** (``RRULE`` weekly, every two weeks, or
  every 30 days for "monthly", as core counts a month) ``UNTIL`` the last one before the deadline;
* the **last check-in, on the deadline**, as an event of its own: the deadline is rarely a whole
  number of cadence steps from the next check-in, and ``RDATE`` (the standard way to add a date to
  a series) is ignored by Outlook.

Why a series and not one event per date: the UIDs are the plan's id and the goal's id, so a
re-export *replaces* a goal's series (with a higher ``SEQUENCE``) in Outlook, Google Calendar and
Thunderbird. One event per date would need a UID per date; when a late check-in shifts the dates,
the old ones would stay behind as duplicates, as importing a file can add and change events but
never delete them. ``FREQ``/``INTERVAL``/``UNTIL`` on an all-day ``DTSTART`` is the part of RFC 5545
all three read alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from goalplanner.core.due_dates import CheckinSchedule, checkin_schedule
from goalplanner.core.i18n import ENGLISH, QT_TRANSLATE_NOOP, Wording
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import Evaluation, evaluate
from goalplanner.core.smart import sentence
from goalplanner.files import write_atomically

CONTEXT = "CalendarExport"
SUMMARY = QT_TRANSLATE_NOOP("CalendarExport", "Check in: {title}")
OWNER = QT_TRANSLATE_NOOP("CalendarExport", "Owner: {owner}")
LAST = QT_TRANSLATE_NOOP("CalendarExport", "The last check-in, on the deadline: record the final value and close the goal.")  # fmt: skip  # noqa: E501
CALENDAR_NAME = QT_TRANSLATE_NOOP("CalendarExport", "{plan} check-ins")

PRODID = "-//goalplanner//check-in dates//EN"
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)  # SEQUENCE counts minutes from here: each export is newer


@dataclass(frozen=True)
class CalendarEntry:
    """One active goal and the check-ins ahead of it."""

    goal: Goal
    schedule: CheckinSchedule


@dataclass(frozen=True)
class CalendarReport:
    """What was written: the file, how many goals and how many events (a series counts once)."""

    path: Path
    goals: int
    events: int


def calendar_entries(
    inputs: Iterable[tuple[Goal, CheckIn | None, Sequence[SubTarget]]], today: date
) -> list[CalendarEntry]:
    """The active goals of ``inputs`` (``Store.progress_inputs``) with check-ins still ahead, judged
    as the window's plan session judges them for the due list (core.progress.evaluate)."""
    evaluations = (evaluate(goal, plan, [latest] if latest else [], today) for goal, latest, plan in inputs)
    return entries_from(evaluations)


def entries_from(evaluations: Iterable[Evaluation]) -> list[CalendarEntry]:
    """The goals of ``evaluations`` with check-ins still ahead; drafts and closed goals are left out."""
    entries = []
    for evaluation in evaluations:
        schedule = checkin_schedule(evaluation) if evaluation.goal.state == "active" else None
        if schedule is not None:
            entries.append(CalendarEntry(evaluation.goal, schedule))
    return entries


def uid(plan_id: str, goal_id: int, part: str) -> str:
    """The same for every export of this goal of this plan (``part``: "checkins" or "deadline")."""
    return f"{plan_id}-goal-{goal_id}-{part}@goalplanner"


def recurrence(schedule: CheckinSchedule) -> dict[str, object]:
    """The ``RRULE`` of the check-ins on the cadence: whole weeks as weeks, other steps as days."""
    weeks, rest = divmod(schedule.every_days, 7)
    rule: dict[str, object] = {"FREQ": "WEEKLY", "INTERVAL": weeks}
    if rest:
        rule = {"FREQ": "DAILY", "INTERVAL": schedule.every_days}
    cadence = schedule.cadence_dates()
    if cadence:
        rule["UNTIL"] = cadence[-1]
    return rule


def build_calendar(
    plan_id: str,
    plan_name: str,
    entries: Sequence[CalendarEntry],
    wording: Wording = ENGLISH,
    now: datetime | None = None,
) -> Calendar:
    """The calendar of ``entries``: a recurring event and a deadline event per goal (see the module)."""
    now = now or datetime.now(UTC)
    sequence = max(0, int((now - _EPOCH).total_seconds() // 60))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", wording.text(CONTEXT, CALENDAR_NAME, {"plan": plan_name}))
    for entry in entries:
        goal, schedule = entry.goal, entry.schedule
        summary = wording.text(CONTEXT, SUMMARY, {"title": goal.title})
        lines = [sentence(goal, wording)]
        if goal.owner:
            lines.append(wording.text(CONTEXT, OWNER, {"owner": goal.owner}))
        description = "\n\n".join(lines)
        cadence = schedule.cadence_dates()
        if cadence or schedule.deadline is None:
            series = _event(uid(plan_id, goal.id, "checkins"), schedule.first, summary, description, now)
            series.add("rrule", recurrence(schedule))
            series.add("sequence", sequence)
            calendar.add_component(series)
        if schedule.deadline is not None:
            last = "\n\n".join([description, wording.text(CONTEXT, LAST)])
            final = _event(uid(plan_id, goal.id, "deadline"), schedule.deadline, summary, last, now)
            final.add("sequence", sequence)
            calendar.add_component(final)
    return calendar


def _event(event_uid: str, day: date, summary: str, description: str, now: datetime) -> Event:
    event = Event()
    event.add("uid", event_uid)
    event.add("dtstamp", now)
    event.add("last-modified", now)
    event.add("dtstart", day)  # a date: an all-day event
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the day stays free
    event.add("x-microsoft-cdo-busystatus", "FREE")
    return event


def export_calendar(
    path: Path,
    plan_id: str,
    plan_name: str,
    entries: Sequence[CalendarEntry],
    wording: Wording = ENGLISH,
    now: datetime | None = None,
) -> CalendarReport:
    """Write ``entries`` to ``path`` (atomically; ``ExportError`` when it cannot be written)."""
    calendar = build_calendar(plan_id, plan_name, entries, wording, now)
    data = calendar.to_ical()
    write_atomically(Path(path), lambda stream: stream.write(data))
    return CalendarReport(Path(path), len(entries), len(calendar.walk("VEVENT")))
