from dataclasses import replace
from datetime import date, timedelta

import pytest

from goalplanner.core.breakdown import breakdown
from goalplanner.core.model import CheckIn
from goalplanner.core.progress import (
    ACHIEVED,
    AT_RISK,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    PlanLine,
    Status,
    StatusThresholds,
    assess,
    evaluate,
)
from tests.helpers import wait_goal

WAIT = wait_goal()  # 240 s -> 120 s, lower is better
CSAT = wait_goal(kpi="csat", unit="%", direction="increase", baseline=68.0, target=85.0)


@pytest.mark.parametrize(
    ("actual", "code", "achievement"),
    [
        (200, ON_TRACK, 1.0),  # planned 200: exactly on plan
        (204, ON_TRACK, 0.9),  # 36 of 40 seconds cut
        (208, AT_RISK, 0.8),
        (215, OFF_TRACK, 0.625),
        (250, OFF_TRACK, -0.25),  # worse than the baseline
        (120, ACHIEVED, 3.0),  # the target reached: three times the change planned by now
        (110, ACHIEVED, None),
    ],
)
def test_lower_is_better_is_judged_the_right_way_round(actual, code, achievement):
    status = assess(WAIT, planned=200, actual=actual)
    assert status.code == code
    if achievement is not None:
        assert status.achievement == pytest.approx(achievement)


def test_an_improving_decrease_goal_is_not_failing():
    assert assess(WAIT, planned=220, actual=222).code == ON_TRACK


def test_higher_is_better():
    assert assess(CSAT, planned=75.8, actual=75.1).code == ON_TRACK  # 7.1 of 7.8 points = 91%
    assert assess(CSAT, planned=75.8, actual=75.0).code == ON_TRACK  # 7 of 7.8 = 89.7%, shown as 90%
    assert assess(CSAT, planned=75.8, actual=74.9).code == AT_RISK  # 6.9 of 7.8 = 88.5%
    assert assess(CSAT, planned=75.8, actual=74.0).code == AT_RISK
    assert assess(CSAT, planned=75.8, actual=70.0).code == OFF_TRACK
    assert assess(CSAT, planned=75.8, actual=66.0).code == OFF_TRACK
    assert assess(CSAT, planned=75.8, actual=86.0).code == ACHIEVED


def test_nothing_due_yet_compares_with_the_baseline():
    assert assess(CSAT, planned=68, actual=68).code == ON_TRACK
    assert assess(CSAT, planned=68, actual=67).code == OFF_TRACK


def test_thresholds_are_configurable():
    strict = StatusThresholds(on_track=0.95, at_risk=0.9)
    assert assess(WAIT, planned=200, actual=204, thresholds=strict).code == AT_RISK


def test_range_goals_are_on_track_inside_the_band_only():
    occupancy = wait_goal(kpi="occupancy", unit="%", direction="range", baseline=88.0, target=80.0,
                          range_low=75.0, range_high=85.0)  # fmt: skip
    assert assess(occupancy, planned=84, actual=82).code == ON_TRACK
    assert assess(occupancy, planned=84, actual=82) == Status(ON_TRACK, 1.0)  # inside the band is 100 %
    # still sliding into the band as planned: judged along the slide (1.9 of the 2 points planned)
    assert assess(occupancy, planned=86, actual=86.1).code == ON_TRACK
    assert assess(occupancy, planned=86, actual=87.5).code == OFF_TRACK  # 0.5 of 2 points
    # outside when the plan is inside: how close to the band (1 - distance / width), never on track
    assert assess(occupancy, planned=84, actual=72) == Status(OFF_TRACK, pytest.approx(0.7))  # idle agents
    assert assess(occupancy, planned=84, actual=84 + 1.0) == Status(ON_TRACK, 1.0)  # the edge is inside
    assert assess(occupancy, planned=84, actual=85.5) == Status(AT_RISK, pytest.approx(0.95))
    assert assess(occupancy, planned=84, actual=90).code == OFF_TRACK


def test_missing_numbers_mean_no_verdict():
    assert assess(wait_goal(baseline=None), planned=200, actual=210).code == NO_DATA


def test_the_plan_line_on_a_day_follows_the_plan_between_period_ends():
    plan = breakdown(240, 120, WAIT.start, WAIT.deadline, "week")
    assert PlanLine(WAIT, plan).level(WAIT.start) == 240
    assert PlanLine(WAIT, plan).level(plan[0].period_end) == plan[0].planned
    middle = PlanLine(WAIT, plan).level(date(2025, 1, 16))  # Thursday of the second week
    assert plan[1].planned < middle < plan[0].planned
    assert PlanLine(WAIT, plan).level(date(2025, 3, 1)) == 120


def test_a_goal_is_judged_against_the_plan_on_its_latest_check_ins_date():
    plan = breakdown(240, 120, WAIT.start, WAIT.deadline, "week")
    latest = CheckIn(1, date(2025, 1, 26), 222.0)  # end of week 3: planned 180
    assert evaluate(WAIT, plan, [latest], latest.on).status.code == OFF_TRACK  # 18 of 60 seconds
    assert evaluate(WAIT, plan, [replace(latest, actual=184.0)], latest.on).status.code == ON_TRACK
    assert evaluate(WAIT, plan, [], latest.on).status.code == NO_DATA
    later = evaluate(WAIT, plan, [latest], date(2025, 2, 2))
    assert later.next_due == date(2025, 2, 2) and later.due_now
    assert not evaluate(WAIT, plan, [latest], date(2025, 2, 1)).due_now
    assert not evaluate(wait_goal(state="achieved"), plan, [latest], date(2025, 2, 10)).due_now
    final = CheckIn(1, WAIT.deadline, 125.0)
    done = evaluate(WAIT, plan, [final], date(2025, 4, 1))
    assert done.ready_to_close and not done.due_now  # the last check-in is in: nothing more is due


