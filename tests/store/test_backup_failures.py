"""Backups never block the plan, and leave nothing behind that the next backup does not clean up."""

from __future__ import annotations

import errno
import os
import sqlite3
import types
from datetime import date

import pytest

from goalplanner import paths
from goalplanner.store import BackupError, Store, schema
from goalplanner.store import backup as backup_module
from goalplanner.store.backup import claimed, list_backups, partial_files, verify
from goalplanner.store.demo import write_sample_plan

from .test_backup_migration import goal_count


@pytest.fixture
def sample(plan_path):
    with Store.open(plan_path, daily_backup=False) as store:
        write_sample_plan(store, date(2025, 3, 12))
    return plan_path


def a_file_where_the_folder_should_be(tmp_path, monkeypatch):
    root = tmp_path / "backups"
    root.write_text("not a folder")
    return root


def a_folder_without_permission(tmp_path, monkeypatch):
    root = tmp_path / "backups"
    root.mkdir()
    root.chmod(0o500)
    if os.geteuid() != 0:
        return root
    # Root writes anywhere; the system refuses it the same way a locked folder refuses a user.
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):
        if str(path).startswith(str(root)) and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(backup_module.os, "open", refuse)
    return root


def a_full_disk(tmp_path, monkeypatch):
    # The real thing (a file size limit) is in tests/reliability/test_backup_litter.py; here SQLite's
    # own error for it, raised where the snapshot is written.
    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    fake = types.SimpleNamespace(connect=full, Error=sqlite3.Error, DatabaseError=sqlite3.DatabaseError)
    monkeypatch.setattr(backup_module, "sqlite3", fake)
    return tmp_path / "backups"


FAILURES = [a_file_where_the_folder_should_be, a_folder_without_permission, a_full_disk]


@pytest.mark.parametrize("failure", FAILURES, ids=lambda f: f.__name__)
def test_the_plan_opens_and_saves_when_its_backup_cannot_be_written(sample, tmp_path, monkeypatch, failure):
    root = failure(tmp_path, monkeypatch)
    with Store.open(sample, backup_root=root) as store:
        assert isinstance(store.backup_problem, BackupError)
        assert "The backup of" in str(store.backup_problem)
        goal = store.list_goals()[0]
        store.add_checkin(goal.id, date(2025, 3, 13), 1.0, "saved without a backup")
        with pytest.raises(BackupError):  # asked for explicitly, the failure is the answer
            store.backup("manual")
    monkeypatch.undo()
    with Store.open(sample, backup_root=tmp_path / "elsewhere") as store:
        assert store.backup_problem is None
        assert any(c.note == "saved without a backup" for c in store.checkins(goal.id))
    assert list(root.rglob("*.partial*")) == [] if root.is_dir() else not root.exists() or root.is_file()


def test_the_reason_says_what_the_system_said(sample, tmp_path, monkeypatch):
    root = a_file_where_the_folder_should_be(tmp_path, monkeypatch)
    with Store.open(sample, backup_root=root) as store:
        assert "Not a directory" in str(store.backup_problem)


def test_a_failed_pre_migration_backup_does_not_stop_the_upgrade(sample, tmp_path, monkeypatch):
    monkeypatch.setattr(
        schema, "MIGRATIONS", [*schema.MIGRATIONS, ["ALTER TABLE goals ADD COLUMN colour TEXT"]]
    )
    root = a_file_where_the_folder_should_be(tmp_path, monkeypatch)
    with Store.open(sample, backup_root=root) as store:
        assert store.schema_version == len(schema.MIGRATIONS)
        assert store.backup_problem is not None
        assert len(store.list_goals()) == 7


def test_a_world_writable_folder_on_the_data_path_is_a_warning_not_a_failure(private_home, monkeypatch):
    monkeypatch.setattr(paths, "folder_warnings", [])
    (private_home / "data").chmod(0o777)
    with Store.open() as store:  # the default plan, in the data folder
        assert store.path == private_home / "data" / "goalplanner" / "goals.goalplan"
        assert store.backup_problem is None
        store.backup("manual")
    assert paths.folder_warnings and "writable by another user" in paths.folder_warnings[0]
    assert (private_home / "data" / "goalplanner").stat().st_mode & 0o777 == 0o700


def test_the_backup_folder_can_be_chosen(sample, tmp_path, monkeypatch):
    monkeypatch.setenv(paths.BACKUP_DIR_VARIABLE, str(tmp_path / "chosen"))
    with Store.open(sample) as store:
        assert store.backup_dir.parent == tmp_path / "chosen"
        (daily,) = list_backups(store.backup_dir, "daily")
    verify(daily)


# -- partial files ---------------------------------------------------------------------------------


