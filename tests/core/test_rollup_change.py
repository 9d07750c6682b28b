"""Rolling up a change of a few goals (core.rollup.RolledPlan.change) gives what rolling up the whole
plan gives: one check-in in a big plan re-rolls its goal, the goals it guards and the goals above."""

import random
from dataclasses import replace

from goalplanner.core.progress import ACHIEVED, AT_RISK, NO_DATA, OFF_TRACK, ON_TRACK
from goalplanner.core.rollup import RolledPlan, guarded_statuses, roll_up_plan
from tests.core.test_rollup import evaluation

CODES = (ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED, NO_DATA)
STATES = ("active", "active", "active", "achieved", "missed", "dropped", "draft")


def _random_plan(rng: random.Random, size: int) -> dict:
    plan = {}
    for goal_id in range(1, size + 1):
        parent = rng.choice([None, *range(1, goal_id)]) if goal_id > 1 else None
        if rng.random() < 0.05:
            parent = rng.randint(1, size)  # a loop of parents, or a parent further on
        plan[goal_id] = _judged(rng, goal_id, parent, size)
    return plan


def _judged(rng: random.Random, goal_id: int, parent: int | None, size: int):
    code = rng.choice(CODES)
    achievement = None if code == NO_DATA or rng.random() < 0.2 else rng.uniform(-0.3, 1.3)
    return evaluation(
        goal_id,
        code,
        achievement,
        parent_id=parent,
        state=rng.choice(STATES),
        rollup_rule=rng.choice(("worst", "weighted")),
        rollup_weight=rng.choice((None, 10.0, 30.0, 0.0)),
        guardrail_id=rng.choice((None, None, rng.randint(1, size))),
    )


def test_a_change_of_a_few_goals_rolls_up_as_the_whole_plan_would():
    rng = random.Random(24)
    for _plan in range(30):
        size = rng.randint(2, 40)
        plan = _random_plan(rng, size)
        rolled = RolledPlan(plan)
        for _change in range(5):
            changed = {}
            for goal_id in rng.sample(sorted(plan), rng.randint(1, 3)):
                again = _judged(rng, goal_id, plan[goal_id].goal.parent_id, size)  # same parent
                changed[goal_id] = again
            plan.update(changed)
            reached = rolled.change(changed)
            assert rolled.rollups == roll_up_plan(plan)
            assert rolled.guarded == guarded_statuses(plan)
            assert set(changed) <= reached


def test_only_the_goal_the_goals_it_guards_and_the_goals_above_are_rolled_up_again():
    plan = {
        1: evaluation(1, ON_TRACK),
        2: evaluation(2, ON_TRACK, parent_id=1),
        3: evaluation(3, ON_TRACK, parent_id=2),
        4: evaluation(4, ON_TRACK, parent_id=1, guardrail_id=3),  # guarded by 3
        5: evaluation(5, ON_TRACK, parent_id=1),
        6: evaluation(6, ON_TRACK),
    }
    rolled = RolledPlan(plan)
    reached = rolled.change({3: replace(evaluation(3, OFF_TRACK, parent_id=2))})
    assert reached == {3, 2, 1, 4}
    assert rolled.rollups[1].code == OFF_TRACK
    assert rolled.guarded[4].shown_code == AT_RISK  # never green beside an off-track guardrail


def test_a_goal_moved_under_another_parent_rolls_up_the_whole_plan():
    plan = {1: evaluation(1, ON_TRACK), 2: evaluation(2, ON_TRACK), 3: evaluation(3, OFF_TRACK, parent_id=1)}
    rolled = RolledPlan(plan)
    moved = {3: evaluation(3, OFF_TRACK, parent_id=2)}
    assert rolled.change(moved) == {1, 2, 3}
    assert rolled.rollups == roll_up_plan(plan | moved)
