"""View -> Weekly review: every goal whose check-in is due, in one table, recorded as one undo step.

The goals are the ones the due list shows as due (the session's evaluations, ``due_now``) and those
whose ``next_due`` falls later this week (``core.review.due_this_week``): one truth.
One check-in date serves the whole review (today unless changed: Monday's review of last week); the
plan now and the status shown as an actual is typed are core's (``judged_against`` and ``evaluate`` on
the typed value, on that date), so the review judges as the goal's detail will once the check-in is
recorded. Confidence is the owner's own word, kept beside the computed status, never instead of it.
Nothing typed is lost without a word: a row without its actual is questioned at its cell, and closing
a review with typed rows asks whether to save them.
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.checkins import replacing
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import CheckIn
from goalplanner.core.progress import LABELS, PlanLine, evaluate, judged_against, status_plan
from goalplanner.core.review import due_this_week
from goalplanner.core.rollup import Guarded, beside_guardrail
from goalplanner.store import StoreError
from goalplanner.ui.commands import RecordCheckIns
from goalplanner.ui.detail.questions import CheckInQuestions
from goalplanner.ui.detail.ratio_counts import RatioCounts
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.formatting import format_amount, format_value
from goalplanner.ui.review_last import show_last
from goalplanner.ui.review_rows import ReviewRow, takes_counts
from goalplanner.ui.session import PlanSession
from goalplanner.ui.status_style import fill_confidence, guarded_text, status_colour, status_text
from goalplanner.ui.widgets import (
    ERROR_COLOUR,
    SEVERITY_COLOUR,
    SEVERITY_STYLE,
    DateField,
    FieldMessage,
    NumberField,
    text_field,
)

GOAL, LAST, PLAN, ACTUAL, STATUS, CONFIDENCE, NOTE, NEXT = range(8)


def ask(box: QMessageBox) -> QMessageBox.StandardButton:
    """Show ``box`` window-modal and wait for the answer (tests answer it in its place)."""
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return QMessageBox.StandardButton(box.exec())


class WeeklyReviewDialog(QDialog):
    """The due goals of ``session`` in one table; Record saves every typed row as one undo step."""

    def __init__(
        self, session: PlanSession, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent, objectName="weekly_review")
        self.session = session
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Weekly review"))
        due = self._due_on(self.today)
        self.questions = CheckInQuestions(self)
        self.counts_words = RatioCounts(self)  # names the two counts of each survey metric, as the form
        self.counts_words.hide()
        self.intro = QLabel(wordWrap=True, objectName="review_intro")
        self.date_field = DateField(allow_empty=False, objectName="review_date")
        self.date_field.set_value(self.today)
        self.date_field.setToolTip(
            self.tr("The day every check-in of this review is for: today or an earlier day.")
        )
        self.date_label = QLabel(self.tr("Check-in &date:"), objectName="review_date_label")
        self.date_label.setBuddy(self.date_field)
        self.table = QTableWidget(len(due), 8, objectName="review_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Goal"),
                self.tr("Last value"),
                self.tr("Plan now"),
                self.tr("Actual"),
                self.tr("Status"),
                self.tr("Confidence"),
                self.tr("Note"),
                self.tr("Blocker or next step"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab goes to the row's next field, not the table's next cell
        self.rows = [self._add_row(i, state) for i, state in enumerate(due)]
        self.replaced: dict[int, CheckIn] = {}  # goal id -> the check-in of the review's date a row replaces
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (GOAL, NOTE, NEXT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # the status label is a cell widget, which the header does not measure: room for the longest
        shown = [self._share_and_status("100%", status_text(code)) for code in LABELS]
        guards = {self._guarded(row).guardrail_code for row in self.rows} - {None}
        shown += [guarded_text(Guarded(code, 0, guard)) for code in LABELS for guard in guards]
        widest = max(self.fontMetrics().horizontalAdvance(text) for text in [*shown, self._needs_actual()])
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(STATUS, max(widest + 24, header.sectionSizeHint(STATUS)))
        self.message = FieldMessage()
        self.message.setObjectName("review_message")
        self.record_button = QPushButton(objectName="record_review")
        self.record_button.clicked.connect(lambda: self.record())
        self.close_button = QPushButton(self.tr("Close"), objectName="close_review")
        self.close_button.clicked.connect(self.reject)
        for button in (self.record_button, self.close_button):
            button.setAutoDefault(False)  # Enter moves down the table; it never records by surprise
        dates = QHBoxLayout()
        dates.addWidget(self.date_label)
        dates.addWidget(self.date_field)
        dates.addWidget(self.intro, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch()  # the message line is hidden while empty: the buttons keep their size
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._say_intro()
        self.date_field.textChanged.connect(self._date_changed)
        self.date_field.returnPressed.connect(self._first_actual)
        self._date_changed()
        self.resize(1180, 140 + 44 * max(len(due), 4))
        self._first_actual()

    # -- building --------------------------------------------------------------------------------

    def _due_on(self, day: date) -> list:
        """The states of the goals due as of ``day`` (core's ``due_this_week`` for that day)."""
        weeks = due_this_week([s.evaluation for s in self.session.states()], day)
        return [self.session.state(e.goal.id) for e in weeks]

    def _say_intro(self) -> None:
        if self.rows:
            self.intro.setText(
                self.tr(
                    "Type each goal's actual on that day; Enter moves down. The status shows as you type; "
                    "confidence is how the owner sees it."
                )
            )
        else:
            self.intro.setText(self.tr("No check-ins due."))

    def _follow_date(self) -> None:
        """The goals due as of the review's date; a row typed in stays with what was typed, even when
        its goal is not due on the new date (nothing typed is dropped without a word)."""
        due = self._due_on(self.on())
        ids = [state.goal.id for state in due]
        typed = {row.goal.id: row.fields() for row in self._typed_rows()}
        ids += [goal_id for goal_id in typed if goal_id not in ids]
        if ids == [row.goal.id for row in self.rows]:
            return
        for row in self.rows:  # the table deletes its cell widgets later: their names go now
            for widget in (row.actual, row.status, row.confidence, row.note, row.next_step):
                widget.setObjectName("")
        self.table.setRowCount(0)
        self.table.setRowCount(len(ids))
        self.rows = [self._add_row(i, self.session.state(goal_id)) for i, goal_id in enumerate(ids)]
        for row in self.rows:
            if row.goal.id in typed:
                row.restore(typed[row.goal.id])
        self._say_intro()

    def _add_row(self, row: int, state) -> ReviewRow:
        goal = state.goal
        plan = self.session.store.subtargets(goal.id)
        for column, text in ((GOAL, goal.title), (LAST, ""), (PLAN, "")):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, column, item)
        actual = NumberField(objectName=f"review_actual_{row}")
        actual.setPlaceholderText(self.tr("Actual"))
        hint = ""
        if takes_counts(goal):  # a survey share: the share, or its two counts as the form takes them
            self.counts_words.show_kpi(get_kpi(goal.kpi))
            words = self.counts_words
            counted, total = words.numerator_label.text(), words.denominator_label.text()
            actual.setPlaceholderText(self.tr("% or 45/50"))
            hint = self.tr(
                "The share in %, or the two counts as {0}/{1} (e.g. 45/50): the share is worked out "
                "from them and both counts are kept."
            ).format(counted, total)
        status = QLabel("", objectName=f"review_status_{row}")
        status.setContentsMargins(6, 0, 6, 0)
        confidence = QComboBox(objectName=f"review_confidence_{row}")
        fill_confidence(confidence, "—")  # the check-in form's choices, "—" for not said
        note = text_field(objectName=f"review_note_{row}")
        next_step = text_field(objectName=f"review_next_{row}")
        reviewed = ReviewRow(goal, plan, actual, status, confidence, note, next_step, hint)
        actual.setToolTip(hint)
        for column, widget in ((ACTUAL, actual), (STATUS, status), (CONFIDENCE, confidence), (NOTE, note), (NEXT, next_step)):  # fmt: skip  # noqa: E501
            self.table.setCellWidget(row, column, widget)
        for field in (actual, note, next_step):
            field.textChanged.connect(lambda _text, r=reviewed: self._typed(r))
        confidence.currentIndexChanged.connect(lambda _index, r=reviewed: self._typed(r))
        for column, field in ((ACTUAL, actual), (NOTE, note), (NEXT, next_step)):
            field.returnPressed.connect(lambda c=column, r=row: self._move_down(r, c))
        return reviewed

    def _needs_actual(self) -> str:
        return self.tr("Needs an actual")

    def _share_and_status(self, share: str, status: str) -> str:
        return self.tr("{0}: {1}", "a share worked out from two counts, then its status").format(
            share, status
        )

    # -- as the user types ------------------------------------------------------------------------

    def on(self) -> date:
        """The review's check-in date (today while the field names no day: recording then refuses)."""
        return self.date_field.value() or self.today

    def _first_actual(self) -> None:
        if self.rows:
            self.rows[0].actual.setFocus()

    def _move_down(self, row: int, column: int) -> None:
        """Enter: the same field of the next goal; after the last goal, the Record button."""
        if row + 1 < len(self.rows):
            self.table.cellWidget(row + 1, column).setFocus()
            self.table.scrollTo(self.table.model().index(row + 1, column))
        else:
            self.record_button.setFocus()

    def _date_changed(self) -> None:
        """The goals due on the new date, their plan now and every status judged on it, and the rows
        whose goal has a check-in that day said to replace it; a date no check-in can have is said."""
        locale = QLocale()
        if self.date_field.value() is not None:
            self._follow_date()
        self.replaced = {}
        for index, row in enumerate(self.rows):
            existing = show_last(self.table.item(index, LAST), self.session, row.goal, self.on())
            if existing is not None:
                self.replaced[row.goal.id] = existing
            planned, _footing = judged_against(
                row.goal, PlanLine(row.goal, status_plan(row.goal, row.plan)), self.on()
            )
            text = format_amount(row.goal, planned, locale) if planned is not None else "—"
            self.table.item(index, PLAN).setText(text)  # as the plan tab writes it
            self.table.item(index, PLAN).setToolTip(text)
            self._typed(row)
        problem = self._date_problem()
        self.date_field.setStyleSheet(SEVERITY_STYLE["error"] if problem else "")
        self.message.show_message(problem, "error" if problem else "")

    def _date_problem(self) -> str:
        problem = self.date_field.problem()
        if not problem and self.on() > self.today:  # the check-in form's own words
            problem = QCoreApplication.translate(
                "CheckInForm", "A check-in records what happened: choose today or an earlier date."
            )
        return problem

    def _typed(self, row: ReviewRow) -> None:
        row.actual.setStyleSheet("")
        row.actual.setToolTip(row.hint)
        # a date no check-in can have is said once, at the date field, not again on every row
        problem = "" if self._date_problem() else row.problem(self.on(), self.today)
        value = None if self._date_problem() else row.value()
        if row.typed() and not row.actual.text().strip():
            problem = self._needs_actual()
        if problem or value is None:
            # the whole problem goes on the message line and the tooltip; the cell shows what fits
            room = self.table.columnWidth(STATUS) - 12
            row.status.setText(
                row.status.fontMetrics().elidedText(problem, Qt.TextElideMode.ElideRight, room)
            )
            row.status.setToolTip(problem)
            colour = SEVERITY_COLOUR["warning"] if problem == self._needs_actual() else ERROR_COLOUR
            row.status.setStyleSheet(f"color: {colour};" if problem else "")
        else:
            # the check-in's own verdict, beside the guardrail's status as the goal list shows it
            guarded = beside_guardrail(self.status_of(row, value).code, self._guarded(row))
            text = guarded_text(guarded)
            if row.counts() is not None:  # the share the counts give, beside its status
                text = self._share_and_status(format_value(value, row.goal.unit, QLocale()), text)
            row.status.setText(text)
            row.status.setToolTip("")
            colour = status_colour(guarded.shown_code).name()
            row.status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self._count_changed()

    def _guarded(self, row: ReviewRow) -> Guarded | None:
        """The goal's status beside its guardrail's, as the goal list shows it now."""
        state = self.session.state(row.goal.id)
        return state.guarded if state is not None else None

    def status_of(self, row: ReviewRow, value: float):
        """Core's verdict on ``value`` as ``row``'s check-in on the review's date."""
        checkin = row.checkin(self.on())
        return evaluate(row.goal, row.plan, [checkin], self.on()).status

    def _typed_rows(self) -> list[ReviewRow]:
        return [row for row in self.rows if row.typed()]

    def _count_changed(self) -> None:
        count = len(self._typed_rows())
        self.record_button.setText(self.tr("&Record %n check-in(s)", "", count))
        self.record_button.setEnabled(count > 0)

    # -- recording --------------------------------------------------------------------------------

    def _refuse(self, row: ReviewRow, problem: str) -> bool:
        """Say ``problem`` at ``row``'s actual and on the message line; the cursor waits there."""
        row.actual.setStyleSheet(SEVERITY_STYLE["error"])
        row.actual.setToolTip(problem)
        self.message.show_message(problem, "error")
        row.actual.setFocus()
        row.actual.selectAll()
        self.table.scrollTo(self.table.model().index(self.rows.index(row), ACTUAL))
        return False

    def record(self) -> bool:
        """Record every typed row as one undo step; refuse all when one cannot be (at its cell)."""
        typed = self._typed_rows()
        if not typed:
            return False
        problem = self._date_problem()
        if problem:
            self.message.show_message(problem, "error")
            self.date_field.setFocus()
            self.date_field.selectAll()
            return False
        for row in typed:
            if not row.actual.text().strip():
                text = self.tr("A check-in needs an actual: type one for “{0}”, or clear that row.")
                return self._refuse(row, text.format(row.goal.title))
            problem = row.problem(self.on(), self.today)
            if problem:
                return self._refuse(row, problem)
        for row in typed:  # a slip of the keyboard is questioned, as the check-in form questions it
            evaluation = self.session.evaluation(row.goal.id)
            seen = [j.checkin.actual for j in evaluation.judged] if evaluation is not None else []
            if not self.questions.record_anyway(row.goal, row.value(), seen):
                row.actual.setFocus()
                row.actual.selectAll()
                return False
        added, changed = [], []
        for row in typed:  # a row whose goal has a check-in that day replaces it, as it said
            pending, existing = row.checkin(self.on()), self.replaced.get(row.goal.id)
            if existing is None:
                added.append(pending)
            else:
                changed.append((existing, replacing(existing, pending)))
        store = self.session.store
        try:
            with store.transaction():  # all or nothing
                stored = store.add_checkins(added)
                for _before, after in changed:
                    store.update_checkin(after)
        except (StoreError, KeyError) as error:
            text = store_error_text(error) if isinstance(error, StoreError) else self.tr("A goal is gone.")
            self.message.show_message(text, "error")
            return False
        text = self.tr("Weekly review: %n check-in(s)", "", len(typed))
        self.session.push(RecordCheckIns(self.session, stored, text, changed))
        self.session.notify({row.goal.id for row in typed})
        self.accept()
        return True

    def done(self, result: int) -> None:
        """Closed, the review no longer follows its date (the plan file may be closed next)."""
        with contextlib.suppress(RuntimeError, TypeError):  # done once already
            self.date_field.textChanged.disconnect(self._date_changed)
        super().done(result)

    def reject(self) -> None:
        """Escape, Close or the window's close box: typed rows are saved, discarded or kept, as asked."""
        typed = self._typed_rows()
        if not typed:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), "", parent=self)
        box.setObjectName("review_unsaved")
        box.setText(self.tr("Save the %n check-in(s) typed in this review?", "", len(typed)))
        box.setInformativeText(self.tr("If you don't save, what you typed is lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = ask(box)
        if answer == QMessageBox.StandardButton.Save:
            self.record()  # closes when saved; a refused row keeps the review open at that row
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()
