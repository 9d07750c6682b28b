"""Unexpected errors: log them, show them with a copyable traceback, keep the app running.

``install_excepthook`` replaces ``sys.excepthook`` and ``threading.excepthook``.
An error in a worker thread reaches the GUI thread through a queued signal, so
the dialog is always built on the thread that owns the widgets.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:  # the reporter is installed before the window is shown: it imports nothing more
    from goalplanner.files import ExportError
    from goalplanner.store import StoreError

log = logging.getLogger("goalplanner")

LOG_FILE_NAME = "goalplanner.log"


def configure_logging(folder: Path) -> Path:
    """Send goalplanner's log to a rotating file in ``folder``; return the file's path."""
    path = folder / LOG_FILE_NAME
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def store_error_text(error: StoreError) -> str:
    """The message of a store error in the user's language."""
    template = QCoreApplication.translate("StoreError", error.template)
    return template.format(**error.params)


def export_error_text(error: ExportError) -> str:
    """The message of an export or import error in the user's language."""
    from goalplanner.ui.formatting import ui_wording

    return ui_wording().text("ExportError", error.template, error.params)


def plain_warning(parent: QWidget | None, title: str, text: str) -> None:
    """A warning whose text is shown as typed: a file or plan name from outside is never read as HTML."""
    from PySide6.QtCore import Qt  # not at import: Qt's hundred enums take ~15 ms to make, after the frame

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class ErrorReporter(QObject):
    """Shows unexpected errors from any thread as a dialog on the GUI thread."""

    error_raised = Signal(str, str)  # summary, traceback text

    def __init__(self, parent_widget: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self.dialogs: list[QMessageBox] = []
        self.error_raised.connect(self._show)

    def report(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Log an exception and ask the GUI thread to show it."""
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unexpected error\n%s", details)
        summary = f"{exc_type.__name__}: {exc}" if exc is not None else exc_type.__name__
        self.error_raised.emit(summary, details)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        box = QMessageBox(self._parent_widget())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        box.setText(
            self.tr(
                "Something went wrong inside goalplanner. Your saved work is safe; "
                "what you were doing may not have finished."
            )
        )
        box.setInformativeText(summary)
        box.setDetailedText(details)
        copy = box.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Close)
        box.finished.connect(lambda _result, b=box: self._forget(b))
        self.dialogs.append(box)
        box.open()  # not exec(): an error must never block the event loop

    def _forget(self, box: QMessageBox) -> None:
        if box in self.dialogs:
            self.dialogs.remove(box)
        box.deleteLater()


def install_excepthook(reporter: ErrorReporter) -> None:
    """Route uncaught exceptions, on the GUI thread and in threads, to ``reporter``."""

    def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        reporter.report(exc_type, exc, tb)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        reporter.report(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
