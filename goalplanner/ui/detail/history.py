"""The check-ins tab: the goal's history as the session's evaluation judged it, newest first, with the
owner's confidence and next step beside the computed status; an actual, a note or a next step is
changed in place (a value far from what the goal has seen is questioned first), a
check-in deleted, and undo takes either back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import Evaluation
from goalplanner.store import StoreError
from goalplanner.ui.commands import DeleteCheckIn, EditCheckIn
from goalplanner.ui.detail.models import CheckInTableModel, table_view
from goalplanner.ui.detail.questions import CheckInQuestions
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.formatting import format_value
from goalplanner.ui.session import PlanSession

# Why a check-in cannot be recorded for a goal ("" when it can), given its actual as typed.
CheckInProblem = Callable[[Goal, CheckIn, str], str]


class CheckInHistory(QWidget):
    """The goal's check-ins, each judged against the plan for its date; edits are undoable."""

    problem = Signal(str)  # why an edit or a deletion was not saved

    def __init__(
        self, session: PlanSession, checkin_problem: CheckInProblem, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.checkin_problem = checkin_problem
        self.goal: Goal | None = None
        self.questions = CheckInQuestions(self)
        self.checkin_model = CheckInTableModel(self)
        self.checkin_model.checkin_edited.connect(self.edit_checkin)
        self.checkin_view = table_view(self.checkin_model)
        self._fit_texts()
        self.checkin_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.delete_button = QPushButton(objectName="delete_checkin")
        self.delete_button.clicked.connect(self.delete_checkin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checkin_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fit_texts(self) -> None:
        """The note and the next step on one line each, cut with "…" (the tooltip holds all of it), so a
        long one never widens the table past the pane; the numbers and statuses keep their widths."""
        view, model = self.checkin_view, self.checkin_model
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 8)  # a word or two of each
        for column in (model.NOTE, model.NEXT_STEP):  # the two share what room the others leave
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _retranslate(self) -> None:
        self.delete_button.setText(self.tr("&Delete check-in"))

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        """Show the goal of ``evaluation`` (None: no goal) with every check-in as it was judged."""
        self.goal = evaluation.goal if evaluation is not None else None
        self.checkin_model.set_evaluation(evaluation)

    def _error_text(self, error: Exception) -> str:
        return store_error_text(error) if isinstance(error, StoreError) else self.tr("The goal is gone.")

    def edit_checkin(self, before: CheckIn, after: CheckIn) -> None:
        """Save a check-in changed in the table, if its value is possible (undo reverts it)."""
        if self.goal is None:
            return
        problem = self.checkin_problem(self.goal, after, format_value(after.actual, "", QLocale()))
        if problem:
            self.problem.emit(problem)
            return
        if after.actual != before.actual:
            others = [c.actual for c in self.checkin_model.rows if c.id != before.id]
            if not self.questions.record_anyway(self.goal, after.actual, others):
                return  # the table still shows the value as it was
        try:
            self.session.store.update_checkin(after)
        except (StoreError, KeyError) as error:
            self.problem.emit(self._error_text(error))
            return
        self.session.push(EditCheckIn(self.session, before, after, self.tr("Edit check-in")))
        self.session.notify({after.goal_id})

    def delete_checkin(self) -> None:
        """Delete the selected check-in (undo brings it back)."""
        index = self.checkin_view.currentIndex()
        if self.goal is None or not index.isValid():
            return
        checkin = self.checkin_model.rows[index.row()]
        try:
            self.session.store.delete_checkin(checkin.id)
        except (StoreError, KeyError) as error:
            self.problem.emit(self._error_text(error))
            return
        self.session.push(DeleteCheckIn(self.session, checkin, self.tr("Delete check-in")))
        self.session.notify({checkin.goal_id})
