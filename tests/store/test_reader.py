"""A read-only connection of its own, for a worker thread: never creates, migrates or writes."""

import threading
from datetime import date

import pytest

from goalplanner.store import NewerSchemaError, ReadOnlyError, Store
from goalplanner.store.demo import write_sample_plan
from tests.helpers import wait_goal


def in_a_thread(work):
    """``work()``'s result (or exception), from a thread other than the test's."""
    outcome = {}

    def run():
        try:
            outcome["result"] = work()
        except BaseException as error:  # handed back to the test
            outcome["error"] = error

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(30)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def test_a_reader_in_another_thread_reads_what_the_store_holds(store):
    write_sample_plan(store, date(2025, 3, 12))

    def read():
        with Store.open_reader(store.path) as plan:
            goals = plan.list_goals()
            return plan.plan_id, goals, {g.id: (plan.subtargets(g.id), plan.checkins(g.id)) for g in goals}

    plan_id, goals, details = in_a_thread(read)
    assert plan_id == store.plan_id and goals == store.list_goals()
    assert details == {g.id: (store.subtargets(g.id), store.checkins(g.id)) for g in goals}


def test_a_reader_sees_the_plan_as_at_its_first_read_while_the_store_goes_on_writing(store):
    goal_id = store.save_goal(wait_goal())
    with Store.open_reader(store.path) as plan:
        assert plan.checkins(goal_id) == []
        store.add_checkin(goal_id, date(2025, 1, 10), 230.0)  # not blocked by the reader
        assert plan.checkins(goal_id) == []  # one consistent view, not half of a change
    with Store.open_reader(store.path) as plan:
        assert [c.actual for c in plan.checkins(goal_id)] == [230.0]


def test_a_reader_cannot_write(store):
    goal_id = store.save_goal(wait_goal())
    with Store.open_reader(store.path) as plan, pytest.raises(ReadOnlyError):
        plan.add_checkin(goal_id, date(2025, 1, 10), 230.0)
    assert store.checkins(goal_id) == []


def test_a_reader_never_creates_a_file(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    with pytest.raises(FileNotFoundError):
        Store.open_reader(folder / "nothing.goalplan")
    assert list(folder.iterdir()) == []


def test_a_reader_neither_migrates_an_older_file_nor_opens_a_newer_one(plan_path):
    import sqlite3

    from goalplanner.store import StoreError, schema

    Store.open(plan_path).close()
    conn = sqlite3.connect(plan_path)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() + 1:d}")
    conn.close()
    with pytest.raises(NewerSchemaError):
        Store.open_reader(plan_path)
    conn = sqlite3.connect(plan_path)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() - 1:d}")
    conn.close()
    with pytest.raises(StoreError, match="older format"):
        Store.open_reader(plan_path)
    conn = sqlite3.connect(plan_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version() - 1  # untouched
    conn.close()
