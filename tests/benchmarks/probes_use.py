"""Probes of the window as a person uses it: start-up to the goals listed, the longest GUI-thread stall,
the first chart after the window has been idle, and quitting after a session of use.

Run through ``probes.py`` (one fresh process per measurement); each prints one JSON line.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

TICK_MS = 10  # the latency timer: a stall is the longest gap between its ticks
QUIET_TICKS = 15  # after each step, this many ticks pass before the next (deferred work shows up)


def report(seconds: float, **extra: float) -> None:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(json.dumps({"seconds": seconds, "peak_mb": round(peak_mb, 1), **extra}), flush=True)


def _window(variant: str, settings: str, plan: str | None, *, starting: bool = False):
    """The app and its window (ours: on ``plan``), or a bare QMainWindow (the floor). Ours is built whole
    with the plan open, or with ``starting`` as goalplanner starts (``start_window``: shown at once, its
    parts and the plan after its first paint)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow

    if variant == "ours":
        from goalplanner.app import build_main_window, create_application, start_window

        app = create_application([])
        start = start_window if starting else build_main_window
        window, reporter = start(QSettings(settings, QSettings.Format.IniFormat), Path(plan))
        window._bench_reporter = reporter  # kept alive with the window
    else:
        app = QApplication([])
        window = QMainWindow()
        window.resize(1100, 700)
    return app, window


def wait_until_open(window) -> None:
    """Run the event loop until the plan the window is opening (on a worker thread) is in."""
    from PySide6.QtCore import QEventLoop

    if window.plan_files.opening() is not None:
        loop = QEventLoop()
        window.plan_files.opening_ended.connect(loop.quit)
        loop.exec()


# -- start-up: first window, then the goals listed -----------------------------------------------------


def startup_listed(variant: str, plan: str, settings: str) -> None:
    """From interpreter start to the window's first paint (``seconds``) and to the goal list's first
    paint with goals in it (``goals_listed``); the floor's window is bare, both times are its first paint.

    Ours starts as goalplanner does (``goalplanner.app.start_window``): the frame first, its parts and
    the plan right after. Each window notes its own first paint (its ``paintEvent``), and the list's
    viewport is watched alone: an event filter on the whole application would itself cost tens of
    milliseconds (every event of every widget passed through Python), more the more widgets a window has.
    """
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    spawned = float(os.environ["BENCH_SPAWNED_AT"])
    seen: dict[str, float] = {}

    def note(what: str) -> None:
        seen.setdefault(what, time.time() - spawned)

    def noting(base):
        class Noted(base):
            def paintEvent(self, event):
                note("window")
                super().paintEvent(event)

        return Noted

    if variant == "ours":
        import goalplanner.app as start

        class Watch(QObject):  # the list's viewport only
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and watched.parent().model().rowCount() > 0:
                    note("listed")
                return False

        watch = Watch()
        app = start.create_application([])
        start.MainWindow = noting(start.MainWindow)  # what start_window makes: goalplanner's own window
        window, _reporter = start.start_window(QSettings(settings, QSettings.Format.IniFormat), Path(plan))
        window.parts_built.connect(lambda: window.goal_list.tree.viewport().installEventFilter(watch))
    else:
        app = QApplication([])
        window = noting(QMainWindow)()
        window.resize(1100, 700)
        window.show()

    def check() -> None:
        if variant != "ours" and "window" in seen:  # the floor has no list: its first paint is both
            seen.setdefault("listed", seen["window"])
        if "window" in seen and "listed" in seen:
            report(seen["window"], goals_listed=seen["listed"])
            app.quit()
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)
    app.exec()


# -- the longest stall of the GUI thread ----------------------------------------------------------------


