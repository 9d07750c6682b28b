"""Quitting is instant after a session of use, and loses nothing: the real app in its own process."""

import os
import subprocess
import sys
import textwrap

from goalplanner.store import Store

SCRIPT = textwrap.dedent(
    """
    import atexit, gc, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from goalplanner.app import create_application
    from goalplanner.cli import main

    # Registered first, so it runs last of the exit handlers: after the app has let go of everything.
    atexit.register(
        lambda: print("at exit: collector enabled", gc.isenabled(), "frozen", gc.get_freeze_count() > 0)
    )
    app = create_application([])

    def use():
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
        if window.plan_files.opening() is not None:  # the plan opens on a worker thread
            QTimer.singleShot(10, use)
            return
        window.select_goal(None)
        goal = window.goal_list.selected_goal()
        latest = window.session.state(goal.id).latest
        print("goal", goal.id)
        form = window.detail.checkin_form
        form.actual_field.setText(str(latest.actual if latest else goal.baseline))
        form.note_edit.setText("typed just before quitting")
        form.record_button.click()
        window.close()

    def when_built():  # the window shows its frame first, then builds its parts and opens the plan
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
        window.parts_built.connect(lambda: QTimer.singleShot(0, use))

    QTimer.singleShot(0, when_built)
    sys.exit(main(["--db", sys.argv[1]]))
    """
)


def test_quitting_leaves_memory_to_the_system_and_keeps_the_last_check_in(tmp_path, private_home):
    plan = tmp_path / "demo.goalplan"
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    demo = subprocess.run(
        [sys.executable, "-m", "goalplanner", "demo", "--db", plan], env=env, capture_output=True
    )
    assert demo.returncode == 0, demo.stderr
    with Store.open(plan) as store:
        before = {goal.id: len(store.checkins(goal.id)) for goal in store.list_goals()}

    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(plan)], env=env, capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, result.stderr
    # the session's objects are not walked again by the collector on the way out
    assert "at exit: collector enabled False frozen True" in result.stdout, result.stdout
    goal_id = int(result.stdout.split("goal ", 1)[1].split()[0])
    with Store.open(plan) as store:
        notes = [c.note for c in store.checkins(goal_id)]
    assert len(notes) == before[goal_id] + 1
    assert "typed just before quitting" in notes
