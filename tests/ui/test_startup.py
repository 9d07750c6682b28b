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

    QTimer.singleShot(200, report)
    app.exec()
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
