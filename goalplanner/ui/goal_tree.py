"""The goal hierarchy as a Qt tree model: vision -> department -> team -> individual goals.

Rows are the plan session's goal states (goal, latest check-in, status and roll-up, judged once by
the session with core); the model only arranges and formats them. A goal's own status and, for a
goal with sub-goals, its status together with them are two columns, both read at a glance. No SQL
and no judging here: ``set_states`` replaces everything in one reset, ``update_states`` changes rows in place.

Ten thousand goals: Qt asks the model for rows, parents and indexes through Python, once per row and
more, so the hot calls (``index``, ``parent``, the filter's question) look their answer up in maps
made once per change of the goals, and the filter works out the goals it shows in one pass over them.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from goalplanner.core.hierarchy import walk
from goalplanner.core.kpis import get_kpi
from goalplanner.core.linked import named_with_plan
from goalplanner.core.model import Goal
from goalplanner.core.progress import ACHIEVED, AT_RISK, OFF_TRACK, ON_TRACK, SEVERITY_ORDER
from goalplanner.ui import team_rows
from goalplanner.ui.formatting import achievement_percent, format_amount, state_label
from goalplanner.ui.session import GoalState, TeamBranch
from goalplanner.ui.status_style import guarded_text, rollup_text, status_colour, status_text

TITLE, STATUS, ROLLUP, OWNER, KPI, LATEST, TARGET, DEADLINE = range(8)
STATUS_COLUMNS = (STATUS, ROLLUP)  # read whole in every language, never cut
JUDGED = (ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED)  # what a check-in can make of any goal's status
_HEADERS = (
    QT_TRANSLATE_NOOP("GoalTreeModel", "Goal"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Status"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "With sub-goals"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Owner"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Metric"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Latest"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Target"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Deadline"),
)
GOAL_ROLE = Qt.ItemDataRole.UserRole + 1  # the Goal object of a row
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # a goal's id, or a team plan's window id (negative)
_ID_BITS = 1 << 64  # an index's internal id is unsigned: team plans' negative ids wrap around


def _internal(row_id: int) -> int:
    return row_id % _ID_BITS


def _row_id(index: QModelIndex | QPersistentModelIndex) -> int:
    return _row_id_of(index.internalId())


def _row_id_of(internal: int) -> int:
    return internal - _ID_BITS if internal >= _ID_BITS // 2 else internal


class GoalTreeModel(QAbstractItemModel):
    """Goals nested under their parents; a goal whose parent is missing is shown at the top.

    A linked team plan is a row under its department goal (``TeamBranch``), its goals under it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, GoalState] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._parent: dict[int, int | None] = {}
        self._position: dict[int, int] = {}
        self._branches: dict[int, TeamBranch] = {}  # by the branch row's id
        self._branch_of: dict[int, TeamBranch] = {}  # a team goal's branch, by its window id
        self._locale = QLocale()
        self._named: dict[int, Goal] = {}  # every row's goal as a roll-up's reason names it
        self._below: dict[int, list[int]] = {0: []}  # by a parent's internal id (0: the top): children's
        self.generation = 0  # counts changes of the rows, so a filter knows its answer is out of date
        self.changed_rows: set[int] | None = None  # the rows the last generation changed; None: all

    def set_states(self, states: list[GoalState], branches: list[TeamBranch] | None = None) -> None:
        """Show ``states`` (the session's, in plan order) and the team plans linked under them instead
        of the current goals."""
        self.beginResetModel()
        self._locale = QLocale()  # the formats of the language in force (it may have been switched)
        self._rows = {state.goal.id: state for state in states}
        self._children = {None: []}
        self._parent = {}
        for goal_id, parent_id in _places([state.goal for state in states]):  # loops opened, not hidden
            self._parent[goal_id] = parent_id
            self._children.setdefault(parent_id, []).append(goal_id)
        self._branches, self._branch_of = {}, {}
        for branch in branches or []:
            if branch.link.goal_id not in self._rows:
                continue
            self._branches[branch.branch_id] = branch
            self._parent[branch.branch_id] = branch.link.goal_id
            self._children.setdefault(branch.link.goal_id, []).append(branch.branch_id)
            self._rows.update((state.goal.id, state) for state in branch.states)
            self._branch_of.update((state.goal.id, branch) for state in branch.states)
            for goal, _depth, parent_id in walk(state.goal for state in branch.states):
                parent = branch.branch_id if parent_id is None else parent_id  # top goals under the row
                self._parent[goal.id] = parent
                self._children.setdefault(parent, []).append(goal.id)
        self._position = {gid: i for ids in self._children.values() for i, gid in enumerate(ids)}
        self.changed_rows = None
        self._below = {
            _internal(p) if p is not None else 0: [_internal(c) for c in ids]
            for p, ids in self._children.items()
        }
        self.generation += 1
        self._named = {goal_id: state.goal for goal_id, state in self._rows.items()}
        for branch in self._branches.values():  # a team plan's goal named with its plan, as everywhere
            self._named.update((s.goal.id, named_with_plan(s.goal, branch.link)) for s in branch.states)
        self.endResetModel()

    def update_states(self, states: list[GoalState]) -> None:
        """Goals changed in place (same parents): show their new values and statuses.

        Their rows and their parents' rows are told, each once, so a filter judges them again (a goal
        that now matches shows its parents too) and nothing else of the list is touched.
        """
        changed = [state for state in states if state.goal.id in self._rows]
        for state in changed:
            self._rows[state.goal.id] = state
            self._named[state.goal.id] = state.goal
        self.generation += 1
        self.changed_rows = {state.goal.id for state in changed}
        told: set[int] = set()
        for state in changed:
            row_id: int | None = state.goal.id
            while row_id is not None and row_id not in told:  # the row, then its parents
                told.add(row_id)
                first = self.index_of(row_id)
                self.dataChanged.emit(first, first.siblingAtColumn(len(_HEADERS) - 1))
                row_id = self._parent.get(row_id)

    def goal_of(self, row_id: int) -> Goal | None:
        """The goal a row shows, None for a team plan's row (and for no row)."""
        state = self._rows.get(row_id)
        return state.goal if state is not None else None

    def branch_for(self, row_id: int) -> TeamBranch | None:
        """The team plan a row shows or belongs to, None for the plan's own goals."""
        return self._branches.get(row_id) or self._branch_of.get(row_id)

    def goal_count(self) -> int:
        """How many goals the model holds, at every level."""
        return len(self._rows)

    def state_for(self, goal_id: int) -> GoalState | None:
        """The state shown for ``goal_id``, None when it is not in the model."""
        return self._rows.get(goal_id)

    def has_children(self, goal_id: int) -> bool:
        """Whether goals sit under ``goal_id``."""
        return bool(self._children.get(goal_id))

    def index_of(self, goal_id: int) -> QModelIndex:
        """The index of ``goal_id``'s first column (a team plan's row or goal too, by window id)."""
        if goal_id not in self._rows and goal_id not in self._branches:
            return QModelIndex()
        return self.createIndex(self._position[goal_id], 0, _internal(goal_id))

    # -- QAbstractItemModel ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()):  # noqa: B008
        siblings = self._below.get(parent.internalId() if parent.isValid() else 0)  # called for every row
        if siblings is None or not (0 <= row < len(siblings) and 0 <= column < len(_HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()):  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parent.get(_row_id(index))
        if parent_id is None:
            return QModelIndex()
        return self.createIndex(self._position[parent_id], 0, _internal(parent_id))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._below[0])
        return len(self._below.get(parent.internalId(), ())) if parent.column() == 0 else 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            heading = QCoreApplication.translate("GoalTreeModel", _HEADERS[section])
            return heading if section == TITLE else _two_lines(heading)
        return None

    def status_texts(self, column: int) -> set[str]:
        """What the status ``column`` shows now, and the statuses a check-in can turn a goal to."""
        texts = {status_text(code) for code in JUDGED}
        kinds: dict[tuple, GoalState] = {}  # one goal of each kind the column tells apart: its text is theirs
        for row_id, row in self._rows.items():
            if column == STATUS:
                guarded = row.guarded
                kind = (row.goal.state, row.evaluation.ready_to_close, guarded.code, guarded.guardrail_code)
            else:
                kind = (row.rollup.code, bool(self._children.get(row_id)))
            kinds.setdefault(kind, row)
        return texts | {self._display(row, column) for row in kinds.values()}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row_id, column = _row_id(index), index.column()
        if role == ROW_ID_ROLE:
            return row_id
        if row_id in self._branches:
            return self._branch_data(self._branches[row_id], column, role)
        row = self._rows[row_id]
        if role == Qt.ItemDataRole.FontRole and row_id in self._branch_of:
            return team_rows.linked_font()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == GOAL_ROLE:
            return row.goal
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return status_colour(row.guarded.shown_code) if row.goal.state == "active" else None
        if role == Qt.ItemDataRole.ForegroundRole and column == ROLLUP:
            return status_colour(row.rollup.code)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LATEST, TARGET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _branch_data(self, branch: TeamBranch, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return team_rows.branch_title(branch)
            return team_rows.branch_state(branch, self._locale) if column == STATUS else ""
        if role == Qt.ItemDataRole.FontRole:
            return team_rows.linked_font()
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE:
            return team_rows.branch_icon()
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return team_rows.branch_colour(branch)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, STATUS):
            return team_rows.branch_tooltip(branch, self._locale)
        if role == SORT_ROLE:  # a team plan's row after the goals beside it, whatever the sort
            return 99 if column in STATUS_COLUMNS else "\uffff" + branch.link.name.casefold()
        return None

    def _display(self, row: GoalState, column: int) -> str:
        goal = row.goal
        if column == TITLE:
            return goal.title
        if column == STATUS:
            if goal.state != "active":
                return state_label(goal.state)
            if row.evaluation.ready_to_close:
                return self.tr("{0} · ready to close").format(guarded_text(row.guarded))
            return guarded_text(row.guarded)
        if column == ROLLUP:
            return status_text(row.rollup.code) if self._children.get(goal.id) else ""
        if column == OWNER:
            return goal.owner
        if column == KPI:
            kpi = get_kpi(goal.kpi)
            return QCoreApplication.translate("Kpi", kpi.name) if kpi else goal.unit
        if column == LATEST:
            return format_amount(goal, row.latest.actual, self._locale) if row.latest else ""
        if column == TARGET:
            if goal.direction == "range" and goal.range_low is not None and goal.range_high is not None:
                low = format_amount(goal, goal.range_low, self._locale)
                return f"{low} – {format_amount(goal, goal.range_high, self._locale)}"
            return format_amount(goal, goal.target, self._locale)
        if column == DEADLINE:
            return (
                self._locale.toString(QDate(goal.deadline), QLocale.FormatType.ShortFormat)
                if goal.deadline
                else ""
            )
        return ""

    def _sort_key(self, row: GoalState, column: int):
        if column == STATUS:
            return SEVERITY_ORDER.index(row.guarded.shown_code)
        if column == ROLLUP:  # goals without sub-goals (an empty cell) after every roll-up
            return SEVERITY_ORDER.index(row.rollup.code) if self._children.get(row.goal.id) else 99
        if column == DEADLINE:
            return row.goal.deadline.isoformat() if row.goal.deadline else "9999"
        if column == LATEST:
            return row.latest.actual if row.latest else float("-inf")
        if column == TARGET:
            return row.goal.target if row.goal.target is not None else float("-inf")
        return self._display(row, column).casefold()

    def _tooltip(self, row: GoalState, column: int) -> str | None:
        if column == STATUS:
            text = guarded_text(row.guarded)
            if row.status.achievement is not None:
                text += self.tr(" — {0}% of the planned change so far").format(
                    achievement_percent(row.status.achievement, self._locale)
                )
            if row.evaluation.ready_to_close and row.goal.state == "active":
                closing = self.tr("The deadline has passed or the last check-in is in: nothing more is due.")
                text += "\n" + closing
            return text
        if column == ROLLUP:
            if not self._children.get(row.goal.id):
                return None
            goals = self._named  # a team plan's goal named with its plan (core.linked), as everywhere
            return self.tr("With its sub-goals: {0}").format(rollup_text(row.goal.id, row.rollup, goals))
        return self._display(row, column) or None


def _places(goals: list[Goal]) -> list[tuple[int, int | None]]:
    """Each goal's id with the goal it is shown under, as ``core.hierarchy.walk`` places them (each
    parent's sub-goals in the plan's order). A plan whose every goal is reached from a top goal (no loop
    of parents) is placed without the walk, which takes a good part of the list's time on 10,000 goals."""
    known = {goal.id for goal in goals}
    below: dict[int | None, list[int]] = {}
    places = []
    for goal in goals:
        parent = goal.parent_id if goal.parent_id in known else None
        below.setdefault(parent, []).append(goal.id)
        places.append((goal.id, parent))
    reached, stack = 0, list(below.get(None, ()))
    while stack:
        reached += 1
        stack.extend(below.get(stack.pop(), ()))
    if reached == len(goals):
        return places
    return [(goal.id, parent_id) for goal, _depth, parent_id in walk(goals)]


def _two_lines(heading: str) -> str:
    """A heading of several words on two lines, so it is never what makes its column wide."""
    words = heading.split(" ")
    if len(words) < 2:
        return heading
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


# The state filter's choice that shows every goal, closed ones too ("": the open goals).
ALL_STATES = "*"
