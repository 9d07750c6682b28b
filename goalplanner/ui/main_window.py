"""The main window: lays out and wires its parts. :class:`PlanFiles` opens plans, each open plan gets a
:class:`PlanSession`; :class:`GoalCommands` and :class:`ExcelTransfer` change the plan through the
session; :class:`GoalListPane`, :class:`GoalDetail` and :class:`PortfolioView` show it. No plan logic here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from goalplanner import __version__, paths
from goalplanner.ui.undo_actions import UndoActions

if TYPE_CHECKING:  # the parts are imported when they are built (``MainWindow._build_parts``)
    from goalplanner.store import Store
    from goalplanner.ui.detail import GoalDetail
    from goalplanner.ui.session import PlanChange, PlanSession
    from goalplanner.ui.settings_dialog import SettingsDialog

MESSAGE_MS = 10_000  # how long a status-bar message stays
DEFAULT_SIZE = (1100, 700)
FRAME_WAIT_MS = 250  # a deferred window builds its parts at its first paint, or after this if none comes


def _start_loading_charts() -> None:
    """matplotlib and the chart code start loading on a worker thread (``chart_loader``)."""
    from goalplanner.ui.chart_loader import chart_loader

    chart_loader().start()


class MainWindow(QMainWindow):
    """One window on one plan file.

    The window is made in two steps. Its frame -- title, remembered size and place, status bar, an empty
    page -- needs nothing but Qt. Its parts -- the goal list, the detail, the portfolio, the menus and
    everything behind them -- need most of goalplanner, which takes several times as long to import as
    a bare window takes to appear. ``MainWindow(settings)`` builds both at once; with ``defer_parts``
    (how ``goalplanner.app.start_window`` starts the app) the frame is shown first and the parts are
    built from the event loop right after its first paint, then ``parts_built`` is emitted.
    """

    parts_built = Signal()

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, defer_parts: bool = False
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session: PlanSession | None = None
        self.detail: GoalDetail | None = None
        self.built = False  # the parts are there (goal_list, plan_files, detail, menus, ...)
        self._build_pending = defer_parts
        self._charts_pending = False  # a deferred window starts loading charts once it is filled
        self._language_refresh_pending = False
        self.setMinimumSize(720, 480)
        self.setWindowTitle("goalplanner")
        self.pages = QStackedWidget()  # the empty state or the plan's tabs, once the parts are built
        self.setCentralWidget(self.pages)
        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        geometry = settings.value("window/geometry")
        if not isinstance(geometry, QByteArray | bytes) or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        if not defer_parts:
            self._build_parts()

    def _build_parts(self) -> None:
        """Import and build everything behind the frame: the plan's files and session, the list, the
        detail, the portfolio, the menus and their actions."""
        from PySide6.QtCore import Qt  # the frame never touches Qt's namespace: its enums take ~15 ms

        from goalplanner.ui.calendar_transfer import CalendarTransfer
        from goalplanner.ui.empty_state import EmptyState
        from goalplanner.ui.excel_transfer import ExcelTransfer
        from goalplanner.ui.goal_commands import GoalCommands
        from goalplanner.ui.goal_list import GoalListPane
        from goalplanner.ui.loop_actions import LoopActions
        from goalplanner.ui.opening_status import OpeningStatus
        from goalplanner.ui.plan_files import PlanFiles
        from goalplanner.ui.plan_guard import PlanGuard
        from goalplanner.ui.portfolio_view import PortfolioView
        from goalplanner.ui.remembered import RememberedView
        from goalplanner.ui.report_actions import ReportActions
        from goalplanner.ui.review_action import WeeklyReview
        from goalplanner.ui.rollup_actions import RollupActions
        from goalplanner.ui.session import PlanChange
        from goalplanner.ui.settings_dialog import calendar_from_settings
        from goalplanner.ui.team_grid_action import TeamGridAction
        from goalplanner.ui.team_plans import TeamPlans
        from goalplanner.ui.ticket_import_action import TicketImport

        self._build_pending = False
        settings = self.settings
        self.calendar_for = calendar_from_settings(settings)
        self.plan_guard = PlanGuard(self)
        self.plan_guard.show_requested.connect(self.bring_to_front)
        self.plan_files = PlanFiles(self, settings, self.plan_guard)
        self.plan_files.opened.connect(self._plan_opened)
        self.goal_list = GoalListPane()
        self.goals = GoalCommands(self, self.goal_list.selected_goal)
        self.goals.goal_saved.connect(self.select_goal)
        self.excel, self.calendar = ExcelTransfer(self, settings), CalendarTransfer(self, settings)
        self.reports = ReportActions(self, settings, self.goal_list.selected_goal)
        for part in (self.plan_files, self.excel, self.calendar, self.reports):
            part.message.connect(lambda text: self.statusBar().showMessage(text, MESSAGE_MS))

        self.goal_list.current_goal_changed.connect(self._current_changed)
        self.goal_list.goal_activated.connect(self.goals.edit_goal)
        self.goal_list.record_requested.connect(self.record_for)
        self.no_selection = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.no_selection)
        self.team_plans = TeamPlans(self)  # File → Add a team's plan…; its rows' read-only view
        self.team_plans.message.connect(lambda text: self.statusBar().showMessage(text, MESSAGE_MS))
        self.detail_stack.addWidget(self.team_plans.view)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.goal_list)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 480])  # the history's five columns and a readable note

        self.portfolio = PortfolioView()
        self.portfolio.goal_chosen.connect(self.show_goal_from_portfolio)
        self.main_tabs = QTabWidget(objectName="main_tabs", documentMode=True)
        self.main_tabs.addTab(self.splitter, "")
        self.main_tabs.addTab(self.portfolio, "")

        self.empty_state = EmptyState()
        self.empty_state.create_goal.connect(self.goals.new_goal)
        self.empty_state.open_sample.connect(self.plan_files.open_sample_plan)
        self.empty_state.open_file.connect(self.plan_files.open_file_dialog)
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.main_tabs)
        self.opening_status = OpeningStatus(self, self.pages, self.empty_state, self.plan_files)

        self._create_actions()
        self._create_menus()
        self.loop = LoopActions(self)  # Goal → Close…, Reopen, Continue into next period…
        self.rollups = RollupActions(self)  # Goal → Roll-up rule…, Guardrail…
        self.review = WeeklyReview(self)  # View → Weekly review…, and the due list's button
        self.team_grid = TeamGridAction(self)  # Goal → Team week grid…, and the detail's button
        self.tickets = TicketImport(self)  # File → Import from a ticket or call export…
        self.built = True
        self._retranslate()
        self._plan_changed(PlanChange(structure=True))
        self.remembered = RememberedView(settings, self, self.splitter, self.goal_list)
        self.parts_built.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._build_pending:  # the frame is on screen: build the rest from the event loop
            QTimer.singleShot(0, self._build_deferred_parts)
        elif self._charts_pending and self.plan_files.opening() is None:  # the plan's list is painted
            QTimer.singleShot(0, self._load_charts_once)

    def _build_deferred_parts(self) -> None:
        if self._build_pending:  # not closed meanwhile, nor built by the other of paint and timer
            self._build_parts()
            # Not before the plan's list is painted: a worker importing matplotlib while the parts are
            # imported or the plan is read slows both (one interpreter lock). Should no paint come, later.
            self._charts_pending = True
            QTimer.singleShot(FRAME_WAIT_MS, self._load_charts_once)

    def _load_charts_once(self) -> None:
        if self._charts_pending and self.plan_files.opening() is not None:  # the plan is read first
            QTimer.singleShot(FRAME_WAIT_MS, self._load_charts_once)
        elif self._charts_pending:
            self._charts_pending = False
            _start_loading_charts()

    def _action(self, text: Callable[[], str], slot, shortcut="", role=QAction.MenuRole.TextHeuristicRole):
        """An action named by ``text()`` (a ``self.tr`` call), now and again after each language switch."""
        action = QAction(self, menuRole=role, shortcut=QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self._texts[action] = text
        return action

    def _create_actions(self) -> None:
        files, goals, excel, action = self.plan_files, self.goals, self.excel, self._action
        key, role = QKeySequence.StandardKey, QAction.MenuRole
        self._texts: dict[QAction, Callable[[], str]] = {}
        self.new_file_action = action(
            lambda: self.tr("&New plan file…"), files.new_file_dialog, "Ctrl+Shift+N"
        )
        self.open_action = action(lambda: self.tr("&Open plan…"), files.open_file_dialog, key.Open)
        self.sample_action = action(lambda: self.tr("Open the &sample plan"), files.open_sample_plan)
        self.backup_action = action(lambda: self.tr("&Back up now"), files.back_up_now)
        self.restore_action = action(lambda: self.tr("Restore from bac&kup…"), files.restore_from_backup)
        self.export_action = action(lambda: self.tr("&Export to Excel…"), excel.export_excel, "Ctrl+Shift+E")
        self.import_action = action(
            lambda: self.tr("&Import actuals from Excel…"), excel.import_actuals, "Ctrl+Shift+I"
        )
        self.calendar_action = action(lambda: self.tr("Export check-in &dates…"), self.calendar.export_dates)
        self.settings_action = action(
            lambda: self.tr("Se&ttings…"), self.open_settings, key.Preferences, role.PreferencesRole
        )
        self.quit_action = action(lambda: self.tr("&Quit"), self.close, key.Quit, role.QuitRole)
        self.new_goal_action = action(lambda: self.tr("&New goal…"), goals.new_goal, key.New)
        self.edit_goal_action = action(lambda: self.tr("&Edit goal…"), goals.edit_goal, "Ctrl+E")
        self.delete_goal_action = action(lambda: self.tr("&Delete goal…"), goals.delete_goal, key.Delete)
        self.move_goal_action = action(lambda: self.tr("&Move under another goal…"), goals.move_goal)
        self.undo = UndoActions(self)
        self.undo_action, self.redo_action = self.undo.undo_action, self.undo.redo_action
        self.find_action = action(lambda: self.tr("&Find goals"), self.goal_list.focus_search, key.Find)
        show = self.main_tabs.setCurrentWidget
        self.goals_view_action = action(
            lambda: self.tr("&Goals and details"), lambda: show(self.splitter), "Ctrl+1"
        )
        self.portfolio_view_action = action(
            lambda: self.tr("&Portfolio chart"), lambda: show(self.portfolio), "Ctrl+2"
        )

    def _create_menus(self) -> None:
        from goalplanner.ui.help import HelpMenu

        self._titles: dict[QMenu, Callable[[], str]] = {}

        def menu(title: Callable[[], str], *items: QAction | None, parent: QMenu | None = None) -> QMenu:
            made = (parent or self.menuBar()).addMenu("")
            self._titles[made] = title
            for item in items:
                made.addSeparator() if item is None else made.addAction(item)
            return made

        self.file_menu = menu(lambda: self.tr("&File"), self.new_file_action, self.open_action)
        self.recent_menu = menu(lambda: self.tr("Open &recent"), parent=self.file_menu)
        self.recent_menu.aboutToShow.connect(lambda: self.plan_files.fill_recent_menu(self.recent_menu))
        more = (self.sample_action, None, self.export_action, self.import_action, self.calendar_action,
                None, self.backup_action, self.restore_action, self.settings_action, None, self.quit_action)  # fmt: skip  # noqa: E501
        for item in more:
            self.file_menu.addSeparator() if item is None else self.file_menu.addAction(item)
        self.reports.add_to(self.file_menu, after=self.calendar_action)
        self.file_menu.insertSeparator(self.backup_action)
        for team_action in self.team_plans.actions():  # a department's view from its team leads' files
            self.file_menu.insertAction(self.backup_action, team_action)
        self.edit_menu = menu(
            lambda: self.tr("&Edit"), self.undo_action, self.redo_action, None, self.find_action
        )
        self.view_menu = menu(lambda: self.tr("&View"), self.goals_view_action, self.portfolio_view_action)
        goal_actions = (self.new_goal_action, self.edit_goal_action, self.move_goal_action, self.delete_goal_action)  # fmt: skip  # noqa: E501
        self.goal_menu = menu(lambda: self.tr("&Goal"), *goal_actions)
        self.help_menu = HelpMenu(self, self.plan_files, self.sample_action, self.about)

    def _retranslate(self) -> None:
        for action, text in self._texts.items():
            action.setText(text())
        for menu, title in self._titles.items():
            menu.setTitle(title())
        self.no_selection.setText(self.tr("Select a goal to see its plan and record check-ins."))
        self.main_tabs.setTabText(0, self.tr("Goals"))
        self.main_tabs.setTabText(1, self.tr("Portfolio"))
        self.undo.retranslate()
        self.team_plans.retranslate()
        self._update_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.built:  # else the build translates
            self._retranslate()
            if not self._language_refresh_pending:  # Qt may send several for one switch: refresh once
                self._language_refresh_pending = True
                QTimer.singleShot(0, self._refresh_for_language)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._build_pending:  # built at the first paint; should none come (a minimised start), now
            QTimer.singleShot(FRAME_WAIT_MS, self._build_deferred_parts)
        elif self.built:
            # matplotlib loads on a worker thread once the window is up, so the first chart appears at once
            QTimer.singleShot(0, _start_loading_charts)

    def _refresh_for_language(self) -> None:  # statuses, lists, detail and charts in the new language
        self._language_refresh_pending = False
        if self.session is not None and not self.session.store.closed:
            self.session.reload()

    @property
    def store(self) -> Store | None:
        """The open plan's store, None when no plan is open."""
        return self.plan_files.store if self.built else None

    def _plan_opened(self, store: Store) -> None:
        """A new plan is open: a new session (empty undo history) for every view; offer drafts. The
        session starts from the plan as the worker that opened it read it (``PlanFiles.first_read``)."""
        from goalplanner.ui.detail import GoalDetail
        from goalplanner.ui.session import PlanChange, PlanSession

        if self.session is not None:
            self.session.deleteLater()
        first_read = self.plan_files.first_read(store)
        self.session = session = PlanSession(store, self.calendar_for, self, first_read=first_read)
        self.undo.follow(session.undo_stack)
        if self.detail is not None:
            self.detail_stack.removeWidget(self.detail)
            self.detail.deleteLater()
        self.detail = GoalDetail(session)  # subscribes before the list: it shows its goal first
        self.detail.edit_resources.connect(self.goals.edit_resources)
        self.detail_stack.addWidget(self.detail)
        self.detail_stack.setCurrentWidget(self.no_selection)
        self.goals.session = self.excel.session = self.calendar.session = self.reports.session = session
        session.changed.connect(self._plan_changed)
        self.goal_list.set_session(session, self.remembered.goal_for(store.path))
        self.remembered.follow(self.detail)
        self.portfolio.set_session(session)
        self.team_plans.follow(session)
        self._plan_changed(PlanChange(structure=True))
        if store.drafts():
            QTimer.singleShot(0, self.goals.offer_draft)

    def _plan_changed(self, change: PlanChange) -> None:
        has_goals = bool(self.session is not None and not self.session.store.closed and self.session.states())
        self.empty_state.set_has_plan(self.store is not None)
        page = self.main_tabs if has_goals else self.empty_state
        if not has_goals and self.opening_status.showing_page():  # at start-up: never the empty state
            page = self.opening_status.page
        self.pages.setCurrentWidget(page)
        for action in (self.new_goal_action, self.backup_action, self.restore_action):
            action.setEnabled(self.store is not None)
        for action in (self.export_action, self.import_action, self.calendar_action):
            action.setEnabled(has_goals)
        self._update_goal_actions()
        self._update_titles()

    def _update_goal_actions(self) -> None:
        """Edit, move and delete act on the selected goal of the plan: off with none (or a team plan's)."""
        open_plan = self.session is not None and not self.session.store.closed
        selected = open_plan and self.goal_list.selected_goal() is not None
        for action in (self.edit_goal_action, self.delete_goal_action, self.move_goal_action):
            action.setEnabled(bool(selected))

    def select_goal(self, goal_id: int | None) -> None:
        """Make ``goal_id`` the current goal (the first goal when None) and show it."""
        self.goal_list.select_goal(goal_id)

    def _current_changed(self, goal_id: int | None) -> None:
        self.team_plans.update_actions()  # "Add a team's plan…" goes under the selected goal
        self._update_goal_actions()
        if self.detail is None or goal_id is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            return
        if self.team_plans.show_row(goal_id):  # a linked team plan's row or goal: read-only
            self.detail_stack.setCurrentWidget(self.team_plans.view)
            return
        if self.detail.goal is None or self.detail.goal.id != goal_id:
            self.detail.show_goal(goal_id)  # the same goal is kept up to date by the detail itself
        self.detail_stack.setCurrentWidget(self.detail)

    def show_goal_from_portfolio(self, goal_id: int) -> None:
        """Show a goal clicked on the portfolio chart: the goal list, that goal selected, its chart."""
        self.goal_list.show_all()
        self.main_tabs.setCurrentWidget(self.splitter)
        self.select_goal(goal_id)
        if self.detail is not None:
            self.detail.show_chart()

    def record_for(self, goal_id: int) -> None:
        """Open the check-in form of ``goal_id`` (from the due list)."""
        self.goal_list.show_all()
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
        count = len(self.session.states()) if self.session is not None else 0
        self.statusBar().showMessage(self.tr("Goals: {0}").format(count))

    @Slot()
    def open_settings(self) -> SettingsDialog:
        """Show the settings (the working calendar); they apply to plans made from then on."""
        from goalplanner.ui.settings_dialog import SettingsDialog

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self._build_pending = False  # closed before its parts were built: they never are
        if self.built:
            self.remembered.save()
        self.settings.sync()
        if self.built:
            self.plan_files.close()
        super().closeEvent(event)

    @Slot()
    def bring_to_front(self) -> None:
        """Another goalplanner asked for this window's plan: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(self.tr("This plan is open here: use this window."), MESSAGE_MS)
