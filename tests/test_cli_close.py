"""``goalplanner close`` and what ``status`` then says, run as a user runs them."""

from __future__ import annotations

import json
import sqlite3

from goalplanner.store import Store
from tests.test_cli import goalplanner, past_plan, table


def test_close_a_goal_with_its_last_value_and_a_lesson(tmp_path, private_home):
    plan, wait_id, _quiet_id = past_plan(tmp_path)
    result = goalplanner(
        "close", "--db", plan, "--goal", wait_id, "--outcome", "achieved", "--note", "Callbacks",
        home=private_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"closed goal {wait_id} as achieved (190 s)" in result.stdout
    with Store.open(plan, create=False, daily_backup=False) as store:
        goal = store.get_goal(wait_id)
    assert (goal.state, goal.final_value, goal.lessons) == ("achieved", 190.0, "Callbacks")
    rows = table(goalplanner("status", "--db", plan, home=private_home).stdout)
    assert rows[wait_id][8] == "achieved (190 s)"
    (entry,) = json.loads(
        goalplanner("status", "--db", plan, "--goal", str(wait_id), "--json", home=private_home).stdout
    )
    assert (entry["state"], entry["final_value"], entry["lessons"]) == ("achieved", 190.0, "Callbacks")
    assert entry["ready_to_close"] is False
    assert entry["checkins"][-1]["confidence"] is None and entry["checkins"][-1]["next_step"] == ""


def test_close_with_a_final_value_and_a_sign_off(tmp_path, private_home):
    plan, _wait_id, quiet_id = past_plan(tmp_path)
    args = ("close", "--db", plan, "--goal", quiet_id, "--outcome", "missed", "--final", "200")
    result = goalplanner(*args, "--signed-off-by", "Dana", home=private_home)
    assert result.returncode == 0, result.stderr
    with Store.open(plan, create=False, daily_backup=False) as store:
        goal = store.get_goal(quiet_id)
    assert (goal.state, goal.final_value, goal.signed_off_by) == ("missed", 200.0, "Dana")
    assert goal.signed_off_on is not None
    again = goalplanner(*args, home=private_home)
    assert again.returncode == 1 and "already closed (missed)" in again.stderr


def test_close_refuses_impossible_values_unknown_goals_and_damaged_plans(tmp_path, private_home):
    plan, wait_id, _quiet_id = past_plan(tmp_path)
    impossible = goalplanner(
        "close", "--db", plan, "--goal", wait_id, "--outcome", "achieved", "--final", "-5", home=private_home
    )
    assert impossible.returncode == 1 and "nothing was changed" in impossible.stderr
    unknown = goalplanner("close", "--db", plan, "--goal", 99, "--outcome", "dropped", home=private_home)
    assert unknown.returncode == 2 and "has no goal 99" in unknown.stderr
    wrong = goalplanner("close", "--db", plan, "--goal", wait_id, "--outcome", "won", home=private_home)
    assert wrong.returncode == 2
    conn = sqlite3.connect(plan)
    conn.execute("UPDATE goals SET start = 'notadate' WHERE id = ?", [wait_id])
    conn.commit()
    conn.close()
    before = plan.read_bytes()
    damaged = goalplanner("close", "--db", plan, "--goal", wait_id, "--outcome", "dropped", home=private_home)
    assert damaged.returncode == 2 and "notadate" in damaged.stderr  # as checkin and status
    assert plan.read_bytes() == before
    with Store.open_reader(plan) as store:
        assert store.db.execute("SELECT state FROM goals WHERE id = ?", [wait_id]).fetchone()[0] == "active"
