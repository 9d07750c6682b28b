"""Quitting after a session of use, timed until the process has ended.

``python -m tests.benchmarks.quit_after_use [--runs 5] [--rounds 3] [--fresh] [--trace]``.

A freshly opened window quits at once; the time a user notices is after real use. Each run starts the
real app (``goalplanner --db``, offscreen) on a fresh copy of the sample plan with its own settings and
data folders, and from inside its event loop uses the window as a user would: every goal selected with
its chart tab in front (each chart drawn), a check-in recorded through the form on a few goals, a
workbook exported through the export action to a path. Then it closes the window and prints the time;
this parent notes when the process has exited. ``--fresh`` closes at once instead, for comparison.
``--trace`` prints timestamps of the steps inside the child after the window closed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLOSING = "closing-at "


def make_sample(folder: Path) -> Path:
    """A fresh sample plan in ``folder``."""
    sys.path.insert(0, str(ROOT))
    from goalplanner.store import Store
    from goalplanner.store.demo import write_sample_plan

    plan = folder / "sample.goalplan"
    with Store.open(plan, backup_root=folder / "backups") as store:
        write_sample_plan(store, date.today())
    return plan


def one_run(
    plan: Path, folder: Path, *, fresh: bool, trace: bool, rounds: int, goals: int = 0, bare: bool = False
) -> float:
    """Start the app on ``plan``, use it, close it; seconds from the close until the process ended.

    ``goals``: use only the first so many goals, and export none (0: every goal, and an export);
    ``bare``: a bare QMainWindow closed once shown instead of the app (the floor)."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env |= {f"XDG_{kind}_HOME": str(folder / kind.lower()) for kind in ("DATA", "CONFIG", "STATE", "CACHE")}
    args = [sys.executable, "-m", "tests.benchmarks.quit_after_use", "--child", str(plan)]
    args += ["--rounds", str(rounds)] + ["--fresh"] * fresh + ["--trace"] * trace
    args += ["--goals", str(goals)] + ["--bare"] * bare
    child = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    closing = None
    for line in child.stdout:
        if line.startswith(CLOSING):
            closing = float(line[len(CLOSING) :])
        else:
            print("   ", line.rstrip(), file=sys.stderr)
    child.wait()
    ended = time.time()
    if child.returncode != 0 or closing is None:
        raise RuntimeError(f"the app ended with {child.returncode} before closing its window")
    return ended - closing


# -- inside the app's process ---------------------------------------------------------------------


def bare_child() -> int:
    """The floor: a bare window, closed as soon as the event loop is idle."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1100, 700)
    window.show()

    def close() -> None:
        print(f"{CLOSING}{time.time()!r}", flush=True)
        window.close()

    QTimer.singleShot(0, close)
    return app.exec()


def child(plan: Path, *, fresh: bool, trace: bool, rounds: int, limit: int = 0) -> int:
    """Run the real ``goalplanner --db plan`` with a session of use scheduled in its event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from goalplanner.app import create_application
    from goalplanner.cli import main
    from goalplanner.ui.detail import questions

    started = time.perf_counter()

    def note(step: str) -> None:
        if trace:
            print(f"{time.perf_counter() - started:8.3f} {step}", flush=True)

    if trace:
        import atexit

        atexit.register(lambda: note("last atexit handler (registered first)"))
    # A value far from the goal's or a second check-in on a date is recorded (a real user answers).
    questions.ask = lambda box: next(
        (b for b in box.buttons() if b.objectName() in ("record_anyway", "keep_both")), None
    )
    create_application([])  # the app run_app finds, made here so the session can be scheduled

    def window():
        return next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")

    def steps():
        """The session of use, one step per pass of the event loop (as a user's clicks come)."""
        main_window = window()
        # the window shows its frame first, then opens the plan on a worker thread
        while main_window.session is None or main_window.plan_files.opening() is not None:
            yield
        session = main_window.session
        goals = [] if fresh else [state.goal for state in session.states()]
        goals = goals[:limit] if limit else goals
        for number, goal in enumerate(goals * rounds):
            main_window.select_goal(goal.id)
            main_window.detail.show_chart()
            yield
            if number % 3 == 0:  # a check-in through the form: the latest actual again, today
                form = main_window.detail.checkin_form
                latest = session.state(goal.id).latest
                form.actual_field.setText(str(latest.actual if latest else goal.baseline))
                form.record_button.click()
                yield
        if goals and not limit:
            note(f"{len(goals)} goals shown {rounds} times with their charts, check-ins recorded")
            task = main_window.excel.export_excel(Path(plan).with_suffix(".xlsx"))
            finished = []
            task.done.connect(lambda: finished.append(True))
            while not finished:
                yield
            note("workbook exported")
        print(f"{CLOSING}{time.time()!r}", flush=True)
        note("window.close()")
        main_window.close()
        note("window closed")

    session_of_use = None

    def next_step() -> None:
        nonlocal session_of_use
        session_of_use = session_of_use or steps()
        if next(session_of_use, "done") is None:
            QTimer.singleShot(1, next_step)  # back to the event loop: paint, deferred deletes, signals

    QTimer.singleShot(0, next_step)
    code = main(["--db", str(plan)])
    note("event loop ended")
    if trace:
        import atexit
        import threading

        threads = [f"{t.name}{' (daemon)' if t.daemon else ''}" for t in threading.enumerate()]
        note("threads left: " + ", ".join(threads))
        atexit.register(lambda: note("first atexit handler (registered last)"))
    return code


def main_cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="close the window without using it")
    parser.add_argument("--trace", action="store_true", help="print the child's steps with timestamps")
    parser.add_argument("--rounds", type=int, default=3, help="how many times each goal is shown")
    parser.add_argument("--goals", type=int, default=0, help="use only the first so many goals, no export")
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare:
        return bare_child()
    if args.child is not None:
        return child(args.child, fresh=args.fresh, trace=args.trace, rounds=args.rounds, limit=args.goals)
    times = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="goalplanner-quit-") as scratch:
            folder = Path(scratch)
            plan = make_sample(folder)
            seconds = one_run(plan, folder, fresh=args.fresh, trace=args.trace, rounds=args.rounds)
        times.append(seconds)
        print(f"run {run + 1}: quit took {seconds:.3f} s", file=sys.stderr, flush=True)
    kind = "fresh window" if args.fresh else "after use"
    print(f"quit {kind}: median {statistics.median(times):.3f} s, min {min(times):.3f}, max {max(times):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main_cli())
