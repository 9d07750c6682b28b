"""File → Export to Excel and Import actuals: the workbook is written and read on a worker thread."""

# Mixins translate with their own context: self.tr() would look up the window's class name at run time,
# while pyside6-lupdate files the text under the mixin, so the translation would never be found.

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from goalplanner.export.excel_text import ExcelText
from goalplanner.export.files import ExportError
from goalplanner.export.workbook_data import snapshot
from goalplanner.store import StoreError
from goalplanner.ui.background import BackgroundTask, run_with_progress
from goalplanner.ui.commands import ImportActuals
from goalplanner.ui.errors import export_error_text, plain_warning, store_error_text
from goalplanner.ui.formatting import ui_wording


class ExcelActionsMixin:
    """Export and import; the window provides ``store``, ``settings`` and ``session``."""

    background_task: BackgroundTask | None = None

    def _excel_folder(self) -> str:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(self.settings.value("excel/folder", documents or str(Path.home())))

    def _failed(self, title: str):
        def failure(error: BaseException) -> bool:
            if isinstance(error, ExportError):
                plain_warning(self, title, export_error_text(error))
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
                self,
                QCoreApplication.translate("ExcelActionsMixin", "Export to Excel"),
                suggested,
                QCoreApplication.translate("ExcelActionsMixin", "Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(f"{chosen}.xlsx")
        self.settings.setValue("excel/folder", str(path.parent))
        plan = snapshot(self.store)  # read here: the worker never touches the plan's connection
        wording = ui_wording()
        words = ExcelText(QCoreApplication.translate, wording.number, wording.day)

        def work(progress):
            from goalplanner.export.excel import export_workbook  # openpyxl loads on first use

            return export_workbook(plan, path, progress=progress, text=words)

        def success(report) -> None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "ExcelActionsMixin", "Exported %n goal(s) to {0}", "", len(report.sheets)
                ).format(report.path),
                10_000,
            )
            if report.warnings.messages:
                wording = ui_wording()
                lines = [
                    wording.text("ExportWarning", template, params)
                    for template, params in report.warnings.messages
                ]
                QMessageBox.information(
                    self,
                    QCoreApplication.translate("ExcelActionsMixin", "Exported, with changes"),
                    "\n\n".join(lines[:20]),
                )

        def cancelled() -> None:
            self.statusBar().showMessage(
                QCoreApplication.translate("ExcelActionsMixin", "Export cancelled: no file was written."),
                10_000,
            )

        label = QCoreApplication.translate("ExcelActionsMixin", "Writing {0}…").format(path.name)
        failed = self._failed(QCoreApplication.translate("ExcelActionsMixin", "Workbook not written"))
        self.background_task = run_with_progress(self, label, work, success, failed, cancelled)
        return self.background_task

    @Slot()
    def import_actuals(self, path: Path | None = None) -> BackgroundTask | None:
        """Read the actuals typed into an exported workbook, show what would change, then record them."""
        if self.store is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("ExcelActionsMixin", "Import actuals"),
                self._excel_folder(),
                QCoreApplication.translate("ExcelActionsMixin", "Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        store = self.store
        plan = snapshot(store)

        def work(progress):
            from goalplanner.export.actuals import read_actuals

            return read_actuals(path, plan, progress=progress)

        def success(report) -> None:
            from goalplanner.ui.import_dialog import ImportPreview

            self.import_preview = ImportPreview(report, self)
            self.import_preview.accepted.connect(lambda: self._apply_import(store, report))
            self.import_preview.open()

        label = QCoreApplication.translate("ExcelActionsMixin", "Reading {0}…").format(path.name)
        failed = self._failed(QCoreApplication.translate("ExcelActionsMixin", "Nothing imported"))
        self.background_task = run_with_progress(self, label, work, success, failed)
        return self.background_task

    def _apply_import(self, store, report) -> None:
        from goalplanner.export.actuals import apply_actuals

        if store is not self.store:  # another plan was opened meanwhile
            return
        try:
            added, changed = apply_actuals(store, report)
        except StoreError as error:
            plain_warning(
                self,
                QCoreApplication.translate("ExcelActionsMixin", "Nothing imported"),
                store_error_text(error),
            )
            return
        except ExportError as error:  # the plan changed while the workbook was being read
            plain_warning(
                self,
                QCoreApplication.translate("ExcelActionsMixin", "Nothing imported"),
                export_error_text(error),
            )
            return
        text = QCoreApplication.translate("ExcelActionsMixin", "Import %n actual(s)", "", len(report.changes))
        command = ImportActuals(self.session, added, changed, text)
        self.session.push(command)
        self.session.notify(command.goal_ids)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "ExcelActionsMixin", "Imported %n actual(s) from {0}", "", len(report.changes)
            ).format(report.path.name),
            10_000,
        )
