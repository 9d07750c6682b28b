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
    """The child: save goals forever, one transaction each, saying when each begins and commits."""
    store = Store.open(path, backup_root=backups, daily_backup=False)
    number = first
    while True:
        goal = goal_number(number)
        report.send(("begin", number))
        with store.transaction():
            goal_id = store.save_goal(goal, plan_for(goal))
            store.add_checkins(
                CheckIn(goal_id, goal.start + timedelta(days=3 + 4 * i), 400.0 - i, f"check-in {i}")
                for i in range(CHECKINS_PER_GOAL)
            )
        report.send(("commit", goal_id, number))  # only after the commit returned
        number += 1


@pytest.fixture(scope="module")
def processes():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["goalplanner.store", "goalplanner.core.breakdown", __name__])
    return context


def run_writer_and_kill(
    processes, path, backups, first: int, commits: int, delay: float
) -> tuple[list[tuple[int, int]], bool]:
    """Start a writer, let it commit ``commits`` goals, SIGKILL it ``delay`` seconds later.

    Returns the commits it reported and whether the kill landed inside a transaction (a goal begun,
    not reported committed). Waiting for commits rather than for a time keeps the amount of work per
    kill the same on an idle and on a loaded machine.
    """
    receive, send = processes.Pipe(duplex=False)
    child = processes.Process(target=writer, args=(path, backups, send, first), daemon=True)
    child.start()
    send.close()
    reported: list[tuple[int, int]] = []
    messages = []

    def take() -> None:
        message = receive.recv()  # EOFError: the writer died on its own, which is a failure
        messages.append(message)
        if message[0] == "commit":
            reported.append(message[1:])

    try:
        while len(reported) < commits:
            assert receive.poll(120), "the writer reported nothing for two minutes"
            take()
        time.sleep(delay)
    finally:
        child.kill()  # SIGKILL: no cleanup, no atexit, no flush
        child.join()
    while True:
        try:
            take()
        except (EOFError, OSError):
            break
    receive.close()
    inside = bool(messages) and messages[-1][0] == "begin"
    return reported, inside


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


def crash_many_times(processes, tmp_path, kills: int, seed: int) -> tuple[int, int, int]:
    """Kill a writer ``kills`` times; return the goals committed, the commits waited for before the
    kills, and the kills that landed inside a transaction."""
    path, backups = tmp_path / "crash.goalplan", tmp_path / "backups"
    Store.open(path, backup_root=backups, daily_backup=False).close()
    rng = random.Random(seed)
    committed: dict[int, int] = {}
    inside_transaction = waited = 0
    for _kill in range(kills):
        commits = rng.randint(0, 2)
        waited += commits
        reported, inside = run_writer_and_kill(
            processes, path, backups, len(committed) * 10 + 1, commits, rng.uniform(0.0, 0.02)
        )
        committed.update(reported)
        check_plan(path, committed)
        inside_transaction += inside
    return len(committed), waited, inside_transaction


def test_hundreds_of_kills_leave_a_sound_plan_with_every_commit(processes, tmp_path):
    kills = 200
    goals, waited, killed_while_writing = crash_many_times(processes, tmp_path, kills, seed=20261125)
    assert goals >= waited > kills // 2  # the writer really wrote between kills (0-2 commits each)
    assert killed_while_writing >= kills // 4  # and many kills landed inside a transaction
    print(f"{kills} kills, {goals} goals committed and all present, "
          f"{killed_while_writing} kills inside a transaction", file=sys.stderr)  # fmt: skip


@pytest.mark.slow
def test_thousands_of_kills(processes, tmp_path):
    goals, waited, _ = crash_many_times(processes, tmp_path, kills=2000, seed=7)
    assert goals >= waited > 1000
