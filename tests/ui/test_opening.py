"""Opening a plan on a worker thread: the window answers meanwhile, shows what it is opening, keeps the
plan shown before, lets a newer opening supersede an older one, and survives being closed meanwhile."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QLockFile, Qt, QTimer

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui import plan_opening
from goalplanner.ui.main_window import MainWindow
from goalplanner.ui.plan_guard import PlanGuard, server_name
from tests.reliability.tampered import CASES, tamper
from tests.reliability.test_bad_files_gui import answer_with
from tests.ui.conftest import OPENING_MS, open_plan, wait_opened

SHOTS = Path("/tmp/shots")


class Gate:
    """The real ``read_plan``, run by the worker as the app runs it, held back for the plans in ``held``
    until the test lets them go: each reading notes its thread and the store it read."""

    def __init__(self, monkeypatch) -> None:
        self.held: dict[str, threading.Event] = {}
        self.readings: list[tuple[int, Store]] = []
        real = plan_opening.read_plan

        def read_plan(store: Store):
            self.readings.append((threading.get_ident(), store))
            gate = self.held.get(store.path.name)
            if gate is not None:
                gate.wait(OPENING_MS / 1000)  # let go by the test (the timeout only ends a failed test)
            return real(store)

        monkeypatch.setattr(plan_opening, "read_plan", read_plan)

    def hold(self, name: str) -> None:
        self.held[name] = threading.Event()

    def release(self) -> None:
        for gate in self.held.values():
            gate.set()

    def reading(self, name: str) -> bool:
        return any(store.path.name == name for _thread, store in self.readings)


@pytest.fixture
def gate(monkeypatch):
    gate = Gate(monkeypatch)
    yield gate
    gate.release()  # a failed test never leaves a worker waiting
    plan_opening.wait_for_openings(OPENING_MS / 1000)


def sample(path: Path) -> Path:
    with Store.open(path) as store:
        write_sample_plan(store, date.today())
    return path


def start_held(qtbot, window, gate, path: Path) -> None:
    """Start opening ``path`` in ``window`` with its reading held by ``gate``, and wait until the worker
    is reading it."""
    gate.hold(path.name)
    assert window.plan_files.open_plan(path)
    qtbot.waitUntil(lambda: gate.reading(path.name), timeout=OPENING_MS)


def all_reported(qtbot) -> None:
    """Wait until every opening's worker has reported to the GUI thread."""
    qtbot.waitUntil(lambda: not plan_opening._RUNNING, timeout=OPENING_MS)


def test_the_window_answers_while_the_plan_is_read_on_another_thread(qtbot, window, tmp_path, gate):
    path = sample(tmp_path / "team.goalplan")
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    window.show()
    start_held(qtbot, window, gate, path)
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 3, timeout=OPENING_MS)  # the event loop runs meanwhile
    assert window.plan_files.opening() == path.absolute()
    status = window.opening_status
    assert status.label.isVisible() and status.label.text() == "Opening team.goalplan…"
    assert status.bar.isVisible() and status.bar.maximum() == 0  # busy, no percentage
    assert window.pages.currentWidget() is status.page  # nothing shown yet: never the empty state
    assert status.page.text() == "Opening team.goalplan…"
    assert not window.file_label.isVisible()  # not "No plan open" beside it
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "open-opening-page.png"))
    gate.release()
    wait_opened(qtbot, window)
    timer.stop()
    (thread, _store), *_ = gate.readings
    assert thread != threading.get_ident()  # read on a worker, not on the GUI thread
    assert window.store.path == path.absolute()
    assert window.pages.currentWidget() is window.main_tabs
    assert window.goal_list.model.goal_count() == 7
    assert not status.label.isVisible() and not status.bar.isVisible()
    assert window.file_label.isVisible() and window.file_label.text() == str(path.absolute())


def test_the_plan_shown_stays_shown_and_usable_until_the_next_is_in(qtbot, sample_window, tmp_path, gate):
    window = sample_window
    shown = window.store
    other = sample(tmp_path / "other.goalplan")
    start_held(qtbot, window, gate, other)
    assert window.store is shown and not shown.closed
    assert window.pages.currentWidget() is window.main_tabs and window.goal_list.model.goal_count() == 7
    goal = shown.list_goals()[1]
    window.select_goal(goal.id)  # usable: the detail follows the selection
    assert window.detail.goal.id == goal.id
    assert window.opening_status.label.text() == "Opening other.goalplan…"
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "open-opening-status.png"))
    gate.release()
    wait_opened(qtbot, window)
    assert window.store.path.name == "other.goalplan" and shown.closed


