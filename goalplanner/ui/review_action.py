"""The weekly review's place in the window: View -> Weekly review… (Ctrl+Shift+R) and the due list's
button open one review at a time on the open plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from goalplanner.ui.session import PlanSession

if TYPE_CHECKING:  # the review loads when first opened
    from goalplanner.ui.weekly_review import WeeklyReviewDialog


class WeeklyReview(QObject):
    """View -> Weekly review and the due list's button; kept out of the main window (two lines there)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: WeeklyReviewDialog | None = None
        self.action = QAction(window, objectName="weekly_review_action")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.triggered.connect(lambda _checked=False: self.open_review())
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.action)
        window.view_menu.aboutToShow.connect(self._update)
        window.plan_files.opened.connect(lambda _store: self._update())
        window.goal_list.due_panel.review_requested.connect(self.open_review)
        window.installEventFilter(self)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Weekly review…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def _session(self) -> PlanSession | None:
        session = self.window.session
        return session if session is not None and not session.store.closed else None

    def _update(self) -> None:
        self.action.setEnabled(self._session() is not None)

    def open_review(self) -> WeeklyReviewDialog | None:
        """Open the review on the plan's due goals (one at a time)."""
        session = self._session()
        if session is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        from goalplanner.ui.weekly_review import WeeklyReviewDialog

        self.dialog = WeeklyReviewDialog(session, self.window)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
