"""Reading a ticket or call export for one goal: the file, the mapping, then the reading on a worker
thread with progress and Cancel. Shared by File → Import from a ticket or call export… (which adds its
preview page) and the wizard's "Compute from an export…" (which takes the reading for a baseline).

No plan file here (the wizard's pages may use it): the goal and its plan come in, the reading goes out
through ``read_done``. A file that cannot be used says why in the dialog, naming row and column.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.model import Goal, SubTarget
from goalplanner.files import ExportCancelled, ExportError
from goalplanner.tickets import (
    ExportProblemsError,
    ExportReading,
    ReadingCancelledError,
    TableError,
    read_export,
    sample,
)
from goalplanner.ui.background import BackgroundTask, run_with_progress
from goalplanner.ui.ticket_import_mapping import MappingStep
from goalplanner.ui.ticket_import_words import metric_name, problems_text, table_error_text

SAMPLE_ROWS = 8
IMPORT, BASELINE, PROFILE = "import", "baseline", "profile"


class TicketReadDialog(QDialog):
    """Choose an export, map its columns, read it for ``goal``; ``read_done`` carries the reading.

    ``mode`` IMPORT keeps the dialog open for a preview page (``show_page``); BASELINE and PROFILE
    (the wizard's baseline, and a seasonal plan's last year's months) close it with the reading
    accepted.
    """

    read_done = Signal(object)  # ExportReading

    def __init__(
        self,
        goal: Goal,
        plan: list[SubTarget],
        settings: QSettings,
        mode: str = IMPORT,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="ticket_import_dialog")
        self.goal, self.plan, self.settings, self.mode = goal, plan, settings, mode
        self.today = today or date.today()
        self.path: Path | None = None
        self.reading: ExportReading | None = None
        self.task: BackgroundTask | None = None
        titles = {
            IMPORT: self.tr("Import from a ticket or call export"),
            BASELINE: self.tr("Baseline from an export"),
            PROFILE: self.tr("Last year's months from an export"),
        }
        self.setWindowTitle(titles[mode])
        self.resize(900, 640)
        self.intro = QLabel(wordWrap=True)
        intro = (
            self.tr("{0}, per check-in period, from a helpdesk's ticket export or a phone system's call log.")
            if mode != PROFILE
            else self.tr(
                "{0}, per calendar month, from a helpdesk's ticket export or a phone system's call log: "
                "the twelve most recent months that are over."
            )
        )
        self.intro.setText(intro.format(metric_name(goal)))
        self.path_edit = QLineEdit(readOnly=True, objectName="ticket_path")
        self.path_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # shown, selectable; Tab goes to Choose
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose file…"), objectName="ticket_choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.mapping_step = MappingStep(goal, settings)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.mapping_step)
        self.problem_label = QLabel(wordWrap=True, objectName="ticket_problem")
        self.problem_label.setStyleSheet("color: #b00020")
        self.problem_label.hide()
        self.back_button = QPushButton(self.tr("&Back"), objectName="ticket_back")
        self.back_button.clicked.connect(self.back_to_mapping)
        read_text = {
            IMPORT: self.tr("&Read the file"),
            BASELINE: self.tr("&Compute baseline"),
            PROFILE: self.tr("&Compute the months"),
        }[mode]
        self.read_button = QPushButton(read_text, objectName="ticket_read")
        self.read_button.clicked.connect(self.read)
        self.import_button = QPushButton(self.tr("&Import"), objectName="ticket_import")
        self.close_button = QPushButton(self.tr("Close"), objectName="ticket_close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.read_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        # Enter reads the file, then imports it: never the button that had the focus (Choose file…
        # after choosing, which opened the chooser again; Close on the preview, which lost it).
        for button in (self.choose_button, self.back_button, self.close_button):
            button.setAutoDefault(False)
        self._arrange()

    def _arrange(self) -> None:
        on_mapping = self.stack.currentWidget() is self.mapping_step
        self.back_button.setVisible(not on_mapping)
        self.read_button.setVisible(on_mapping)
        self.read_button.setEnabled(self.path is not None and self.task is None)
        self.import_button.setVisible(not on_mapping)
        # Set while the buttons are in the dialog (a default set before is lost to the dialog's own choice).
        self.read_button.setDefault(on_mapping)
        self.import_button.setDefault(not on_mapping)
        self.mapping_step.setEnabled(self.path is not None)
        self.choose_button.setEnabled(on_mapping)

    # -- the file ----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = self.settings.value("ticket_import/folder", "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation
        )
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a ticket or call export"),
            str(folder),
            self.tr("Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> bool:
        """Show ``path``'s first rows and the mapping for them; False (and why) when it is no table."""
        self.settings.setValue("ticket_import/folder", str(Path(path).parent))
        try:
            headers, rows = sample(Path(path), SAMPLE_ROWS)
        except TableError as error:
            self.show_problem(table_error_text(error))
            return False
        except (ExportError, OSError) as error:
            self.show_problem(self.tr("The file cannot be read: {0}").format(error))
            return False
        self.path = Path(path)
        self.path_edit.setText(str(path))
        self.mapping_step.show_file(self.path.name, headers, rows)
        self.show_problem("")
        self.back_to_mapping()
        return True

    def show_problem(self, text: str) -> None:
        """Say what stops the import (empty: nothing)."""
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    # -- reading -----------------------------------------------------------------------------------

    def read(self) -> BackgroundTask | None:
        """Read the whole file with the chosen mapping on a worker thread."""
        if self.path is None or self.task is not None:
            return None
        self.show_problem("")
        path, goal, plan, today = self.path, self.goal, list(self.plan), self.today
        mapping, filters = self.mapping_step.mapping(), self.mapping_step.filters()
        service = self.mapping_step.service_seconds()
        rows_guess = _rows_guess(path, len(self.mapping_step.rows), self.mapping_step.headers)

        def work(progress):
            stop = False

            def reported(done: int, _size: int) -> None:
                nonlocal stop
                stop = not progress(done, max(rows_guess, done + 1) if rows_guess else 0)

            try:
                return read_export(
                    path,
                    goal,
                    plan,
                    mapping,
                    filters,
                    today,
                    service,
                    progress=reported,
                    cancelled=lambda: stop,
                )
            except ReadingCancelledError:
                raise ExportCancelled from None

        self.task = run_with_progress(
            self, self.tr("Reading {0}…").format(path.name), work, self._read, self._failed, self._cancelled
        )
        self.task.done.connect(self._task_ended)
        self._arrange()
        return self.task

    def _task_ended(self) -> None:
        self.task = None
        self._arrange()

    def _read(self, reading: ExportReading) -> None:
        self.reading = reading
        self.mapping_step.remember()
        self.read_done.emit(reading)
        if self.mode != IMPORT:
            self.accept()

    def _failed(self, error: BaseException) -> bool:
        if isinstance(error, ExportProblemsError):
            text = problems_text(error, self.goal)
        elif isinstance(error, TableError):
            text = table_error_text(error)
        elif isinstance(error, (ExportError, OSError)):
            text = self.tr("The file cannot be read: {0}").format(error)
        else:
            return False  # a bug: the error dialog and the log
        self.show_problem(self.tr("Nothing was imported.") + "\n" + text)
        return True

    def _cancelled(self) -> None:
        self.show_problem(self.tr("Reading cancelled: nothing was imported."))

    # -- pages -------------------------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        """Show ``page`` (the preview) after the mapping; Back returns to the mapping."""
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._arrange()

    def preview_shown(self) -> bool:
        """Whether a page after the mapping (the preview) is showing."""
        return self.stack.currentWidget() is not self.mapping_step

    def back_to_mapping(self) -> None:
        self.stack.setCurrentWidget(self.mapping_step)
        self._arrange()

    def done(self, result: int) -> None:  # closing while reading stops the reading first
        if self.task is not None:
            self.task.cancel()
            self.task.wait(10)
        super().done(result)


def _rows_guess(path: Path, sampled: int, headers: list[str]) -> int:
    """About how many rows a text export holds (for the progress bar); 0 for a workbook (unknown)."""
    if path.suffix.lower() == ".xlsx" or not sampled:
        return 0
    try:
        size = path.stat().st_size
        with path.open("rb") as head:
            first = head.read(1 << 16)
    except OSError:
        return 0
    lines = first.count(b"\n")
    return int(size / (len(first) / lines)) if lines > 1 else 0
