"""Continue into next period: new dates, the last actual as baseline, a target from the achieved rate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from goalplanner.core.continuation import last_actual, next_period, proposed_target
from goalplanner.core.model import CheckIn, Goal


def aht_goal(**changes: object) -> Goal:
    values: dict[str, object] = {
        "title": "Cut handle time",
        "owner": "Mina",
        "team": "Phone",
        "scope": "Billing queue",
        "reviewer": "Dana",
        "parent_id": 4,
        "kpi": "aht",
        "unit": "s",
        "direction": "decrease",
        "start": date(2025, 1, 1),
        "deadline": date(2025, 3, 31),
        "baseline": 300.0,
        "baseline_date": date(2025, 1, 1),
        "target": 270.0,
        "state": "achieved",
        "final_value": 270.0,
        "lessons": "Macros helped",
        "signed_off_by": "Dana",
        "signed_off_on": date(2025, 4, 2),
        "id": 9,
    }
    values.update(changes)
    return Goal(**values)


def test_the_next_quarter_starts_after_the_deadline_and_repeats_the_achieved_change():
    goal = aht_goal(final_value=None)
    checkins = [CheckIn(9, date(2025, 2, 15), 285.0), CheckIn(9, date(2025, 3, 31), 270.0)]
    new = next_period(goal, checkins, today=date(2025, 3, 20))
    assert (new.start, new.deadline) == (date(2025, 4, 1), date(2025, 6, 29))  # 89 days, as before
    assert (new.baseline, new.baseline_date) == (270.0, date(2025, 3, 31))
    assert new.target == 243.0  # -10 % again
    kept = ("kpi", "unit", "direction", "owner", "team", "scope", "parent_id", "reviewer", "title")
    assert all(getattr(new, name) == getattr(goal, name) for name in kept)
    closed = (new.id, new.state, new.lessons, new.final_value, new.signed_off_on)
    assert closed == (None, "draft", "", None, None)


def test_a_goal_closed_long_ago_starts_today():
    new = next_period(aht_goal(), [CheckIn(9, date(2025, 3, 31), 270.0)], today=date(2025, 6, 10))
    assert new.start == date(2025, 6, 10)
    assert (new.deadline - new.start).days == 89


def test_the_final_value_typed_at_the_close_is_the_baseline():
    goal = aht_goal(final_value=265.0, signed_off_on=date(2025, 4, 2))
    assert last_actual(goal, [CheckIn(9, date(2025, 3, 31), 270.0)]) == (265.0, date(2025, 4, 2))
    assert next_period(goal, [], date(2025, 4, 2)).baseline == 265.0


def test_a_running_goal_halfway_proposes_the_rate_over_the_whole_next_period():
    goal = aht_goal(state="active", final_value=None, start=date(2025, 1, 1), deadline=date(2025, 3, 2))
    # 300 -> 285 in 30 days; the next period is 60 days: two times -5 %
    checkins = [CheckIn(9, date(2025, 1, 31), 285.0)]
    new = next_period(goal, checkins, today=date(2025, 1, 31))
    assert new.start == date(2025, 3, 3)
    assert new.target == round(285 * 0.95**2)


def test_a_share_is_never_proposed_above_100_percent():
    goal = Goal(
        kpi="fcr",
        unit="%",
        direction="increase",
        start=date(2025, 1, 1),
        deadline=date(2025, 4, 1),
        baseline=60.0,
        baseline_date=date(2025, 1, 1),
        target=80.0,
    )
    new = next_period(goal, [CheckIn(1, date(2025, 4, 1), 90.0)], date(2025, 4, 1))
    assert new.target == 100.0


def test_a_change_the_wrong_way_proposes_the_old_plans_change_again():
    goal = aht_goal(final_value=None)
    new = next_period(goal, [CheckIn(9, date(2025, 3, 31), 310.0)], date(2025, 4, 1))
    assert new.baseline == 310.0
    assert new.target == 280.0  # the planned -30 s, from where the team is now


def test_sign_crossing_values_repeat_the_absolute_change():
    goal = Goal(kpi="nps", unit="points", direction="increase", start=date(2025, 1, 1))
    assert proposed_target(goal, (-10.0, date(2025, 1, 1)), (5.0, date(2025, 1, 31)), 30) == 20.0
    assert proposed_target(goal, (-10.0, date(2025, 1, 1)), (90.0, date(2025, 1, 31)), 30) == 100.0


def test_without_check_ins_the_old_baseline_and_target_stay():
    goal = replace(aht_goal(final_value=None), state="active")
    new = next_period(goal, [], date(2025, 2, 1))
    assert (new.baseline, new.target) == (300.0, 270.0)
    assert new.baseline_date == new.start


def test_a_finished_goal_repeats_the_change_of_its_whole_period():
    goal = aht_goal(final_value=None)  # 300 s on 1 January, deadline 31 March
    early = [CheckIn(9, date(2025, 1, 31), 270.0)]  # reached in a month, then held
    new = next_period(goal, early, today=date(2025, 4, 5))
    assert new.target == 243.0  # -10 % over the quarter again, not -10 % a month


def test_a_closed_goal_survives_a_draft_round_trip():
    from goalplanner.core.serialize import goal_from_dict, goal_to_dict

    goal = aht_goal()
    assert goal_from_dict(goal_to_dict(goal)) == goal
