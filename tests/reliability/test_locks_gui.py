"""Another program writing to the plan, and a second goalplanner on the same file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.goal_tree import GOAL_ROLE
from goalplanner.ui.main_window import MainWindow
from tests.ui.conftest import open_plan
from tests.ui.test_tracking import find_row

HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")  # the write lock, as another program saving would hold it
    print("locked", flush=True)
    sys.stdin.read()  # until the test lets go
    conn.execute("COMMIT")
    """
)


@pytest.fixture
def locker():
    """Start a process that holds the plan's write lock until ``release()``."""
    started = []

    def hold(path):
        process = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True)  # fmt: skip
        assert process.stdout.readline().strip() == "locked"
        started.append(process)
        return process

    yield hold
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate()  # waits, and closes its pipes


def test_a_busy_file_keeps_the_checkin_and_saves_it_when_free(sample_window, qtbot, locker):
    window = sample_window
    window.select_goal(find_row(window, "wait time by 50%").data(GOAL_ROLE).id)
    detail = window.detail
    goal_id = detail.goal.id
    before = len(window.store.checkins(goal_id))
    holder = locker(window.store.path)
    qtbot.keyClicks(detail.checkin_form.actual_field, "150")
    qtbot.keyClicks(detail.checkin_form.note_edit, "typed while the file was busy")
    qtbot.keyClick(detail.checkin_form.note_edit, Qt.Key.Key_Return)  # waits the store's 3 s, then tells
    assert (
        "busy" in detail.checkin_form.checkin_message.text()
        and "kept" in detail.checkin_form.checkin_message.text()
    )
    assert detail.checkin_form.stop_waiting_button.isVisible()
    assert (
        detail.checkin_form.actual_field.text() == ""
    )  # held aside: typing a new value cannot change what is saved
    qtbot.keyClicks(detail.checkin_form.actual_field, "175")  # the user starts on something else meanwhile
    window.select_goal(find_row(window, "CSAT").data(GOAL_ROLE).id)  # and looks at another goal
    assert len(window.store.checkins(goal_id)) == before
    holder.communicate(timeout=10)  # the other program finishes its write
    qtbot.waitUntil(lambda: len(window.store.checkins(goal_id)) == before + 1, timeout=10_000)
    saved = max(window.store.checkins(goal_id), key=lambda c: c.id)
    assert (saved.actual, saved.note) == (150, "typed while the file was busy")  # what was typed then
    assert (
        not detail.checkin_form.stop_waiting_button.isVisible()
        and not detail.checkin_form.checkin_message.isVisible()
    )


def test_giving_up_on_a_busy_file_puts_the_checkin_back(sample_window, qtbot, locker):
    window = sample_window
    window.select_goal(find_row(window, "wait time by 50%").data(GOAL_ROLE).id)
    detail = window.detail
    locker(window.store.path)
    form = detail.checkin_form
    qtbot.keyClicks(form.actual_field, "150")
    qtbot.keyClick(form.confidence_box, Qt.Key.Key_Down)  # on track, as the owner sees it
    qtbot.keyClicks(form.next_step_edit, "Roster two more agents")
    qtbot.keyClick(form.actual_field, Qt.Key.Key_Return)
    qtbot.mouseClick(form.stop_waiting_button, Qt.MouseButton.LeftButton)
    assert form.actual_field.text() == "150" and form.checkin_message.text() == "Not saved."
    assert (form.confidence_box.currentData(), form.next_step_edit.text()) == (
        "on_track",
        "Roster two more agents",
    )  # every word typed comes back, not only the number


def test_a_second_window_on_the_same_plan_hands_over_to_the_first(
    sample_window, qtbot, settings, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    path = sample_window.store.path
    second = MainWindow(settings)
    qtbot.addWidget(second)
    with qtbot.waitSignal(sample_window.plan_guard.show_requested, timeout=5000):
        assert not open_plan(qtbot, second, path)
    assert second.store is None
    assert "is open in another goalplanner window" in shown[0]
    sample_window.close()  # once the first window lets go, the plan opens in the second
    assert open_plan(qtbot, second, path)
    second.close()


def test_a_second_goalplanner_process_hands_over_and_exits(sample_window, qtbot, private_home):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(private_home / "data"),
                        "XDG_STATE_HOME": str(private_home / "state")}  # fmt: skip
    with qtbot.waitSignal(sample_window.plan_guard.show_requested, timeout=30_000):
        second = subprocess.Popen(
            [sys.executable, "-m", "goalplanner", "--db", str(sample_window.store.path)],
            env=env, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
    _out, errors = second.communicate(timeout=30)
    assert second.returncode == 0
    assert "already open in another goalplanner window" in errors


LISTEN = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtNetwork import QLocalServer
    app = QCoreApplication([])
    server = QLocalServer()
    assert server.listen(sys.argv[1])
    print("listening", flush=True)
    app.exec()
    """
)


def test_a_plan_left_behind_by_a_killed_goalplanner_opens(qtbot, window, tmp_path):
    from goalplanner.ui.plan_guard import PlanGuard, server_name

    path = tmp_path / "left.goalplan"
    with Store.open(path) as store:
        write_sample_plan(store, date.today())
    crashed = subprocess.Popen([sys.executable, "-c", LISTEN, server_name(path)], stdout=subprocess.PIPE,
                               text=True, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    assert crashed.stdout.readline().strip() == "listening"
    crashed.kill()  # SIGKILL: its socket file stays behind, with nobody listening
    crashed.communicate()
    assert open_plan(qtbot, window, path)
    assert PlanGuard.held_elsewhere(path)  # this window now answers for the plan


def test_two_goalplanners_started_at_once_on_one_plan_leave_one_window(tmp_path, private_home):
    plan = tmp_path / "shared.goalplan"
    with Store.open(plan) as store:
        write_sample_plan(store, date.today())
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(private_home / "data"),
                        "XDG_STATE_HOME": str(private_home / "state")}  # fmt: skip
    command = [sys.executable, "-m", "goalplanner", "--db", str(plan)]
    first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while first.poll() is None and second.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        finished = first if first.poll() is not None else second
        still_running = second if finished is first else first
        _out, errors = finished.communicate(timeout=5)
        assert finished.returncode == 0 and "already open in another goalplanner window" in errors
        time.sleep(1)
        assert still_running.poll() is None  # the other one has the plan open
    finally:
        for process in (first, second):
            if process.poll() is None:
                process.kill()
            process.communicate()
