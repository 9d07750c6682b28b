"""Damage the header cannot show: a page overwritten in the middle of the file, a file cut at a page
boundary (alone and with a -wal beside it), and another plan's -wal copied beside a plan.

Each is refused by ``Store.open`` with ``CorruptFileError`` before anything is written or backed up,
and ``goalplanner check`` reports it without a traceback and without changing the file or its -wal.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from goalplanner.store import CorruptFileError, ForeignWalError, Store
from goalplanner.store.demo import write_sample_plan
from tests.test_cli import goalplanner

PAGE = 4096  # the page size of every plan goalplanner makes

LEAVE_IN_WAL = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("INSERT INTO checkins (goal_id, on_date, actual, note, created) "
             "SELECT goal_id, on_date, actual, 'only in the WAL', created FROM checkins LIMIT 3")
conn.commit()
os._exit(0)  # gone without folding the WAL into the file, as a crash leaves it
"""


def sample_plan(path: Path, backups: Path, today: date = date(2025, 3, 12)) -> Path:
    with Store.open(path, backup_root=backups, daily_backup=False) as store:
        write_sample_plan(store, today)
    assert int.from_bytes(path.read_bytes()[16:18], "big") == PAGE
    return path


def leave_in_wal(path: Path) -> Path:
    subprocess.run([sys.executable, "-c", LEAVE_IN_WAL, str(path)], check=True)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    return wal


def overwrite_middle_page(path: Path) -> None:
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as handle:
        handle.seek(pages // 2 * PAGE)
        handle.write(os.urandom(PAGE))


def cut_at_page(path: Path, keep: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(keep * PAGE)


def state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with its content's digest (-shm files, SQLite's index, left out)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith("-shm")
    }


def refused_by_store(path: Path, backups: Path) -> str:
    before = state(path.parent)
    names = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(CorruptFileError) as caught:
        Store.open(path, backup_root=backups).close()
    message = str(caught.value)
    assert message.startswith(f"{path} is damaged"), message
    assert "backup of" not in message and "has no goal" not in message
    assert state(path.parent) == before  # the file (and its -wal) byte-identical
    assert sorted(p.name for p in path.parent.iterdir()) == names  # no -wal or -shm left behind
    assert not backups.exists() or not any(backups.rglob("*"))  # the damage was never backed up
    return message


def test_a_page_overwritten_in_the_middle_is_refused_untouched(tmp_path, private_home):
    folder = tmp_path / "plans"
    folder.mkdir()
    path = sample_plan(folder / "plan.goalplan", tmp_path / "made")
    overwrite_middle_page(path)
    message = refused_by_store(path, tmp_path / "backups")
    assert "pages cannot be read" in message

    before = state(folder)
    result = goalplanner("check", "--db", path, home=private_home)
    assert result.returncode == 1, result.stderr
    assert "integrity: problems found" in result.stdout and "malformed" in result.stdout
    assert "restore the plan from a backup" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert state(folder) == before


@pytest.mark.parametrize("keep", [1, 4, 8])
def test_a_page_aligned_cut_is_refused_untouched(tmp_path, private_home, keep):
    folder = tmp_path / "plans"
    folder.mkdir()
    path = sample_plan(folder / "plan.goalplan", tmp_path / "made")
    cut_at_page(path, keep)
    message = refused_by_store(path, tmp_path / "backups")
    assert "cut short" in message

    before = state(folder)
    result = goalplanner("check", "--db", path, home=private_home)
    assert result.returncode == 2, result.stderr
    assert "is damaged (cut short" in result.stderr and "Traceback" not in result.stderr
    assert state(folder) == before


@pytest.mark.parametrize("keep", [2, 4, 8, 15])
def test_a_page_aligned_cut_with_a_wal_beside_it_is_refused_and_nothing_is_written(
    tmp_path, private_home, keep
):
    folder = tmp_path / "plans"
    folder.mkdir()
    path = sample_plan(folder / "plan.goalplan", tmp_path / "made")
    wal = leave_in_wal(path)
    cut_at_page(path, keep)
    # The -wal makes the short file plausible to the header check; the pages say otherwise.
    message = refused_by_store(path, tmp_path / "backups")
    assert "pages cannot be read" in message

    before = state(folder)
    assert wal.name in before
    result = goalplanner("check", "--db", path, home=private_home)
    assert result.returncode in (1, 2), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "malformed" in result.stdout or "is damaged" in result.stderr
    assert state(folder) == before  # neither the file nor its -wal changed: no checkpoint


def goalplanner_leaves_in_wal(path: Path) -> Path:
    """A check-in recorded through goalplanner's store, then a crash before the -wal is folded in."""
    subprocess.run([sys.executable, "-c", STORE_LEAVES_IN_WAL, str(path)], check=True)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    return wal


STORE_LEAVES_IN_WAL = """
import os, sys
from pathlib import Path
from goalplanner.store import Store
store = Store.open(Path(sys.argv[1]), create=False, daily_backup=False)
store.db.execute("PRAGMA wal_autocheckpoint = 0")
goal = store.list_goals()[0]
latest = store.checkins(goal.id)[-1]
store.add_checkin(goal.id, latest.on, latest.actual, "only in the WAL")
os._exit(0)  # gone without folding the WAL into the file, as a crash leaves it
"""


def test_another_plans_wal_beside_a_plan_is_refused_untouched(tmp_path, private_home):
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = sample_plan(folder / "plan.goalplan", tmp_path / "made")
    other = sample_plan(tmp_path / "other.goalplan", tmp_path / "made", today=date(2025, 6, 1))
    wal = plan.with_name(plan.name + "-wal")
    shutil.copyfile(goalplanner_leaves_in_wal(other), wal)
    before = state(folder)
    names = sorted(p.name for p in folder.iterdir())
    with pytest.raises(ForeignWalError) as caught:
        Store.open(plan, backup_root=tmp_path / "backups").close()
    message = str(caught.value)
    assert f"the file {wal.name} beside it holds the changes of another plan" in message, message
    assert state(folder) == before and sorted(p.name for p in folder.iterdir()) == names
    assert not (tmp_path / "backups").exists()

    for command in (["check"], ["goals"], ["export", "--out", str(tmp_path / "out.xlsx")]):
        result = goalplanner(*command, "--db", plan, home=private_home)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert "holds the changes of another plan" in result.stderr, (command, result.stderr)
        assert "Traceback" not in result.stderr
        assert state(folder) == before

    wal.rename(tmp_path / wal.name)  # as the message says: move it away, and the plan opens as it was
    with Store.open(plan, backup_root=tmp_path / "backups", daily_backup=False) as store:
        notes = {c.note for goal in store.list_goals() for c in store.checkins(goal.id)}
    assert "only in the WAL" not in notes


def test_the_plans_own_wal_left_by_a_crash_is_folded_in(tmp_path, private_home):
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = sample_plan(folder / "plan.goalplan", tmp_path / "made")
    goalplanner_leaves_in_wal(plan)
    result = goalplanner("check", "--db", plan, home=private_home)
    assert result.returncode == 0, result.stdout + result.stderr
    with Store.open(plan, backup_root=tmp_path / "backups", daily_backup=False) as store:
        notes = {c.note for goal in store.list_goals() for c in store.checkins(goal.id)}
    assert "only in the WAL" in notes  # no false alarm: the crash's last check-in is kept