def test_a_superseded_opening_is_never_shown(qtbot, window, tmp_path, gate):
    first, second = sample(tmp_path / "first.goalplan"), sample(tmp_path / "second.goalplan")
    start_held(qtbot, window, gate, first)
    shown = []
    window.plan_files.opened.connect(lambda store: shown.append(store.path.name))
    assert open_plan(qtbot, window, second)  # supersedes the first, still being read
    gate.release()
    all_reported(qtbot)
    assert shown == ["second.goalplan"]
    assert window.store.path == second.absolute()
    first_store = next(store for _thread, store in gate.readings if store.path.name == "first.goalplan")
    assert first_store.closed  # dropped: closed, never shown
    assert not PlanGuard.held_elsewhere(first)  # and its claim let go


def test_cancel_stops_the_opening_and_keeps_the_plan_shown(qtbot, sample_window, tmp_path, gate):
    window = sample_window
    shown = window.store
    other = sample(tmp_path / "other.goalplan")
    start_held(qtbot, window, gate, other)
    cancel = window.opening_status.cancel_button
    assert cancel.isVisible() and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert window.plan_files.opening() is None and not cancel.isVisible()
    assert not window.opening_status.bar.isVisible()
    gate.release()
    all_reported(qtbot)
    assert window.store is shown and not shown.closed  # the plan shown before is still the one open
    assert window.goal_list.model.goal_count() == 7
    other_store = next(store for _thread, store in gate.readings if store.path.name == "other.goalplan")
    assert other_store.closed  # what the worker opened is closed, never shown
    assert not PlanGuard.held_elsewhere(other)  # and the file is let go


def test_cancelling_the_first_plan_of_a_window_leaves_its_empty_state(qtbot, window, tmp_path, gate):
    path = sample(tmp_path / "team.goalplan")
    window.show()
    start_held(qtbot, window, gate, path)
    assert window.pages.currentWidget() is window.opening_status.page
    qtbot.mouseClick(window.opening_status.cancel_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.empty_state  # what to do next, not "Opening …"
    assert window.file_label.isVisible() and window.file_label.text() == "No plan open"
    gate.release()
    all_reported(qtbot)
    assert window.store is None


def test_a_damaged_plan_is_explained_once_the_worker_reports(qtbot, window, tmp_path, monkeypatch):
    plan = tamper(tmp_path, next(case for case in CASES if case.name == "a parent loop 2-3"))
    checked_on = []
    real = plan_opening.refuse_damaged

    def refuse_damaged(path):
        checked_on.append(threading.get_ident())
        return real(path)

    monkeypatch.setattr(plan_opening, "refuse_damaged", refuse_damaged)
    seen: list[tuple[str, str, list[str]]] = []
    answer_with("Close", seen)
    assert not open_plan(qtbot, window, plan)
    assert checked_on and checked_on[0] != threading.get_ident()  # checked on the worker
    assert len(seen) == 1  # explained once
    text, _details, buttons = seen[0]
    assert "is damaged" in text and "View what can be read" in buttons
    assert window.store is None and window.pages.currentWidget() is window.empty_state


def test_closing_the_window_while_a_plan_opens_lets_go_of_everything(qtbot, settings, tmp_path, gate):
    path = sample(tmp_path / "team.goalplan")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    start_held(qtbot, window, gate, path)
    window.close()
    assert not PlanGuard.held_elsewhere(path)  # the claim's socket is gone at once
    lock = QLockFile(str(Path(QDir.tempPath()) / f"{server_name(path)}.lock"))
    assert lock.tryLock(0)  # and the lock is free
    lock.unlock()
    gate.release()
    all_reported(qtbot)
    (_thread, store), *_ = gate.readings
    assert store.closed and window.store is None  # what the worker opened was closed, never shown
    again = MainWindow(settings)  # another window can have the plan
    qtbot.addWidget(again)
    assert open_plan(qtbot, again, path)
    again.close()


def test_two_windows_opening_the_same_plan_at_once_do_not_both_get_it(qtbot, settings, tmp_path, gate):
    path = sample(tmp_path / "team.goalplan")
    gate.hold("team.goalplan")
    first, second = MainWindow(settings), MainWindow(settings)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.plan_files.open_plan(path)  # still being read: claimed all the same
    with qtbot.waitSignal(first.plan_guard.show_requested, timeout=OPENING_MS):
        assert not second.plan_files.open_plan(path, quiet_if_held=True)
    assert second.plan_files.handed_over and second.plan_files.opening() is None
    gate.release()
    wait_opened(qtbot, first)
    assert first.store.path == path.absolute() and second.store is None
    first.close()
    second.close()


def test_asking_again_for_the_plan_being_opened_opens_it_once(qtbot, window, tmp_path, gate):
    path = sample(tmp_path / "team.goalplan")
    start_held(qtbot, window, gate, path)
    shown = []
    window.plan_files.opened.connect(lambda store: shown.append(store))
    assert window.plan_files.open_plan(path)  # not "open in another window": this window is opening it
    gate.release()
    wait_opened(qtbot, window)
    all_reported(qtbot)
    assert len(shown) == 1 and window.store is shown[0]
    assert PlanGuard.held_elsewhere(path)  # held by this window
