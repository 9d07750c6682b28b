import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

from goalplanner.ui import errors
from goalplanner.ui.errors import ErrorReporter, configure_logging, install_excepthook


@pytest.fixture
def reporter(tmp_path):
    """An installed reporter logging into tmp_path; the previous hooks and handlers come back after."""
    saved = sys.excepthook, threading.excepthook, list(errors.log.handlers)
    log_file = configure_logging(tmp_path)
    reporter = ErrorReporter()
    install_excepthook(reporter)
    reporter.log_file = log_file
    yield reporter
    sys.excepthook, threading.excepthook = saved[0], saved[1]
    for handler in errors.log.handlers[len(saved[2]) :]:
        handler.close()
        errors.log.removeHandler(handler)
    for box in reporter.dialogs:
        box.close()


def test_uncaught_error_is_shown_with_its_traceback_and_logged(reporter, qtbot):
    try:
        raise ValueError("baseline must be a number")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(reporter.dialogs))
    box = reporter.dialogs[0]
    assert box.isVisible()
    assert box.informativeText() == "ValueError: baseline must be a number"
    assert "Traceback (most recent call last)" in box.detailedText()
    assert "Copy details" in [b.text() for b in box.buttons()]
    logged = Path(reporter.log_file).read_text(encoding="utf-8")
    assert "ValueError: baseline must be a number" in logged


def test_error_in_a_worker_thread_is_shown_on_the_gui_thread(reporter, qtbot):
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(reporter.dialogs))
    box = reporter.dialogs[0]
    assert box.thread() is QCoreApplication.instance().thread()
    assert "ZeroDivisionError" in box.informativeText()


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_leaves_the_event_loop_running(reporter, qtbot):
    def broken_slot():
        raise RuntimeError("slot failed")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(reporter.dialogs))
    assert "RuntimeError: slot failed" in reporter.dialogs[0].informativeText()
    later = []
    QTimer.singleShot(0, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: later == ["still running"])
