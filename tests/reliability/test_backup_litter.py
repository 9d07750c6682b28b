"""Kill backups and plan creation hundreds of times: no litter piles up, no half-made plan appears.

As in test_crash.py, children come from a fork server with the store imported, report each step
through a pipe, and are killed with SIGKILL. The figures asserted are counts of work (kills that
landed inside a backup or a creation, partial files seen), never times.
"""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import sys
import time
from datetime import date

import pytest

from goalplanner.store import Store
from goalplanner.store.backup import KEEP, SIDECARS, list_backups, partial_files, rotation_dir, verify
from goalplanner.store.demo import write_large_plan, write_sample_plan

pytestmark = pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="needs a fork server (POSIX)"
)


def backer(path, backups, report) -> None:
    """The child: back the plan up forever, saying when each backup begins and when it is done."""
    store = Store.open(path, backup_root=backups, daily_backup=False)
    number = 0
    while True:
        report.send(("begin", number))
        store.backup("manual")
        report.send(("done", number))
        number += 1


def creator(folder, first: int, report) -> None:
    """The child: create sample plans in ``folder`` one after another, saying when each begins and ends."""
    number = first
    while True:
        report.send(("begin", number))
        Store.create(
            folder / f"plan-{number}.goalplan", lambda store: write_sample_plan(store, date(2025, 3, 12))
        )
        report.send(("done", number))
        number += 1


@pytest.fixture(scope="module")
def processes():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["goalplanner.store", "goalplanner.store.demo", __name__])
    return context


def run_and_kill(processes, target, args, done_before: int, delay: float) -> bool:
    """Start ``target``, let it finish ``done_before`` steps, SIGKILL it ``delay`` seconds after it
    begins the next one; return whether the kill landed inside a step (begun, not reported done)."""
    receive, send = processes.Pipe(duplex=False)
    child = processes.Process(target=target, args=(*args, send), daemon=True)
    child.start()
    send.close()
    messages = []
    try:
        while True:
            assert receive.poll(120), "the child reported nothing for two minutes"
            messages.append(receive.recv())  # EOFError: the child died on its own, a failure
            done = sum(m[0] == "done" for m in messages)
            if messages[-1][0] == "begin" and done >= done_before:
                break
        time.sleep(delay)
    finally:
        child.kill()
        child.join()
    while True:
        try:
            messages.append(receive.recv())
        except (EOFError, OSError):
            break
    receive.close()
    return messages[-1][0] == "begin"


def litter(folder, pattern: str) -> tuple[list, list]:
    """The main files matching ``pattern`` in ``folder`` and SQLite's files beside them."""
    main = sorted(folder.glob(pattern))
    sidecars = sorted(p for suffix in SIDECARS for p in folder.glob(pattern + suffix))
    return main, sidecars


def kill_backups(processes, tmp_path, kills: int, seed: int) -> tuple[int, int, int]:
    """Kill a backing-up child ``kills`` times; return the kills inside a backup, the kills that left
    a partial copy, and the most partial files seen at once."""
    path, backups = tmp_path / "big.goalplan", tmp_path / "backups"
    with Store.open(path, backup_root=backups, daily_backup=False) as store:
        write_large_plan(store, goals=60, checkins_per_goal=10)
    folder = rotation_dir(backups, path)
    rng = random.Random(seed)
    inside = left = most = 0
    for _kill in range(kills):
        inside += run_and_kill(processes, backer, (path, backups), rng.randint(0, 1), rng.uniform(0, 0.004))
        partial, sidecars = litter(folder, "*.partial")
        assert len(partial) <= 1, partial  # the kill's own litter at most: the older was cleaned
        assert all(partial and s.name.startswith(partial[0].name) for s in sidecars), sidecars
        left += len(partial)
        most = max(most, len(partial))
    backups_kept = list_backups(folder, "manual")
    assert len(backups_kept) <= KEEP["manual"]
    for kept in backups_kept:
        verify(kept)
    with Store.open(path, backup_root=backups, daily_backup=False) as store:
        store.backup("manual")
    assert partial_files(folder) == [] and litter(folder, "*.partial")[1] == []
    print(f"{kills} kills, {inside} inside a backup, {left} left a partial copy, at most "
          f"{most} partial file at any time, none after the next backup", file=sys.stderr)  # fmt: skip
    return inside, left, most


def test_hundreds_of_kills_during_backups_leave_at_most_one_partial_file(processes, tmp_path):
    kills = 150
    inside, left, most = kill_backups(processes, tmp_path, kills, seed=20261126)
    assert inside >= kills // 2  # most kills landed inside a backup
    assert left >= kills // 4  # and many of them left a partial copy behind, for the next to clean
    assert most == 1


@pytest.mark.slow
def test_five_hundred_kills_during_backups(processes, tmp_path):
    kills = 500
    inside, left, most = kill_backups(processes, tmp_path, kills, seed=7)
    assert inside >= kills // 2 and left >= kills // 4 and most == 1


def test_a_plan_killed_while_being_created_is_whole_or_absent(processes, tmp_path):
    kills = 60
    folder = tmp_path / "plans"
    folder.mkdir()
    rng = random.Random(11)
    inside = whole = 0
    for kill in range(kills):
        first = kill * 10
        inside += run_and_kill(processes, creator, (folder, first), rng.randint(0, 1), rng.uniform(0, 0.02))
        temps, sidecars = litter(folder, ".*.creating")
        assert len(temps) <= 1, temps  # the kill's own at most: the next creation removed the older
        plans = sorted(folder.glob("*.goalplan"))
        for plan in plans:  # only ever complete plans
            conn = sqlite3.connect(plan)
            assert conn.execute("SELECT count(*) FROM goals").fetchone()[0] == 7, plan
            conn.close()
            plan.unlink()
        whole += len(plans)
        names = {p.name for p in folder.iterdir()} - {p.name for p in temps + sidecars}
        assert names == set(), names  # nothing but the killed creation's own temporary files
    assert inside >= kills // 2
    assert whole >= kills // 4  # the children finished plans too (0 or 1 each before the kill)
    Store.create(folder / "last.goalplan")
    assert sorted(p.name for p in folder.iterdir()) == ["last.goalplan"]
    print(f"{kills} kills while creating plans, {inside} inside a creation, {whole} plans found "
          "complete, never a half-made one", file=sys.stderr)  # fmt: skip


def holder(partial, report) -> None:
    """The child: claim a partial file as a backup being written does, and keep it until killed."""
    from goalplanner.store.backup import claimed

    with claimed(partial) as ours:
        report.send(("claimed", ours))
        while True:
            time.sleep(1)


def test_a_backup_another_program_is_writing_is_left_alone_until_it_dies(processes, tmp_path):
    plan, backups = tmp_path / "team.goalplan", tmp_path / "backups"
    Store.create(plan, lambda store: write_sample_plan(store, date(2025, 3, 12)))
    folder = rotation_dir(backups, plan)
    folder.mkdir(parents=True)
    theirs = folder / "team--20990101-000000-000000--manual.goalplan.partial"
    receive, send = processes.Pipe(duplex=False)
    child = processes.Process(target=holder, args=(theirs, send), daemon=True)
    child.start()
    send.close()
    try:
        assert receive.poll(120) and receive.recv() == ("claimed", True)
        with Store.open(plan, backup_root=backups, daily_backup=False) as store:
            store.backup("manual")
            assert partial_files(folder) == [theirs]  # alive: not stale, whatever its age
            child.kill()
            child.join()
            store.backup("manual")  # dead: its partial file is litter now
            assert partial_files(folder) == []
    finally:
        child.kill()
        child.join()
        receive.close()
