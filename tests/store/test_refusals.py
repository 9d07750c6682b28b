"""Every file the store must refuse is refused with its own error and left byte-identical."""

import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from goalplanner.store import (
    BusyError,
    CorruptFileError,
    EmptyFileError,
    NewerSchemaError,
    NotAGoalplannerFileError,
    Store,
    StoreError,
)
from goalplanner.store.demo import write_sample_plan


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's content hash and the names of everything in its folder."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


def make_plan(path: Path) -> Path:
    with Store.open(path, daily_backup=False) as store:
        write_sample_plan(store, date(2025, 3, 12))
    return path


def refused(path: Path, error: type[StoreError]) -> StoreError:
    before = fingerprint(path)
    with pytest.raises(error) as caught:
        Store.open(path)
    assert fingerprint(path) == before
    assert str(path) in str(caught.value)
    return caught.value


def test_zero_byte_file(tmp_path):
    path = tmp_path / "empty.goalplan"
    path.touch()
    assert "empty (0 bytes)" in str(refused(path, EmptyFileError))


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.goalplan"
    path.write_bytes(os.urandom(64 * 1024))
    assert "not an SQLite database" in str(refused(path, NotAGoalplannerFileError))


def test_text_file_shorter_than_a_header(tmp_path):
    path = tmp_path / "notes.goalplan"
    path.write_text("shopping list", encoding="utf-8")
    refused(path, NotAGoalplannerFileError)


def test_another_programs_sqlite_database_gets_none_of_our_tables(tmp_path):
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    error = refused(path, NotAGoalplannerFileError)
    assert "another program" in str(error)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["bookmarks"]
    conn.close()


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_plan(tmp_path, keep):
    path = make_plan(tmp_path / "cut.goalplan")
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    assert "cut short" in str(refused(path, CorruptFileError))


def test_header_only_remains(tmp_path):
    path = make_plan(tmp_path / "stub.goalplan")
    path.write_bytes(path.read_bytes()[:60])
    refused(path, CorruptFileError)


def test_newer_schema_names_both_versions(tmp_path):
    path = make_plan(tmp_path / "future.goalplan")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 8")
    conn.close()
    error = refused(path, NewerSchemaError)
    assert (error.params["file_version"], error.params["app_version"]) == (8, 6)
    assert "format 8" in str(error) and "up to 6" in str(error)


def test_a_busy_file_waits_briefly_then_says_so(tmp_path):
    path = make_plan(tmp_path / "busy.goalplan")
    with Store.open(path, busy_timeout=0.2) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(BusyError, match="busy"):
            store.add_checkin(1, date(2025, 3, 14), 170.0)
        other.execute("ROLLBACK")
        other.close()
        store.add_checkin(1, date(2025, 3, 14), 170.0)  # once the lock is gone, saving works
        assert store.checkins(1)[-1].actual == 170.0


def test_a_folder_is_not_a_plan(tmp_path):
    with pytest.raises(NotAGoalplannerFileError, match="folder"):
        Store.open(tmp_path)


def test_open_without_create_does_not_make_a_file(tmp_path):
    path = tmp_path / "typo.goalplan"
    with pytest.raises(FileNotFoundError):
        Store.open(path, create=False)
    assert not path.exists()
