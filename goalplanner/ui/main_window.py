"""The main window: the goal list of the open plan, its menus and its status bar."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from goalplanner import __version__, paths
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import STATES
from goalplanner.store import Store
from goalplanner.ui.detail import GoalDetail
from goalplanner.ui.due_panel import DuePanel
from goalplanner.ui.empty_state import EmptyState
from goalplanner.ui.excel_actions import ExcelActionsMixin
from goalplanner.ui.formatting import state_label
from goalplanner.ui.goal_actions import GoalActionsMixin
from goalplanner.ui.goal_tree import GOAL_ROLE, STATUS, TITLE, GoalFilterProxy, GoalTreeModel
from goalplanner.ui.plan_files import PlanFilesMixin
from goalplanner.ui.plan_guard import PlanGuard
from goalplanner.ui.portfolio_view import PortfolioView
from goalplanner.ui.session import PlanSession
from goalplanner.ui.settings_dialog import SettingsDialog, calendar_from_settings

MAX_RECENT = 8
MAX_COLUMN_WIDTH = 120
MIN_TITLE_WIDTH = 240


class MainWindow(PlanFilesMixin, GoalActionsMixin, ExcelActionsMixin, QMainWindow):
    """One window on one plan file."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.calendar_for = calendar_from_settings(settings)
        self.store: Store | None = None
        self.session: PlanSession | None = None  # the open plan, with its undo stack
        self.wizard = None  # the open GoalWizard, if any
        self._language_refresh_pending = False
        self.setMinimumSize(720, 480)

        self.plan_guard = PlanGuard(self)
        self.plan_guard.show_requested.connect(self.bring_to_front)
        self.undo_stack = QUndoStack(self)
        self.model = GoalTreeModel(self)
        self.proxy = GoalFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(objectName="goal_tree")
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # plan order until the user sorts
        self.tree.setUniformRowHeights(True)  # lets 10,000 rows scroll without measuring each
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setMinimumSectionSize(60)
        self.tree.activated.connect(self.edit_goal)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)

        self.search_edit = QLineEdit(objectName="goal_search", clearButtonEnabled=True)
        self.owner_filter = QComboBox(objectName="owner_filter")
        self.state_filter = QComboBox(objectName="state_filter")
        self.kpi_filter = QComboBox(objectName="kpi_filter")
        self.search_edit.textChanged.connect(self._apply_filter)
        for combo in (self.owner_filter, self.state_filter, self.kpi_filter):
            combo.activated.connect(self._apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for combo in (self.owner_filter, self.state_filter, self.kpi_filter):
            filters.addWidget(combo, 1)

        self.due_panel = DuePanel()
        self.due_panel.goal_chosen.connect(self.record_for)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.due_panel)
        self.detail: GoalDetail | None = None
        self.no_selection = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.no_selection)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([840, 440])

        self.portfolio = PortfolioView()
        self.portfolio.goal_chosen.connect(self.show_goal_from_portfolio)
        self.main_tabs = QTabWidget(objectName="main_tabs", documentMode=True)
        self.main_tabs.addTab(self.splitter, "")
        self.main_tabs.addTab(self.portfolio, "")

        self.empty_state = EmptyState()
        self.empty_state.create_goal.connect(self.new_goal)
        self.empty_state.open_sample.connect(self.open_sample_plan)
        self.empty_state.open_file.connect(self.open_file_dialog)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.main_tabs)
        self.setCentralWidget(self.pages)

        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        self._create_actions()
        self._create_menus()
        self._retranslate()
        self._refresh()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 700)

    # -- menus ---------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.new_file_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.new_file_action.triggered.connect(self.new_file_dialog)
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_file_dialog)
        self.sample_action = QAction(self)
        self.sample_action.triggered.connect(self.open_sample_plan)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.export_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(lambda: self.export_excel())
        self.import_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(lambda: self.import_actuals())
        self.settings_action = QAction(self, shortcut=QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.new_goal_action = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.new_goal_action.triggered.connect(self.new_goal)
        self.edit_goal_action = QAction(self, shortcut=QKeySequence("Ctrl+E"))
        self.edit_goal_action.triggered.connect(lambda: self.edit_goal(self.tree.currentIndex()))
        self.delete_goal_action = QAction(self, shortcut=QKeySequence.StandardKey.Delete)
        self.delete_goal_action.triggered.connect(self.delete_goal)
        # Our own undo/redo actions: QUndoStack's fix their "Undo %1" in the language they were made in.
        self.undo_action = QAction(self, shortcut=QKeySequence.StandardKey.Undo, enabled=False)
        self.undo_action.triggered.connect(lambda: self.undo_stack.undo())  # the open plan's stack
        self.redo_action = QAction(self, shortcut=QKeySequence.StandardKey.Redo, enabled=False)
        self.redo_action.triggered.connect(lambda: self.undo_stack.redo())
        self._follow_undo_stack(self.undo_stack)
        self.move_goal_action = QAction(self)
        self.move_goal_action.triggered.connect(self.move_goal)
        self.find_action = QAction(self, shortcut=QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.search_edit.setFocus)
        self.goals_view_action = QAction(self, shortcut=QKeySequence("Ctrl+1"))
        self.goals_view_action.triggered.connect(lambda: self.main_tabs.setCurrentWidget(self.splitter))
        self.portfolio_view_action = QAction(self, shortcut=QKeySequence("Ctrl+2"))
        self.portfolio_view_action.triggered.connect(lambda: self.main_tabs.setCurrentWidget(self.portfolio))
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addActions([self.new_file_action, self.open_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.sample_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_action, self.import_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.goals_view_action, self.portfolio_view_action])
        self.goal_menu = bar.addMenu("")
        self.goal_menu.addActions(
            [self.new_goal_action, self.edit_goal_action, self.move_goal_action, self.delete_goal_action]
        )
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_file_action.setText(self.tr("&New plan file…"))
        self.open_action.setText(self.tr("&Open plan…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.sample_action.setText(self.tr("Open the &sample plan"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("Restore from bac&kup…"))
        self.export_action.setText(self.tr("&Export to Excel…"))
        self.import_action.setText(self.tr("&Import actuals from Excel…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find_action.setText(self.tr("&Find goals"))
        self.search_edit.setPlaceholderText(self.tr("Search goals (Ctrl+F)"))
        self.no_selection.setText(self.tr("Select a goal to see its plan and record check-ins."))
        self.move_goal_action.setText(self.tr("&Move under another goal…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.goals_view_action.setText(self.tr("&Goals and details"))
        self.portfolio_view_action.setText(self.tr("&Portfolio chart"))
        self.main_tabs.setTabText(0, self.tr("Goals"))
        self.main_tabs.setTabText(1, self.tr("Portfolio"))
        self.goal_menu.setTitle(self.tr("&Goal"))
        self.new_goal_action.setText(self.tr("&New goal…"))
        self.edit_goal_action.setText(self.tr("&Edit goal…"))
        self.delete_goal_action.setText(self.tr("&Delete goal…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About goalplanner"))
        self._undo_texts()
        self._update_titles()

    def _follow_undo_stack(self, stack: QUndoStack) -> None:
        """Make ``stack`` (the open plan's) the one Undo and Redo work on and name."""
        self.undo_stack = stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda _text: self._undo_texts())
        stack.redoTextChanged.connect(lambda _text: self._undo_texts())
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._undo_texts()

    def _undo_texts(self) -> None:
        if not all(map(shiboken6.isValid, (self.undo_stack, self.undo_action, self.redo_action))):
            return  # the window is being destroyed: the stack announces its emptying to nobody
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if not self._language_refresh_pending:  # Qt may send several for one switch: refresh once
                self._language_refresh_pending = True
                QTimer.singleShot(0, self._refresh_for_language)
        super().changeEvent(event)

    def _refresh_for_language(self) -> None:
        """Statuses, filters, due list, the goal's detail and chart, portfolio: in the new language."""
        self._language_refresh_pending = False
        if self.store is None:
            self._refresh()
        elif not self.store.closed:
            self.session.reload()  # the window and the detail show the plan again, once

    # -- the open plan -------------------------------------------------------------------------

    def _plan_opened(self, store: Store) -> None:
        """A new plan is open in this window: fresh detail view, empty undo history, offer drafts."""
        if self.detail is not None:
            self.detail_stack.removeWidget(self.detail)
            self.detail.deleteLater()
        if self.session is not None:
            self.session.deleteLater()  # with its undo stack
        self.session = PlanSession(store, self.calendar_for, self)
        self._follow_undo_stack(self.session.undo_stack)
        self.detail = GoalDetail(self.session)  # subscribes first: it has shown a change when the list moves
        self.session.changed.connect(lambda _change: self._refresh())
        self.detail_stack.addWidget(self.detail)
        self.detail_stack.setCurrentWidget(self.no_selection)
        self._refresh()
        if store.drafts():
            QTimer.singleShot(0, self.offer_draft)

    def _refresh(self) -> None:
        """Reload the goals with their statuses, keeping the selection, filters and expanded rows."""
        selected = self.selected_goal()
        inputs = self.store.progress_inputs() if self.store is not None else []
        self.model.set_rows(inputs)
        self.due_panel.set_goals([(goal, latest) for goal, latest, _plan in inputs])
        self._fill_filters([goal for goal, _latest, _plan in inputs])
        has_goals = bool(inputs)
        self.empty_state.set_has_plan(self.store is not None)
        self.pages.setCurrentWidget(self.main_tabs if has_goals else self.empty_state)
        self.portfolio.set_entries(self.model.statuses())
        for action in (self.new_goal_action, self.backup_action, self.restore_action):
            action.setEnabled(self.store is not None)
        for action in (self.edit_goal_action, self.delete_goal_action, self.move_goal_action):
            action.setEnabled(has_goals)
        for action in (self.export_action, self.import_action):
            action.setEnabled(has_goals)
        if has_goals:
            self.tree.expandToDepth(0)
            for column in range(1, self.model.columnCount()):
                self.tree.resizeColumnToContents(column)
                if column != STATUS:  # a status is read whole in every language; long names may be cut
                    heading = self.tree.header().sectionSizeFromContents(column).width()
                    widest = max(MAX_COLUMN_WIDTH, heading)  # but never the column's heading
                    self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), widest))
            # The goal sentence gets whatever the other columns leave, but never less than a readable width.
            others = sum(self.tree.columnWidth(c) for c in range(1, self.model.columnCount()))
            self.tree.setColumnWidth(TITLE, max(MIN_TITLE_WIDTH, self.tree.viewport().width() - others))
            self.select_goal(selected.id if selected else None)
        self._update_titles()

    def _fill_filters(self, goals: list) -> None:
        def refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, "")
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            # "All owners" is what the filter shows most of the time: never cut it (in any language)
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            metrics = combo.fontMetrics()
            text = QSize(metrics.horizontalAdvance(everything), metrics.height())
            size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
            combo.setMinimumWidth(size.width())

        owners = sorted({g.owner for g in goals if g.owner}, key=str.casefold)
        refill(self.owner_filter, self.tr("All owners"), [(o, o) for o in owners])
        refill(self.state_filter, self.tr("All states"), [(state_label(s), s) for s in STATES])
        kpis = sorted({g.kpi for g in goals})
        refill(self.kpi_filter, self.tr("All metrics"), [(self._kpi_name(k), k) for k in kpis])

    @staticmethod
    def _kpi_name(key: str) -> str:
        kpi = get_kpi(key)
        return (
            QCoreApplication.translate("Kpi", kpi.name)
            if kpi
            else QCoreApplication.translate("Kpi", "Custom")
        )

    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            text=self.search_edit.text(),
            owner=self.owner_filter.currentData() or "",
            state=self.state_filter.currentData() or "",
            kpi=self.kpi_filter.currentData() or "",
        )
        self.tree.expandToDepth(0)

    def selected_goal(self):
        """The goal of the current tree row, or None."""
        index = self.tree.currentIndex()
        return index.data(GOAL_ROLE) if index.isValid() else None

    def select_goal(self, goal_id: int | None) -> None:
        """Make ``goal_id`` the current row (expanding its parents), or the first goal when None."""
        source = self.model.index_of(goal_id) if goal_id is not None else QModelIndex()
        index = self.proxy.mapFromSource(source) if source.isValid() else self.proxy.index(0, 0)
        if index.isValid():
            moved = self.tree.currentIndex() != index  # a new current row announces itself (and shows)
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            if not moved:
                self._current_changed(index)  # the same row: show it again (its goal may have changed)

    def _current_changed(self, index) -> None:
        goal = index.data(GOAL_ROLE) if index.isValid() else None
        if self.detail is None or goal is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            return
        if self.detail.goal is None or self.detail.goal.id != goal.id:  # it shows changes of its goal itself
            self.detail.show_goal(goal.id)
        self.detail_stack.setCurrentWidget(self.detail)

    def show_goal_from_portfolio(self, goal_id: int) -> None:
        """Show a goal clicked on the portfolio chart: the goal list, that goal selected, its chart."""
        self.search_edit.clear()
        self.main_tabs.setCurrentWidget(self.splitter)
        self.select_goal(goal_id)
        if self.detail is not None:
            self.detail.show_chart()

    def record_for(self, goal_id: int) -> None:
        """Open the check-in form of ``goal_id`` (from the due list)."""
        self.search_edit.clear()
        self.main_tabs.setCurrentWidget(self.splitter)
        self.select_goal(goal_id)
        if self.detail is not None:
            self.detail.focus_checkin()

    def _update_titles(self) -> None:
        if self.store is None:
            self.setWindowTitle("goalplanner")
            self.file_label.setText(self.tr("No plan open"))
            return
        self.setWindowTitle(f"{self.store.path.name} — goalplanner")
        self.file_label.setText(str(self.store.path))
        self.statusBar().showMessage(self.tr("Goals: {0}").format(self.model.goal_count()))

    # -- file actions --------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> SettingsDialog:
        """Show the settings (the working calendar); they apply to plans made from then on."""
        dialog = SettingsDialog(self.settings, self)
        dialog.open()
        return dialog

    @Slot()
    def about(self) -> None:
        """Show the version and where the data lives."""
        QMessageBox.about(
            self,
            self.tr("About goalplanner"),
            self.tr(
                "goalplanner {0}\nSMART goals for customer-service teams, planned and tracked "
                "in a file you own.\n\nData folder: {1}"
            ).format(__version__, paths.data_dir()),
        )

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        if self.store is not None:
            self.store.close()
            self.store = None
        self.plan_guard.release()
        super().closeEvent(event)

    @Slot()
    def bring_to_front(self) -> None:
        """Another goalplanner asked for this window's plan: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(self.tr("This plan is open here: use this window."), 10_000)

    def keep_drafts(self) -> None:
        """After an unexpected error: save what the open wizard holds, so no typing is lost."""
        if self.wizard is not None and not self.wizard.store.closed:
            self.wizard.save_draft()
