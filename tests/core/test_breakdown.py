import itertools
from dataclasses import replace
from datetime import date

import pytest

from goalplanner.core.breakdown import breakdown, periods, plan_for, respread
from goalplanner.core.calendar import WorkCalendar, public_holidays


def test_csat_plus_25_percent_relative_over_13_weeks():
    plan = breakdown(68, 85, date(2025, 1, 6), date(2025, 4, 6), "week")
    assert len(plan) == 13
    assert plan[0].label == "2025-W02"
    assert plan[5].planned == pytest.approx(68 + 17 * 42 / 91)  # week 6: 75.8%, +1.308 points a week
    assert round(plan[5].planned, 1) == 75.8
    assert plan[-1].planned == 85  # exactly the target


def test_geometric_steps_are_equal_percentages():
    plan = breakdown(68, 85, date(2025, 1, 6), date(2025, 4, 6), "week", "geometric")
    ratios = [b.planned / a.planned for a, b in itertools.pairwise(plan)]
    assert ratios == pytest.approx([ratios[0]] * 12)
    assert ratios[0] - 1 == pytest.approx(0.01731, abs=1e-5)  # +1.731% a week
    with pytest.raises(ValueError, match="above zero"):
        breakdown(0, 10, date(2025, 1, 6), date(2025, 4, 6), "week", "geometric")


def test_front_and_back_loaded_curves_bend_the_right_way():
    args = (240, 120, date(2025, 1, 6), date(2025, 2, 16), "week")
    linear, front, back = (breakdown(*args, curve) for curve in ("linear", "front", "back"))
    assert front[1].planned < linear[1].planned < back[1].planned  # front: most of the cut early
    assert front[-1].planned == back[-1].planned == 120


def test_partial_first_and_last_weeks():
    plan = breakdown(100, 200, date(2025, 1, 8), date(2025, 1, 24), "week")  # Wednesday to Friday
    assert [(s.label, s.period_start, s.period_end) for s in plan] == [
        ("2025-W02", date(2025, 1, 8), date(2025, 1, 12)),
        ("2025-W03", date(2025, 1, 13), date(2025, 1, 19)),
        ("2025-W04", date(2025, 1, 20), date(2025, 1, 24)),
    ]
    assert plan[0].planned == pytest.approx(100 + 100 * 5 / 17)


def test_iso_week_53_and_year_boundaries():
    labels = [p.label for p in periods(date(2026, 12, 21), date(2027, 1, 10), "week")]
    assert labels == ["2026-W52", "2026-W53", "2027-W01"]
    assert periods(date(2024, 12, 30), date(2025, 1, 5), "week")[0].label == "2025-W01"


def test_months_are_labelled_and_clipped():
    months = periods(date(2025, 1, 15), date(2025, 3, 10), "month")
    assert [(m.label, m.start, m.end) for m in months] == [
        ("2025-01", date(2025, 1, 15), date(2025, 1, 31)),
        ("2025-02", date(2025, 2, 1), date(2025, 2, 28)),
        ("2025-03", date(2025, 3, 1), date(2025, 3, 10)),
    ]


def test_flow_target_prorates_a_holiday_week():
    england = WorkCalendar(holidays=public_holidays("GB", [2025], "ENG"))
    # 11 resolved tickets a day is 55 a week; Easter Monday leaves 4 working days in 2025-W17.
    (week,) = breakdown(55, 55, date(2025, 4, 21), date(2025, 4, 27), "week", calendar=england, kind="flow")
    assert week.planned == 44


def test_working_days_set_the_pace_with_a_calendar():
    england = WorkCalendar(holidays=public_holidays("GB", [2025], "ENG"))
    assert england.working_days(date(2025, 4, 14), date(2025, 4, 27)) == 8  # Good Friday, Easter Monday
    plan = breakdown(0, 8, date(2025, 4, 14), date(2025, 4, 27), "week", calendar=england)
    assert plan[0].planned == pytest.approx(4)  # 4 of 8 working days, although 7 of 14 calendar days


