"""Table models of the goal detail: the plan (editable, lockable) and the check-in history (core's
evaluation of every check-in, shown as it is: planned value, achievement, status)."""

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

from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import LABELS, Evaluation, Judged
from goalplanner.ui.formatting import achievement_percent, format_amount, format_value, note_text
from goalplanner.ui.status_style import confidence_text, status_colour, status_text

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
            if column == self.PLANNED:  # at the metric's precision; typing over it edits the full value
                if self.goal is None:
                    return format_value(sub.planned, "", QLocale())
                return format_amount(self.goal, sub.planned, QLocale())
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
    """The goal's check-ins, newest first, as the session's evaluation judged them: each against the
    plan for its date (its period's total for a flow metric)."""

    DATE, ACTUAL, PLANNED, STATUS, CONFIDENCE, NOTE, NEXT_STEP = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("CheckInTableModel", "Date"),
        QT_TRANSLATE_NOOP("CheckInTableModel", "Actual"),
        QT_TRANSLATE_NOOP("CheckInTableModel", "Planned"),
        QT_TRANSLATE_NOOP("CheckInTableModel", "Status"),
        QT_TRANSLATE_NOOP("CheckInTableModel", "Confidence"),
        QT_TRANSLATE_NOOP("CheckInTableModel", "Note"),
        QT_TRANSLATE_NOOP("CheckInTableModel", "Next step"),  # short: the pane is often narrow
    )
    _TEXTS = (NOTE, NEXT_STEP)  # typed over in place; every other field of the check-in stays
    CHECKIN_ROLE = Qt.ItemDataRole.UserRole + 1  # the CheckIn of a row
    _NUMBERS = (ACTUAL, PLANNED)

    # The user changed a check-in in place: (old, new). The view turns it into an undoable edit.
    checkin_edited = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.goal: Goal | None = None
        self.judged: list[Judged] = []  # newest first

    @property
    def rows(self) -> list[CheckIn]:
        """The check-ins shown, newest first."""
        return [j.checkin for j in self.judged]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        recorded = (
            index.isValid() and self.judged[index.row()].checkin.id is not None
        )  # not made from agents'
        if index.column() in (self.ACTUAL, *self._TEXTS) and recorded:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        old = self.judged[index.row()].checkin
        if index.column() == self.NOTE:
            new = replace(old, note=note_text(str(value)))
        elif index.column() == self.NEXT_STEP:
            new = replace(old, next_step=note_text(str(value)))
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

    def set_evaluation(self, evaluation: Evaluation | None) -> None:
        """Show ``evaluation``'s judged check-ins (every one of the goal's), newest first."""
        self.beginResetModel()
        self.goal = evaluation.goal if evaluation is not None else None
        self.judged = list(reversed(evaluation.judged)) if evaluation is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.judged)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CheckInTableModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if section == self.CONFIDENCE:
                return self.tr("The owner's confidence, as said when recording the check-in.")
            if section == self.NEXT_STEP:
                return self.tr("What blocks the goal, or the next step, as said when recording the check-in.")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.goal is None:
            return None
        judged = self.judged[index.row()]
        checkin, column = judged.checkin, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(judged, column)
        if role == Qt.ItemDataRole.EditRole and column in (self.ACTUAL, *self._TEXTS):
            return checkin.actual if column == self.ACTUAL else self._display(judged, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return status_colour(judged.status.code)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(judged, column)
        if role == self.CHECKIN_ROLE:
            return checkin
        return None

    def _display(self, judged: Judged, column: int) -> str:
        checkin = judged.checkin
        if column == self.DATE:
            return _short_date(checkin.on)
        if column == self.ACTUAL:
            return format_amount(self.goal, checkin.actual, QLocale())
        if column == self.PLANNED:
            planned = judged.planned
            return format_amount(self.goal, planned, QLocale()) if planned is not None else ""
        if column == self.STATUS:  # "▲ At risk · 89%": the verdict and the achievement it rests on
            achievement = judged.status.achievement
            text = status_text(judged.status.code)
            return text if achievement is None else f"{text} · {achievement_percent(achievement, QLocale())}%"
        if column == self.CONFIDENCE:  # the owner's word, without the computed status's symbol
            return confidence_text(checkin.confidence)
        if column == self.NOTE:
            return checkin.note
        if column == self.NEXT_STEP:
            return checkin.next_step
        return ""

    def _tooltip(self, judged: Judged, column: int) -> str | None:
        if column == self.NEXT_STEP:  # all of it: the column shows what fits
            return judged.checkin.next_step or None
        if column == self.CONFIDENCE:
            return self.tr(
                "How the owner saw the goal going when recording it; the status is worked out from the plan."
            )
        if column in (self.NOTE, self.STATUS):  # the owner's word beside the computed status
            lines = [judged.checkin.note] if column == self.NOTE and judged.checkin.note else []
            if column == self.STATUS and judged.status.achievement is not None:
                lines.append(self.tr("The share of the planned change made so far (100% is on plan)."))
            lines += self._owner_lines(judged.checkin)
            return "\n".join(lines) or None
        if column == self.ACTUAL:  # the value as typed, when the metric's precision rounds it
            exact = format_value(judged.checkin.actual, self.goal.unit, QLocale())
            if exact != format_amount(self.goal, judged.checkin.actual, QLocale()):
                return self.tr("Recorded as {0}").format(exact)
            return None
        if column == self.PLANNED and judged.planned is not None:
            kpi = get_kpi(self.goal.kpi)
            if kpi is not None and kpi.kind == "flow":
                return self.tr("The planned total of the period of this date, which it is judged against.")
            return self.tr("The plan on this date, which the check-in is judged against.")
        return None

    def _owner_lines(self, checkin: CheckIn) -> list[str]:
        """The owner's confidence and next step recorded with ``checkin`` (the weekly review's)."""
        lines = []
        if checkin.confidence is not None:
            said = QCoreApplication.translate("Status", LABELS[checkin.confidence])
            lines.append(self.tr("Owner's confidence: {0}").format(said))
        if checkin.next_step:
            lines.append(self.tr("Blocker or next step: {0}").format(checkin.next_step))
        return lines


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
