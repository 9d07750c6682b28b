"""One measurement in a fresh process: ``python -m tests.benchmarks.probes METRIC VARIANT [ARGS]``.

Each probe times its own work (``seconds``), notes the process's peak memory (``peak_mb``, the
resident set at its highest) and prints both as one JSON line. "ours" runs goalplanner's code; "floor"
does the least work that produces the same visible result with the bare libraries, so a ratio says
what goalplanner adds on this machine, in this run.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path


def report(seconds: float, **extra: float) -> None:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(json.dumps({"seconds": seconds, "peak_mb": round(peak_mb, 1), **extra}), flush=True)


# -- start-up ---------------------------------------------------------------------------------------


def startup(variant: str, plan: str, settings: str) -> None:
    """From interpreter start to the first window shown and the event loop idle after painting it."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if variant == "ours":
        from goalplanner.app import build_main_window, create_application

        app = create_application([])
        window, _reporter = build_main_window(QSettings(settings, QSettings.Format.IniFormat), Path(plan))
    else:
        app = QApplication([])
        window = QMainWindow()
        window.resize(1100, 700)
    window.show()

    def shown() -> None:
        report(time.time() - float(os.environ["BENCH_SPAWNED_AT"]))
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()


# -- a big department's file ------------------------------------------------------------------------


def big_open(variant: str, plan: str, settings: str) -> None:
    """Open the 10,000-goal file and show the window until its goals are listed (the plan opens on a
    worker thread); the floor: a bare window and a plain SELECT."""
    import sqlite3

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    started = time.perf_counter()
    if variant == "ours":
        from goalplanner.app import build_main_window, create_application

        app = create_application([])
        window, _reporter = build_main_window(QSettings(settings, QSettings.Format.IniFormat), Path(plan))
    else:
        app = QApplication([])
        window = QMainWindow()
        window.resize(1100, 700)
        conn = sqlite3.connect(plan)
        goals = conn.execute("SELECT * FROM goals").fetchall()
        checkins = conn.execute("SELECT * FROM checkins").fetchall()
        assert len(goals) >= 10_000 and len(checkins) >= 500_000
    window.show()

    def shown() -> None:
        if variant == "ours" and (window.plan_files.opening() or window.goal_list.model.goal_count() == 0):
            QTimer.singleShot(1, shown)  # not listed yet
            return
        report(time.perf_counter() - started)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()


