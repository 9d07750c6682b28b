"""An exception in a slot or a worker thread: shown, logged, the app keeps running, typing kept."""

from __future__ import annotations

import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWizard

from goalplanner.app import build_main_window
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui import errors
from goalplanner.ui.background import run_with_progress
from goalplanner.ui.errors import configure_logging
from goalplanner.ui.wizard.wizard import WHAT
from tests.ui.conftest import wait_opened


@pytest.fixture
def app_window(qtbot, settings, tmp_path):
    """The window as the app builds it (error reporter included), on a sample plan; hooks restored after."""
    saved = sys.excepthook, threading.excepthook, list(errors.log.handlers)
    (tmp_path / "log").mkdir()
    log_file = configure_logging(tmp_path / "log")
    path = tmp_path / "plan.goalplan"
    with Store.open(path) as store:
        write_sample_plan(store, date.today())
    window, reporter = build_main_window(settings, path)
    qtbot.addWidget(window)
    wait_opened(qtbot, window)
    window.show()
    yield window, reporter, Path(log_file)
    if window.goals.wizard is not None:
        window.goals.wizard.done(QWizard.DialogCode.Rejected)
    for box in reporter.dialogs:
        box.close()
    sys.excepthook, threading.excepthook = saved[0], saved[1]
    for handler in errors.log.handlers[len(saved[2]) :]:
        handler.close()
        errors.log.removeHandler(handler)
    if window.store is not None:
        window.store.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_shown_logged_and_the_open_draft_kept(app_window, qtbot):
    window, reporter, log_file = app_window
    window.goals.new_goal()
    wizard = window.goals.wizard
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == WHAT
    title = wizard.currentPage().findChild(object, "title")
    qtbot.keyClicks(title, "Answer 80% of calls within 20 seconds")
    if wizard.draft_id:  # the page change saved a draft already: drop it, so only the typing remains
        window.store.delete_draft(wizard.draft_id)
        wizard.draft_id = None

    def broken_slot():
        raise RuntimeError("a bug in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(reporter.dialogs), timeout=3000)
    assert "RuntimeError: a bug in a slot" in reporter.dialogs[0].informativeText()
    assert "RuntimeError: a bug in a slot" in log_file.read_text(encoding="utf-8")
    drafts = window.store.drafts()
    assert drafts and drafts[0].payload["goal"]["title"] == "Answer 80% of calls within 20 seconds"
    assert wizard.isVisible()  # still typing in it
    alive = []
    QTimer.singleShot(0, lambda: alive.append(True))
    qtbot.waitUntil(lambda: alive == [True])


@pytest.mark.qt_no_exception_capture
def test_an_error_in_background_work_is_shown_and_logged(app_window, qtbot):
    window, reporter, log_file = app_window

    def work(progress):
        progress(1, 2)
        raise KeyError("a bug in a worker")

    task = run_with_progress(window, "Working…", work, lambda _result: None)
    qtbot.waitUntil(lambda: bool(reporter.dialogs), timeout=5000)
    assert "KeyError" in reporter.dialogs[0].informativeText()
    assert "a bug in a worker" in log_file.read_text(encoding="utf-8")
    assert task.wait(5)
