import os
import sqlite3
import time
from datetime import date

import pytest

from goalplanner import paths
from goalplanner.store import BackupError, MigrationError, Store, schema
from goalplanner.store.backup import list_backups, newest_good_backup, restore_copy, rotation_dir, verify
from goalplanner.store.demo import write_sample_plan


@pytest.fixture
def sample(plan_path):
    with Store.open(plan_path) as store:
        write_sample_plan(store, date(2025, 3, 12))
    return plan_path


def goal_count(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM goals").fetchone()[0]
    finally:
        conn.close()


def test_opening_makes_at_most_one_verified_backup_a_day(sample):
    with Store.open(sample) as store:
        folder = store.backup_dir
    with Store.open(sample):
        pass
    daily = list_backups(folder, "daily")
    assert len(daily) == 1
    verify(daily[0])
    assert goal_count(daily[0]) == 7
    yesterday = time.time() - 25 * 3600
    os.utime(daily[0], (yesterday, yesterday))
    with Store.open(sample):
        pass
    assert len(list_backups(folder, "daily")) == 2


def test_backup_now_is_a_standalone_verified_copy(sample):
    with Store.open(sample) as store:
        written = store.backup()
    assert written.parent == store.backup_dir
    assert not written.with_name(written.name + "-wal").exists()
    verify(written)
    assert goal_count(written) == 7


def test_rotation_keeps_a_bounded_number(sample):
    with Store.open(sample) as store:
        for _ in range(12):
            store.backup("manual")
        assert len(list_backups(store.backup_dir, "manual")) == 10


def test_a_damaged_backup_is_skipped_when_offering_one(sample, private_home):
    with Store.open(sample) as store:
        good = store.backup("manual")
        time.sleep(0.01)
        bad = store.backup("manual")
    bad.write_bytes(bad.read_bytes()[:2048])
    with pytest.raises(BackupError):
        verify(bad)
    assert newest_good_backup(sample, private_home / "data" / "goalplanner" / "backups") == good


def test_restore_copies_to_a_new_file_only(sample, tmp_path):
    with Store.open(sample) as store:
        backup = store.backup()
    restored = restore_copy(backup, tmp_path / "restored.goalplan")
    with Store.open(restored) as store:
        assert len(store.list_goals()) == 7
    with pytest.raises(FileExistsError):
        restore_copy(backup, sample)


CURRENT = schema.schema_version()


def test_a_migration_runs_after_a_pre_migration_backup(sample, monkeypatch):
    monkeypatch.setattr(
        schema, "MIGRATIONS", [*schema.MIGRATIONS, ["ALTER TABLE goals ADD COLUMN colour TEXT"]]
    )
    with Store.open(sample) as store:
        assert store.schema_version == CURRENT + 1
        (backup,) = list_backups(store.backup_dir, "pre-migration")
    verify(backup)
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
    conn.close()


def test_a_failed_migration_leaves_file_and_version_unchanged(sample, monkeypatch):
    broken_step = ["ALTER TABLE goals ADD COLUMN colour TEXT", "INSERT INTO no_such_table VALUES (1)"]
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken_step])
    with pytest.raises(MigrationError, match=f"from format {CURRENT} to {CURRENT + 1}"):
        Store.open(sample)
    conn = sqlite3.connect(sample)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
    columns = [row[1] for row in conn.execute("PRAGMA table_info(goals)")]
    conn.close()
    assert "colour" not in columns
    assert goal_count(sample) == 7
    (backup,) = list_backups(rotation_dir(paths.backups_dir(), sample), "pre-migration")
    verify(backup)


def test_a_version_1_file_is_upgraded_with_its_goals_kept(plan_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        with Store.open(plan_path) as old:
            sql = "INSERT INTO goals (title, start, created, updated) VALUES (?, '2025-01-06', '', '')"
            old.db.execute(sql, ["Shorter waits"])
            assert old.schema_version == 1
    with Store.open(plan_path) as store:
        assert store.schema_version == CURRENT
        assert [g.title for g in store.list_goals()] == ["Shorter waits"]
        assert len(store.plan_id) == 32
        assert store.list_goals()[0].resources.staffing is None
        assert store.drafts() == []
        (backup,) = list_backups(store.backup_dir, "pre-migration")
    verify(backup)
