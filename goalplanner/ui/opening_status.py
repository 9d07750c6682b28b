"""What the window shows while a plan is being opened on a worker thread (see ``ui.plan_opening``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton, QStackedWidget, QWidget

from goalplanner.ui.plan_files import PlanFiles


class OpeningStatus(QObject):
    """The status bar names the plan being opened beside a busy bar and a Cancel button; the plan shown
    before stays shown and usable meanwhile. With no plan shown yet (at start-up) the window's ``pages``
    show a quiet ``page`` saying the same instead of the empty state's invitations to create a first
    goal, so those never flash up before the plan is in; ``instead`` is shown when the opening ends with
    no plan (refused or cancelled).
    """

    def __init__(
        self, window: QMainWindow, pages: QStackedWidget, instead: QWidget, plan_files: PlanFiles
    ) -> None:
        super().__init__(window)
        self.window, self.pages, self.instead, self.plan_files = window, pages, instead, plan_files
        self.label = QLabel(objectName="opening_label")
        self.bar = QProgressBar(objectName="opening_bar", maximumWidth=120, textVisible=False)
        self.bar.setRange(0, 0)  # busy: how long it takes is not known
        self.cancel_button = QPushButton(objectName="opening_cancel", flat=True)
        self.cancel_button.clicked.connect(plan_files.cancel_opening)
        for widget in (self.label, self.bar, self.cancel_button):
            window.statusBar().addPermanentWidget(widget)
            widget.hide()
        self.page = QLabel(objectName="opening_page", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.page.setEnabled(False)  # quiet: greyed, nothing to click
        pages.addWidget(self.page)
        plan_files.opening_started.connect(self._started)
        plan_files.opening_ended.connect(self._ended)

    def showing_page(self) -> bool:
        """Whether the window should show the "Opening …" page: a plan is being opened and none is shown."""
        return self.plan_files.opening() is not None and self.plan_files.store is None

    def _started(self, path: Path) -> None:
        text = self.tr("Opening {0}…").format(path.name)
        self.label.setText(text)
        self.page.setText(text)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop opening this plan; the plan shown now stays open."))
        self.label.show()
        self.bar.show()
        self.cancel_button.show()
        if self.showing_page():
            self.pages.setCurrentWidget(self.page)
            self.window.file_label.hide()  # "No plan open" beside "Opening …" says it twice

    def _ended(self) -> None:
        self.label.hide()
        self.bar.hide()
        self.cancel_button.hide()
        self.window.file_label.show()
        if self.pages.currentWidget() is self.page:
            self.pages.setCurrentWidget(self.instead)