def stale_partial(folder, name="goals--20250101-000000-000000--daily.goalplan"):
    """What a backup killed midway leaves: a partial copy and SQLite's journal beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / (name + ".partial")
    partial.write_bytes(b"SQLite format 3\x00" + bytes(8000))
    partial.with_name(partial.name + "-journal").write_bytes(bytes(512))
    return partial


def test_the_next_backup_removes_what_a_killed_backup_left(sample):
    with Store.open(sample, daily_backup=False) as store:
        left = stale_partial(store.backup_dir)
        orphan = store.backup_dir / "goals--20250101-000001-000000--daily.goalplan.partial-journal"
        orphan.write_bytes(b"")
        written = store.backup("manual")
    assert sorted(p.name for p in store.backup_dir.iterdir()) == [written.name]
    assert not left.exists()


def test_a_partial_file_being_written_by_a_live_backup_is_left_alone(sample):
    with Store.open(sample, daily_backup=False) as store:
        store.backup_dir.mkdir(parents=True)
        live = store.backup_dir / "goals--20990101-000000-000000--manual.goalplan.partial"
        with claimed(live) as ours:  # as another program's backup holds it while writing
            assert ours
            store.backup("manual")
            assert live.exists()
        assert not live.exists()  # its writer removes it when done (or the next backup, if it dies)
        assert partial_files(store.backup_dir) == []


def test_a_claimed_name_is_never_claimed_twice(tmp_path):
    path = tmp_path / "x.partial"
    with claimed(path) as first, claimed(path) as second:
        assert first and not second
        assert path.exists()
    assert not path.exists()


def test_a_failed_backup_leaves_no_partial_file(sample, monkeypatch):
    def bad(_path):
        raise BackupError(_path, reason="the copy failed its integrity check")

    monkeypatch.setattr(backup_module, "verify", bad)
    with Store.open(sample, daily_backup=False) as store:
        with pytest.raises(BackupError):
            store.backup("manual")
        assert list(store.backup_dir.iterdir()) == []


# -- creating a plan ----------------------------------------------------------------------------------


def test_a_new_plan_appears_whole_or_not_at_all(tmp_path):
    path = tmp_path / "new.goalplan"

    def fail_halfway(store):
        write_sample_plan(store, date(2025, 3, 12))
        raise RuntimeError("stopped while writing")

    with pytest.raises(RuntimeError):
        Store.create(path, fail_halfway)
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]  # no plan, no temporary file
    assert Store.create(path, lambda store: write_sample_plan(store, date(2025, 3, 12))) == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "new.goalplan"]
    assert goal_count(path) == 7


def test_creating_never_replaces_a_file(tmp_path, sample):
    before = sample.read_bytes()
    with pytest.raises(FileExistsError):
        Store.create(sample)
    with pytest.raises(FileExistsError):
        Store.create(sample, replace_unfinished=True)  # a plan is never "unfinished"
    assert sample.read_bytes() == before


def test_a_plan_that_holds_nothing_is_still_a_plan(tmp_path):
    empty_plan = tmp_path / "empty.goalplan"
    Store.create(empty_plan)
    with Store.open(empty_plan, replace_unfinished=True) as store:
        plan_id = store.plan_id
    with Store.open(empty_plan) as store:
        assert store.plan_id == plan_id  # the same file, not a new one


def test_leftovers_of_a_creation_cut_short_are_removed_by_the_next(tmp_path):
    leftover = tmp_path / ".new.goalplan.0123456789ab.creating"
    leftover.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    leftover.with_name(leftover.name + "-journal").write_bytes(bytes(512))
    live = tmp_path / ".new.goalplan.ba9876543210.creating"
    with claimed(live):  # another program creating the same plan right now
        Store.create(tmp_path / "new.goalplan")
        assert live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "new.goalplan"]


def test_a_stale_wal_beside_a_missing_plan_is_not_taken_into_a_new_one(tmp_path, sample):
    other = tmp_path / "other.goalplan"
    other_wal = tmp_path / "other.goalplan-wal"
    conn = sqlite3.connect(sample)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE goals SET title = 'from another plan'")
    conn.commit()
    other_wal.write_bytes(sample.with_name(sample.name + "-wal").read_bytes())
    conn.close()
    with Store.open(other) as store:
        assert store.list_goals() == []


def test_a_plan_made_meanwhile_is_never_replaced(tmp_path):
    path = tmp_path / "race.goalplan"
    for before in (None, b""):  # nothing there yet, or a 0-byte file that may be replaced
        if before is not None:
            path.unlink()
            path.write_bytes(before)

        def meanwhile(_store):  # another program makes a real plan there while this one builds
            path.unlink(missing_ok=True)
            Store.create(path, lambda store: write_sample_plan(store, date(2025, 3, 12)))

        with pytest.raises(FileExistsError):
            Store.create(path, meanwhile, replace_unfinished=True)
        assert goal_count(path) == 7
        assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "race.goalplan"]
