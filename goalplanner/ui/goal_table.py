"""The goal list: a table model over the goals the store returns (no SQL here)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)

from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import Goal

# Column numbers, named so the view, the tests and the sort proxy agree.
TITLE, OWNER, KPI, BASELINE, TARGET, DEADLINE, STATE = range(7)

_HEADERS = (
    QT_TRANSLATE_NOOP("GoalTableModel", "Goal"),
    QT_TRANSLATE_NOOP("GoalTableModel", "Owner"),
    QT_TRANSLATE_NOOP("GoalTableModel", "Metric"),
    QT_TRANSLATE_NOOP("GoalTableModel", "Baseline"),
    QT_TRANSLATE_NOOP("GoalTableModel", "Target"),
    QT_TRANSLATE_NOOP("GoalTableModel", "Deadline"),
    QT_TRANSLATE_NOOP("GoalTableModel", "State"),
)


def state_label(state: str) -> str:
    """A goal state in the user's words and language."""
    labels = {
        "draft": QCoreApplication.translate("GoalState", "Draft"),
        "active": QCoreApplication.translate("GoalState", "Active"),
        "achieved": QCoreApplication.translate("GoalState", "Achieved"),
        "missed": QCoreApplication.translate("GoalState", "Missed"),
        "dropped": QCoreApplication.translate("GoalState", "Dropped"),
    }
    return labels.get(state, state)


def format_value(value: float | None, unit: str, locale: QLocale) -> str:
    """A metric value with its unit, in the locale's number format; empty when unset."""
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        number = locale.toString(int(value))
    else:
        number = locale.toString(float(value), "f", 2).rstrip("0").rstrip(locale.decimalPoint())
    if unit == "%":
        return f"{number}%"
    if unit in ("", "currency"):
        return number
    return f"{number} {unit}"


class GoalTableModel(QAbstractTableModel):
    """One row per goal; ``set_goals`` replaces them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._goals: list[Goal] = []
        self._locale = QLocale()

    def set_goals(self, goals: list[Goal]) -> None:
        """Show ``goals`` instead of the current rows."""
        self.beginResetModel()
        self._goals = list(goals)
        self.endResetModel()

    def goal_at(self, row: int) -> Goal:
        """The goal shown in ``row``."""
        return self._goals[row]

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._goals)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("GoalTableModel", _HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        goal = self._goals[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(goal, column)
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers and dates sort as such
            return self._sort_key(goal, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # the full text of an elided cell
            text = self._display(goal, column)
            return f"{text}\n\n{goal.why}" if column == TITLE and goal.why else text or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BASELINE, TARGET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, goal: Goal, column: int) -> str:
        if column == TITLE:
            return goal.title
        if column == OWNER:
            return goal.owner
        if column == KPI:
            kpi = get_kpi(goal.kpi)
            return QCoreApplication.translate("Kpi", kpi.name) if kpi else goal.unit
        if column == BASELINE:
            return format_value(goal.baseline, goal.unit, self._locale)
        if column == TARGET:
            if goal.direction == "range" and goal.range_low is not None and goal.range_high is not None:
                low = format_value(goal.range_low, goal.unit, self._locale)
                high = format_value(goal.range_high, goal.unit, self._locale)
                return f"{low} – {high}"
            return format_value(goal.target, goal.unit, self._locale)
        if column == DEADLINE:
            if goal.deadline is None:
                return ""
            return self._locale.toString(QDate(goal.deadline), QLocale.FormatType.ShortFormat)
        if column == STATE:
            return state_label(goal.state)
        return ""

    def _sort_key(self, goal: Goal, column: int):
        if column == BASELINE:
            return goal.baseline if goal.baseline is not None else float("-inf")
        if column == TARGET:
            return goal.target if goal.target is not None else float("-inf")
        if column == DEADLINE:
            return goal.deadline.isoformat() if goal.deadline else "9999"
        return self._display(goal, column).casefold()
