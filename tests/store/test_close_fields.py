"""A goal's close (final value, lessons, sign-off) and a check-in's confidence and next step are
saved, read back, upgraded from older plans and validated."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from goalplanner.core.model import CheckIn
from goalplanner.store import Store, schema
from goalplanner.store.validate import validate
from tests.helpers import wait_goal


def test_a_closed_goal_and_its_sign_off_are_read_back(store: Store):
    goal = replace(
        wait_goal(),
        state="achieved",
        final_value=118.5,
        lessons="Callbacks at peak hours did it.",
        signed_off_by="Dana Reviewer",
        signed_off_on=date(2025, 7, 1),
    )
    read = store.get_goal(store.save_goal(goal, []))
    assert (read.state, read.final_value, read.lessons) == ("achieved", 118.5, goal.lessons)
    assert (read.signed_off_by, read.signed_off_on) == ("Dana Reviewer", date(2025, 7, 1))
    assert read.closed
    assert validate(store) == []


def test_a_check_in_keeps_confidence_and_next_step(store: Store):
    goal_id = store.save_goal(wait_goal(), [])
    store.add_checkins(
        [
            CheckIn(goal_id, date(2025, 2, 3), 150.0, confidence="at_risk", next_step="Hire two agents"),
            CheckIn(goal_id, date(2025, 2, 10), 140.0),
        ]
    )
    first, second = store.checkins(goal_id)
    assert (first.confidence, first.next_step) == ("at_risk", "Hire two agents")
    assert (second.confidence, second.next_step) == (None, "")
    assert validate(store) == []


def test_a_version_4_plan_upgrades_with_nothing_closed(plan_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
        with Store.open(plan_path) as old:
            old.db.execute(
                "INSERT INTO goals (title, start, state, created, updated) "
                "VALUES ('Shorter waits', '2025-01-06', 'active', '', '')"
            )
            old.db.execute(
                "INSERT INTO checkins (goal_id, on_date, actual, created) VALUES (1, '2025-01-13', 5, '')"
            )
            assert old.schema_version == 4
    with Store.open(plan_path) as store:
        assert store.schema_version == schema.schema_version()
        (goal,) = store.list_goals()
        assert (goal.state, goal.final_value, goal.lessons, goal.signed_off_on) == ("active", None, "", None)
        (checkin,) = store.checkins(goal.id)
        assert (checkin.confidence, checkin.next_step) == (None, "")
        assert validate(store) == []


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("goals", "final_value", "lots"),
        ("goals", "signed_off_on", "2025-02-30"),
        ("goals", "lessons", b"\x00"),
        ("checkins", "next_step", b"\x01"),
    ],
)
def test_validate_names_a_damaged_close_value(store: Store, table, column, value):
    goal_id = store.save_goal(wait_goal(), [])
    store.add_checkins([CheckIn(goal_id, date(2025, 2, 3), 150.0)])
    store.db.execute(f"UPDATE {table} SET {column} = ?", [value])
    (problem,) = validate(store)
    assert (problem.goal_id, problem.field) == (goal_id, column)


def test_the_schema_refuses_an_unknown_confidence(store: Store):
    goal_id = store.save_goal(wait_goal(), [])
    store.add_checkins([CheckIn(goal_id, date(2025, 2, 3), 150.0)])
    with pytest.raises(Exception, match="CHECK"):
        store.db.execute("UPDATE checkins SET confidence = 'great'")


def test_the_model_refuses_an_unknown_confidence():
    with pytest.raises(ValueError, match="confidence"):
        CheckIn(1, date(2025, 2, 3), 1.0, confidence="great")