class StallMeter:
    """A 10 ms timer on the GUI thread; the gap between two ticks is how long the event loop was away."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer(interval=TICK_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.longest = 0.0
        self.ticks = 0
        self.waiting: list = []  # (ticks still to pass, then call)

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def phase(self) -> None:
        """A new step begins: its longest stall is counted from here."""
        self.longest = 0.0

    def after_quiet(self, then, ticks: int = QUIET_TICKS) -> None:
        self.waiting.append([ticks, then])

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1
        for entry in list(self.waiting):
            entry[0] -= 1
            if entry[0] <= 0:
                self.waiting.remove(entry)
                entry[1]()


def stalls(variant: str, sample: str, big: str, settings: str) -> None:
    """The longest gap in the GUI thread's event loop while opening the 10,000-goal plan from a window on
    the sample plan (File → Open), filtering the list, switching goals (chart tab in front) and recording
    a check-in; each step's own longest gap in the JSON, ``seconds`` the longest of all. The floor: a
    bare window's idle event loop for as many ticks."""
    from PySide6.QtCore import QTimer

    scratch = tempfile.TemporaryDirectory(prefix="goalplanner-stalls-")  # the check-in goes to a copy
    big = shutil.copyfile(big, Path(scratch.name) / "big.goalplan")
    app, window = _window(variant, settings, sample)
    window.show()
    meter = StallMeter()
    result: dict[str, float] = {}
    steps = []

    def step(name, action):
        steps.append((name, action))

    if variant == "ours":
        from goalplanner.ui.detail import questions

        questions.ask = lambda box: next(
            (b for b in box.buttons() if b.objectName() in ("record_anyway", "keep_both")), None
        )

        def opening():
            window.plan_files.open_plan(Path(big))  # on a worker: the step lasts until the goals are listed
            files, listed = window.plan_files, window.goal_list.model
            return lambda: files.store.path.name == "big.goalplan" and listed.goal_count() > 0

        step("opening", opening)
        step("filtering", lambda: window.goal_list.search_edit.setText("goal 12"))
        step("clearing the filter", lambda: window.goal_list.search_edit.setText(""))
        goals = []

        def switch(n):
            def do():
                if not goals:  # the session's goals, in the store's order: reading them again from the
                    # file took the first switch ~0.4 s of the probe's own time
                    goals.extend(s.goal.id for s in window.session.states()[:: 10_000 // 8][:8])
                window.select_goal(goals[n])
                window.detail.show_chart()

            return do

        for n in range(8):
            step(f"switching goals {n}", switch(n))

        def record():
            form = window.detail.checkin_form
            latest = window.session.state(window.detail.goal.id).latest
            form.actual_field.setText(str(latest.actual if latest else window.detail.goal.baseline))
            form.record_button.click()

        step("recording a check-in", record)
        step("portfolio", lambda: window.portfolio_view_action.trigger())
    else:
        for n in range(12):
            step(f"idle {n}", lambda: None)

    def run(index: int) -> None:
        if index == len(steps):
            worst = {}
            for name, gap in result.items():
                key = name.split(" ")[0] if name.startswith(("switching", "idle")) else name
                worst[key] = max(worst.get(key, 0.0), gap)
            report(max(worst.values()), **worst)
            app.quit()
            return
        name, action = steps[index]
        meter.phase()
        ready = action()  # a step whose work goes on after it returns says when it is over

        def done() -> None:
            result[name] = meter.longest
            run(index + 1)

        def when_ready() -> None:
            if ready is None or ready():
                meter.after_quiet(done)
            else:
                meter.after_quiet(when_ready, 1)

        when_ready()

    meter.start()
    QTimer.singleShot(0, lambda: meter.after_quiet(lambda: run(0)))  # the window painted and idle first
    app.exec()


# -- the first chart after the window has been idle ------------------------------------------------------


def first_chart(variant: str, plan: str, settings: str, after_ms: str) -> None:
    """The window shown and left alone for ``after_ms``, then a goal chosen with its chart tab in front:
    seconds until the chart is drawn. The floor: a bare window whose idle time imported matplotlib's Qt
    canvas, then a figure of two lines drawn at the click. Ours starts as goalplanner does (the frame
    first): ``after_ms`` counts from the plan open in the window, what the user looks at."""
    from PySide6.QtCore import QTimer

    # A settings file of its own: a remembered goal and tab would show the chart before the click.
    scratch = tempfile.TemporaryDirectory(prefix="goalplanner-first-chart-")
    settings = str(Path(scratch.name) / "settings.ini")
    app, window = _window(variant, settings, plan, starting=True)
    window.show()
    if variant == "floor":

        def preload() -> None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: F401
            from matplotlib.figure import Figure  # noqa: F401

        QTimer.singleShot(0, preload)

    def choose() -> None:
        started = time.perf_counter()
        if variant == "floor":
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            figure = Figure(figsize=(8, 4.5), dpi=100)
            axes = figure.add_subplot()
            axes.plot(range(52), range(52))
            axes.plot(range(20), range(20), "o")
            canvas = FigureCanvasQTAgg(figure)
            window.setCentralWidget(canvas)
            canvas.draw()
            report(time.perf_counter() - started)
            app.quit()
            return
        goal_id = next(g.id for g in window.store.list_goals() if "wait time" in g.title)
        window.select_goal(goal_id)
        window.detail.show_chart()

        def check() -> None:
            view = window.detail.chart_tab.chart_view
            if not view.shown:  # not ``view.figure``, which would wait for it on this thread
                QTimer.singleShot(1, check)
                return
            view.canvas.repaint()  # the pixels, as the next paint puts them on screen
            report(time.perf_counter() - started)
            app.quit()

        check()

    def wait_then_choose() -> None:
        if variant == "ours" and (window.session is None or window.plan_files.opening() is not None):
            # the plan is not in the window yet: the idle time counts from the plan being in
            QTimer.singleShot(1, wait_then_choose)
        else:
            QTimer.singleShot(int(after_ms), choose)

    QTimer.singleShot(0, wait_then_choose)
    app.exec()


# -- quitting after a session of use ------------------------------------------------------------------


def quit_after_use(variant: str, plan: str, goals: str) -> None:
    """Ours: ``quit_after_use``'s session of use on a copy of ``plan`` (``goals``: how many goals are
    used, 0 for all), then the window closed; seconds from the close until the process has ended.
    The floor: a bare window closed as soon as shown. Peak memory is the child's."""
    from tests.benchmarks.quit_after_use import one_run

    with tempfile.TemporaryDirectory(prefix="goalplanner-quit-") as scratch:
        folder = Path(scratch)
        copy = folder / "plan.goalplan"
        shutil.copyfile(plan, copy)
        seconds = one_run(copy, folder, fresh=False, trace=False, rounds=1 if int(goals) else 3,
                          goals=int(goals), bare=variant == "floor")  # fmt: skip
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": round(peak_mb, 1)}), flush=True)


if __name__ == "__main__":
    globals()[sys.argv[1]](*sys.argv[2:])
