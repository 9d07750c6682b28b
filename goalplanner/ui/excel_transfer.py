"""File → Export to Excel and Import actuals: the workbook is written and read on a worker thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from goalplanner.files import ExportError
from goalplanner.store import Store, StoreError
from goalplanner.store.store import environment_errors
from goalplanner.store.team_plans import judge_linked
from goalplanner.ui.background import BackgroundTask, run_with_progress
from goalplanner.ui.commands import ImportActuals
from goalplanner.ui.errors import export_error_text, plain_warning, store_error_text
from goalplanner.ui.formatting import fixed_places, ui_wording
from goalplanner.ui.session import PlanSession
from goalplanner.workbook.data import snapshot
from goalplanner.workbook.text import ExcelText


class ExcelTransfer(QObject):
    """Writes the open plan as a workbook and reads actuals back, on a worker, with progress and cancel.

    ``window`` is the parent of the dialogs; ``message`` carries a line for the status bar.
    """

    message = Signal(str)

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.session: PlanSession | None = None
        self.background_task: BackgroundTask | None = None
        self.import_preview = None

    @property
    def store(self):
        """The open plan's store, None when no plan is open."""
        return self.session.store if self.session is not None else None

    def _excel_folder(self) -> str:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(self.settings.value("excel/folder", documents or str(Path.home())))

    def _failed(self, title: str):
        def failure(error: BaseException) -> bool:
            if isinstance(error, ExportError):
                plain_warning(self.window, title, export_error_text(error))
                return True
            if isinstance(error, StoreError):  # the plan file could not be read (busy, damaged)
                plain_warning(self.window, title, store_error_text(error))
                return True
            if isinstance(error, FileNotFoundError):  # the plan file was moved or deleted meanwhile
                plain_warning(self.window, title, self.tr("{0} does not exist.").format(error.args[0]))
                return True
            return False  # a bug: the error dialog and the log

        return failure

    @Slot()
    def export_excel(self, path: Path | None = None) -> BackgroundTask | None:
        """Write the plan as a workbook colleagues can fill in (asks where, unless ``path`` is given)."""
        if self.store is None:
            return None
        if path is None:
            suggested = str(Path(self._excel_folder()) / f"{self.store.path.stem}.xlsx")
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export to Excel"),
                suggested,
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(f"{chosen}.xlsx")
        self.settings.setValue("excel/folder", str(path.parent))
        plan_path = self.store.path  # the worker reads the plan through a connection of its own
        wording = ui_wording()
        words = ExcelText(wording.translate, wording.number, wording.day, fixed_places)  # with plural forms

        def work(progress):
            from goalplanner.workbook.writer import export_workbook, login_name  # openpyxl on first use

            with Store.open_reader(plan_path) as reader, environment_errors(plan_path):
                plan = snapshot(reader)  # read, then let go of the file while the workbook is built
                goal_ids = {data.goal.id for data in plan.goals if data.goal.id is not None}
                judged = judge_linked(reader, goal_ids, date.today())  # team plans count, as in the list
            teams = [(read.link, found) for read, found in judged]
            return export_workbook(
                plan, path, progress=progress, text=words, exported_by=login_name(), teams=teams
            )

        def success(report) -> None:
            self.message.emit(
                self.tr("Exported %n goal(s) to {0}", "", len(report.sheets)).format(report.path)
            )
            if report.warnings.messages:
                wording = ui_wording()
                lines = [
                    wording.text("ExportWarning", template, params)
                    for template, params in report.warnings.messages
                ]
                QMessageBox.information(
                    self.window,
                    self.tr("Exported, with changes"),
                    "\n\n".join(lines[:20]),
                )

        def cancelled() -> None:
            self.message.emit(self.tr("Export cancelled: no file was written."))

        label = self.tr("Writing {0}…").format(path.name)
        failed = self._failed(self.tr("Workbook not written"))
        self.background_task = run_with_progress(self.window, label, work, success, failed, cancelled)
        return self.background_task

    @Slot()
    def import_actuals(self, path: Path | None = None) -> BackgroundTask | None:
        """Read the actuals typed into an exported workbook, show what would change, then record them."""
        if self.store is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import actuals"),
                self._excel_folder(),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        store = self.store
        plan_path = store.path

        def work(progress):
            from goalplanner.workbook.agents_import import read_workbook  # goal and agent sheets

            with Store.open_reader(plan_path) as plan, environment_errors(plan_path):
                return read_workbook(path, plan, progress=progress)

        def success(report) -> None:
            from goalplanner.ui.import_dialog import ImportPreview

            guarded = (
                {state.goal.id: state.guarded for state in self.session.states()} if self.session else {}
            )
            self.import_preview = ImportPreview(report, self.window, guarded)  # guardrails as in the list
            self.import_preview.accepted.connect(lambda: self._apply_import(store, report))
            self.import_preview.open()

        label = self.tr("Reading {0}…").format(path.name)
        failed = self._failed(self.tr("Nothing imported"))
        self.background_task = run_with_progress(self.window, label, work, success, failed)
        return self.background_task

    def _apply_import(self, store, report) -> None:
        from goalplanner.workbook.importer import apply_actuals

        if store is not self.store:  # another plan was opened meanwhile
            return
        try:
            added, changed = apply_actuals(store, report)
        except StoreError as error:
            plain_warning(
                self.window,
                self.tr("Nothing imported"),
                store_error_text(error),
            )
            return
        except ExportError as error:  # the plan changed while the workbook was being read
            plain_warning(
                self.window,
                self.tr("Nothing imported"),
                export_error_text(error),
            )
            return
        text = self.tr("Import %n actual(s)", "", len(report.changes))
        command = ImportActuals(self.session, added, changed, text)
        self.session.push(command)
        self.session.notify(command.goal_ids)
        self.message.emit(
            self.tr("Imported %n actual(s) from {0}", "", len(report.changes)).format(report.path.name)
        )
