"""Start-up stays light: openpyxl loads on first use, matplotlib on a worker thread after the window is
shown; the GUI thread imports neither to show the window."""

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    import threading
    from importlib.abc import MetaPathFinder

    attempted = []

    class Watch(MetaPathFinder):
        # Records attempts too, so the test holds whether or not the packages are installed.
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("matplotlib", "openpyxl"):
                on = "gui" if threading.current_thread() is threading.main_thread() else "worker"
                attempted.append(f"{on} {name}")
            return None

    sys.meta_path.insert(0, Watch())

    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from goalplanner.app import build_main_window, create_application

    app = create_application([])
    settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
    window, _ = build_main_window(settings, Path(sys.argv[1]))
    window.show()

    def report():
        print("shown", window.isVisible(), window.goal_list.model.goal_count())
        print("attempted", sorted({a for a in attempted if a.startswith("gui ")}))
        try:  # control: the watch does see an import when one happens
            import openpyxl  # noqa: F401
        except ImportError:
            pass
        print("control", "gui openpyxl" in attempted)
        app.quit()

    def when_open():  # the plan opens on a worker thread; then as long again as the test waited before
        if window.plan_files.opening() is not None:
            QTimer.singleShot(10, when_open)
        else:
            QTimer.singleShot(200, report)

    when_open()
    app.exec()
    from goalplanner.app import finish_quitting

    finish_quitting()  # as run_app ends: a chart loading still under way finishes before the process
    """
)


def test_main_window_shows_without_matplotlib_or_openpyxl_on_the_gui_thread(tmp_path, private_home):
    plan = tmp_path / "demo.goalplan"
    env = os.environ | {"XDG_DATA_HOME": str(private_home / "data"), "QT_QPA_PLATFORM": "offscreen"}
    demo = subprocess.run(
        [sys.executable, "-m", "goalplanner", "demo", "--db", plan], env=env, capture_output=True
    )
    assert demo.returncode == 0, demo.stderr
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(plan), str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "shown True 7" in result.stdout
    assert "attempted []" in result.stdout, result.stdout
    assert "control True" in result.stdout


QUIT_AT_ONCE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from goalplanner.app import build_main_window, create_application
    from goalplanner.ui.chart_loader import chart_loader

    app = create_application([])
    window, _ = build_main_window(QSettings(sys.argv[2], QSettings.Format.IniFormat), Path(sys.argv[1]))
    window.show()

    def loader_running():
        loader = chart_loader()
        return loader._thread is not None and loader._thread.is_alive()

    def close():
        print("loading at quit", loader_running(), flush=True)
        window.close()

    QTimer.singleShot(20, close)
    app.exec()
    print("event loop over", flush=True)
    from goalplanner.app import finish_quitting

    finish_quitting()  # as run_app ends
    print("loading over", not loader_running(), flush=True)
    """
)


def test_quitting_while_the_charts_load_neither_waits_for_them_nor_crashes(tmp_path, private_home):
    plan = tmp_path / "demo.goalplan"
    env = os.environ | {"XDG_DATA_HOME": str(private_home / "data"), "QT_QPA_PLATFORM": "offscreen"}
    demo = subprocess.run(
        [sys.executable, "-m", "goalplanner", "demo", "--db", plan], env=env, capture_output=True
    )
    assert demo.returncode == 0, demo.stderr
    result = subprocess.run(
        [sys.executable, "-c", QUIT_AT_ONCE, str(plan), str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # a hang fails here
    )
    assert result.returncode == 0, result.stderr
    assert "loading at quit True" in result.stdout  # it did quit in the middle of the loading
    assert "event loop over" in result.stdout  # the window closed without waiting for the charts
    assert "loading over True" in result.stdout  # the process let the loading end before it did
    assert "Fatal" not in result.stderr and "Traceback" not in result.stderr, result.stderr


CHOOSE_AT_ONCE = textwrap.dedent(
    """
    import builtins
    import sys
    import threading

    on_gui_thread = []
    heavy = ("matplotlib", "goalplanner.charts.figures", "goalplanner.charts.goal", "goalplanner.charts.base")
    real_import = builtins.__import__

    def watching(name, globals=None, locals=None, fromlist=(), level=0):
        # every import statement, even of a module another thread is still importing (it would wait)
        if threading.current_thread() is threading.main_thread() and name.startswith(heavy):
            loader = sys.modules.get("goalplanner.ui.chart_loader")
            if loader is None or loader._loader is None or not loader._loader.is_ready:
                on_gui_thread.append(name)
        return real_import(name, globals, locals, fromlist, level)

    builtins.__import__ = watching

    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from goalplanner.app import build_main_window, create_application
    from goalplanner.ui.chart_loader import chart_loader

    app = create_application([])
    window, _ = build_main_window(QSettings(sys.argv[2], QSettings.Format.IniFormat), Path(sys.argv[1]))
    window.show()
    view = None

    def choose():
        global view
        if window.plan_files.opening() is not None:  # the plan opens on a worker thread
            QTimer.singleShot(10, choose)
            return
        view = window.detail.chart_tab.chart_view
        window.select_goal(window.store.list_goals()[1].id)
        window.detail.show_chart()
        print("drawing shown", view.placeholder.isVisible(), view.figure is None, flush=True)
        chart_loader().ready.connect(lambda: print("gui imports before ready", on_gui_thread, flush=True))

    def done():
        if view is None or view.figure is None:
            QTimer.singleShot(20, done)
            return
        print("chart drawn", not view.placeholder.isVisible(), flush=True)
        window.close()

    QTimer.singleShot(0, choose)
    QTimer.singleShot(20, done)
    app.exec()
    """
)


def test_a_goal_chosen_at_once_shows_drawing_and_the_gui_thread_never_imports_matplotlib(
    tmp_path, private_home
):
    plan = tmp_path / "demo.goalplan"
    env = os.environ | {"XDG_DATA_HOME": str(private_home / "data"), "QT_QPA_PLATFORM": "offscreen"}
    demo = subprocess.run(
        [sys.executable, "-m", "goalplanner", "demo", "--db", plan], env=env, capture_output=True
    )
    assert demo.returncode == 0, demo.stderr
    result = subprocess.run(
        [sys.executable, "-c", CHOOSE_AT_ONCE, str(plan), str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "drawing shown True True" in result.stdout
    assert "gui imports before ready []" in result.stdout  # the window never froze on the import
    assert "chart drawn True" in result.stdout
