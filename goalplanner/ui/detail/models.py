"""Table models of the goal detail: the plan (editable, lockable) and the check-in history."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import goal_status
from goalplanner.ui.formatting import format_value, note_text
from goalplanner.ui.status_style import status_colour, status_text

_Index = QModelIndex | QPersistentModelIndex


def _short_date(day) -> str:
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


class PlanTableModel(QAbstractTableModel):
    """One period of the plan per row; the planned value can be typed over and locked."""

    PERIOD, FROM, TO, PLANNED, LOCKED = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTableModel", "Period"),
        QT_TRANSLATE_NOOP("PlanTableModel", "From"),
        QT_TRANSLATE_NOOP("PlanTableModel", "To"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Planned"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Locked"),
    )
    # The user typed a value into a period: (label, value). The view turns it into an undoable edit.
    value_edited = Signal(str, float)
    lock_toggled = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.goal: Goal | None = None
        self.rows: list[SubTarget] = []

    def set_plan(self, goal: Goal | None, rows: list[SubTarget]) -> None:
        """Show ``rows`` (one period type) of ``goal``'s plan."""
        self.beginResetModel()
        self.goal, self.rows = goal, list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PlanTableModel", self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.PLANNED and index.row() < len(self.rows) - 1:  # the last one is the target
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.LOCKED and index.row() < len(self.rows) - 1:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        sub = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PERIOD:
                return sub.label
            if column in (self.FROM, self.TO):
                return _short_date(sub.period_start if column == self.FROM else sub.period_end)
            if column == self.PLANNED:
                return format_value(round(sub.planned, 2), self.goal.unit if self.goal else "", QLocale())
        if role == Qt.ItemDataRole.EditRole and column == self.PLANNED:
            return sub.planned
        if role == Qt.ItemDataRole.CheckStateRole and column == self.LOCKED:
            return Qt.CheckState.Checked if sub.locked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PLANNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LOCKED:
            return QCoreApplication.translate(
                "PlanTableModel", "A locked value stays when the plan is re-spread."
            )
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        label = self.rows[index.row()].label
        if role == Qt.ItemDataRole.EditRole and index.column() == self.PLANNED:
            try:
                number = float(value)
            except (TypeError, ValueError):
                return False
            self.value_edited.emit(label, number)
            return True
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.LOCKED:
            self.lock_toggled.emit(label, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        return False


class CheckInTableModel(QAbstractTableModel):
    """The goal's check-ins, newest first, each judged against the plan for its date."""

    DATE, ACTUAL, STATUS, NOTE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("CheckInTableModel", "Date"),
        QT_TRANSLATE_NOOP("CheckInTableModel", "Actual"),
        QT_TRANSLATE_NOOP("CheckInTableModel", "Status"),
        QT_TRANSLATE_NOOP("CheckInTableModel", "Note"),
    )

    # The user changed a check-in in place: (old, new). The view turns it into an undoable edit.
    checkin_edited = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.goal: Goal | None = None
        self.rows: list[CheckIn] = []
        self.plan: list[SubTarget] = []

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (self.ACTUAL, self.NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        old = self.rows[index.row()]
        if index.column() == self.NOTE:
            new = replace(old, note=note_text(str(value)))
        elif index.column() == self.ACTUAL:
            try:
                new = replace(old, actual=float(value), numerator=None, denominator=None)
            except (TypeError, ValueError):  # not a number, or not a finite one
                return False
        else:
            return False
        if new != old:
            self.checkin_edited.emit(old, new)
        return True

    def set_checkins(self, goal: Goal | None, checkins: list[CheckIn], plan: list[SubTarget]) -> None:
        """Show ``checkins`` of ``goal`` (judged against ``plan``), newest first."""
        self.beginResetModel()
        self.goal = goal
        self.rows = sorted(checkins, key=lambda c: (c.on, c.id or 0), reverse=True)
        self.plan = plan
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CheckInTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.goal is None:
            return None
        checkin = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return _short_date(checkin.on)
            if column == self.ACTUAL:
                return format_value(checkin.actual, self.goal.unit, QLocale())
            if column == self.STATUS:
                return status_text(goal_status(self.goal, checkin, self.plan).code)
            if column == self.NOTE:
                return checkin.note
        if role == Qt.ItemDataRole.EditRole and column in (self.ACTUAL, self.NOTE):
            return checkin.actual if column == self.ACTUAL else checkin.note
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return status_colour(goal_status(self.goal, checkin, self.plan).code)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE:
            return checkin.note or None
        return None


def table_view(model: QAbstractTableModel) -> QTableView:
    """A table of the detail: whole rows selected one at a time, columns as wide as their contents."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view
