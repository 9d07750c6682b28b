"""The check-in form above the detail's tabs: the weekly job of recording what happened, in one line.

A check-in typed while another program holds the plan file is kept aside and saved as soon as the
file is free; the user can give up on it ("Don't save it") and gets the values back in the fields.
A value far outside what the goal has seen is questioned before it is saved, and a second check-in
on a date that has one replaces it (undoably) unless the user keeps both.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.checkins import FUTURE_DATE, NO_RESPONSES, check_checkin, replacing, same_day
from goalplanner.core.kpis import get_kpi, is_milestone, metric_bounds
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.review import share_of_counts
from goalplanner.store import BusyError, StoreError
from goalplanner.ui.commands import EditCheckIn, RecordCheckIn
from goalplanner.ui.detail.questions import CANCEL, REPLACE, CheckInQuestions
from goalplanner.ui.detail.ratio_counts import RatioCounts
from goalplanner.ui.detail.volume_field import VolumeField
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.formatting import format_value, note_text
from goalplanner.ui.session import PlanSession
from goalplanner.ui.status_style import fill_confidence
from goalplanner.ui.widgets import DateField, FieldMessage, NumberField, text_field

RETRY_EVERY_MS = 1500  # a check-in kept for a busy file is tried again this often
RETRY_WAIT_S = 0.25  # and each retry waits this long for the lock: the window stays responsive
RETRY_LIMIT = 200  # about five minutes of trying before the check-in goes back into the fields


class CheckInForm(QWidget):
    """Date, actual (or satisfied of responses, for survey shares), note, the owner's confidence and next
    step, Record, and the message line."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.goal: Goal | None = None
        self.date_edit = DateField(allow_empty=False, objectName="checkin_date")
        self.actual_field = NumberField(allow_empty=False, objectName="checkin_actual")
        self.counts = RatioCounts()  # a line of its own: two labelled counts never fit beside the date
        self.counts.hide()  # shown for ratio metrics only
        self.volume = VolumeField()  # an agent's contacts, for the team's weighted average
        self.numerator_field = self.counts.numerator_field
        self.denominator_field = self.counts.denominator_field
        self.note_edit = text_field(objectName="checkin_note")
        # the owner's own view, beside (never instead of) the status computed from the plan
        self.confidence_box = QComboBox(objectName="checkin_confidence")
        self.confidence_label = QLabel()
        self.confidence_label.setBuddy(self.confidence_box)
        self.next_step_edit = text_field(objectName="checkin_next_step")
        self.record_button = QPushButton(objectName="record_checkin")
        self.record_button.setDefault(True)
        self.checkin_message = FieldMessage()
        self._message_about: tuple[QLineEdit, str] | None = None  # the field a message is about, its text
        self.questions = CheckInQuestions(self)
        self.counts.changed.connect(self._ratio_changed)
        for field in (self.date_edit, self.actual_field, self.numerator_field, self.denominator_field):
            field.textChanged.connect(self._forget_message_about)
        session.undo_stack.indexChanged.connect(self._forget_message_after_undo)
        self.actual_field.returnPressed.connect(lambda: self.record_checkin())
        self.note_edit.returnPressed.connect(lambda: self.record_checkin())
        self.next_step_edit.returnPressed.connect(lambda: self.record_checkin())
        self.record_button.clicked.connect(lambda: self.record_checkin())
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_EVERY_MS)
        self._retry_timer.timeout.connect(self._retry)
        self._pending: CheckIn | None = None  # a check-in kept while another program holds the file
        self._retries = 0
        self.stop_waiting_button = QPushButton(objectName="stop_waiting")
        self.stop_waiting_button.hide()
        self.stop_waiting_button.clicked.connect(self.stop_waiting)

        numbers = QHBoxLayout()  # the counts and the note get lines of their own: the pane is often narrow
        for widget in (self.date_edit, self.actual_field):
            numbers.addWidget(widget, 1)
        numbers.addWidget(self.record_button)
        message_row = QHBoxLayout()
        message_row.addWidget(self.checkin_message, 1)
        message_row.addWidget(self.stop_waiting_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lines up with the title and the tabs of the detail
        layout.addLayout(numbers)
        layout.addWidget(self.counts)
        layout.addWidget(self.volume)
        layout.addWidget(self.note_edit)
        owner_row = QHBoxLayout()  # what the owner says: how sure, and what blocks or comes next
        owner_row.addWidget(self.confidence_label)
        owner_row.addWidget(self.confidence_box)
        owner_row.addWidget(self.next_step_edit, 1)
        layout.addLayout(owner_row)
        layout.addLayout(message_row)
        # typed in reading order, Record last (Enter in any text field records as well)
        order = (
            self.date_edit, self.actual_field, self.numerator_field, self.denominator_field,
            self.volume.field, self.note_edit, self.confidence_box, self.next_step_edit, self.record_button,
        )  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.actual_field.setPlaceholderText(self.tr("Actual value"))
        self.note_edit.setPlaceholderText(self.tr("What happened (optional)"))
        self.date_edit.setToolTip(
            self.tr("The day the actual is for: today or an earlier day. Up and Down change it.")
        )
        self.note_edit.setToolTip(self.tr("What happened, for whoever reads the history later (optional)."))
        self.confidence_label.setText(self.tr("C&onfidence:"))
        fill_confidence(self.confidence_box, self.tr("Not said"))
        self.confidence_box.setToolTip(
            self.tr(
                "How the owner sees the goal going (optional). The status beside it is worked out from the "
                "plan and stays as it is."
            )
        )
        self.next_step_edit.setPlaceholderText(self.tr("Blocker or next step (optional)"))
        self.next_step_edit.setToolTip(self.tr("What stands in the way, or what happens next (optional)."))
        self._actual_tooltip()
        self.record_button.setText(self.tr("&Record"))
        self.stop_waiting_button.setText(self.tr("Don't save it"))

    # -- what the detail asks of it --------------------------------------------------------------

    def show_goal(self, goal: Goal | None) -> None:
        """Ready the form for ``goal``: counts for survey shares, and today's date for a newly shown goal."""
        if goal is not None and (self.goal is None or self.goal.id != goal.id):
            self.date_edit.set_value(date.today())  # the same goal shown again keeps the chosen date
        self.goal = goal
        if goal is None:
            return
        kpi = get_kpi(goal.kpi)
        ratio = (
            kpi is not None and kpi.ratio and kpi.unit == "%"
        )  # counts give a share: satisfied of responses
        self.counts.show_kpi(kpi if ratio else None)
        self.counts.setVisible(ratio)
        self.volume.show_goal(goal)
        self._actual_tooltip()

    def _actual_tooltip(self) -> None:
        """What to type in the actual field: the goal's metric on that day, in its unit."""
        if self.goal is None:
            self.actual_field.setToolTip("")
            return
        kpi = get_kpi(self.goal.kpi)
        metric = QCoreApplication.translate("Kpi", kpi.name) if kpi else self.goal.unit.strip()
        example = next((v for v in (self.goal.target, self.goal.baseline) if v is not None), None)
        if example is None or is_milestone(self.goal.kpi):
            tip = self.tr("{0} on that day.").format(metric)
        else:  # the unit shown as the goal writes its numbers: "120 s", "85%"
            shown = format_value(example, self.goal.unit, QLocale())
            tip = self.tr("{0} on that day, written like {1}.").format(metric, shown)
        if self.counts.isVisibleTo(self):
            tip += "\n" + self.tr("Or type the two counts below: the actual is worked out from them.")
        self.actual_field.setToolTip(tip)

    def focus_actual(self) -> None:
        """Put the cursor in the actual field, ready to type."""
        self.actual_field.setFocus()

    def show_problem(self, text: str, field: QLineEdit | None = None) -> None:
        """Say on the message line why something was not saved; about ``field``'s text when given, the
        message goes when that text changes (cleared, corrected, or an undo in the field)."""
        self.checkin_message.show_message(text, "error")
        self._message_about = (field, field.text()) if field is not None else None

    def _forget_message_about(self) -> None:
        """The field the message is about no longer holds what it was about: the message goes."""
        if self._message_about is not None:
            field, text = self._message_about
            if field.text() != text:
                self._message_about = None
                self.checkin_message.show_message("", "")

    def _forget_message_after_undo(self) -> None:
        """An undo or redo changed the plan: a problem about an edit (in the history, in the plan) is
        about an entry that is no longer there. Messages about the typed fields stay with their text."""
        if self._message_about is None and self._pending is None:
            self.checkin_message.show_message("", "")

    def checkin_problem(self, goal: Goal, checkin: CheckIn, typed: str) -> str:
        """Why ``checkin`` cannot be recorded for ``goal`` ("" when it can), in the user's language and
        formats; ``typed`` is its actual as the user wrote it."""
        problem = check_checkin(goal, checkin, date.today())
        if problem is None:
            return ""
        if problem.code == FUTURE_DATE:
            return self.tr("A check-in records what happened: choose today or an earlier date.")
        if problem.code == NO_RESPONSES:
            return self.tr("The number of responses cannot be 0.")
        return impossible_text(goal, typed)  # the value is impossible for the metric

    # -- recording -------------------------------------------------------------------------------

    def _ratio_changed(self) -> None:
        numerator, denominator = self.numerator_field.value(), self.denominator_field.value()
        if numerator is not None and denominator and self.goal is not None:
            self.actual_field.set_value(share_of_counts(numerator, denominator, self.goal.unit))

    def record_checkin(self) -> None:
        """Record the typed actual for the chosen date, after checking it is a possible value."""
        if self.goal is None or self.goal.closed:  # a closed goal is reopened before it takes check-ins
            return
        if self.date_edit.problem():  # a date that is not one day is never recorded as another
            self.show_problem(self.date_edit.problem(), self.date_edit)
            self.date_edit.setFocus()
            return
        problem, about = self.actual_field.problem(), self.actual_field
        if not problem:
            note = note_text(self.note_edit.text())
            pending = CheckIn(
                self.goal.id, self.date_edit.value(), self.actual_field.value(), note,
                self.numerator_field.value(), self.denominator_field.value(), volume=self.volume.value(),
                confidence=self.confidence_box.currentData(),
                next_step=note_text(self.next_step_edit.text()),
            )  # fmt: skip
            problem = self.checkin_problem(self.goal, pending, self.actual_field.text())
            found = check_checkin(self.goal, pending, date.today()) if problem else None
            about = {FUTURE_DATE: self.date_edit, NO_RESPONSES: self.denominator_field}.get(
                found.code if found else "", self.actual_field
            )
        if problem:
            self.show_problem(problem, about)
            about.setFocus()
            return
        evaluation = self.session.evaluation(self.goal.id)
        recorded = [j.checkin for j in evaluation.judged] if evaluation is not None else []
        if not self.questions.record_anyway(self.goal, pending.actual, [c.actual for c in recorded]):
            self._check_again()
            return
        existing = same_day(recorded, pending.on)
        answer = self.questions.same_date(self.goal, existing, pending) if existing is not None else None
        if answer == CANCEL:
            self._check_again()
            return
        if answer == REPLACE:
            self._replace(existing, pending)
            return
        self._clear_fields()  # typed once: it is saved now, or kept below until the file is free
        self._save(pending)

    def _check_again(self) -> None:
        """Nothing saved: the typed values stay, the cursor on the actual, ready to correct it."""
        self.actual_field.setFocus()
        self.actual_field.selectAll()

    def _clear_fields(self) -> None:
        fields = (self.actual_field, self.numerator_field, self.denominator_field, self.note_edit)
        for field in (*fields, self.next_step_edit):
            field.clear()
        self.volume.clear()
        self.confidence_box.setCurrentIndex(0)  # not said, until the owner says it for the next one

    def _replace(self, existing: CheckIn, pending: CheckIn) -> None:
        """Put ``pending``'s value in place of ``existing`` (same date); undo brings the old one back.

        The earlier note, confidence and next step stay when the new check-in has none
        (``core.checkins.replacing``, as the weekly review replaces one).
        """
        after = replacing(existing, pending)
        try:
            self.session.store.update_checkin(after)
        except (StoreError, KeyError) as error:  # the values stay in the fields to try again
            self.show_problem(
                store_error_text(error) if isinstance(error, StoreError) else self.tr("The goal is gone.")
            )
            return
        self._clear_fields()
        unit = self.goal.unit if self.goal is not None else ""
        text = self.tr("Replace check-in with {0}").format(format_value(after.actual, unit, QLocale()))
        self.session.push(EditCheckIn(self.session, existing, after, text))
        self.checkin_message.show_message("", "")
        self.date_edit.set_value(date.today())
        self.session.notify({after.goal_id})

    def _save(self, pending: CheckIn, *, retrying: bool = False) -> None:
        """Save ``pending``; when another program holds the file, keep it and try again shortly."""
        store = self.session.store
        state = self.session.state(pending.goal_id)
        unit = state.goal.unit if state is not None else ""  # the shown goal may be another one by now
        try:
            with store.waiting(RETRY_WAIT_S) if retrying else contextlib.nullcontext():
                (stored,) = store.add_checkins([pending])  # with its volume, confidence and next step
        except BusyError:
            self._pending = pending
            self._retries = self._retries + 1 if retrying else 0
            if self._retries >= RETRY_LIMIT:
                self.stop_waiting()
                still_busy = self.tr(
                    "The plan file is still busy. Your check-in is back in the fields: press Record to try "
                    "again."
                )
                self.checkin_message.show_message(still_busy, "error")
                return
            busy = self.tr(
                "The plan file is busy: another program is writing to it. Your check-in ({0} on {1}) is "
                "kept and will be saved as soon as the file is free."
            )
            when = QLocale().toString(QDate(pending.on), QLocale.FormatType.ShortFormat)
            value = format_value(pending.actual, unit, QLocale())
            self.checkin_message.show_message(busy.format(value, when), "warning")
            self.stop_waiting_button.show()
            self._retry_timer.start()
            return
        except (StoreError, KeyError) as error:
            self._pending = None
            self.stop_waiting_button.hide()
            self._restore_fields(pending)
            message = (
                store_error_text(error) if isinstance(error, StoreError) else self.tr("The goal is gone.")
            )
            self.checkin_message.show_message(message, "error")
            return
        self._pending = None
        self._retry_timer.stop()
        self.stop_waiting_button.hide()
        text = self.tr("Record check-in {0}").format(format_value(pending.actual, unit, QLocale()))
        self.session.push(RecordCheckIn(self.session, stored, text))
        self.checkin_message.show_message("", "")
        self.date_edit.set_value(date.today())  # recorded: the next check-in is most likely today's
        self.session.notify({stored.goal_id})

    def _retry(self) -> None:
        if self._pending is not None:
            self._save(self._pending, retrying=True)

    def stop_waiting(self) -> None:
        """Give up saving the kept check-in; its values go back into the fields (if its goal is shown)."""
        self._retry_timer.stop()
        self.stop_waiting_button.hide()
        pending, self._pending = self._pending, None
        if pending is not None:
            self._restore_fields(pending)
            self.checkin_message.show_message(self.tr("Not saved."), "warning")

    def _restore_fields(self, pending: CheckIn) -> None:
        if self.goal is not None and self.goal.id == pending.goal_id:
            self.date_edit.set_value(pending.on)
            self.actual_field.set_value(pending.actual)
            self.note_edit.setText(pending.note)
            self.numerator_field.set_value(pending.numerator)
            self.denominator_field.set_value(pending.denominator)
            self.volume.field.set_value(pending.volume)
            self.confidence_box.setCurrentIndex(max(self.confidence_box.findData(pending.confidence), 0))
            self.next_step_edit.setText(pending.next_step)


def impossible_text(goal: Goal, typed: str) -> str:
    """Why ``typed`` cannot be a value of ``goal``'s metric, with the metric's range: the one wording of
    the check-in form, the weekly review and the close dialog."""
    low, high, metric = metric_bounds(goal)
    name = QCoreApplication.translate("Kpi", metric) if get_kpi(goal.kpi) else metric
    locale = QLocale()
    if math.isinf(high):  # counts and times: only a lower limit
        return QCoreApplication.translate(
            "CheckInForm", "{0} is impossible for {1}: it cannot be below {2}."
        ).format(typed, name, format_value(low, "", locale))
    return QCoreApplication.translate("CheckInForm", "{0} is impossible for {1} ({2} to {3}).").format(
        typed, name, format_value(low, "", locale), format_value(high, "", locale)
    )