def test_seasonal_curve_follows_last_years_profile():
    busy_january = [3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    plan = breakdown(
        0, 100, date(2025, 1, 1), date(2025, 12, 31), "month", "seasonal", seasonal_profile=busy_january
    )
    assert plan[0].planned == pytest.approx(100 * 3 / 14, rel=1e-3)
    assert plan[-1].planned == 100
    with pytest.raises(ValueError, match="12 monthly values"):
        breakdown(0, 100, date(2025, 1, 1), date(2025, 12, 31), "month", "seasonal", seasonal_profile=[1, 2])


def test_locking_a_value_respreads_the_rest_to_still_end_at_the_target():
    start, deadline = date(2025, 1, 6), date(2025, 2, 16)
    plan = breakdown(240, 120, start, deadline, "week")
    edited = list(plan)
    edited[1] = replace(plan[1], planned=230.0, locked=True)
    spread = respread(edited, 240, 120, start, deadline)
    assert spread[1].planned == 230 and spread[1].locked
    assert spread[-1].planned == 120
    assert spread[0].planned == pytest.approx(235)  # halfway from 240 to the locked 230
    assert spread[2].planned == pytest.approx(230 - 110 / 4)  # the rest spread evenly to 120


def test_the_last_period_cannot_be_locked_away_from_the_target():
    start, deadline = date(2025, 1, 6), date(2025, 2, 16)
    plan = breakdown(240, 120, start, deadline, "week")
    plan[-1] = replace(plan[-1], planned=130.0, locked=True)
    with pytest.raises(ValueError, match="target itself"):
        respread(plan, 240, 120, start, deadline)


def test_a_goals_plan_has_months_and_weeks_and_keeps_locked_values():
    from tests.helpers import wait_goal

    goal = wait_goal()
    plan = plan_for(goal)
    weeks = [s for s in plan if s.period == "week"]
    assert {s.period for s in plan} == {"month", "week"} and len(weeks) == 6
    locked = [replace(s, planned=235.0, locked=True) if s.label == "2025-W03" else s for s in plan]
    again = plan_for(replace(goal, target=110.0), previous=locked)
    week3 = next(s for s in again if s.label == "2025-W03")
    assert (week3.planned, week3.locked) == (235.0, True)
    assert [s for s in again if s.period == "week"][-1].planned == 110


def test_flow_goals_plan_totals_per_check_in_period():
    from tests.helpers import wait_goal

    volume = wait_goal(
        kpi="call_volume", unit="contacts", baseline=12000.0, target=6000.0, checkin_cadence="monthly",
        start=date(2025, 1, 1), deadline=date(2025, 12, 31),
    )  # fmt: skip
    weeks = [s for s in plan_for(volume) if s.period == "week"]
    monthly_rate_at_w02_end = 12000 - 6000 * 12 / 365  # 2025-W02 ends on 12 January
    assert weeks[1].planned == pytest.approx(monthly_rate_at_w02_end * 12 / 52)  # a week is 12/52 of a month
    assert weeks[0].planned == pytest.approx((12000 - 6000 * 5 / 365) * 12 / 52 * 5 / 7)  # 1-5 January only


def test_split_a_team_target_equally_or_by_weight():
    from goalplanner.core.breakdown import split_target

    assert split_target(55, ["Ana", "Bo", "Cy", "Di", "Ed"]) == dict.fromkeys(
        ["Ana", "Bo", "Cy", "Di", "Ed"], 11.0
    )
    shares = split_target(100, ["Ana", "Bo", "Cy"])
    assert sum(shares.values()) == pytest.approx(100) and sorted(shares.values()) == [33.33, 33.33, 33.34]
    assert split_target(90, ["Full-time", "Part-time"], [1.0, 0.5]) == {"Full-time": 60.0, "Part-time": 30.0}
    with pytest.raises(ValueError, match="at least one"):
        split_target(10, [])
    with pytest.raises(ValueError, match="weight"):
        split_target(10, ["Ana", "Bo"], [1, -1])
