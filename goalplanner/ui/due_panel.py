"""The "due now" list: goals whose check-in is due or overdue, as core's evaluation says (``due_now``,
``next_due``), then the goals ready to close (``ready_to_close``: past their deadline), which offer
Goal -> Close... instead of a check-in."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from goalplanner.core.model import Goal
from goalplanner.core.progress import Evaluation
from goalplanner.core.review import due_this_week

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
READY_TO_CLOSE_ROLE = Qt.ItemDataRole.UserRole + 2  # True for a goal to close, not to check in on
LAYOUT_BATCH = 200  # rows the due list lays out per pass of the event loop


class DueListModel(QAbstractListModel):
    """Goals to check in on, most overdue first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Goal, date | None]] = []  # None: ready to close
        self.today = date.today()
        self._order: dict[int, int] = {}  # each goal's place in the plan: ties keep the plan's order

    def set_goals(self, evaluations: list[Evaluation], today: date | None = None) -> None:
        """Keep the goals whose ``evaluations`` say a check-in is due now; ``today`` counts the days late
        (the evaluations' own day, today, when not given)."""
        self.beginResetModel()
        self.today = today or date.today()
        self._order = {e.goal.id: place for place, e in enumerate(evaluations)}
        due = [
            (e.goal, e.next_due)
            for e in evaluations
            if e.due_now and e.next_due is not None and e.goal.actuals_from != "agents"  # agents check in
        ]
        ready = [(e.goal, None) for e in evaluations if e.ready_to_close]
        # sorted stably from the plan's order: what ``_key`` (with the plan's order last) gives
        self.rows = sorted(due, key=lambda pair: (pair[1], pair[0].title)) + sorted(
            ready, key=lambda pair: pair[0].title
        )
        self.endResetModel()

    def update_goals(self, evaluations: list[Evaluation]) -> None:
        """Goals of the plan judged again (a check-in recorded, a goal edited): each leaves the list, or
        takes its place in it, row by row; the other rows stay as they are (and stay selected)."""
        changed = {e.goal.id: e for e in evaluations if e.goal.id in self._order}
        for place in reversed(range(len(self.rows))):
            if self.rows[place][0].id in changed:
                self.beginRemoveRows(QModelIndex(), place, place)
                del self.rows[place]
                self.endRemoveRows()
        for evaluation in changed.values():
            row = _row(evaluation)
            if row is not None:
                place = bisect_left(self.rows, self._key(row), key=self._key)
                self.beginInsertRows(QModelIndex(), place, place)
                self.rows.insert(place, row)
                self.endInsertRows()

    def _key(self, row: tuple[Goal, date | None]) -> tuple:
        """Due goals first, most overdue first, then by title; then the goals ready to close by title."""
        goal, due = row
        order = self._order.get(goal.id, len(self._order))
        return (0, due, goal.title, order) if due is not None else (1, goal.title, order)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        goal, due = self.rows[index.row()]
        if role == READY_TO_CLOSE_ROLE:
            return due is None
        if due is None:  # past its deadline: offer to close it
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{0} — ready to close").format(goal.title)
            if role == GOAL_ID_ROLE:
                return goal.id
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Past its deadline. Press Enter or double-click to close it (Goal → Close…).")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            late = (self.today - due).days
            when = QLocale().toString(QDate(due), QLocale.FormatType.ShortFormat)
            if late == 0:
                return self.tr("{0} — due today").format(goal.title)
            return self.tr("{0} — due {1}, %n day(s) late", "", late).format(goal.title, when)
        if role == GOAL_ID_ROLE:
            return goal.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Press Enter or double-click to record this check-in.")
        return None


def _row(evaluation: Evaluation) -> tuple[Goal, date | None] | None:
    """A goal's row in the due list (its due date, None when ready to close), None when it has none."""
    e = evaluation
    if e.due_now and e.next_due is not None and e.goal.actuals_from != "agents":  # agents check in
        return (e.goal, e.next_due)
    return (e.goal, None) if e.ready_to_close else None


class DuePanel(QWidget):
    """A heading and the due list; choosing a goal asks the window to open its check-in form."""

    goal_chosen = Signal(int)
    close_chosen = Signal(int)  # a goal ready to close was chosen
    review_requested = Signal()  # the weekly review of every due goal was asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DueListModel(self)
        self.heading = QLabel()
        self.view = QListView(objectName="due_list")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)  # one line each: thousands of rows are laid out unmeasured
        # Laid out a few hundred rows per pass of the event loop: each row costs the layout two calls of
        # the model in Python, and 10,000 due goals laid out at once froze the window for 0.2 s after a
        # check-in while a chart was being drawn on its worker (one interpreter lock for both).
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(LAYOUT_BATCH)
        self.view.setMaximumHeight(self.view.fontMetrics().lineSpacing() * 5 + 8)
        self.view.activated.connect(self._chosen)
        self.review_button = QPushButton(objectName="weekly_review_button")
        self.review_button.clicked.connect(self.review_requested)
        self._this_week: set[int] = set()  # the goals due this week, for the weekly review's button
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def _chosen(self, index: QModelIndex) -> None:
        signal = self.close_chosen if index.data(READY_TO_CLOSE_ROLE) else self.goal_chosen
        signal.emit(index.data(GOAL_ID_ROLE))

    def set_goals(self, evaluations: list[Evaluation], today: date | None = None) -> None:
        """Refresh the list and its heading."""
        self.model.set_goals(evaluations, today)
        self._this_week = {e.goal.id for e in due_this_week(evaluations, self.model.today)}
        self._show_counts()

    def update_goals(self, evaluations: list[Evaluation]) -> None:
        """Goals judged again: only their rows change (see ``DueListModel.update_goals``)."""
        self.model.update_goals(evaluations)
        this_week = {e.goal.id for e in due_this_week(evaluations, self.model.today)}
        self._this_week = (self._this_week - {e.goal.id for e in evaluations}) | this_week
        self._show_counts()

    def _show_counts(self) -> None:
        rows = self.model.rowCount()
        count = sum(1 for _goal, due in self.model.rows if due is not None)
        if count and rows > count:
            heading = self.tr("<b>Check-ins due now: {0}</b> · ready to close: {1}").format(
                count, rows - count
            )
        elif count:
            heading = self.tr("<b>Check-ins due now: {0}</b>").format(count)
        elif rows:
            heading = self.tr("<b>Goals ready to close: {0}</b>").format(rows)
        else:
            heading = self.tr("No check-ins due.")
        self.heading.setText(heading)
        self.view.setVisible(rows > 0)
        self.review_button.setText(self.tr("Weekly review…"))
        self.review_button.setToolTip(
            self.tr("Record every due check-in in one table (View → Weekly review).")
        )
        # the review also takes goals due later this week: offered while there is any
        self.review_button.setVisible(bool(self._this_week))
