"""validate() and the row readers agree on what a sound row is; older formats and new plans are sound."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from goalplanner.store import Store, schema
from goalplanner.store.check import check_file
from goalplanner.store.fileformat import APPLICATION_ID
from goalplanner.store.rows import (
    CHECKS,
    BadRowError,
    goal_to_row,
    row_problems,
    row_to_checkin,
    row_to_goal,
    row_to_subtarget,
)
from goalplanner.store.validate import validate
from tests.helpers import wait_goal

# Values another program might leave in any column: each must be judged the same by the SQL that
# picks out suspect rows and by the Python checks that word the problem.
ODD_VALUES = [
    "abc", "", " ", "NaN", "inf", b"\x00\xff", 0, 1, 2, -1, 1.5, 1e308, 9e999, -9e999, None,
    "2025-01-01", "2025-02-30", "2025-02-28", "20250101", "2025-W01-1", "0000-01-01", "2025-01-01 ",
    "2025-1-1", "weekly", "month", "active", "decrease", "[]", '["Ann"]', "[1]", '["Ann", ', "{}",
    '{"contacts": 10}', '{"contacts": 1e999}', '{"contacts": "ten"}', '{"other": 1}', "[[[[[]]]]]",
    # plan shapes, sound and not
    '{"curve": "geometric", "rate": -0.05, "every": "month", "profile": []}', '{"rate": null}',
    '{"curve": "seasonal", "profile": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}', '{"curve": "wavy"}',
    '{"curve": "seasonal"}', '{"curve": "seasonal", "profile": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}',
    '{"profile": [1, 2, 3]}', '{"profile": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "x"]}', '{"profile": null}',
    '{"profile": [-1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}', '{"rate": -1}', '{"rate": 11}', '{"rate": true}',
    '{"rate": 1e999}', '{"rate": "-5"}', '{"every": "day"}', '{"every": 1}', '{"curve": null}',
    '{"solve_for": "goal", "volume": "profile", "patience_s": 90, "open_hours_per_week": 40}',
    '{"solve_for": "miracles"}', '{"solve_for": 1}', '{"volume": null}', '{"patience_s": "long"}',
    '{"volume_profile": []}', f'{{"volume_profile": {list(range(12))}}}', '{"volume_profile": [1, 2]}',
    f'{{"volume_profile": {[-1, *range(11)]}}}', f'{{"volume_profile": {[1e999, *range(11)]}}}',
    '{"volume_profile": ["a", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}', '{"volume_profile": {"jan": 1}}',
    '{"volume_profile": [[1], 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}',
]  # fmt: skip

READ = {"goals": row_to_goal, "subtargets": row_to_subtarget, "checkins": row_to_checkin}


def one_of_each() -> sqlite3.Connection:
    """An in-memory plan of this version's schema with one sound goal, plan period, check-in and draft."""
    conn = schema.reference()
    row = goal_to_row(wait_goal(contributors=("Ann",))) | {"id": 1, "created": "", "updated": ""}
    conn.execute(
        f"INSERT INTO goals ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )
    conn.execute(
        "INSERT INTO subtargets (id, goal_id, period, label, period_start, period_end, planned) "
        "VALUES (1, 1, 'week', '2025-W02', '2025-01-06', '2025-01-12', 220.0)"
    )
    conn.execute(
        "INSERT INTO checkins (id, goal_id, on_date, actual, created) VALUES (1, 1, '2025-01-10', 230, '')"
    )
    conn.execute("INSERT INTO wizard_drafts (id, goal_id, payload, updated) VALUES (1, 1, '{}', '')")
    conn.execute(
        "INSERT INTO linked_plans (id, goal_id, path, label, added) "
        "VALUES (1, 1, '/share/north.goalplan', 'North', '2025-01-10T09:00:00+00:00')"
    )
    conn.execute("PRAGMA ignore_check_constraints = ON")
    return conn


def test_one_of_each_is_sound():
    conn = one_of_each()
    assert validate(conn) == []
    for table, read in READ.items():
        read(_row(conn, table))


def _row(conn: sqlite3.Connection, table: str) -> dict:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE id = 1")
    return dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))


