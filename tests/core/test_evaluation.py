"""The one evaluation: each check-in's plan, achievement and status; the goal's status, forecast,
next check-in and readiness to close; roll-ups that say which goal sets them."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn
from goalplanner.core.progress import (
    AT_RISK,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    Evaluation,
    PlanLine,
    evaluate,
    status_plan,
)
from goalplanner.core.rollup import roll_up_plan
from tests.helpers import wait_goal

WAIT = wait_goal()  # 240 s -> 120 s, 6 Jan to 16 Feb 2025, weekly
PLAN = plan_for(WAIT)


def on_plan(goal, plan, day: date) -> CheckIn:
    """A check-in exactly on the plan for ``day``."""
    line = PlanLine(goal, status_plan(goal, plan))
    return CheckIn(goal.id or 1, day, line.compared_with(day))


def test_each_check_in_is_judged_against_the_plan_on_its_own_date():
    days = [date(2025, 1, 15), date(2025, 1, 22)]
    checkins = [on_plan(WAIT, PLAN, day) for day in days]
    result = evaluate(WAIT, PLAN, checkins, today=date(2025, 1, 23))
    for judged, checkin in zip(result.judged, checkins, strict=True):
        assert judged.planned == pytest.approx(checkin.actual)
        assert judged.status.code == ON_TRACK and judged.status.achievement == pytest.approx(1.0)
    assert result.status == result.judged[-1].status
    assert result.since == days[0]


def test_a_goal_exactly_on_plan_forecasts_its_target():
    checkins = [on_plan(WAIT, PLAN, date(2025, 1, 15)), on_plan(WAIT, PLAN, date(2025, 1, 29))]
    result = evaluate(WAIT, PLAN, checkins, today=date(2025, 1, 30))
    assert result.forecast.value == pytest.approx(120.0)
    behind = evaluate(WAIT, PLAN, [replace(checkins[-1], actual=checkins[-1].actual + 20)], date(2025, 1, 30))
    assert 120 < behind.forecast.value < 240  # behind the plan: ends short of the target


def test_a_day_one_check_in_has_no_pace_to_forecast_from():
    result = evaluate(WAIT, PLAN, [CheckIn(1, WAIT.start, 238.0)], today=WAIT.start)
    assert result.status.code == ON_TRACK and result.status.achievement is None
    assert result.forecast is None  # not "at this pace 238 s by the deadline"


def test_a_flow_goal_on_plan_forecasts_its_target_whatever_the_period_lengths():
    calls = wait_goal(kpi="call_volume", unit="contacts", direction="decrease", baseline=12000.0,
                      target=6000.0, start=date(2025, 1, 19), deadline=date(2025, 6, 13),
                      checkin_cadence="monthly")  # fmt: skip
    plan = plan_for(calls)
    months = status_plan(calls, plan)
    assert months[0].period_end - months[0].period_start < timedelta(days=27)  # a part-month first
    checkins = [CheckIn(1, m.period_end, m.planned) for m in months[:3]]
    result = evaluate(calls, plan, checkins, today=months[2].period_end)
    assert [j.status.code for j in result.judged] == [ON_TRACK] * 3
    assert [j.status.achievement for j in result.judged] == pytest.approx([1.0] * 3)
    assert result.forecast.value == pytest.approx(6000.0)  # not 17,447 calls from a line through totals
    first = result.judged[0]
    assert first.baseline < 12000 * 0.5  # the part-month's baseline is scaled to the days it covers


def test_a_range_goal_is_full_marks_inside_its_band_and_forecasts_inside_it():
    occupancy = wait_goal(kpi="occupancy", unit="%", direction="range", baseline=88.0, target=80.0,
                          range_low=75.0, range_high=85.0)  # fmt: skip
    plan = plan_for(occupancy)
    result = evaluate(occupancy, plan, [CheckIn(1, date(2025, 2, 7), 83.0)], today=date(2025, 2, 7))
    assert result.status.code == ON_TRACK and result.status.achievement == 1.0
    assert result.forecast.in_band is True and 75 <= result.forecast.value <= 85
    below = evaluate(occupancy, plan, [CheckIn(1, date(2025, 2, 7), 72.0)], today=date(2025, 2, 7))
    assert below.status.code == OFF_TRACK and below.status.achievement == pytest.approx(0.7)
    near = evaluate(occupancy, plan, [CheckIn(1, date(2025, 2, 7), 86.0)], today=date(2025, 2, 7))
    assert near.status.code == AT_RISK  # outside the band when the plan is inside: never on track


def test_the_next_check_in_is_never_after_the_deadline_and_a_finished_goal_is_ready_to_close():
    last_week = CheckIn(1, WAIT.deadline - timedelta(days=3), 130.0)
    result = evaluate(WAIT, PLAN, [last_week], today=last_week.on)
    assert result.next_due == WAIT.deadline  # not a week after the last check-in
    assert not result.ready_to_close and not result.due_now
    at_deadline = evaluate(WAIT, PLAN, [last_week], today=WAIT.deadline)
    assert at_deadline.due_now  # the final check-in is due on the deadline
    after = evaluate(WAIT, PLAN, [last_week], today=WAIT.deadline + timedelta(days=1))
    assert after.ready_to_close and after.next_due is None and not after.due_now
    final = evaluate(WAIT, PLAN, [replace(last_week, on=WAIT.deadline)], today=WAIT.deadline)
    assert final.ready_to_close


def test_no_check_in_yet_is_due_one_cadence_after_the_start():
    result = evaluate(WAIT, PLAN, [], today=WAIT.start + timedelta(days=8))
    assert result.status.code == NO_DATA and result.latest is None
    assert result.next_due == WAIT.start + timedelta(days=7) and result.due_now
    assert not evaluate(replace(WAIT, state="draft"), PLAN, [], WAIT.start + timedelta(days=8)).due_now


def _evaluation(goal_id, parent_id, code_actual) -> Evaluation:
    goal = replace(WAIT, id=goal_id, parent_id=parent_id)
    checkins = [CheckIn(goal_id, date(2025, 1, 22), code_actual)] if code_actual is not None else []
    return evaluate(goal, PLAN, checkins, today=date(2025, 1, 23))


def test_a_roll_up_is_the_worst_of_the_family_and_names_who_sets_it():
    plan = {1: _evaluation(1, None, 190.0), 2: _evaluation(2, 1, 195.0), 3: _evaluation(3, 2, 239.0)}
    assert plan[1].status.code == ON_TRACK and plan[3].status.code == OFF_TRACK
    rolled = roll_up_plan(plan)
    assert (rolled[1].code, rolled[1].driver) == (OFF_TRACK, 3)  # the grandchild sets the vision's roll-up
    assert (rolled[3].code, rolled[3].driver) == (OFF_TRACK, 3)
    loop = {1: _evaluation(1, 2, 190.0), 2: _evaluation(2, 1, 239.0)}  # a tampered file's loop
    assert {r.code for r in roll_up_plan(loop).values()} == {OFF_TRACK}


def test_a_range_goal_outside_its_band_does_not_forecast_its_way_back_in():
    occupancy = wait_goal(kpi="occupancy", unit="%", direction="range", baseline=80.0, target=80.0,
                          range_low=75.0, range_high=85.0)  # fmt: skip
    plan = plan_for(occupancy)
    result = evaluate(occupancy, plan, [CheckIn(1, date(2025, 1, 20), 99.0)], today=date(2025, 1, 20))
    assert result.status.code == OFF_TRACK
    assert result.forecast.in_band is False  # not "at this pace inside the band"


def test_a_count_reported_after_the_deadline_is_the_last_periods_total():
    calls = wait_goal(kpi="call_volume", unit="contacts", direction="increase", baseline=1000.0,
                      target=1400.0, start=date(2026, 10, 5), deadline=date(2026, 11, 23))  # fmt: skip
    plan = plan_for(calls)
    last = status_plan(calls, plan)[-1]
    late = evaluate(calls, plan, [CheckIn(1, date(2026, 11, 25), 1450.0)], today=date(2026, 11, 26))
    on_time = evaluate(calls, plan, [CheckIn(1, last.period_end, 1450.0)], today=date(2026, 11, 26))
    assert late.judged[0].planned == on_time.judged[0].planned == last.planned
    assert late.status == on_time.status  # judged on the last period's (partial) footing


def test_a_dropped_sub_goal_no_longer_sets_its_parents_roll_up_and_waits_for_no_check_in():
    plan = {1: _evaluation(1, None, 190.0), 2: _evaluation(2, 1, 239.0)}
    dropped = replace(plan[2].goal, state="dropped")
    plan[2] = evaluate(dropped, PLAN, [j.checkin for j in plan[2].judged], date(2025, 1, 23))
    assert plan[2].next_due is None and not plan[2].due_now
    assert roll_up_plan(plan)[1].code == ON_TRACK
