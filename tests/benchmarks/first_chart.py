"""The first chart of a session: from selecting a goal (chart tab in front) to the chart drawn.

Each run is a fresh process on a copy of the sample plan, as a user starting the app would be.
``--after`` is how long the user looks at the window before choosing a goal (0: as soon as the window
is idle). It also times quitting right after start, to the process's end.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tests/benchmarks/first_chart.py --runs 5 --after 0 1500
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SCRIPT = str(Path(__file__).resolve())  # run by path: PYTHONPATH says which goalplanner is timed


def one_run(plan: str, settings: str, after_ms: int) -> None:
    """In the child: show the window, wait ``after_ms``, choose the goal, time until its chart is drawn."""
    from PySide6.QtCore import QSettings, QTimer

    from goalplanner.app import build_main_window, create_application

    app = create_application([])
    window, _reporter = build_main_window(QSettings(settings, QSettings.Format.IniFormat), Path(plan))
    window.show()
    if window.plan_files.opening() is not None:  # the plan opens on a worker thread: wait until it is in
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        window.plan_files.opening_ended.connect(loop.quit)
        loop.exec()
    goal_id = next(g.id for g in window.store.list_goals() if "wait time" in g.title)
    result: dict[str, float] = {}

    def choose() -> None:
        start = time.perf_counter()
        window.select_goal(goal_id)
        window.detail.show_chart()
        result["placeholder_or_chart"] = time.perf_counter() - start

        def check() -> None:
            view = window.detail.chart_tab.chart_view
            if view.figure is None:
                QTimer.singleShot(1, check)
                return
            view.canvas.draw()  # the pixels, as the next paint would make them
            result["chart"] = time.perf_counter() - start
            print(json.dumps(result), flush=True)
            window.close()
            app.quit()

        check()

    QTimer.singleShot(after_ms, choose)
    app.exec()


def quit_run(plan: str, settings: str) -> None:
    """In the child: show the window and close it as soon as the event loop is idle."""
    from PySide6.QtCore import QSettings, QTimer

    from goalplanner.app import build_main_window, create_application

    app = create_application([])
    window, _reporter = build_main_window(QSettings(settings, QSettings.Format.IniFormat), Path(plan))
    window.show()

    def close() -> None:
        print(json.dumps({"closing_at": time.time()}), flush=True)
        window.close()

    QTimer.singleShot(50, close)
    app.exec()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--after", type=int, nargs="+", default=[0, 1500])
    parser.add_argument("--child", nargs="*")
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "quit":
            quit_run(*args.child[1:3])
        else:
            one_run(args.child[0], args.child[1], int(args.child[2]))
        return
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = folder
        env["HOME"] = env.get("HOME", folder)
        plan = Path(folder, "sample.goalplan")
        from goalplanner.store import Store
        from goalplanner.store.demo import write_sample_plan

        with Store.open(plan) as store:
            write_sample_plan(store, date.today())
        for after in args.after:
            placeholder, chart = [], []
            for run in range(args.runs):
                settings = str(Path(folder, f"settings-{after}-{run}.ini"))
                done = subprocess.run(
                    [sys.executable, SCRIPT, "--child", str(plan), settings, str(after)],
                    env=env, capture_output=True, text=True, timeout=120,
                )  # fmt: skip
                if done.returncode != 0:
                    raise SystemExit(done.stderr[-3000:])
                result = json.loads(done.stdout.strip().splitlines()[-1])
                placeholder.append(result["placeholder_or_chart"])
                chart.append(result["chart"])
            print(
                f"goal chosen {after} ms after the window: something on screen after "
                f"{', '.join(f'{s:.3f}' for s in placeholder)} s; chart drawn after "
                f"{', '.join(f'{s:.3f}' for s in chart)} s (median {statistics.median(chart):.3f} s)"
            )
        quits = []
        for run in range(args.runs):
            settings = str(Path(folder, f"settings-quit-{run}.ini"))
            done = subprocess.run(
                [sys.executable, SCRIPT, "--child", "quit", str(plan), settings],
                env=env, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            ended = time.time()
            if done.returncode != 0:
                raise SystemExit(done.stderr[-3000:])
            closing = json.loads(done.stdout.strip().splitlines()[-1])["closing_at"]
            quits.append(ended - closing)
        print(
            f"closed 50 ms after the window: process ended after {', '.join(f'{s:.3f}' for s in quits)} s "
            f"(median {statistics.median(quits):.3f} s)"
        )


if __name__ == "__main__":
    main()
