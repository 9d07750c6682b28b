"""File → Print goal sheet…, Save goal sheet as PDF… and Save meeting pack as PDF….

The PDFs are made on a worker thread with progress and Cancel, as the Excel export is: the worker reads
the plan through a connection of its own and lays out pages with QtGui only (QTextDocument, QPdfWriter,
QImage), never a widget. Printing one sheet is quick and the printer belongs to the dialog: it runs on
the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, QSettings, QStandardPaths, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from goalplanner.core.model import Goal
from goalplanner.files import ExportError
from goalplanner.store import Store, StoreError
from goalplanner.store.store import environment_errors
from goalplanner.ui.background import BackgroundTask, run_with_progress
from goalplanner.ui.errors import export_error_text, plain_warning, store_error_text
from goalplanner.ui.session import PlanSession


def file_stem(text: str) -> str:
    """A file name from a title: its first words, without characters file systems refuse."""
    words = "".join(c if c.isalnum() or c in " -_" else " " for c in text).split()
    return "-".join(words[:8])[:60] or "report"


class ReportActions(QObject):
    """The report actions of one window; ``selected_goal`` says which goal a sheet is for.

    ``message`` carries a line for the status bar.
    """

    message = Signal(str)

    def __init__(
        self, window: QWidget, settings: QSettings, selected_goal: Callable[[], Goal | None]
    ) -> None:
        super().__init__(window)
        self.window, self.settings, self.selected_goal = window, settings, selected_goal
        self.session: PlanSession | None = None
        self.background_task: BackgroundTask | None = None
        self.print_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setObjectName("print_goal_sheet")
        self.print_action.triggered.connect(lambda _checked=False: self.print_goal_sheet())
        self.sheet_action = QAction(self, objectName="save_goal_sheet")
        self.sheet_action.triggered.connect(lambda _checked=False: self.save_goal_sheet())
        self.pack_action = QAction(self, objectName="save_meeting_pack")
        self.pack_action.triggered.connect(lambda _checked=False: self.save_meeting_pack())
        window.installEventFilter(self)  # the window's LanguageChange: the actions' texts follow
        self._retranslate()

    def add_to(self, menu: QMenu, after: QAction) -> None:
        """Put the actions in ``menu`` in a group of their own after ``after``."""
        actions = menu.actions()
        following = actions[actions.index(after) + 1] if after in actions[:-1] else None
        ours = [self.print_action, self.sheet_action, self.pack_action]
        if following is None:
            menu.addSeparator()
            menu.addActions(ours)
        else:
            menu.insertSeparator(following)
            menu.insertActions(following, ours)
        menu.aboutToShow.connect(self.update_enabled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.print_action.setText(self.tr("&Print goal sheet…"))
        self.sheet_action.setText(self.tr("Save goal s&heet as PDF…"))
        self.pack_action.setText(self.tr("Save &meeting pack as PDF…"))

    @Slot()
    def update_enabled(self) -> None:
        """A sheet needs a selected goal; the pack, a plan with goals."""
        has_plan = self.session is not None and not self.session.store.closed
        has_goal = has_plan and self.selected_goal() is not None
        for action in (self.print_action, self.sheet_action):
            action.setEnabled(has_goal)
        self.pack_action.setEnabled(bool(has_plan and self.session.states()))

    # -- saving -----------------------------------------------------------------------------------

    def _folder(self) -> str:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(self.settings.value("report/folder", documents or str(Path.home())))

    def _ask_path(self, title: str, stem: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path(self._folder()) / f"{stem}.pdf"), self.tr("PDF document (*.pdf)")
        )
        if not chosen:
            return None
        return Path(chosen) if chosen.lower().endswith(".pdf") else Path(f"{chosen}.pdf")

    @Slot()
    def save_goal_sheet(self, path: Path | None = None) -> BackgroundTask | None:
        """Save the selected goal's one-page sheet as a PDF (asks where, unless ``path`` is given)."""
        goal = self.selected_goal() if self.session is not None else None
        if goal is None:
            self.message.emit(self.tr("Select a goal to print its sheet."))
            return None
        if path is None:
            path = self._ask_path(self.tr("Save goal sheet as PDF"), file_stem(goal.title))
            if path is None:
                return None
        return self._write(path, goal.id)

    @Slot()
    def save_meeting_pack(self, path: Path | None = None) -> BackgroundTask | None:
        """Save the meeting pack, a cover and a sheet per active goal, as a PDF (asks where, unless given)."""
        if self.session is None or self.session.store.closed:
            return None
        if path is None:
            day = QDate.currentDate().toString("yyyy-MM-dd")
            stem = file_stem(f"{self.session.store.path.stem} {day}")
            path = self._ask_path(self.tr("Save meeting pack as PDF"), stem)
            if path is None:
                return None
        return self._write(path, None)

    def _write(self, path: Path, goal_id: int | None) -> BackgroundTask:
        self.settings.setValue("report/folder", str(path.parent))
        plan_path = self.session.store.path  # the worker reads the plan through a connection of its own

        def work(progress):
            from goalplanner.ui.report.content import read_plan
            from goalplanner.ui.report.document import write_report

            with Store.open_reader(plan_path) as reader, environment_errors(plan_path):
                plan = read_plan(reader, date.today(), goal_id)
            write_report(path, plan, progress)
            return len(plan.sheets) + (1 if plan.pack else 0)

        def success(pages: int) -> None:
            self.message.emit(self.tr("Saved %n page(s) to {0}", "", pages).format(path))

        def cancelled() -> None:
            self.message.emit(self.tr("Cancelled: no PDF was written."))

        label = self.tr("Writing {0}…").format(path.name)
        self.background_task = run_with_progress(self.window, label, work, success, self._failed, cancelled)
        return self.background_task

    def _failed(self, error: BaseException) -> bool:
        title = self.tr("PDF not written")
        if isinstance(error, ExportError):
            plain_warning(self.window, title, export_error_text(error))
            return True
        if isinstance(error, StoreError):
            plain_warning(self.window, title, store_error_text(error))
            return True
        if isinstance(error, (FileNotFoundError, KeyError)):  # the plan or the goal went meanwhile
            plain_warning(self.window, title, self.tr("The plan changed meanwhile; try again."))
            return True
        return False  # a bug: the error dialog and the log

    # -- printing ---------------------------------------------------------------------------------

    @Slot()
    def print_goal_sheet(self, printer=None) -> bool:
        """Print the selected goal's sheet (asks for the printer, unless ``printer`` is given)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from goalplanner.ui.report.content import read_plan
        from goalplanner.ui.report.document import print_report
        from goalplanner.ui.report.pdf import page_layout

        goal = self.selected_goal() if self.session is not None else None
        if goal is None:
            self.message.emit(self.tr("Select a goal to print its sheet."))
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageLayout(page_layout())
            printer.setDocName(goal.title)
            dialog = QPrintDialog(printer, self.window)
            dialog.setWindowTitle(self.tr("Print goal sheet"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            plan = read_plan(self.session.store, date.today(), goal.id)
            print_report(printer, plan)
        except StoreError as error:
            plain_warning(self.window, self.tr("Not printed"), store_error_text(error))
            return False
        except KeyError:  # the goal went meanwhile
            changed = self.tr("The plan changed meanwhile; try again.")
            plain_warning(self.window, self.tr("Not printed"), changed)
            return False
        except OSError:
            plain_warning(self.window, self.tr("Not printed"), self.tr("The printer could not be used."))
            return False
        self.message.emit(self.tr("Sent “{0}” to the printer.").format(goal.title))
        return True
