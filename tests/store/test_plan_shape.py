"""The plan's shape is kept with the goal: saved, read back, upgraded from older plans, validated."""

from __future__ import annotations

from datetime import date

from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import PlanShape
from goalplanner.store import Store, schema
from goalplanner.store.validate import validate
from tests.helpers import wait_goal

LAST_YEAR = (120.0, 110.0, 130.0, 125.0, 140.0, 160.0, 180.0, 175.0, 150.0, 135.0, 128.5, 190.0)


def test_a_shaped_goal_and_its_shaped_plan_are_saved_and_read_back(store: Store):
    shapes = [PlanShape("geometric", rate=-0.05, every="week"), PlanShape("seasonal", profile=LAST_YEAR)]
    for shape in shapes:
        goal = wait_goal(plan_shape=shape)
        goal_id = store.save_goal(goal, plan_for(goal))
        read = store.get_goal(goal_id)
        assert read.plan_shape == shape
        assert [s.planned for s in store.subtargets(goal_id)] == [s.planned for s in plan_for(read)]
    straight = store.save_goal(wait_goal(), plan_for(wait_goal()))
    assert store.db.execute("SELECT plan_shape FROM goals WHERE id = ?", [straight]).fetchone()[0] is None
    assert validate(store) == []


def test_goals_of_a_version_3_plan_upgrade_to_straight_lines(plan_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        with Store.open(plan_path) as old:
            sql = "INSERT INTO goals (title, start, created, updated) VALUES (?, '2025-01-06', '', '')"
            old.db.execute(sql, ["Shorter waits"])
            assert old.schema_version == 3
    with Store.open(plan_path) as store:
        assert store.schema_version == schema.schema_version()
        (goal,) = store.list_goals()
        assert goal.plan_shape == PlanShape()
        assert validate(store) == []


def test_validate_names_a_goal_whose_shape_is_damaged(store: Store):
    goal_id = store.save_goal(wait_goal(start=date(2025, 1, 6)), [])
    store.db.execute(
        "UPDATE goals SET plan_shape = ? WHERE id = ?", ['{"curve": "seasonal", "profile": [1, 2]}', goal_id]
    )
    (problem,) = validate(store)
    assert (problem.goal_id, problem.field) == (goal_id, "plan_shape")
    assert "12" in problem.message
    store.db.execute("UPDATE goals SET plan_shape = ? WHERE id = ?", ['{"curve": "zigzag"}', goal_id])
    (problem,) = validate(store)
    assert problem.english() == f"goal {goal_id}, plan_shape: curve 'zigzag' is not one of " + (
        "linear, geometric, front, back, seasonal"
    )
