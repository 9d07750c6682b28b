"""The left pane of the main window: the goal tree with its filters, and the list of check-ins due."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.kpis import get_kpi
from goalplanner.core.linked import is_linked
from goalplanner.core.model import STATES, Goal
from goalplanner.ui.due_panel import DuePanel
from goalplanner.ui.formatting import state_label
from goalplanner.ui.goal_columns import Contents, GoalHeader, column_widths, content_widths, grown
from goalplanner.ui.goal_filter import GoalFilterProxy
from goalplanner.ui.goal_tree import ALL_STATES, GOAL_ROLE, ROW_ID_ROLE, TITLE, GoalTreeModel
from goalplanner.ui.session import GoalState, PlanChange, PlanSession


class GoalListPane(QWidget):
    """Shows the session's goals; says which goal is current, which one to edit and which to check in."""

    current_goal_changed = Signal(object)  # the goal id of the current row (negative: a team plan's), or None
    goal_activated = Signal(int)  # Enter or double-click on a goal: edit it
    record_requested = Signal(int)  # a goal chosen in the due list: record its check-in
    close_requested = Signal(int)  # a goal ready to close chosen in the due list: close it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: PlanSession | None = None
        self._new_session = False
        self._goal_to_select: int | None = None  # the goal to show first in a newly set session
        self._selection_pending = 0  # counts structure changes: a pending first selection is for the last
        self._owners: Counter[str] = Counter()  # the plan's goals' owners and metrics, for the filters
        self._kpis: Counter[str] = Counter()
        self.model = GoalTreeModel(self)
        self.proxy = GoalFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(objectName="goal_tree")
        self.tree.setHeader(GoalHeader(self.tree))
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # plan order until the user sorts
        self.tree.setUniformRowHeights(True)  # lets 10,000 rows scroll without measuring each
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setMinimumSectionSize(40)
        self.user_widths: dict[int, int] = {}  # column -> width the user dragged it to
        self._sizing = False
        self._contents: Contents | None = None  # what the columns need, measured once per change of goals
        self.tree.header().sectionResized.connect(self._column_resized)
        self.tree.header().sortIndicatorChanged.connect(
            lambda *_: self._size_columns(measure=True)
        )  # the arrow
        self.tree.viewport().installEventFilter(self)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)

        self.search_edit = QLineEdit(objectName="goal_search", clearButtonEnabled=True)
        self.owner_filter = QComboBox(objectName="owner_filter")
        self.state_filter = QComboBox(objectName="state_filter")
        self.kpi_filter = QComboBox(objectName="kpi_filter")
        self.search_edit.textChanged.connect(self._apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for combo in (self.owner_filter, self.state_filter, self.kpi_filter):
            combo.activated.connect(self._apply_filter)
            filters.addWidget(combo, 1)

        self.due_panel = DuePanel()
        self.due_panel.goal_chosen.connect(self.record_requested)
        self.due_panel.close_chosen.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.due_panel)
        self._retranslate()

    def _retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search goals (Ctrl+F)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()  # the rest is shown again with the session's reload
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._contents = None  # headings and texts measure differently
        super().changeEvent(event)

    # -- the session -----------------------------------------------------------------------------

    def set_session(self, session: PlanSession | None, goal_id: int | None = None) -> None:
        """Show ``session``'s goals from now on (None: no plan open), ``goal_id`` selected if given and
        still in the plan, else the first goal."""
        self.session = session
        self._new_session, self._goal_to_select = True, goal_id
        if session is not None:
            session.changed.connect(self._plan_changed)
        self._plan_changed(PlanChange(structure=True))

    def _plan_changed(self, change: PlanChange) -> None:
        session = self.session
        if session is None or session.store.closed:
            self.model.set_states([])
            self.due_panel.set_goals([])
            return
        if not change.structure:  # goals changed in place: only theirs and their parents' rows change
            states = [state for state in map(session.state, sorted(change.goals)) if state is not None]
            self.due_panel.update_goals([s.evaluation for s in states])
            self._refill_filters_for(states)
            self.model.update_states(states)
            if self._contents is not None:  # a new value or status may need more room
                self._contents = grown(self.tree, self.model, self._contents, change.goals)
            self._size_columns()
            return
        states = session.states()
        self.due_panel.set_goals([s.evaluation for s in states])
        self._fill_filters([s.goal for s in states])
        new_session = self._new_session
        if not new_session:
            self._selection_pending += 1  # a first selection still pending gives way to this change
        wanted = self._goal_to_select if new_session else self.current_row_id()
        self._new_session, self._goal_to_select = False, None
        self.model.set_states(states, session.team_branches())
        if states and new_session:
            # A newly opened plan: its goal list first, its first goal (and the detail showing it,
            # laid out for the first time) in the next pass of the event loop -- on a 10,000-goal plan
            # each takes about half of what together froze the window for longer than 0.1 s.
            self.tree.expandToDepth(0)
            self._size_columns(measure=True)
            self._selection_pending += 1
            pending = self._selection_pending
            QTimer.singleShot(0, self, lambda: self._select_first(pending, wanted))
        elif states:
            self.tree.expandToDepth(0)
            self._size_columns(measure=True)
            self.select_goal(wanted)
        else:
            self.current_goal_changed.emit(None)

    def _select_first(self, pending: int, goal_id: int | None) -> None:
        """Select the first goal of a newly opened plan, unless the plan changed again meanwhile (then
        the later change selected what it keeps)."""
        if pending == self._selection_pending and self.session is not None and not self.session.store.closed:
            self.select_goal(goal_id)

    def _size_columns(self, *, measure: bool = False) -> None:
        """Numbers and names as wide as they need (up to a limit), statuses whole, the goal the rest.

        Widths the user set are kept as they are (see ``goal_columns``). What the columns need is
        measured when the goals change (``measure``), not on every resize of the pane.
        """
        if measure or self._contents is None:
            self._contents = content_widths(self.tree, self.model)
        widths, title = column_widths(self.tree, self.model, self.user_widths, self._contents)
        self._sizing = True  # these are not the user's widths
        try:
            for column, width in widths.items():
                self.tree.setColumnWidth(column, width)
            self.tree.setColumnWidth(TITLE, title)
        finally:
            self._sizing = False

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if not self._sizing:
            self.user_widths[column] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize and self.model.goal_count():
            self._size_columns()  # the goal takes the room the pane gained or gives it back
        return super().eventFilter(watched, event)

    # -- filters ---------------------------------------------------------------------------------

    def _fill_filters(self, goals: list[Goal]) -> None:
        self._owners = Counter(g.owner for g in goals if g.owner)
        self._kpis = Counter(g.kpi for g in goals)
        self._fill_owners_and_kpis()
        # The default hides closed goals (a search still finds them); "All states" shows them too.
        states = [(self.tr("All states"), ALL_STATES)] + [(state_label(s), s) for s in STATES]
        _refill(self.state_filter, self.tr("Open goals"), states)

    def _refill_filters_for(self, states: list[GoalState]) -> None:
        """Goals edited in place: the owner and metric filters offer what the plan has now, refilled
        only when that changed (a plan of 10,000 goals has as many owners to list)."""
        owners, kpis = set(self._owners), set(self._kpis)
        for state in states:
            before = self.model.state_for(state.goal.id)
            if before is not None:
                self._owners[before.goal.owner] -= 1
                self._kpis[before.goal.kpi] -= 1
            self._owners[state.goal.owner] += 1
            self._kpis[state.goal.kpi] += 1
        self._owners = Counter({o: n for o, n in self._owners.items() if o and n > 0})
        self._kpis = Counter({k: n for k, n in self._kpis.items() if n > 0})
        if set(self._owners) != owners or set(self._kpis) != kpis:
            self._fill_owners_and_kpis()

    def _fill_owners_and_kpis(self) -> None:
        owners = sorted(self._owners, key=str.casefold)
        _refill(self.owner_filter, self.tr("All owners"), [(o, o) for o in owners])
        kpis = sorted(self._kpis)
        _refill(self.kpi_filter, self.tr("All metrics"), [(_kpi_name(k), k) for k in kpis])

    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            text=self.search_edit.text(),
            owner=self.owner_filter.currentData() or "",
            state=self.state_filter.currentData() or "",
            kpi=self.kpi_filter.currentData() or "",
        )
        self.tree.expandToDepth(0)
        if not self.tree.currentIndex().isValid():  # the current goal was filtered out: none is current
            self.current_goal_changed.emit(None)

    def focus_search(self) -> None:
        """Put the cursor in the search field."""
        self.search_edit.setFocus()

    def show_all(self) -> None:
        """Show every goal again: the search emptied, every filter back to "all"."""
        for combo in (self.owner_filter, self.state_filter, self.kpi_filter):
            combo.setCurrentIndex(0)
        self.search_edit.clear()
        self._apply_filter()

    # -- the current goal ------------------------------------------------------------------------

    def selected_goal(self) -> Goal | None:
        """The plan's goal of the current tree row, or None (also for a team plan's row: not editable)."""
        index = self.tree.currentIndex()
        goal = index.data(GOAL_ROLE) if index.isValid() else None
        return None if goal is None or is_linked(goal.id) else goal

    def current_row_id(self) -> int | None:
        """The current row's id: a goal's, or a team plan's row or goal (negative), None for none."""
        index = self.tree.currentIndex()
        return index.data(ROW_ID_ROLE) if index.isValid() else None

    def select_goal(self, goal_id: int | None) -> None:
        """Make ``goal_id`` the current row (expanding its parents), or the first goal when None."""
        source = self.model.index_of(goal_id) if goal_id is not None else QModelIndex()
        index = self.proxy.mapFromSource(source) if source.isValid() else self.proxy.index(0, 0)
        if not index.isValid():
            return
        moved = self.tree.currentIndex() != index  # a new current row announces itself
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if not moved:
            self._current_changed(index)  # the same row: its goal may have been opened anew

    def _current_changed(self, index: QModelIndex) -> None:
        self.current_goal_changed.emit(index.data(ROW_ID_ROLE) if index.isValid() else None)

    def _activated(self, index: QModelIndex) -> None:
        goal = index.data(GOAL_ROLE) if index.isValid() else None
        if goal is not None and not is_linked(goal.id):  # a team plan's goal is not edited here
            self.goal_activated.emit(goal.id)

    def goal_count(self) -> int:
        """How many goals the list holds, at every level."""
        return self.model.goal_count()


def _kpi_name(key: str) -> str:
    kpi = get_kpi(key)
    return QCoreApplication.translate("Kpi", kpi.name if kpi else "Custom")


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Put ``items`` under the "everything" entry, keeping the choice; never cut "everything" short."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(everything, "")
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = QSize(metrics.horizontalAdvance(everything), metrics.height())
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
    combo.setMinimumWidth(size.width())
