"""File → Export check-in dates…: the open plan's check-ins as an iCalendar file for Outlook and co."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from goalplanner.files import ExportError
from goalplanner.store import StoreError
from goalplanner.ui.errors import export_error_text, plain_warning, store_error_text
from goalplanner.ui.formatting import ui_wording
from goalplanner.ui.session import PlanSession


class CalendarTransfer(QObject):
    """Writes the active goals' check-in dates, as the due list judges them, to an .ics file.

    ``window`` is the parent of the dialogs; ``message`` carries a line for the status bar.
    """

    message = Signal(str)

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.session: PlanSession | None = None

    def _folder(self) -> str:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(self.settings.value("calendar/folder", documents or str(Path.home())))

    @Slot()
    def export_dates(self, path: Path | None = None) -> Path | None:
        """Ask where (unless ``path`` is given), write the file, say how many goals it holds."""
        from goalplanner.calendar_export import entries_from, export_calendar  # icalendar on first use

        if self.session is None or self.session.store.closed:
            return None
        store = self.session.store
        plan_name = store.path.stem
        if path is None:
            suggested = str(Path(self._folder()) / self.tr("{0} check-ins.ics").format(plan_name))
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export check-in dates"),
                suggested,
                self.tr("iCalendar file (*.ics)"),
            )
            if not chosen:
                return None
            path = Path(chosen) if chosen.lower().endswith(".ics") else Path(f"{chosen}.ics")
        self.settings.setValue("calendar/folder", str(path.parent))
        entries = entries_from(state.evaluation for state in self.session.states())
        title = self.tr("Check-in dates not exported")
        try:
            report = export_calendar(path, store.plan_id, plan_name, entries, ui_wording())
        except ExportError as error:
            plain_warning(self.window, title, export_error_text(error))
            return None
        except StoreError as error:
            plain_warning(self.window, title, store_error_text(error))
            return None
        text = self.tr("Exported the check-in dates of %n goal(s) to {0}", "", report.goals).format(path)
        self.message.emit(text)
        if not entries:
            QMessageBox.information(
                self.window,
                self.tr("No check-ins ahead"),
                self.tr("No active goal has a check-in ahead: the calendar file holds no events."),
            )
        return path
