"""The window appears at once: goalplanner shows its frame before it imports the list, the detail, the
wizard or the store, then fills it with the plan (``MainWindow(defer_parts=True)``, ``start_window``)."""

import os
import subprocess
import sys
import textwrap
from datetime import date

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.main_window import MainWindow

# Runs goalplanner as the ``goalplanner`` command does (cli.main → run_app → start_window), noting at the
# window's first paint which of the heavy modules were imported, then waiting for the goals to be listed.
START = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from goalplanner.app import create_application
    from goalplanner.cli import main

    HEAVY = ("goalplanner.ui.goal_list", "goalplanner.ui.detail", "goalplanner.ui.wizard",
             "goalplanner.ui.session", "goalplanner.store.store", "sqlite_utils", "click",
             "matplotlib", "openpyxl")
    app = create_application([])

    def window():
        return next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)

    class FirstPaint(QObject):
        seen = listed = False

        def eventFilter(self, watched, event):
            if event.type() != QEvent.Type.Paint:
                return False
            shown = window()
            if not self.seen and watched is shown:
                self.seen = True
                print("built at first paint", watched.built, flush=True)
                print("loaded at first paint", sorted(m for m in HEAVY if m in sys.modules), flush=True)
            elif not self.listed and shown.built and watched is shown.goal_list.tree.viewport():
                self.listed = True
                loading = sys.modules.get("goalplanner.ui.chart_loader")
                started = loading is not None and loading._loader is not None
                print("charts loading at the list's first paint", started, flush=True)
            return False

    first_paint = FirstPaint()
    app.installEventFilter(first_paint)

    def close_when_listed():
        shown = window()
        if first_paint.listed and shown.goal_list.model.goal_count() > 0:  # listed and painted
            print("listed", shown.goal_list.model.goal_count(), shown.isVisible(), flush=True)
            shown.close()
        else:
            QTimer.singleShot(10, close_when_listed)

    QTimer.singleShot(0, close_when_listed)
    sys.exit(main(["--db", sys.argv[1]]))
    """
)


def test_the_window_is_painted_before_the_list_detail_and_store_are_imported_then_fills(
    tmp_path, private_home
):
    plan = tmp_path / "demo.goalplan"
    with Store.open(plan) as store:
        write_sample_plan(store, date.today())
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START, str(plan)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "built at first paint False" in result.stdout, result.stdout
    assert "loaded at first paint []" in result.stdout, result.stdout  # none of the heavy modules
    assert "listed 7 True" in result.stdout, result.stdout  # then the sample plan's goals, in the window
    # matplotlib starts loading on its worker only once the list is painted, not while it is built
    assert "charts loading at the list's first paint False" in result.stdout, result.stdout
    assert "Traceback" not in result.stderr, result.stderr


def test_a_deferred_window_builds_its_parts_once_shown(qtbot, settings):
    window = MainWindow(settings, defer_parts=True)
    qtbot.addWidget(window)
    assert not window.built and window.store is None  # a frame: nothing of the plan yet
    with qtbot.waitSignal(window.parts_built, timeout=10_000):
        window.show()
    assert window.built and window.goal_list is not None and window.menuBar().actions()
    assert window.pages.currentWidget() is window.empty_state  # no plan open yet: the empty state


def test_a_window_closed_before_its_parts_are_built_never_builds_them(qtbot, settings):
    window = MainWindow(settings, defer_parts=True)
    qtbot.addWidget(window)
    built = []
    window.parts_built.connect(lambda: built.append(True))
    window.show()
    window.close()  # before the event loop came round to the build
    qtbot.waitUntil(lambda: not window.isVisible())
    other = MainWindow(settings, defer_parts=True)  # a later window's build shows the loop has turned
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.parts_built, timeout=10_000):
        other.show()
    window._build_deferred_parts()  # the paint's or the fallback's timer, coming round late
    assert built == [] and not window.built
