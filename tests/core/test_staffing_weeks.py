"""Agents needed in each week of a goal: flat and profiled volumes, headcount, occupancy band."""

from dataclasses import replace
from datetime import date

import pytest

from goalplanner.core.model import Resources, StaffingInputs
from goalplanner.core.smart import check
from goalplanner.core.staffing_weeks import (
    available_agents,
    occupancy_level,
    peak_staffing,
    profile_contacts,
    split_pasted_numbers,
    staffing_summary,
    weekly_staffing,
)
from tests.helpers import wait_goal

# 40 open hours a week in 30-minute intervals: 80 intervals; 100 contacts each with AHT 180 s is A = 10.
FLAT = StaffingInputs(contacts=100, interval_s=1800, aht_s=180, shrinkage=0.3, max_occupancy=1.0)


def staffed_goal(inputs=FLAT, headcount=15, **changes):
    """The six-week 240 s -> 120 s wait goal (Mon 6 Jan to Sun 16 Feb 2025) with the calculator on."""
    return wait_goal(resources=Resources(headcount=headcount, staffing=inputs), **changes)


def test_a_flat_forecast_gives_six_equal_weeks_short_of_agents():
    weeks = weekly_staffing(staffed_goal())
    assert [w.label for w in weeks] == [f"2025-W{n:02d}" for n in range(2, 8)]
    assert [w.number for w in weeks] == [1, 2, 3, 4, 5, 6]
    for week in weeks:
        assert week.contacts == pytest.approx(8000)  # 100 x 80 intervals
        assert week.need.agents == 12  # ASA 120 s: 11 agents wait 122.8 s, 12 wait 40.4 s
        assert week.available == 10  # 15 x 0.7 = 10.5, and half a person answers no calls
        assert week.short_by == 2
    summary = staffing_summary(weeks)
    assert (summary.weeks, summary.short_weeks, summary.worst.number) == (6, 6, 1)


def test_enough_headcount_leaves_no_week_short_and_occupancy_is_judged_on_those_on_the_phones():
    weeks = weekly_staffing(staffed_goal(headcount=20))  # 14 on the phones for A = 10
    assert all(w.short_by == 0 for w in weeks)
    assert weeks[0].occupancy == pytest.approx(10 / 14)
    assert occupancy_level(weeks[0].occupancy) == "idle"  # 71 % is below the 75-85 % band
    assert staffing_summary(weeks).short_weeks == 0


def test_a_partial_last_week_has_fewer_contacts_but_the_same_agents():
    weeks = weekly_staffing(staffed_goal(deadline=date(2025, 2, 12)))  # ends on a Wednesday
    assert weeks[-1].contacts == pytest.approx(8000 * 3 / 7)
    assert weeks[-1].need.agents == weeks[0].need.agents


# Last year's volumes: January 4,000 a week and February 8,000 a week (days x weekly / 7).
PROFILE = [31 * 4000 / 7, 28 * 8000 / 7] + [1000.0] * 10


def test_last_years_months_are_spread_over_the_goals_weeks():
    inputs = replace(FLAT, volume="profile", volume_profile=PROFILE)
    weeks = weekly_staffing(staffed_goal(inputs))
    across_month_end = round(5 * 4000 / 7 + 2 * 8000 / 7)
    assert [round(w.contacts) for w in weeks] == [4000, 4000, 4000, across_month_end, 8000, 8000]
    assert weeks[0].contacts_per_interval == pytest.approx(50)  # 4,000 over 80 intervals: A = 5
    assert weeks[4].need.agents == 12  # 100 per interval: the textbook queue at 120 s
    assert weeks[0].need.agents < weeks[3].need.agents < weeks[4].need.agents
    summary = staffing_summary(weeks)
    assert summary.short_weeks == 2  # the February weeks need 12 against 10
    assert summary.worst.number == 5
    assert summary.lowest_occupancy.number == 1
    assert peak_staffing(staffed_goal(inputs)).agents == 12


def test_profile_contacts_take_each_days_share_of_its_month():
    assert profile_contacts(PROFILE, date(2025, 1, 1), date(2025, 1, 31)) == pytest.approx(PROFILE[0])
    two_days = profile_contacts(PROFILE, date(2025, 1, 31), date(2025, 2, 1))
    assert two_days == pytest.approx(4000 / 7 + 8000 / 7)


def test_a_profile_without_its_twelve_months_says_so():
    with pytest.raises(ValueError, match="twelve monthly volumes"):
        weekly_staffing(staffed_goal(replace(FLAT, volume="profile")))


def test_no_deadline_or_no_calculator_gives_no_weeks():
    assert weekly_staffing(staffed_goal(deadline=None)) == []
    assert weekly_staffing(wait_goal()) == []
    assert staffing_summary([]) is None


def test_without_a_headcount_nothing_is_short_and_occupancy_is_at_the_agents_needed():
    weeks = weekly_staffing(staffed_goal(headcount=None))
    assert weeks[0].available is None and weeks[0].short_by == 0
    assert weeks[0].occupancy == pytest.approx(10 / 12)


@pytest.mark.parametrize(
    ("occupancy", "level"),
    [(0.60, "idle"), (0.749, "idle"), (0.75, "healthy"), (0.85, "healthy"), (0.88, "pressure"),
     (0.93, "burnout"), (1.0, "overloaded")],
)  # fmt: skip
def test_occupancy_is_judged_against_the_healthy_band(occupancy, level):
    assert occupancy_level(occupancy) == level


def test_available_agents_round_down_without_float_error():
    assert available_agents(20, 0.3) == 14
    assert available_agents(15, 0.3) == 10
    assert available_agents(None, 0.3) is None


def test_the_understaffed_finding_uses_the_goals_target_and_busiest_week():
    enough_for_120s = staffed_goal(headcount=18)  # 12 on the phones: enough for 120 s, not for 80/20
    assert not [f for f in check(enough_for_120s) if f.code == "understaffed"]
    assert [f for f in check(staffed_goal(headcount=15)) if f.code == "understaffed"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("1200 1100 900", ["1200", "1100", "900"]),
        ("1200\t1100\n900\n", ["1200", "1100", "900"]),
        ("1,200; 1,100; 900", ["1,200", "1,100", "900"]),
        ("1200, 1100, 900", ["1200", "1100", "900"]),
        ("1200,1100,900", ["1200", "1100", "900"]),
        ("1,5 2,5", ["1,5", "2,5"]),
        ("", []),
    ],
)
def test_pasted_numbers_are_split_at_spaces_tabs_lines_and_semicolons(text, parts):
    assert split_pasted_numbers(text) == parts
