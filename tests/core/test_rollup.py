"""Weighted roll-ups and guardrail pairs (core.rollup), with hand-worked numbers."""

from datetime import date

import pytest

from goalplanner.core.i18n import Wording
from goalplanner.core.model import Goal
from goalplanner.core.progress import (
    ACHIEVED,
    AT_RISK,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    Evaluation,
    Status,
)
from goalplanner.core.rollup import (
    guarded_label,
    guarded_statuses,
    roll_up_plan,
    rollup_reason,
    shown_weights,
)


def evaluation(goal_id, code=NO_DATA, achievement=None, **fields) -> Evaluation:
    fields.setdefault("state", "active")
    fields.setdefault("title", f"Goal {goal_id}")
    goal = Goal(id=goal_id, start=date(2026, 1, 1), **fields)
    return Evaluation(goal, (), Status(code, achievement), None, None, None, False, False)


def team(shares, weights=(50, 30, 20)) -> dict[int, Evaluation]:
    """A weighted parent (1) over Ana's, Ben's and Chen's handle-time goals (2, 3, 4)."""
    plan = {1: evaluation(1, rollup_rule="weighted", title="Team handle time")}
    for goal_id, share, weight, person in zip(
        (2, 3, 4), shares, weights, ("Ana", "Ben", "Chen"), strict=True
    ):
        code = NO_DATA if share is None else ON_TRACK  # the child's own grade does not matter here
        plan[goal_id] = evaluation(
            goal_id,
            code,
            share,
            parent_id=1,
            rollup_weight=weight,
            person=person,
            kpi="aht",
            direction="decrease",
        )
    return plan


def test_a_weighted_parent_is_graded_from_the_weighted_mean_and_names_the_largest_shortfall():
    # 50 % x 90 % + 30 % x 100 % + 20 % x 60 % = 45 + 30 + 12 = 87 %: at risk (75-90 %)
    rolled = roll_up_plan(team([0.9, 1.0, 0.6]))[1]
    assert (rolled.code, rolled.rule) == (AT_RISK, "weighted")
    assert rolled.share == pytest.approx(0.87)
    # shortfalls: Ana 50 x 10 % = 5 points, Ben none, Chen 20 x 40 % = 8 points: Chen drives it
    assert rolled.driver == 4
    goals = {e.goal.id: e.goal for e in team([0.9, 1.0, 0.6]).values()}
    assert rollup_reason(1, rolled, goals) == "weighted mean 87% · driven by: Chen's average handle time"


def test_a_sub_goal_without_a_check_in_leaves_the_mean_and_the_weights_are_rescaled():
    # Chen has no check-in: (50 x 90 % + 30 x 100 %) / 80 = 75 / 80 = 93.75 %: on track
    rolled = roll_up_plan(team([0.9, 1.0, None]))[1]
    assert rolled.share == pytest.approx(0.9375)
    assert rolled.code == ON_TRACK
    assert rolled.driver == 2  # Ana's 5 points are the only shortfall left


def test_shares_are_capped_to_0_to_100_percent_and_achieved_counts_as_all():
    # Ana 150 % counts 100 %, Ben -40 % (worse than the baseline) counts 0 %, Chen achieved counts 100 %
    plan = team([1.5, -0.4, 0.5])
    plan[4] = evaluation(4, ACHIEVED, 0.5, parent_id=1, rollup_weight=20)
    rolled = roll_up_plan(plan)[1]
    assert rolled.share == pytest.approx(0.5 * 1.0 + 0.3 * 0.0 + 0.2 * 1.0)
    assert (rolled.code, rolled.driver) == (OFF_TRACK, 3)


def test_missing_weights_are_equal_shares_shown_as_per_cents_summing_to_100():
    plan = team([0.6, 0.9, 0.9], weights=(None, None, None))
    assert roll_up_plan(plan)[1].share == pytest.approx((0.6 + 0.9 + 0.9) / 3)  # 80 %
    weights = shown_weights([plan[i].goal for i in (2, 3, 4)])
    assert weights == pytest.approx({2: 100 / 3, 3: 100 / 3, 4: 100 / 3})
    # one weight set at 50: the two without take 33.3 each, and all are rescaled to 100
    plan[2] = evaluation(2, ON_TRACK, 0.6, parent_id=1, rollup_weight=50)
    weights = shown_weights([plan[i].goal for i in (2, 3, 4)])
    assert sum(weights.values()) == pytest.approx(100)
    assert weights[2] == pytest.approx(50 / (50 + 200 / 3) * 100)


def test_worst_wins_stays_the_default_and_names_its_driver():
    plan = team([0.9, 1.0, 0.6])
    plan[1] = evaluation(1, title="Team handle time")
    plan[4] = evaluation(4, OFF_TRACK, 0.6, parent_id=1, person="Chen", kpi="aht")
    rolled = roll_up_plan(plan)[1]
    assert (rolled.code, rolled.driver, rolled.rule, rolled.share) == (OFF_TRACK, 4, "worst", None)
    goals = {e.goal.id: e.goal for e in plan.values()}
    assert rollup_reason(1, rolled, goals) == "worst wins · driven by: Chen's average handle time"


