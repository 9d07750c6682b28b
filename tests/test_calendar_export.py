"""The check-in dates as an .ics file: parsed back with icalendar, the dates are core's due dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from goalplanner.calendar_export import calendar_entries, export_calendar
from goalplanner.core.due_dates import checkin_schedule
from goalplanner.core.progress import evaluate
from goalplanner.core.smart import sentence
from goalplanner.files import ExportError
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan

TODAY = date.today()


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "sample.goalplan"
    with Store.open(path) as store:
        write_sample_plan(store, TODAY)
    return path


def export(plan_path, target, now=None):
    with Store.open(plan_path) as store:
        entries = calendar_entries(store.progress_inputs(), TODAY)
        report = export_calendar(target, store.plan_id, plan_path.stem, entries, now=now)
    return report, Calendar.from_ical(target.read_bytes())


def occurrences(event, end: date) -> list[date]:
    """Every date ``event`` falls on, its RRULE expanded (by dateutil, as calendars do)."""
    from dateutil.rrule import rrulestr

    start = event.decoded("dtstart")
    if "rrule" not in event:
        return [start]
    rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=datetime.combine(start, datetime.min.time()))
    last = datetime.combine(end, datetime.min.time())
    return [moment.date() for moment in rule.between(datetime.min, last, inc=True)]


def by_goal(calendar: Calendar) -> dict[int, list]:
    found: dict[int, list] = {}
    for event in calendar.walk("VEVENT"):
        goal_id = int(str(event["uid"]).split("-goal-")[1].split("-")[0])
        found.setdefault(goal_id, []).append(event)
    return found


def test_every_active_goal_gets_its_due_dates_as_core_computes_them(sample, tmp_path):
    report, calendar = export(sample, tmp_path / "plan.ics")
    with Store.open(sample) as store:
        inputs = store.progress_inputs()
    events = by_goal(calendar)
    assert report.goals == len(inputs) == len(events) == 7
    assert report.events == len(calendar.walk("VEVENT"))
    for goal, latest, plan in inputs:
        evaluation = evaluate(goal, plan, [latest] if latest else [], TODAY)
        expected = checkin_schedule(evaluation).dates()
        assert expected[0] == evaluation.next_due and expected[-1] == goal.deadline
        written = sorted(day for event in events[goal.id] for day in occurrences(event, goal.deadline))
        assert written == expected, goal.title
        for event in events[goal.id]:
            assert str(event["summary"]) == f"Check in: {goal.title}"
            assert goal.owner in str(event["description"])
            assert sentence(goal) in str(event["description"])
            day = event.decoded("dtstart")
            assert type(day) is date and event.decoded("dtend") == day + timedelta(days=1)  # all day


def test_the_cadence_is_a_rule_until_the_last_check_in_before_the_deadline(sample, tmp_path):
    _report, calendar = export(sample, tmp_path / "plan.ics")
    rules = {str(event["summary"]): event["rrule"] for event in calendar.walk("VEVENT") if "rrule" in event}
    weekly = next(rule for title, rule in rules.items() if "occupancy" in title)
    assert weekly["FREQ"] == ["WEEKLY"] and weekly["INTERVAL"] == [1]
    every_two = next(rule for title, rule in rules.items() if "unnecessary transfers" in title)
    assert every_two["FREQ"] == ["WEEKLY"] and every_two["INTERVAL"] == [2]
    monthly = next(rule for title, rule in rules.items() if "self-service" in title)
    assert monthly["FREQ"] == ["DAILY"] and monthly["INTERVAL"] == [30]  # core's month is 30 days
    assert all(isinstance(rule["UNTIL"][0], date) for rule in rules.values())


def test_a_second_export_keeps_the_uids_so_calendars_update_instead_of_duplicating(sample, tmp_path):
    earlier = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    _report, first = export(sample, tmp_path / "one.ics", now=earlier)
    _report, second = export(sample, tmp_path / "two.ics", now=earlier + timedelta(hours=1))
    uids = [str(event["uid"]) for event in first.walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert uids == [str(event["uid"]) for event in second.walk("VEVENT")]
    with Store.open(sample) as store:
        assert all(uid.startswith(store.plan_id) for uid in uids)
    newer = {str(e["uid"]): e["sequence"] for e in second.walk("VEVENT")}
    assert all(newer[str(e["uid"])] > e["sequence"] for e in first.walk("VEVENT"))  # the re-export wins


def test_closed_and_draft_goals_are_left_out(sample, tmp_path):
    with Store.open(sample) as store:
        goals = store.list_goals()
        store.save_goal(replace(goals[1], state="achieved"))
        store.save_goal(replace(goals[2], state="dropped"))
        store.save_goal(replace(goals[3], state="draft"))
        left_out = {goals[1].id, goals[2].id, goals[3].id}
    report, calendar = export(sample, tmp_path / "plan.ics")
    assert report.goals == 4
    assert not left_out & set(by_goal(calendar))


def test_a_folder_that_does_not_exist_is_a_clear_error(sample, tmp_path):
    with pytest.raises(ExportError, match="the folder does not exist"):
        export(sample, tmp_path / "nowhere" / "plan.ics")
    assert not list(tmp_path.glob("*.partial"))


def test_long_titles_in_any_script_come_back_whole(tmp_path):
    from goalplanner.calendar_export import CalendarEntry
    from goalplanner.core.due_dates import CheckinSchedule
    from goalplanner.core.model import Goal

    title = "고객 만족도를 분기 말까지 85%로 높이고 이메일 응답 시간을 줄입니다 " * 3
    goal = Goal(id=4, title=title, owner="김민지 (팀장)", start=date(2026, 1, 5), deadline=date(2026, 3, 1),
                kpi="csat", unit="%", baseline=70.0, target=85.0, state="active")  # fmt: skip
    schedule = CheckinSchedule(date(2026, 1, 12), 7, goal.deadline)
    export_calendar(tmp_path / "ko.ics", "abc", "팀", [CalendarEntry(goal, schedule)])
    calendar = Calendar.from_ical((tmp_path / "ko.ics").read_bytes())
    summaries = {str(event["summary"]) for event in calendar.walk("VEVENT")}
    assert summaries == {f"Check in: {title}"}
    assert all("Owner: 김민지 (팀장)" in str(event["description"]) for event in calendar.walk("VEVENT"))


def test_a_goal_without_a_deadline_repeats_without_end_and_one_due_on_its_deadline_is_one_event():
    from goalplanner.calendar_export import CalendarEntry, build_calendar
    from goalplanner.core.due_dates import CheckinSchedule
    from goalplanner.core.model import Goal

    open_ended = Goal(id=1, title="Keep CSAT up", start=date(2026, 1, 5), kpi="csat", unit="%",
                      baseline=80.0, target=85.0, state="active")  # fmt: skip
    ending = replace(open_ended, id=2, title="Finish the FAQ", deadline=date(2026, 1, 14))
    entries = [
        CalendarEntry(open_ended, CheckinSchedule(date(2026, 1, 12), 14, None)),
        CalendarEntry(ending, CheckinSchedule(date(2026, 1, 14), 7, ending.deadline)),
    ]
    events = by_goal(Calendar.from_ical(build_calendar("abc", "plan", entries).to_ical()))
    (endless,) = events[1]
    assert endless["rrule"]["INTERVAL"] == [2] and "UNTIL" not in endless["rrule"]
    (last,) = events[2]
    assert "rrule" not in last and last.decoded("dtstart") == date(2026, 1, 14)
