"""File → Import from a ticket or call export…: the action (enabled for a goal whose metric an export
can give), the dialog with its preview, and the recording as one undo step.

Kept out of the main window (one line there). The file is read on a worker thread; the preview is
core.ticket_checkins.propose's; Import records every proposed check-in in one transaction
(tickets.record) or nothing, and pushes one ImportActuals command so Undo removes them all.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from goalplanner.core.model import Goal
from goalplanner.core.ticket_metrics import source_of
from goalplanner.store import StoreError
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.ticket_import_words import checkin_note, export_kinds_text

if TYPE_CHECKING:  # the dialogs, the reader and the recording load when an import is first opened
    from goalplanner.tickets import ExportReading
    from goalplanner.ui.ticket_import_dialog import TicketReadDialog
    from goalplanner.ui.ticket_import_preview import PreviewStep


class TicketImport(QObject):
    """The File menu's ticket and call import for the window's selected goal."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: TicketReadDialog | None = None
        self.preview: PreviewStep | None = None
        self.action = QAction(window, objectName="ticket_import_action")
        self.action.triggered.connect(lambda _checked=False: self.open_import())
        menu = window.file_menu
        menu.insertAction(window.calendar_action, self.action)
        menu.setToolTipsVisible(True)  # the disabled import says which metrics an export can give
        menu.aboutToShow.connect(self.update_action)
        window.goal_list.current_goal_changed.connect(lambda _goal_id: self.update_action())
        window.installEventFilter(self)
        window.setAcceptDrops(True)  # an export dropped on the window opens its import
        self.retranslate()
        self.update_action()

    @property
    def session(self):
        session = self.window.session
        return session if session is not None and not session.store.closed else None

    def retranslate(self) -> None:
        self.action.setText(self.tr("Import from a &ticket or call export…"))
        self.update_action()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.dropped_export(event) is not None:
                event.acceptProposedAction()
                return True
        elif watched is self.window and event.type() == QEvent.Type.Drop:
            path = self.dropped_export(event)
            if path is not None:
                event.acceptProposedAction()
                dialog = self.open_import()
                if dialog is not None:
                    dialog.open_file(path)
                return True
        return super().eventFilter(watched, event)

    def dropped_export(self, event) -> Path | None:
        """The CSV or text export being dragged onto the window, when the selected goal can take it
        (an .xlsx stays the File menu's: it may as well be a workbook exported from the plan)."""
        mime = event.mimeData()
        urls = mime.urls() if mime is not None and mime.hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile() or not self.action.isEnabled():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in (".csv", ".txt", ".tsv") else None

    def _goal(self) -> Goal | None:
        if self.session is None:
            return None
        selected = self.window.goal_list.selected_goal()
        state = self.session.state(selected.id) if selected is not None else None
        return state.goal if state is not None else None

    def update_action(self) -> None:
        """Enabled for a goal an export can measure; otherwise the tooltip says which can."""
        goal = self._goal()
        usable = goal is not None and bool(source_of(goal.kpi))
        self.action.setEnabled(usable)
        self.action.setToolTip("" if usable else export_kinds_text())
        self.action.setStatusTip(self.action.toolTip())

    def open_import(self) -> TicketReadDialog | None:
        """Open the import for the selected goal."""
        from goalplanner.ui.ticket_import_dialog import IMPORT, TicketReadDialog
        from goalplanner.ui.ticket_import_preview import PreviewStep

        goal = self._goal()
        if goal is None or not source_of(goal.kpi):
            return None
        session = self.session
        plan = session.store.subtargets(goal.id)
        self.dialog = TicketReadDialog(goal, plan, self.window.settings, IMPORT, date.today(), self.window)
        self.preview = PreviewStep(goal)
        self.dialog.read_done.connect(lambda reading: self._preview(goal, plan, reading))
        self.dialog.import_button.clicked.connect(lambda: self._import(goal, plan))
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = self.preview = None

    def _preview(self, goal: Goal, plan, reading: ExportReading) -> None:
        if self.dialog is None or self.session is None:
            return
        from goalplanner.core.ticket_checkins import propose

        proposals = propose(goal, reading.values, self.session.store.checkins(goal.id), date.today(), plan)
        self.preview.show_proposals(reading, proposals)
        self.dialog.show_page(self.preview)
        self.dialog.import_button.setEnabled(self.preview.to_record() > 0)

    def _import(self, goal: Goal, plan) -> None:
        dialog, session, reading = self.dialog, self.session, self.dialog.reading if self.dialog else None
        if dialog is None or session is None or reading is None:
            return
        from goalplanner.tickets.record import OutdatedError, record
        from goalplanner.ui.commands import ImportActuals

        kind = reading.mapping.kind
        proposals = self.preview.proposals
        try:
            added, changed = record(
                session.store, proposals, lambda p: checkin_note(p.source.count, kind, p.source.unfinished)
            )
        except OutdatedError:
            self._preview(goal, plan, reading)  # show what is there now; Import again records it
            dialog.show_problem(
                self.tr(
                    "The goal's check-ins changed while the file was read: nothing was imported. "
                    "The preview now shows them; import again to record it."
                )
            )
            return
        except StoreError as error:
            dialog.show_problem(self.tr("Nothing was imported.") + "\n" + store_error_text(error))
            return
        count = len(added) + len(changed)
        if count:
            text = self.tr("Import %n check-in(s) from an export", "", count)
            command = ImportActuals(session, added, changed, text)
            session.push(command)
            session.notify(command.goal_ids)
        self.window.statusBar().showMessage(
            self.tr("Imported %n check-in(s) from {0}", "", count).format(dialog.path.name), 10_000
        )
        dialog.accept()
