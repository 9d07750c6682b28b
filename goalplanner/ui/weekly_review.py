"""View -> Weekly review: every goal whose check-in is due, in one table, recorded as one undo step.

The goals are the ones the due list shows as due (the session's evaluations, ``due_now``) and those
whose ``next_due`` falls later this week (``core.review.due_this_week``): one truth.
The plan now and the status shown as an actual is typed are core's (``judged_against`` and
``evaluate`` on the typed value, dated today), so the review judges as the goal's detail will once the
check-in is recorded. Confidence is the owner's own word, kept beside the computed status, never
instead of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.checkins import check_actual
from goalplanner.core.model import CONFIDENCES, CheckIn, Goal, SubTarget
from goalplanner.core.progress import LABELS, PlanLine, evaluate, judged_against, status_plan
from goalplanner.core.review import due_this_week
from goalplanner.store import StoreError
from goalplanner.ui.commands import RecordCheckIns
from goalplanner.ui.detail.checkin_form import impossible_text
from goalplanner.ui.detail.questions import CheckInQuestions
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.formatting import format_amount, note_text
from goalplanner.ui.session import PlanSession
from goalplanner.ui.status_style import status_colour, status_text
from goalplanner.ui.widgets import ERROR_COLOUR, SEVERITY_STYLE, FieldMessage, NumberField, text_field

GOAL, LAST, PLAN, ACTUAL, STATUS, CONFIDENCE, NOTE, NEXT = range(8)


@dataclass
class ReviewRow:
    """One due goal in the review: its goal and plan, and the fields typed for it."""

    goal: Goal
    plan: list[SubTarget]
    actual: NumberField
    status: QLabel
    confidence: QComboBox
    note: QLineEdit
    next_step: QLineEdit


def range_problem(goal: Goal, typed: str, value: float) -> str:
    """Why ``value`` (typed as ``typed``) is impossible for ``goal``'s metric, "" when it is possible."""
    return "" if check_actual(goal, value) is None else impossible_text(goal, typed)


