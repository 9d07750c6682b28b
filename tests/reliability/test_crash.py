"""Kill a writer at random moments, hundreds of times: the plan stays sound and nothing committed is lost.

A child process opens the plan and saves goals with their plan and check-ins, each goal in one
transaction, and reports each commit through a pipe only after ``save`` returned. The parent kills
it with SIGKILL after a random delay, then checks the file as the next start of the app would:
``PRAGMA integrity_check``, every goal complete (all of its plan rows and check-ins, or none of it),
and every goal the writer reported as committed present. Children come from a fork server that
has the store imported already, so a kill cycle takes milliseconds and no thread is ever forked.
"""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import sys
import time
from datetime import date, timedelta

import pytest

from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.store import Store

pytestmark = pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="needs a fork server (POSIX)"
)

CHECKINS_PER_GOAL = 12


def goal_number(number: int) -> Goal:
    start = date(2025, 1, 6)
    return Goal(title=f"Goal {number}", owner="Crash test", kpi="aht", unit="s", direction="decrease",
                baseline=400.0, target=300.0, start=start, deadline=start + timedelta(weeks=8),
                state="active")  # fmt: skip


def writer(path, backups, report, first: int) -> None:
    """The child: save goals forever, one transaction each, reporting each commit."""
    store = Store.open(path, backup_root=backups, daily_backup=False)
    number = first
    while True:
        goal = goal_number(number)
        with store.transaction():
            goal_id = store.save_goal(goal, plan_for(goal))
            store.add_checkins(
                CheckIn(goal_id, goal.start + timedelta(days=3 + 4 * i), 400.0 - i, f"check-in {i}")
                for i in range(CHECKINS_PER_GOAL)
            )
        report.send((goal_id, number))  # only after the commit returned
        number += 1


@pytest.fixture(scope="module")
def processes():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["goalplanner.store", "goalplanner.core.breakdown", __name__])
    return context


def run_writer_and_kill(processes, path, backups, first: int, delay: float) -> list[tuple[int, int]]:
    """Start a writer, SIGKILL it after ``delay`` seconds; return the commits it reported."""
    receive, send = processes.Pipe(duplex=False)
    child = processes.Process(target=writer, args=(path, backups, send, first), daemon=True)
    child.start()
    send.close()
    time.sleep(delay)
    child.kill()  # SIGKILL: no cleanup, no atexit, no flush
    child.join()
    reported = []
    while True:
        try:
            reported.append(receive.recv())
        except (EOFError, OSError):
            break
    receive.close()
    return reported


def check_plan(path, committed: dict[int, int]) -> None:
    """Sound file, whole transactions only, nothing reported as committed missing."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        goals = dict(conn.execute("SELECT id, title FROM goals").fetchall())
        plans = dict(conn.execute("SELECT goal_id, count(*) FROM subtargets GROUP BY goal_id").fetchall())
        checkins = dict(conn.execute("SELECT goal_id, count(*) FROM checkins GROUP BY goal_id").fetchall())
    finally:
        conn.close()
    expected_plan = len(plan_for(goal_number(0)))
    for goal_id in goals:  # all or nothing: a goal is never there without all of its rows
        assert plans.get(goal_id) == expected_plan, f"goal {goal_id} has a partial plan"
        assert checkins.get(goal_id) == CHECKINS_PER_GOAL, f"goal {goal_id} has partial check-ins"
    assert set(plans) <= set(goals) and set(checkins) <= set(goals)  # no rows without their goal
    for goal_id, number in committed.items():
        assert goals.get(goal_id) == f"Goal {number}", f"committed goal {goal_id} is missing"


def crash_many_times(processes, tmp_path, kills: int, seed: int) -> tuple[int, int]:
    path, backups = tmp_path / "crash.goalplan", tmp_path / "backups"
    Store.open(path, backup_root=backups, daily_backup=False).close()
    rng = random.Random(seed)
    committed: dict[int, int] = {}
    mid_write = 0
    for _kill in range(kills):
        reported = run_writer_and_kill(
            processes, path, backups, len(committed) * 10 + 1, rng.uniform(0.0, 0.06)
        )
        committed.update(reported)
        check_plan(path, committed)
        mid_write += bool(reported)
    return len(committed), mid_write


def test_hundreds_of_kills_leave_a_sound_plan_with_every_commit(processes, tmp_path):
    goals, killed_while_writing = crash_many_times(processes, tmp_path, kills=200, seed=20261125)
    assert goals > 100  # the writer really wrote between kills
    assert killed_while_writing > 100  # and most kills landed while it was writing
    print(f"200 kills, {goals} goals committed and all present", file=sys.stderr)


@pytest.mark.slow
def test_thousands_of_kills(processes, tmp_path):
    goals, _ = crash_many_times(processes, tmp_path, kills=2000, seed=7)
    assert goals > 1000
