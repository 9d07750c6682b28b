"""The goal list's filter: goals by text, owner, state and metric, each shown with the goals above it.

Which rows show is worked out in one pass over the model's goals when the filter or the goals change
(``GoalTreeModel.generation``), and Qt's per-row questions (``filterAcceptsRow``, ``hasChildren``)
are answered from that set: with 10,000 goals Qt asks them through Python for every row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from goalplanner.core.model import Goal
from goalplanner.ui.goal_tree import _ID_BITS, ALL_STATES, SORT_ROLE, GoalTreeModel


class GoalFilterProxy(QSortFilterProxyModel):
    """Filters goals by text, owner, state and metric; a parent stays visible for a matching child.

    Which rows show is worked out in one pass over the model's goals when the filter or the goals
    change (a goal matching, with every row above it), not row by row through Qt's recursive
    filtering, which asked Python about each of 10,000 goals and their children on every keystroke.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.text = ""
        self.owner = ""
        self.state = ""
        self.kpi = ""
        self._shown: set[int] = set()  # the internal ids of the rows shown
        self._above_shown: set[int] = set()  # the internal ids of the rows with a row shown under them
        self._own: set[int] = set()  # the ids of the rows matching themselves
        self._worked_out = -1  # the model's generation ``_shown`` was worked out for
        self._stale = True  # the filter changed since
        self._searched: dict[int, str] = {}  # each goal's searchable text, casefolded once

    def set_filter(self, *, text: str = "", owner: str = "", state: str = "", kpi: str = "") -> None:
        """Show only goals matching every non-empty criterion."""
        self.beginFilterChange()
        self.text, self.owner, self.state, self.kpi = text.casefold().strip(), owner, state, kpi
        self._stale = True
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: GoalTreeModel = self.sourceModel()
        if self._stale or self._worked_out != model.generation:
            self._work_out(model)
        below = model._below.get(source_parent.internalId() if source_parent.isValid() else 0)
        return below is not None and 0 <= source_row < len(below) and below[source_row] in self._shown

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        """Whether a row shows rows under it, answered from the rows worked out: Qt's own answer filters
        every row under it first (a thousand goals under each of a plan's departments), just to draw
        the arrow of a row that is not even expanded."""
        if not parent.isValid():
            return super().hasChildren(parent)
        if parent.column() != 0:
            return False
        model: GoalTreeModel = self.sourceModel()
        if self._stale or self._worked_out != model.generation:
            self._work_out(model)
        return self.mapToSource(parent).internalId() in self._above_shown

    def _work_out(self, model: GoalTreeModel) -> None:
        """The rows shown: the goals matching, and the rows above each (Qt's recursive filtering's rule).

        After goals changed in place (a check-in) only they are asked again; as long as each matches
        as it did, the rows shown stay the same.
        """
        moved = self._worked_out != model.generation
        few = model.changed_rows if moved and self._worked_out == model.generation - 1 else None
        if few is not None:
            for row_id in few:
                self._searched.pop(row_id, None)
            same = all(self._matches(r, model.goal_of(r)) == (r in self._own) for r in few)
            if same and not self._stale:
                self._worked_out = model.generation
                return
        elif moved:  # the goals were set anew
            self._searched = {}
        own = self._matching(model)
        shown: set[int] = set()
        parent_of = model._parent
        for row_id in own:
            while row_id is not None and row_id not in shown:
                shown.add(row_id)
                row_id = parent_of.get(row_id)
        self._own, self._shown = own, {row_id % _ID_BITS for row_id in shown}
        self._above_shown = {p % _ID_BITS for p in map(parent_of.get, shown) if p is not None}
        self._worked_out, self._stale = model.generation, False

    def _matching(self, model: GoalTreeModel) -> set[int]:
        """The ids of the rows matching the filter themselves: ``_matches`` over every row, in one loop
        (10,000 goals on a keystroke)."""
        everything = not (self.text or self.owner or self.kpi or self.state)
        own = set(model._branches) if everything else set()  # a team plan's row
        if everything:  # the default: the goals not closed
            own.update(row_id for row_id, row in model._rows.items() if not row.evaluation.goal.closed)
            return own
        owner, kpi, text = self.owner, self.kpi, self.text
        state = self.state if self.state != ALL_STATES else ""
        searched = self._searched
        for row_id, row in model._rows.items():
            goal = row.evaluation.goal
            if (
                (owner and goal.owner != owner)
                or (state and goal.state != state)
                or (kpi and goal.kpi != kpi)
            ):
                continue
            if not self.state and not text and goal.closed:
                continue
            if text:
                haystack = searched.get(row_id)
                if haystack is None:
                    haystack = " ".join((goal.title, goal.owner, goal.team, goal.scope, goal.why)).casefold()
                    searched[row_id] = haystack
                if text not in haystack:
                    continue
            own.add(row_id)
        return own

    def _matches(self, row_id: int, goal: Goal | None) -> bool:
        if goal is None:  # a team plan's row: shown unless a filter is on (then for a matching goal under it)
            return not (self.text or self.owner or self.kpi or self.state)
        if self.owner and goal.owner != self.owner:
            return False
        if self.state and self.state != ALL_STATES and goal.state != self.state:
            return False
        if not self.state and not self.text and goal.closed:
            return False  # closed goals leave the default list; a search or the state filter finds them
        if self.kpi and goal.kpi != self.kpi:
            return False
        if self.text:
            haystack = self._searched.get(row_id)
            if haystack is None:
                haystack = " ".join((goal.title, goal.owner, goal.team, goal.scope, goal.why)).casefold()
                self._searched[row_id] = haystack
            return self.text in haystack
        return True
