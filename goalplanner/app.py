"""Build the application: QApplication, settings, error handling, the main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from goalplanner import __version__, paths
from goalplanner.core.resources import resource_path
from goalplanner.ui.errors import ErrorReporter, configure_logging, install_excepthook
from goalplanner.ui.language import LANGUAGES, apply_language, chosen_language, translation_files
from goalplanner.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with goalplanner's names, so QSettings and dialogs use them."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName("goalplanner")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("goalplanner")
    app.setWindowIcon(QIcon(str(resource_path("icons", "goalplanner.svg"))))
    return app


def plan_to_open(db_path: Path | None, settings: QSettings) -> Path:
    """``--db`` if given, else the plan open last time if it still exists, else the default plan."""
    if db_path is not None:
        return db_path
    last = settings.value("lastFile")
    if last and Path(last).exists():
        return Path(last)
    return paths.default_plan_path()


def build_main_window(settings: QSettings, db_path: Path | None = None) -> tuple[MainWindow, ErrorReporter]:
    """The main window, built whole, on the plan to open, with uncaught errors reported over it."""
    window = MainWindow(settings)
    reporter = ErrorReporter(lambda: window)
    install_excepthook(reporter)
    _open_first_plan(window, reporter, settings, db_path)
    return window, reporter


def start_window(settings: QSettings, db_path: Path | None = None) -> tuple[MainWindow, ErrorReporter] | None:
    """Show the main window as goalplanner starts: its frame at once, its parts and the plan from the
    event loop right after the frame's first paint. None, with nothing shown, when the plan is open in
    another goalplanner (asked to come to the front instead)."""
    from goalplanner.ui.plan_guard import PlanGuard

    path = plan_to_open(db_path, settings)
    if PlanGuard.held_elsewhere(path):
        _say_handed_over(path)
        return None
    window = MainWindow(settings, defer_parts=True)
    reporter = ErrorReporter(lambda: window)
    install_excepthook(reporter)  # before anything of the build can fail
    window.parts_built.connect(lambda: _open_first_plan(window, reporter, settings, db_path, deferred=True))
    window.show()
    return window, reporter


def _open_first_plan(
    window: MainWindow, reporter: ErrorReporter, settings: QSettings, db_path: Path | None, deferred=False
) -> None:
    """Open the plan goalplanner starts on in ``window`` (its parts built); an error keeps the goal being
    edited as a draft. A deferred window whose plan another goalplanner took meanwhile closes quietly."""
    reporter.error_raised.connect(lambda _summary, _details: window.goals.keep_draft())
    path = plan_to_open(db_path, settings)
    window.plan_files.open_plan(path, create=db_path is None or not path.exists(), quiet_if_held=True)
    if deferred and window.plan_files.handed_over:  # another goalplanner took it since the check
        _say_handed_over(path)
        window.close()


def _say_handed_over(path: Path) -> None:
    print(f"goalplanner: {path} is already open in another goalplanner window", file=sys.stderr)


def run_app(db_path: Path | None = None, *, smoke_test: bool = False) -> int:
    """Start the GUI and return its exit code when the last window closes."""
    app = create_application()
    configure_logging(paths.log_dir())
    settings = QSettings()
    apply_language(app, chosen_language(settings))
    if smoke_test:
        return _smoke_test(app, settings, db_path)
    started = start_window(settings, db_path)
    if started is None:  # the plan is open in another goalplanner, which was brought forward
        return 0
    code = app.exec()
    finish_quitting()
    return code


def finish_quitting() -> None:
    """After the window has closed: let a chart loading still under way finish first (quitting in the
    first second or two; an interpreter that ends while another thread is inside numpy's or
    matplotlib's import can crash at exit, a test saw it), then leave the memory to the system."""
    from goalplanner.ui import chart_loader as loading
    from goalplanner.ui.plan_opening import wait_for_openings

    if loading._loader is not None:
        loading._loader.wait(30)
    wait_for_openings(30)  # a plan still being opened when the window closed stops at its next step
    leave_memory_to_the_system()


def leave_memory_to_the_system() -> None:
    """Let the process end at once once the window has closed (the plan saved and closed, settings
    written): the interpreter's garbage collections at exit would walk every object matplotlib, numpy
    and openpyxl made during the session -- 0.3 to 2 s after a while of use, against 0.05 s -- only to
    free memory the system takes back anyway. Objects are still released as usual, files closed and
    ``atexit`` handlers (the log's flush) run."""
    gc.freeze()  # what is alive now is never walked again
    gc.disable()


def _smoke_test(app: QApplication, settings: QSettings, db_path: Path | None) -> int:
    """Show the window on the plan, draw the first goal's chart, close: 0 when all of it worked.

    Run against a built bundle, it proves the bundle holds Qt's platform plugins, the resources,
    and the chart worker drawing into the window (matplotlib's Agg on a thread), which no command-line
    subcommand touches.
    """
    from PySide6.QtCore import QTimer

    from goalplanner.core.kpis import catalogue

    started = start_window(settings, db_path)  # as goalplanner starts: the frame, then the parts and plan
    if started is None:
        print("smoke test: the plan is open in another goalplanner: FAILED", file=sys.stderr)
        return 1
    window, _reporter = started
    problems: list[str] = []
    if not catalogue():
        problems.append("the KPI catalogue is empty")
    if app.windowIcon().isNull():
        problems.append("the application icon did not load")
    for language in LANGUAGES:  # goalplanner's texts and Qt's own are in the bundle for every language
        names = sorted(path.name.split("_")[0] for path in translation_files(QLocale(language)))
        if names != ["goalplanner", "qtbase"]:
            problems.append(f"translations for {language}: found only {names}")

    def draw_chart() -> None:
        spawned = os.environ.get("GOALPLANNER_SPAWNED_AT")  # set by packaging/startup.py to time the start
        if spawned:
            print(f"smoke test: first window after {time.time() - float(spawned):.3f} s")
        when_open()

    def when_open() -> None:
        if window.plan_files.opening() is not None:  # the plan opens on a worker thread
            QTimer.singleShot(20, when_open)
            return
        if window.store is None or window.detail is None:
            problems.append("no plan is open")
            QTimer.singleShot(100, window.close)
        else:
            window.select_goal(None)
            window.detail.show_chart()
            close_when_drawn(time.monotonic() + 60)

    def close_when_drawn(deadline: float) -> None:
        if not window.detail.chart_drawn() and time.monotonic() < deadline:  # matplotlib is still loading
            QTimer.singleShot(50, lambda: close_when_drawn(deadline))
            return
        if not window.detail.chart_drawn():
            problems.append("the chart was not drawn")
        QTimer.singleShot(100, window.close)

    window.parts_built.connect(lambda: QTimer.singleShot(0, draw_chart))  # after the plan is opened
    app.exec()
    for problem in problems:
        print(f"smoke test: {problem}", file=sys.stderr)
    print("smoke test: window shown, chart drawn, window closed" if not problems else "smoke test: FAILED")
    return 1 if problems else 0