def test_a_weighted_parent_with_no_sub_goal_to_weigh_shows_its_own_status():
    rolled = roll_up_plan(team([None, None, None]))[1]
    assert (rolled.code, rolled.share) == (NO_DATA, None)


def pair(speed_code, guard_code, **guard_fields) -> dict[int, Evaluation]:
    guard_fields.setdefault("state", "active")
    return {
        1: evaluation(1, speed_code, 1.0, guardrail_id=2, title="Cut transfers 10 %"),
        2: evaluation(2, guard_code, 0.5, title="Keep first-contact resolution", **guard_fields),
    }


def test_a_goal_on_track_beside_a_guardrail_off_track_is_never_plain_on_track():
    plan = pair(ON_TRACK, OFF_TRACK)
    guarded = guarded_statuses(plan)[1]
    assert guarded_label(guarded) == "On track · guardrail off track"
    assert guarded.shown_code == AT_RISK  # coloured and counted as at risk
    assert roll_up_plan(plan)[1].code == AT_RISK


def test_the_guardrails_status_is_shown_beside_whatever_it_is():
    assert guarded_label(guarded_statuses(pair(AT_RISK, ON_TRACK))[1]) == "At risk · guardrail on track"
    assert guarded_statuses(pair(OFF_TRACK, OFF_TRACK))[1].shown_code == OFF_TRACK
    assert (
        guarded_label(guarded_statuses(pair(ON_TRACK, ON_TRACK))[2]) == "On track"
    )  # no guardrail of its own


@pytest.mark.parametrize("state", ["achieved", "missed", "dropped", "draft"])
def test_a_closed_or_draft_guardrail_adds_nothing(state):
    guarded = guarded_statuses(pair(ON_TRACK, OFF_TRACK, state=state))[1]
    assert guarded_label(guarded) == "On track"
    assert guarded.shown_code == ON_TRACK


def test_a_missing_guardrail_or_the_goal_itself_adds_nothing():
    missing = {1: evaluation(1, ON_TRACK, 1.0, guardrail_id=9)}
    itself = {1: evaluation(1, ON_TRACK, 1.0, guardrail_id=1)}
    for plan in (missing, itself):
        assert guarded_label(guarded_statuses(plan)[1]) == "On track"


def test_two_goals_guarding_each_other_show_each_others_own_status():
    plan = {
        1: evaluation(1, ON_TRACK, 1.0, guardrail_id=2),
        2: evaluation(2, OFF_TRACK, 0.2, guardrail_id=1),
    }
    guarded = guarded_statuses(plan)
    assert guarded_label(guarded[1]) == "On track · guardrail off track"
    assert guarded_label(guarded[2]) == "Off track · guardrail on track"


def test_a_guarded_sub_goal_counts_at_most_75_percent_in_a_weighted_mean():
    plan = team([1.0, 1.0, 1.0], weights=(None, None, None))
    plan[5] = evaluation(5, OFF_TRACK, 0.1, title="Quality")
    plan[2] = evaluation(2, ON_TRACK, 1.0, parent_id=1, guardrail_id=5)
    rolled = roll_up_plan(plan)[1]
    assert rolled.share == pytest.approx((0.75 + 1 + 1) / 3)  # 92 %: on track, the guarded one drives it
    assert (rolled.code, rolled.driver) == (ON_TRACK, 2)


def test_the_reason_comes_out_in_the_language_given():
    korean = {"weighted mean {share}": "가중 평균 {share}", "driven by: {what}": "주 원인: {what}"}
    words = Wording(translate=lambda context, text, n=-1: korean.get(text, text))
    plan = team([0.9, 1.0, 0.6])
    plan[4] = evaluation(4, ON_TRACK, 0.6, parent_id=1, rollup_weight=20, title="Chen's calls")
    rolled = roll_up_plan(plan)[1]
    goals = {e.goal.id: e.goal for e in plan.values()}
    assert rollup_reason(1, rolled, goals, words) == "가중 평균 87% · 주 원인: Chen's calls"


def test_an_agent_on_a_custom_metric_is_named_by_person_and_unit():
    """ "driven by: Chen's tickets", not the agent goal's title, whose name at its end gets cut off."""
    plan = {1: evaluation(1, title="Resolve 1,200 tickets a month", unit="tickets")}
    for goal_id, person, code in ((2, "Ana", ON_TRACK), (3, "Chen", OFF_TRACK)):
        plan[goal_id] = evaluation(
            goal_id, code, 0.9, parent_id=1, person=person, unit="tickets",
            title=f"Resolve 1,200 tickets a month — {person}",
        )  # fmt: skip
    rolled = roll_up_plan(plan)[1]
    goals = {e.goal.id: e.goal for e in plan.values()}
    assert rollup_reason(1, rolled, goals) == "worst wins · driven by: Chen's tickets"
