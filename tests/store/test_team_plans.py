"""Linked team plans: kept as validated rows, read from a snapshot, the team lead's file never touched."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from goalplanner.core.model import CheckIn
from goalplanner.store import NewerSchemaError, Store, StoreError
from goalplanner.store.demo import write_sample_plan
from goalplanner.store.rows import BadRowError
from goalplanner.store.team_plans import read_team_plan
from goalplanner.store.validate import validate
from tests.helpers import wait_goal

TODAY = date(2025, 3, 3)


def team_plan(path: Path) -> Path:
    path.parent.mkdir(exist_ok=True)
    Store.create(path, lambda store: write_sample_plan(store, TODAY))
    return path


def footprint(path: Path) -> tuple[bytes, int, list[str]]:
    """What a reader must never change: the file's bytes and time, and what lies beside it."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def department(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "department.goalplan", daily_backup=False)
    store.save_goal(wait_goal(title="Department: resolve more first time"))
    yield store
    store.close()


def test_links_are_added_listed_and_removed_with_absolute_paths(department, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    link = department.add_linked_plan(1, "north.goalplan", "North")
    assert department.linked_plans() == [link]
    assert link.path == str(tmp_path / "north.goalplan") and Path(link.path).is_absolute()
    assert (link.name, link.file_name) == ("North", "north.goalplan")
    with pytest.raises(KeyError):
        department.add_linked_plan(99, tmp_path / "south.goalplan")
    with pytest.raises(ValueError):
        department.add_linked_plan(1, department.path)
    department.remove_linked_plan(link.id)
    assert department.linked_plans() == []
    with pytest.raises(KeyError):
        department.remove_linked_plan(link.id)


def test_deleting_the_department_goal_removes_its_links(department, tmp_path):
    department.add_linked_plan(1, tmp_path / "north.goalplan")
    department.delete_goal(1)
    assert department.linked_plans() == []


def test_a_tampered_link_is_named_never_a_traceback(department, tmp_path):
    department.add_linked_plan(1, tmp_path / "north.goalplan")
    conn = sqlite3.connect(department.path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE linked_plans SET path = x'00ff', goal_id = 42")
    conn.commit()
    conn.close()
    lines = [p.english() for p in validate(department)]
    assert "linked team plan 1, path: stored as binary data, not text" in " ".join(lines)
    assert any("belongs to goal 42, which does not exist" in line for line in lines)
    with pytest.raises(BadRowError, match="linked team plan 1, path"):
        department.linked_plans()


def test_a_snapshot_reads_the_team_plan_without_touching_it(department, tmp_path):
    north = team_plan(tmp_path / "share" / "north.goalplan")
    before = footprint(north)
    link = department.add_linked_plan(1, north, "North")
    read = read_team_plan(link, tmp_path / "cache")
    assert read.error is None and read.taken is not None
    assert footprint(north) == before  # bytes, time, and no -wal or -shm beside it
    with Store.open_reader(north) as direct:  # (a plain reader leaves a -wal and -shm: not ours to do)
        assert [t.goal.title for t in read.goals] == [g.title for g in direct.list_goals()]
        assert sum(len(t.checkins) for t in read.goals) == direct.counts()["checkins"]


def test_a_plan_open_in_the_leads_app_is_read_with_its_latest_changes_and_left_as_it_was(
    department, tmp_path
):
    north = team_plan(tmp_path / "share" / "north.goalplan")
    with Store.open(north, daily_backup=False) as lead:  # the lead has it open: a -wal beside it
        goal_id = lead.list_goals()[-1].id
        lead.add_checkins([CheckIn(goal_id, TODAY, 123.0, note="typed just now")])
        before = footprint(north)
        read = read_team_plan(department.add_linked_plan(1, north), tmp_path / "cache")
        assert footprint(north) == before
        notes = [c.note for t in read.goals for c in t.checkins]
        assert "typed just now" in notes
        lead.add_checkins([CheckIn(goal_id, TODAY, 124.0, note="after the snapshot")])  # not locked out


def test_a_changed_file_is_read_anew(department, tmp_path):
    north = team_plan(tmp_path / "share" / "north.goalplan")
    link = department.add_linked_plan(1, north)
    first = read_team_plan(link, tmp_path / "cache")
    with Store.open(north, daily_backup=False) as lead:
        lead.save_goal(wait_goal(title="A new team goal"))
    second = read_team_plan(link, tmp_path / "cache")
    assert second.changed != first.changed
    assert "A new team goal" in [t.goal.title for t in second.goals]


def test_missing_damaged_newer_and_foreign_files_say_why(department, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    missing = read_team_plan(department.add_linked_plan(1, share / "gone.goalplan"), tmp_path / "cache")
    assert isinstance(missing.error, FileNotFoundError) and missing.goals == ()

    garbage = share / "garbage.goalplan"
    garbage.write_bytes(b"not a plan at all" * 100)
    foreign = read_team_plan(department.add_linked_plan(1, garbage), tmp_path / "cache")
    assert isinstance(foreign.error, StoreError) and str(garbage) in str(foreign.error)

    newer = team_plan(share / "newer.goalplan")
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    future = read_team_plan(department.add_linked_plan(1, newer), tmp_path / "cache")
    assert isinstance(future.error, NewerSchemaError) and str(newer) in str(future.error)

    tampered = team_plan(share / "tampered.goalplan")
    conn = sqlite3.connect(tampered)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE goals SET start = 'notadate' WHERE id = 2")
    conn.commit()
    conn.close()
    before = footprint(tampered)
    damaged = read_team_plan(department.add_linked_plan(1, tampered), tmp_path / "cache")
    assert isinstance(damaged.error, StoreError)
    assert "goal 2, start: 'notadate' is not a date" in str(damaged.error)
    assert str(tampered) in str(damaged.error)
    assert footprint(tampered) == before


def test_a_plan_from_an_older_goalplanner_is_brought_up_to_date_in_the_copy_only(department, tmp_path):
    from goalplanner.store import schema
    from goalplanner.store.fileformat import APPLICATION_ID

    older = tmp_path / "share" / "older.goalplan"
    older.parent.mkdir()
    conn = sqlite3.connect(older, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    for version in range(schema.schema_version() - 1):
        for statement in schema.MIGRATIONS[version]:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version + 1:d}")
    conn.close()
    before = footprint(older)
    read = read_team_plan(department.add_linked_plan(1, older), tmp_path / "cache")
    assert read.error is None and read.goals == ()
    assert footprint(older) == before
    assert list((tmp_path / "cache").iterdir()) == []  # each reading's copy is removed once read