class WeeklyReviewDialog(QDialog):
    """The due goals of ``session`` in one table; Record saves every typed actual as one undo step."""

    def __init__(
        self, session: PlanSession, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent, objectName="weekly_review")
        self.session = session
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Weekly review"))
        weeks = due_this_week([s.evaluation for s in session.states()], self.today)
        due = [session.state(e.goal.id) for e in weeks]
        self.questions = CheckInQuestions(self)
        self.intro = QLabel(wordWrap=True, objectName="review_intro")
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
        self.rows = [self._add_row(i, state) for i, state in enumerate(due)]
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (GOAL, NOTE, NEXT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # the status label is a cell widget, which the header does not measure: room for the longest
        widest = max(self.fontMetrics().horizontalAdvance(status_text(code)) for code in LABELS)
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch()  # the message line is hidden while empty: the buttons keep their size
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        if due:
            self.intro.setText(
                self.tr(
                    "Type each goal's actual for today; Enter moves down. The status shows as you type; "
                    "confidence is how the owner sees it."
                )
            )
        else:
            self.intro.setText(self.tr("No check-ins due."))
        self._count_changed()
        self.resize(1180, 120 + 44 * max(len(due), 4))
        if self.rows:
            self.rows[0].actual.setFocus()

    # -- building --------------------------------------------------------------------------------

    def _add_row(self, row: int, state) -> ReviewRow:
        goal, locale = state.goal, QLocale()
        plan = self.session.store.subtargets(goal.id)
        planned, _footing = judged_against(goal, PlanLine(goal, status_plan(goal, plan)), self.today)
        latest = state.latest
        cells = {
            GOAL: goal.title,
            LAST: format_amount(goal, latest.actual, locale) if latest is not None else "—",
            PLAN: format_amount(goal, planned, locale) if planned is not None else "—",  # as the plan tab
        }
        for column, text in cells.items():
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, column, item)
        actual = NumberField(objectName=f"review_actual_{row}")
        actual.setPlaceholderText(self.tr("Actual"))
        status = QLabel("", objectName=f"review_status_{row}")
        status.setContentsMargins(6, 0, 6, 0)
        confidence = QComboBox(objectName=f"review_confidence_{row}")
        confidence.addItem("—", None)
        for code in CONFIDENCES:
            confidence.addItem(QCoreApplication.translate("Status", LABELS[code]), code)
        note = text_field(objectName=f"review_note_{row}")
        next_step = text_field(objectName=f"review_next_{row}")
        reviewed = ReviewRow(goal, plan, actual, status, confidence, note, next_step)
        for column, widget in ((ACTUAL, actual), (STATUS, status), (CONFIDENCE, confidence), (NOTE, note), (NEXT, next_step)):  # fmt: skip  # noqa: E501
            self.table.setCellWidget(row, column, widget)
        actual.textChanged.connect(lambda _text, r=reviewed: self._typed(r))
        for column, field in ((ACTUAL, actual), (NOTE, note), (NEXT, next_step)):
            field.returnPressed.connect(lambda c=column, r=row: self._move_down(r, c))
        return reviewed

    # -- as the user types ------------------------------------------------------------------------

    def _move_down(self, row: int, column: int) -> None:
        """Enter: the same field of the next goal; after the last goal, the Record button."""
        if row + 1 < len(self.rows):
            self.table.cellWidget(row + 1, column).setFocus()
            self.table.scrollTo(self.table.model().index(row + 1, column))
        else:
            self.record_button.setFocus()

    def _typed(self, row: ReviewRow) -> None:
        row.actual.setStyleSheet("")
        row.actual.setToolTip("")
        problem, value = self._problem(row)
        if row.actual.text().strip() == "" or value is None or problem:
            # the whole problem goes on the message line and the tooltip; the cell shows what fits
            room = self.table.columnWidth(STATUS) - 12
            row.status.setText(
                row.status.fontMetrics().elidedText(problem, Qt.TextElideMode.ElideRight, room)
            )
            row.status.setToolTip(problem)
            row.status.setStyleSheet(f"color: {ERROR_COLOUR};" if problem else "")
        else:
            code = self.status_of(row, value).code
            row.status.setText(status_text(code))
            row.status.setToolTip("")
            row.status.setStyleSheet(f"color: {status_colour(code).name()}; font-weight: bold;")
        self._count_changed()

    def status_of(self, row: ReviewRow, value: float):
        """Core's verdict on ``value`` as today's check-in of ``row``'s goal."""
        checkin = CheckIn(row.goal.id, self.today, value)
        return evaluate(row.goal, row.plan, [checkin], self.today).status

    def _problem(self, row: ReviewRow) -> tuple[str, float | None]:
        """Why the typed actual cannot be recorded ("" when it can, or when nothing is typed), and it."""
        problem = row.actual.problem()
        value = row.actual.value()
        if problem or value is None:
            return problem, None
        return range_problem(row.goal, row.actual.text().strip(), value), value

    def _typed_rows(self) -> list[ReviewRow]:
        return [row for row in self.rows if row.actual.text().strip()]

    def _count_changed(self) -> None:
        count = len(self._typed_rows())
        self.record_button.setText(self.tr("&Record %n check-in(s)", "", count))
        self.record_button.setEnabled(count > 0)

    # -- recording --------------------------------------------------------------------------------

    def record(self) -> bool:
        """Record every typed actual as one undo step; refuse all when one is impossible (at its cell)."""
        typed = self._typed_rows()
        for row in typed:
            problem, _value = self._problem(row)
            if problem:
                row.actual.setStyleSheet(SEVERITY_STYLE["error"])
                row.actual.setToolTip(problem)
                self.message.show_message(problem, "error")
                row.actual.setFocus()
                row.actual.selectAll()
                return False
        if not typed:
            return False
        for row in typed:  # a slip of the keyboard is questioned, as the check-in form questions it
            evaluation = self.session.evaluation(row.goal.id)
            seen = [j.checkin.actual for j in evaluation.judged] if evaluation is not None else []
            if not self.questions.record_anyway(row.goal, row.actual.value(), seen):
                row.actual.setFocus()
                row.actual.selectAll()
                return False
        checkins = [
            CheckIn(
                row.goal.id, self.today, row.actual.value(), note_text(row.note.text()),
                confidence=row.confidence.currentData(), next_step=note_text(row.next_step.text()),
            )
            for row in typed
        ]  # fmt: skip
        try:
            stored = self.session.store.add_checkins(checkins)
        except (StoreError, KeyError) as error:
            text = store_error_text(error) if isinstance(error, StoreError) else self.tr("A goal is gone.")
            self.message.show_message(text, "error")
            return False
        text = self.tr("Weekly review: %n check-in(s)", "", len(stored))
        self.session.push(RecordCheckIns(self.session, stored, text))
        self.session.notify({c.goal_id for c in stored})
        self.accept()
        return True


class WeeklyReview(QObject):
    """View -> Weekly review and the due list's button; kept out of the main window (two lines there)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: WeeklyReviewDialog | None = None
        self.action = QAction(window, objectName="weekly_review_action")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.triggered.connect(lambda _checked=False: self.open_review())
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.action)
        window.view_menu.aboutToShow.connect(self._update)
        window.plan_files.opened.connect(lambda _store: self._update())
        window.goal_list.due_panel.review_requested.connect(self.open_review)
        window.installEventFilter(self)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Weekly review…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def _session(self) -> PlanSession | None:
        session = self.window.session
        return session if session is not None and not session.store.closed else None

    def _update(self) -> None:
        self.action.setEnabled(self._session() is not None)

    def open_review(self) -> WeeklyReviewDialog | None:
        """Open the review on the plan's due goals (one at a time)."""
        session = self._session()
        if session is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        self.dialog = WeeklyReviewDialog(session, self.window)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
