"""The Help menu: the first-week guide and its sections (F1), the sample plan, About.

The window makes it with one line and hands it what it needs; the Help window itself is made on first
use (``help_dialog``), so a session that never asks for help never builds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from goalplanner.core.guide import FIRST_WEEK, FOLDERS, SHORTCUTS, SMART

if TYPE_CHECKING:  # the Help window loads when first asked for
    from goalplanner.ui.help_dialog import HelpDialog
    from goalplanner.ui.plan_files import PlanFiles


class HelpMenu(QMenu):
    """The window's Help menu, added to its menu bar; it owns the Help window.

    ``plan_files`` opens the sample plan and knows the open plan; ``sample_action`` is the window's own
    (the File menu's entry, so both agree); ``about`` shows the window's About box.
    """

    def __init__(
        self, window: QMainWindow, plan_files: PlanFiles, sample_action: QAction, about: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.setObjectName("help_menu")
        self.main_window, self.plan_files = window, plan_files
        self.dialog: HelpDialog | None = None
        self._texts: dict[QAction, Callable[[], str]] = {}
        help_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")]
        self.guide_action = self._section_action(lambda: self.tr("&Guide to the first week"), FIRST_WEEK)
        self.guide_action.setShortcuts(help_keys)
        self.smart_action = self._section_action(lambda: self.tr("&SMART goals in brief"), SMART)
        self.shortcuts_action = self._section_action(lambda: self.tr("&Keyboard shortcuts"), SHORTCUTS)
        self.folders_action = self._section_action(lambda: self.tr("&Where your plan is kept"), FOLDERS)
        self.addSeparator()
        self.addAction(sample_action)
        self.addSeparator()
        self.about_action = self.addAction("")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda _checked=False: about())
        plan_files.opened.connect(lambda _store: self.dialog is not None and self.dialog.refresh())
        window.menuBar().addMenu(self)
        self._retranslate()

    def _section_action(self, text: Callable[[], str], anchor: str) -> QAction:
        action = self.addAction("")
        action.triggered.connect(lambda _checked=False: self.show_section(anchor))
        self._texts[action] = text
        return action

    def show_section(self, anchor: str) -> HelpDialog:
        """Open the Help window (made on first use) at section ``anchor``."""
        if self.dialog is None:
            from goalplanner.ui.help_dialog import HelpDialog

            self.dialog = HelpDialog(self.main_window, lambda: self.plan_files.store)
            self.dialog.open_sample.connect(self.plan_files.open_sample_plan)
        self.dialog.show_section(anchor)
        return self.dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        # the menu's title and About were the window's: their translations are filed under its name
        self.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About goalplanner"))
        for action, text in self._texts.items():
            action.setText(text())
