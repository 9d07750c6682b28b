"""The command line when backups fail, the data path is unsafe, or a plan was left unfinished.

Each case is the real thing where the system allows it: a backup folder that is a file, a disk
that runs out (a file size limit on the process, so the backup's writes fail while the plan's small
ones fit), a world-writable folder on the data path, a 0-byte plan.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from goalplanner.store import Store
from goalplanner.store.backup import partial_files, rotation_dir
from goalplanner.store.demo import write_large_plan, write_sample_plan


def goalplanner(*args, home: Path, file_limit: int | None = None, **env: str) -> subprocess.CompletedProcess:
    def limit() -> None:  # in the child: writes beyond file_limit bytes fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    environment = os.environ | {"XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state")}
    return subprocess.run(
        [sys.executable, "-m", "goalplanner", *map(str, args)],
        capture_output=True,
        text=True,
        env=environment | env,
        timeout=60,
        preexec_fn=limit if file_limit else None,
        check=False,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checkin_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM checkins").fetchone()[0]
    finally:
        conn.close()


def test_a_full_backup_disk_is_a_warning_and_the_checkin_is_recorded(tmp_path, private_home):
    plan = tmp_path / "big.goalplan"
    with Store.open(plan, daily_backup=False) as store:
        write_large_plan(store, goals=60, checkins_per_goal=10)
    size = plan.stat().st_size
    before = checkin_count(plan)
    result = goalplanner(
        "checkin", "--db", plan, "--goal", 2, "--on", "2025-03-03", "--actual", 300, "--force",
        home=private_home, file_limit=size // 3,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("goalplanner: warning: The backup of") == 1
    assert "GOALPLANNER_BACKUP_DIR" in result.stderr
    assert checkin_count(plan) == before + 1
    folder = rotation_dir(private_home / "data" / "goalplanner" / "backups", plan)
    assert partial_files(folder) == []  # the failed backup cleaned up after itself


def test_a_backup_folder_that_cannot_be_made_is_a_warning(tmp_path, private_home):
    plan = tmp_path / "team.goalplan"
    with Store.open(plan, daily_backup=False) as store:
        write_sample_plan(store, date(2025, 3, 12))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    result = goalplanner(
        "checkin", "--db", plan, "--goal", 2, "--on", "2025-03-03", "--actual", 300, "--force",
        home=private_home, GOALPLANNER_BACKUP_DIR=str(blocker),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Not a directory" in result.stderr
    assert result.stdout.startswith("recorded 300 s for goal 2")


def test_a_world_writable_folder_on_the_data_path_is_a_warning(private_home):
    (private_home / "data").chmod(0o777)
    made = goalplanner("demo", home=private_home)
    assert made.returncode == 0, made.stderr
    assert "Traceback" not in made.stderr and "writable by another user" in made.stderr
    listed = goalplanner("goals", home=private_home)
    assert listed.returncode == 0 and "Traceback" not in listed.stderr
    assert len(listed.stdout.splitlines()) == 8  # the header and the sample's 7 goals


def test_demo_replaces_a_zero_byte_plan_at_the_default_path(private_home):
    default = private_home / "data" / "goalplanner" / "goals.goalplan"
    default.parent.mkdir(parents=True)
    default.write_bytes(b"")
    refused = goalplanner("goals", home=private_home)
    assert refused.returncode != 0 and "is empty (0 bytes)" in refused.stderr
    made = goalplanner("demo", home=private_home)
    assert made.returncode == 0, made.stderr
    assert "in place of an unfinished file" in made.stdout
    assert goalplanner("goals", home=private_home).returncode == 0


def test_demo_reuses_a_half_made_plan_and_never_replaces_a_real_one(tmp_path, private_home):
    half = tmp_path / "half.goalplan"
    conn = sqlite3.connect(half)  # what a crash while creating left before creation was atomic
    conn.execute("PRAGMA application_id = 1196444750")
    conn.close()
    assert goalplanner("demo", "--db", half, home=private_home).returncode == 0
    real = tmp_path / "real.goalplan"
    Store.create(real, lambda store: write_sample_plan(store, date(2025, 3, 12)))
    cut = tmp_path / "cut.goalplan"
    cut.write_bytes(real.read_bytes()[:5000])  # damaged, but it holds a plan: restore, never replace
    for plan in (real, cut):
        before = digest(plan)
        result = goalplanner("demo", "--db", plan, home=private_home)
        assert result.returncode == 2 and "already exists" in result.stderr
        assert digest(plan) == before


def test_demo_fills_a_plan_that_holds_nothing(tmp_path, private_home):
    empty = tmp_path / "empty.goalplan"
    Store.create(empty)
    result = goalplanner("demo", "--db", empty, home=private_home)
    assert result.returncode == 0, result.stderr
    with Store.open(empty) as store:
        assert len(store.list_goals()) == 7