@pytest.mark.parametrize("table", list(CHECKS))
def test_sql_and_python_checks_agree_on_every_odd_value_in_every_column(table):
    conn = one_of_each()
    for column in CHECKS[table]:
        if column == "goal_id" or (table, column) in {("goals", "parent_id"), ("goals", "guardrail_id")}:
            continue  # references: their own tests
        for value in ODD_VALUES:
            conn.execute("SAVEPOINT odd")
            try:
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = 1", [value])
            except sqlite3.IntegrityError:  # NOT NULL: only a change of the schema lets it in
                conn.execute("ROLLBACK TO odd")
                conn.execute("RELEASE odd")
                continue
            row = _row(conn, table)
            python = {field for field, _message in row_problems(table, row)}
            found = {(p.table, p.field) for p in validate(conn)}
            assert found == {(table, field) for field in python}, (table, column, value, found, python)
            if table in READ:  # a reader either reads the row or names what is wrong with it
                try:
                    READ[table](row)
                except BadRowError as error:
                    assert error.field in python or not python, (table, column, value, error)
            conn.execute("ROLLBACK TO odd")
            conn.execute("RELEASE odd")


def test_every_row_false_leaves_plan_periods_and_checkins_to_the_readers():
    conn = one_of_each()
    conn.execute("UPDATE checkins SET actual = 'abc'")
    conn.execute("UPDATE goals SET state = 'paused'")
    assert {(p.table, p.field) for p in validate(conn)} == {("checkins", "actual"), ("goals", "state")}
    assert {(p.table, p.field) for p in validate(conn, every_row=False)} == {("goals", "state")}


def test_a_plan_in_an_older_format_is_checked_against_that_format(tmp_path: Path):
    plan = tmp_path / "old.goalplan"
    conn = sqlite3.connect(plan, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    for step in schema.MIGRATIONS[:2]:
        for statement in step:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    report = check_file(plan)
    assert report.schema_version == 2 and report.problems == [] and report.ok
    with Store.open(plan, backup_root=tmp_path / "backups") as store:  # migrated to this version
        assert validate(store) == []


def test_a_saved_goal_with_everything_filled_in_is_sound(store: Store):
    from goalplanner.core.model import ResourceCheck, Resources, StaffingInputs

    goal = wait_goal(
        contributors=("Ann", "Bo"),
        resources=Resources(
            staff=ResourceCheck(True, ""),
            budget=ResourceCheck(False, "ask"),
            headcount=3,
            budget_amount=1000.0,
            staffing=StaffingInputs(),
            budget_contacts=500.0,
        ),
    )
    goal_id = store.save_goal(goal)
    store.save_goal(wait_goal(parent_id=goal_id, range_low=1.0, range_high=2.0, direction="range"))
    store.add_checkin(goal_id, date(2025, 1, 10), 230.0, "note", numerator=1.0, denominator=2.0)
    store.save_draft({"title": "half typed"}, goal_id=goal_id)
    assert validate(store) == []
    assert store.get_goal(goal_id).resources.staffing == StaffingInputs()


def test_the_calculators_choices_and_monthly_volumes_are_kept(store: Store):
    from goalplanner.core.model import Resources, StaffingInputs

    inputs = StaffingInputs(
        solve_for="service_level", volume="profile", volume_profile=tuple(range(1000, 13000, 1000)),
        patience_s=90.0, open_hours_per_week=60.0,
    )  # fmt: skip
    goal_id = store.save_goal(wait_goal(resources=Resources(headcount=12, staffing=inputs)))
    assert validate(store) == []
    assert store.get_goal(goal_id).resources.staffing == inputs


def test_calculator_inputs_stored_before_the_weekly_forecast_load_with_defaults(store: Store):
    from goalplanner.core.model import Resources, StaffingInputs

    goal_id = store.save_goal(wait_goal(resources=Resources(staffing=StaffingInputs())))
    old = '{"contacts": 50, "interval_s": 900, "aht_s": 240, "service_level": 0.9, "answer_within_s": 15, '
    old += '"shrinkage": 0.25, "max_occupancy": 0.85}'
    with store.transaction() as conn:
        conn.execute("UPDATE goals SET staffing = ? WHERE id = ?", [old, goal_id])
    assert validate(store) == []
    inputs = store.get_goal(goal_id).resources.staffing
    kept = (inputs.contacts, inputs.solve_for, inputs.volume, inputs.volume_profile)
    assert kept == (50, "goal", "flat", ())
