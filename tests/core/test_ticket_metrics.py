"""A goal's metric per check-in period from tickets and calls (core.ticket_metrics), hand-checked."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from goalplanner.core.check_periods import Periods
from goalplanner.core.ticket_metrics import CALLS, TICKETS, Call, Tally, Ticket, source_of
from tests.helpers import wait_goal

MONDAY = date(2025, 1, 6)


def at(day_offset: int, hour: int = 10) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day_offset), datetime.min.time()).replace(hour=hour)


def goal(kpi: str, unit: str, direction: str = "increase", **changes):
    return wait_goal(kpi=kpi, unit=unit, direction=direction, baseline=50.0, target=60.0, **changes)


def test_each_metric_knows_its_export():
    assert source_of("frt") == (TICKETS,)
    assert source_of("abandonment") == (CALLS,)
    assert source_of("call_volume") == (TICKETS, CALLS)
    assert source_of("nps") == ()


def test_weeks_follow_the_goals_calendar_without_a_plan():
    periods = Periods(wait_goal())  # weekly from Monday 6 January
    assert periods.holding(date(2025, 1, 12)).start == MONDAY
    assert periods.holding(date(2025, 1, 13)).start == date(2025, 1, 13)
    assert periods.holding(date(2025, 1, 13)).end == date(2025, 1, 19)


def test_volume_counts_tickets_in_the_week_they_were_created_and_duplicates_once():
    tally = Tally(goal("call_volume", "contacts"))
    tally.add_tickets([Ticket("1", at(0)), Ticket("2", at(6)), Ticket("3", at(7)), Ticket("2", at(6))])
    first, second = tally.results()
    assert (first.period.start, first.value, first.count) == (MONDAY, 2.0, 2)
    assert (second.value, second.count) == (1.0, 1)
    assert tally.duplicates == 1 and first.few


def test_first_response_is_a_mean_in_the_goals_unit_with_the_median_beside():
    tally = Tally(goal("frt", "h", "decrease"))
    tally.add_tickets(
        [
            Ticket("1", at(0), first_reply_hours=1.0),
            Ticket("2", at(1), first_reply_hours=2.0),
            Ticket("3", at(2), first_reply_hours=9.0),
            Ticket("4", at(3)),  # no reply yet: skipped, counted
        ]
    )
    (week,) = tally.results()
    assert (week.value, week.median, week.count) == (4.0, 2.0, 3)
    assert tally.skipped == 1
    in_minutes = Tally(goal("frt", "min", "decrease"))
    in_minutes.add_ticket(Ticket("1", at(0), first_reply_hours=1.5))
    assert in_minutes.results()[0].value == 90.0


def test_resolution_counts_in_the_week_solved_not_created():
    tally = Tally(goal("art", "h", "decrease"))
    tally.add_ticket(Ticket("1", at(5), solved=at(8), resolution_hours=72.0))
    tally.add_ticket(Ticket("2", at(5)))  # not solved: no resolution time yet
    (week,) = tally.results()
    assert week.period.start == date(2025, 1, 13) and week.value == 72.0
    assert tally.skipped == 1


def test_one_touch_resolution_is_at_most_one_reply_and_no_reopen():
    tally = Tally(goal("fcr", "%"))
    tally.add_tickets(
        [
            Ticket("1", at(0), solved=at(1), replies=1, reopens=0),
            Ticket("2", at(0), solved=at(1), replies=0, reopens=0),
            Ticket("3", at(0), solved=at(1), replies=1, reopens=1),
            Ticket("4", at(0), solved=at(1), replies=3, reopens=0),
        ]
    )
    (week,) = tally.results()
    assert (week.value, week.numerator, week.denominator) == (50.0, 2.0, 4.0)


def test_satisfaction_is_good_over_rated_on_either_scale():
    good_bad = Tally(goal("csat", "%"))
    good_bad.add_tickets(
        [Ticket(str(i), at(0), solved=at(1), rating=r) for i, r in enumerate([1.0, 1.0, 1.0, 0.0, None])]
    )
    (week,) = good_bad.results()
    assert (week.value, week.numerator, week.denominator) == (75.0, 3.0, 4.0)
    assert good_bad.skipped == 1  # offered or unoffered: not rated
    scores = Tally(goal("csat", "%"), scale=5)
    scores.add_tickets([Ticket(str(i), at(0), solved=at(1), rating=r) for i, r in enumerate([5, 4, 3, 1])])
    assert scores.results()[0].value == 50.0


def test_calls_give_wait_abandonment_service_level_and_handle_time():
    calls = [
        Call(at(0), wait_seconds=10, talk_seconds=200, hold_seconds=20, wrap_seconds=30),
        Call(at(0), wait_seconds=30, talk_seconds=300, hold_seconds=0, wrap_seconds=50),
        Call(at(1), wait_seconds=90, abandoned=True),
        Call(at(1), wait_seconds=20, talk_seconds=100, wrap_seconds=20),
    ]

    def week(kpi: str, unit: str, **kwargs) -> object:
        tally = Tally(goal(kpi, unit, "decrease"), **kwargs)
        tally.add_calls(calls)
        (found,) = tally.results()
        return found

    assert week("asa", "s").value == pytest.approx(20.0)  # answered only: (10 + 30 + 20) / 3
    assert week("abandonment", "%").value == 25.0
    level = week("service_level", "%")
    assert (level.value, level.numerator, level.denominator) == (50.0, 2.0, 4.0)  # 10 s and 20 s within 20 s
    assert week("service_level", "%", service_seconds=30).value == 75.0
    assert week("aht", "s").value == pytest.approx((250 + 350 + 120) / 3)
    assert week("acw", "s").value == pytest.approx(100 / 3)
    assert week("call_volume", "contacts").value == 4.0


def test_a_period_not_over_is_flagged():
    tally = Tally(goal("call_volume", "contacts"), today=MONDAY + timedelta(days=3))
    tally.add_ticket(Ticket("1", at(0)))
    assert tally.results()[0].unfinished
