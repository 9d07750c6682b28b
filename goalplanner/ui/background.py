"""Long work off the GUI thread, with a progress dialog and Cancel, and the outcome back on the GUI thread.

The work is a plain function ``work(progress)`` that never touches widgets or the plan's SQLite
connection (read what it needs first, on the GUI thread); it calls ``progress(done, total)``, which
returns False once the user has cancelled. Success and failure come back as callbacks on the GUI
thread. An exception nobody expected goes to ``sys.excepthook``: the error dialog and the log.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from goalplanner.core.tasks import Progress
from goalplanner.files import ExportCancelled


class BackgroundTask(QObject):
    """One piece of work on a worker thread; ``done`` fires on the GUI thread when it ends, however."""

    progressed = Signal(int, int)
    done = Signal()
    _finished = Signal(object, object)  # (result, exception) from the worker thread

    def __init__(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], bool] | None = None,
        on_cancel: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.work, self.on_success = work, on_success
        self.on_failure, self.on_cancel = on_failure, on_cancel
        self.cancelled = threading.Event()
        self._thread = threading.Thread(target=self._run, name="goalplanner-task", daemon=True)
        self._finished.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress step."""
        self.cancelled.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread ends (tests and shutdown); True when it has, or never started."""
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled.is_set()

    def _run(self) -> None:
        try:
            result = self.work(self._progress)
        except BaseException as error:  # handed to the GUI thread, which decides what the user sees
            self._finished.emit(None, error)
        else:
            self._finished.emit(result, None)

    def _report(self, result: object, error: BaseException | None) -> None:
        try:
            if error is None:
                self.on_success(result)
            elif isinstance(error, ExportCancelled):
                if self.on_cancel is not None:
                    self.on_cancel()
            elif self.on_failure is None or not self.on_failure(error):
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self.done.emit()


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], bool] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> BackgroundTask:
    """Start ``work`` with a progress dialog (shown after a moment) whose Cancel stops it."""
    dialog = QProgressDialog(label, QCoreApplication.translate("BackgroundTask", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = BackgroundTask(work, on_success, on_failure, on_cancel, parent)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    task.progressed.connect(progressed)
    dialog.canceled.connect(task.cancel)
    task.done.connect(dialog.deleteLater)
    task.done.connect(task.deleteLater)
    dialog.setValue(0)
    QTimer.singleShot(0, task.start)  # from the event loop: callers can still connect to the task
    return task