def test_flow_goals_compare_the_period_total():
    volume = wait_goal(kpi="call_volume", unit="contacts", baseline=500.0, target=400.0)
    plan = breakdown(500, 400, volume.start, volume.deadline, "week", kind="flow")
    week2 = plan[1]
    on_plan = CheckIn(1, date(2025, 1, 15), week2.planned)
    assert evaluate(volume, plan, [on_plan], on_plan.on).status.code == ON_TRACK


def test_status_since_finds_the_start_of_the_latest_run():
    from goalplanner.core.progress import Status, status_since

    days = [date(2025, 1, d) for d in (3, 10, 17, 24, 31)]
    codes = [ON_TRACK, OFF_TRACK, AT_RISK, OFF_TRACK, OFF_TRACK]
    judged = [(CheckIn(1, day, 0.0), Status(code)) for day, code in zip(days, codes, strict=True)]
    status, since = status_since(judged)
    assert (status.code, since) == (OFF_TRACK, date(2025, 1, 24))  # not the earlier, interrupted run
    assert status_since(judged[:1])[1] == date(2025, 1, 3)
    assert status_since([]) is None


def test_every_check_in_is_judged_as_if_it_were_the_latest():
    from goalplanner.core.breakdown import plan_for

    for goal in (WAIT, CSAT, wait_goal(kpi="call_volume", unit="contacts", baseline=1000.0, target=500.0)):
        plan = [s for s in plan_for(goal) if s.period == "week"]
        change = goal.target - goal.baseline
        checkins = [  # behind, on and ahead of the plan in turn
            CheckIn(
                1,
                date(2025, 1, 6) + timedelta(days=3 * i),
                goal.baseline + change * i / 14 * (0.5 + i % 3 * 0.3),
            )
            for i in range(14)
        ]
        judged = evaluate(goal, plan, list(reversed(checkins)), date(2025, 3, 1)).judged
        assert [j.checkin.on for j in judged] == sorted(c.on for c in checkins)  # oldest first
        alone = [evaluate(goal, plan, [j.checkin], date(2025, 3, 1)).status for j in judged]
        assert [j.status for j in judged] == alone
        assert len({j.status.code for j in judged}) >= 2


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 1, 1), 240.0),  # before the start: the baseline
        (date(2025, 1, 6), 240.0),  # the start itself
        (date(2025, 1, 12), 220.0),  # the end of the first week: its planned value
        (date(2025, 1, 9), 240.0 - 20.0 * 3 / 6),  # between the start and the first week's end
        (date(2025, 1, 13), 220.0 - 20.0 / 7),  # the start of the second week
        (date(2025, 3, 1), 120.0),  # after the last period: the target
    ],
)
def test_the_plan_line_at_the_edges_of_periods(day, expected):
    from goalplanner.core.model import SubTarget

    weeks = [
        SubTarget(
            1,
            "week",
            f"2025-W{2 + i:02d}",
            date(2025, 1, 6) + timedelta(weeks=i),
            date(2025, 1, 12) + timedelta(weeks=i),
            220.0 - 20.0 * i,
        )
        for i in range(6)
    ]
    assert PlanLine(WAIT, weeks).level(day) == pytest.approx(expected)


def test_a_flow_goals_partial_first_week_is_judged_on_that_weeks_footing():
    from goalplanner.core.breakdown import plan_for
    from goalplanner.core.model import Goal

    # 1,000 calls a week down to 800; the goal starts on a Wednesday, so its first week has 5 days
    volume = Goal(kpi="call_volume", unit="contacts", direction="decrease", baseline=1000.0, target=800.0,
                  start=date(2025, 1, 8), deadline=date(2025, 3, 30), checkin_cadence="weekly")  # fmt: skip
    weeks = [s for s in plan_for(volume) if s.period == "week"]
    assert weeks[0].planned < 720  # five days' worth of the week's calls
    # 700 calls in five days is 980 a week: on plan, not the 800-a-week target reached
    assert (
        evaluate(volume, weeks, [CheckIn(1, date(2025, 1, 12), 700.0)], date(2025, 1, 12)).status.code
        == ON_TRACK
    )
    # 560 in five days is 784 a week: the target's rate, reached
    assert (
        evaluate(volume, weeks, [CheckIn(1, date(2025, 1, 12), 560.0)], date(2025, 1, 12)).status.code
        == ACHIEVED
    )
    # 760 in five days is 1,064 a week: worse than the baseline
    assert (
        evaluate(volume, weeks, [CheckIn(1, date(2025, 1, 12), 760.0)], date(2025, 1, 12)).status.code
        == OFF_TRACK
    )
    # a full week is judged against the plain weekly numbers, as before
    assert (
        evaluate(volume, weeks, [CheckIn(1, date(2025, 1, 19), 1000.0)], date(2025, 1, 19)).status.code
        == OFF_TRACK
    )