def big_scroll(variant: str, plan: str, settings: str) -> None:
    """Scroll the goal list from top to bottom a page at a time, painting each page."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt
    from PySide6.QtWidgets import QApplication, QTreeView

    if variant == "ours":
        from goalplanner.app import build_main_window, create_application

        app = create_application([])
        window, _reporter = build_main_window(QSettings(settings, QSettings.Format.IniFormat), Path(plan))
        window.resize(1100, 700)
        window.show()
        from tests.benchmarks.probes_use import wait_until_open

        wait_until_open(window)
        window.goal_list.tree.expandAll()
        view = window.goal_list.tree
    else:

        class Plain(QAbstractTableModel):  # the same number of rows and columns, constant text
            def rowCount(self, parent=QModelIndex()):  # noqa: B008
                return 0 if parent.isValid() else 10_000

            def columnCount(self, parent=QModelIndex()):  # noqa: B008
                return 7

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                return f"Goal {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

        app = QApplication([])
        view = QTreeView()
        view.setUniformRowHeights(True)
        model = Plain()
        view.setModel(model)
        view.resize(700, 560)
        view.show()
    app.processEvents()
    bar = view.verticalScrollBar()
    started = time.perf_counter()
    steps = 0
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        steps += 1
    report(time.perf_counter() - started, steps=steps)


# -- breakdown --------------------------------------------------------------------------------------


def breakdown(variant: str, count: str) -> None:
    """Weekly and monthly plans for ``count`` one-year goals (the floor: the same numbers, inline)."""
    from goalplanner.core.breakdown import plan_for
    from goalplanner.core.model import Goal

    start = date(2025, 1, 6)
    goals = [
        Goal(
            kpi="aht",
            unit="s",
            direction="decrease",
            baseline=360.0 + n % 7,
            target=300.0,
            start=start,
            deadline=start + timedelta(weeks=52, days=-1),
        )
        for n in range(int(count))
    ]
    started = time.perf_counter()
    if variant == "ours":
        rows = sum(len(plan_for(goal)) for goal in goals)
    else:  # 52 weeks and 12 months of a straight line from baseline to target
        rows = 0
        for goal in goals:
            values = [goal.baseline + (goal.target - goal.baseline) * k / 52 for k in range(1, 53)]
            values += [goal.baseline + (goal.target - goal.baseline) * k / 12 for k in range(1, 13)]
            rows += len(values)
    report(time.perf_counter() - started, rows=rows)


# -- Excel ------------------------------------------------------------------------------------------


def excel_export(variant: str, plan: str, out: str) -> None:
    """The plan's workbook; the floor: openpyxl writing the same cell values, without styles or charts.

    The floor reads the values (formulas as text included) from the workbook "ours" wrote, untimed,
    then times writing just those values with plain ``Workbook().append``.
    """
    if variant == "ours":
        from goalplanner.store import Store
        from goalplanner.workbook.data import snapshot
        from goalplanner.workbook.writer import export_workbook

        with Store.open(plan, create=False, daily_backup=False) as store:
            data = snapshot(store)
        started = time.perf_counter()
        export_workbook(data, Path(out))
    else:
        from openpyxl import Workbook, load_workbook

        source = load_workbook(out, read_only=True)  # ours' workbook: the same values to write
        sheets = [(sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)]) for sheet in source]
        source.close()
        started = time.perf_counter()
        workbook = Workbook()
        workbook.remove(workbook.active)
        for title, rows in sheets:
            sheet = workbook.create_sheet(title)
            for row in rows:
                sheet.append(row)
        out = out + ".floor.xlsx"
        workbook.save(out)
    report(time.perf_counter() - started, megabytes=round(Path(out).stat().st_size / 2**20, 1))


def excel_import(variant: str, plan: str, workbook: str) -> None:
    """Read the actuals back (the floor: openpyxl reading every cell of the same workbook)."""
    started = time.perf_counter()
    if variant == "ours":
        from goalplanner.store import Store
        from goalplanner.workbook.data import snapshot
        from goalplanner.workbook.importer import read_actuals

        with Store.open(plan, create=False, daily_backup=False) as store:
            data = snapshot(store)
        started = time.perf_counter()
        result = read_actuals(Path(workbook), data)
        assert result.ok
    else:
        from openpyxl import load_workbook

        book = load_workbook(workbook, read_only=True, data_only=True)
        cells = sum(1 for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for _ in row)
        book.close()
        assert cells
    report(time.perf_counter() - started)


# -- charts and the wizard --------------------------------------------------------------------------


def chart(variant: str) -> None:
    """A goal chart with 500 weekly plan points and 500 check-ins, drawn (the floor: two bare lines)."""
    import random

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from goalplanner.charts.figures import configure_matplotlib, goal_chart
    from goalplanner.core.breakdown import plan_for
    from goalplanner.core.model import CheckIn, Goal
    from goalplanner.core.progress import evaluate

    configure_matplotlib()
    start = date(2016, 6, 6)
    deadline = start + timedelta(weeks=500, days=-1)
    goal = Goal(id=1, title="Five hundred weeks", kpi="aht", unit="s", direction="decrease", baseline=400.0,
                target=300.0, start=start, deadline=deadline, state="active")  # fmt: skip
    plan = plan_for(goal)
    weeks = [s for s in plan if s.period == "week"]
    rng = random.Random(1)
    checkins = [CheckIn(1, s.period_end, s.planned + rng.uniform(-10, 15), id=i) for i, s in enumerate(weeks)]

    def draw() -> None:
        if variant == "ours":
            today = start + timedelta(weeks=400)
            figure = goal_chart(evaluate(goal, plan, checkins, today), plan, today=today)
        else:
            figure = Figure(figsize=(8, 4.5), dpi=100)
            axes = figure.add_subplot()
            axes.plot([s.period_end for s in weeks], [s.planned for s in weeks])
            axes.plot([c.on for c in checkins], [c.actual for c in checkins], "o")
        FigureCanvasAgg(figure).draw()

    draw()  # warm-up: fonts and caches
    started = time.perf_counter()
    for _ in range(5):
        draw()
    report((time.perf_counter() - started) / 5)


def wizard(variant: str, plan: str) -> None:
    """From Next to the next page painted, with live SMART checks on (the floor: a QWizard of bare pages)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWizard, QWizardPage

    app = QApplication([])
    if variant == "ours":
        from goalplanner.store import Store
        from goalplanner.ui.wizard import GoalWizard

        store = Store.open(plan, daily_backup=False)
        wiz = GoalWizard(store)
    else:
        wiz = QWizard()
        for _ in range(8):
            page = QWizardPage()
            layout = QVBoxLayout(page)
            for _field in range(4):
                layout.addWidget(QLineEdit())
            wiz.addPage(page)
    wiz.resize(880, 700)
    wiz.show()
    app.processEvents()
    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched, event):
            page = wiz.currentPage()  # the page or what covers it (a scroll area's viewport)
            if event.type() == QEvent.Type.Paint and (watched is page or page.isAncestorOf(watched)):
                painted.append(time.perf_counter())
            return False

    watch = Watch()
    app.installEventFilter(watch)
    times = []
    for _ in range(len(wiz.pageIds()) - 1):
        painted.clear()
        started = time.perf_counter()
        page = wiz.currentId()
        wiz.next()
        if wiz.currentId() == page:  # a page that needs an answer first: the pages before it count
            break
        while not painted:
            app.processEvents()
        times.append(painted[0] - started)
    times.sort()
    report(times[len(times) // 2], pages=len(times))


# -- ticket exports ----------------------------------------------------------------------------------


def ticket_import(variant: str, export: str) -> None:
    """A million-row Zendesk CSV read into a goal's weekly first reply times (the floor: Python's csv
    module reading every row of the same file, which any reading of it must do)."""
    import csv

    started = time.perf_counter()
    if variant == "floor":
        with Path(export).open(newline="", encoding="utf-8") as handle:
            rows = sum(1 for _ in csv.reader(handle))
        report(time.perf_counter() - started, rows=rows)
        return
    from goalplanner.core.model import Goal
    from goalplanner.tickets import read_export

    goal = Goal(title="First reply", start=date(2025, 1, 6), deadline=date(2025, 6, 29), kpi="frt", unit="h",
                direction="decrease", baseline=8.0, target=4.0, state="active")  # fmt: skip
    reading = read_export(Path(export), goal)
    report(time.perf_counter() - started, rows=reading.rows, periods=len(reading.values))


def _use(name: str):
    """A probe of ``probes_use`` (the window as a person uses it), imported only when run."""

    def run(*args: str) -> None:
        from tests.benchmarks import probes_use

        getattr(probes_use, name)(*args)

    return run


PROBES = {
    "startup": startup,
    "startup_listed": _use("startup_listed"),
    "stalls": _use("stalls"),
    "first_chart": _use("first_chart"),
    "quit_after_use": _use("quit_after_use"),
    "big_open": big_open,
    "big_scroll": big_scroll,
    "breakdown": breakdown,
    "excel_export": excel_export,
    "excel_import": excel_import,
    "chart": chart,
    "wizard": wizard,
    "ticket_import": ticket_import,
}

if __name__ == "__main__":
    PROBES[sys.argv[1]](*sys.argv[2:])
