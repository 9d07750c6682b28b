"""The selected goal: its SMART sentence and status, check-ins to record and review, its plan to edit."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.breakdown import plan_for, respread
from goalplanner.core.calendar import WorkCalendar
from goalplanner.core.kpis import get_kpi, metric_bounds
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import forecast, goal_status, next_checkin_due, status_period
from goalplanner.core.smart import sentence
from goalplanner.store import BusyError, Store, StoreError
from goalplanner.ui.chart_view import ChartView
from goalplanner.ui.commands import DeleteCheckIn, EditCheckIn, RecordCheckIn, ReplacePlan
from goalplanner.ui.detail_models import CheckInTableModel, PlanTableModel
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.formatting import format_value, note_text, ui_wording
from goalplanner.ui.split_dialog import SplitDialog
from goalplanner.ui.status_style import status_text
from goalplanner.ui.widgets import FieldMessage, NumberField, text_field

RETRY_EVERY_MS = 1500  # a check-in kept for a busy file is tried again this often
RETRY_WAIT_S = 0.25  # and each retry waits this long for the lock: the window stays responsive
RETRY_LIMIT = 200  # about five minutes of trying before the check-in goes back into the fields


def _file_stem(goal: Goal) -> str:
    """A file name from the goal's title: its first words, without characters file systems refuse."""
    words = "".join(c if c.isalnum() or c in " -_" else " " for c in goal.title).split()
    return "-".join(words[:8])[:60] or "goal-chart"


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class GoalDetail(QWidget):
    """Everything about one goal; edits go to the store through undoable commands."""

    changed = Signal()  # a check-in or the plan changed: statuses elsewhere need a refresh

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        calendar_for: Callable[[date, date | None], WorkCalendar | None] | None = None,
        rollup_for: Callable[[int], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.rollup_for = rollup_for or (lambda _goal_id: None)  # the status the goal list shows
        self.store, self.undo_stack = store, undo_stack
        self.calendar_for = calendar_for or (lambda _start, _deadline: None)
        self.goal: Goal | None = None
        self.plan: list[SubTarget] = []
        self._reshow_pending = False  # a language switch asked for the goal to be shown again
        self._shows = 0  # how many times a goal was shown: one refresh need not show it twice
        self._kept_date: QDate | None = None  # the check-in date chosen before the switch
        self.title_label = QLabel(wordWrap=True, objectName="detail_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.sentence_label = QLabel(wordWrap=True, objectName="detail_sentence")
        self.status_label = QLabel(wordWrap=True, objectName="detail_status")

        form = self._checkin_form()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._checkin_tab(), "")
        self.tabs.addTab(self._plan_tab(), "")
        self.chart_tab = self._chart_tab()
        self.tabs.addTab(self.chart_tab, "")
        self.tabs.currentChanged.connect(lambda _index: self._draw_chart_if_shown())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.sentence_label)
        layout.addWidget(self.status_label)
        layout.addLayout(form)
        message_row = QHBoxLayout()
        message_row.addWidget(self.checkin_message, 1)
        message_row.addWidget(self.stop_waiting_button)
        layout.addLayout(message_row)
        layout.addWidget(self.tabs, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.goal is not None and not self._reshow_pending:
                # shown again once the switch is done (the window's refresh usually does it first)
                self._reshow_pending, self._kept_date = True, self.date_edit.date()
                QTimer.singleShot(0, self._reshow)
        super().changeEvent(event)

    def _reshow(self) -> None:
        if self._reshow_pending and self.goal is not None and not self.store.closed:
            self.show_goal(self.goal.id)  # the sentence, status and tables in the new language
        self._reshow_pending = False

    def _retranslate(self) -> None:
        # an existing widget keeps the locale it was made with: give the date field the new one
        self.date_edit.setLocale(QLocale())
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.tabs.setTabText(0, self.tr("&Check-ins"))
        self.tabs.setTabText(1, self.tr("&Plan"))
        self.tabs.setTabText(2, self.tr("Char&t"))
        self.actual_field.setPlaceholderText(self.tr("Actual value"))
        self.numerator_field.setPlaceholderText(self.tr("e.g. satisfied"))
        self.denominator_field.setPlaceholderText(self.tr("of responses"))
        self.note_edit.setPlaceholderText(self.tr("What happened (optional)"))
        self.record_button.setText(self.tr("&Record"))
        self.stop_waiting_button.setText(self.tr("Don't save it"))
        self.delete_button.setText(self.tr("&Delete check-in"))
        self.weeks_radio.setText(self.tr("&Weeks"))
        self.months_radio.setText(self.tr("&Months"))
        self.reset_button.setText(self.tr("Reset to &curve"))
        self.split_button.setText(self.tr("&Split per person…"))
        self.split_button.setToolTip(
            self.tr("Divide the selected period's team total between the contributors.")
        )
        self.plan_hint.setText(
            self.tr(
                "Type over a planned value to fix it: it is locked and the other periods re-spread so the "
                "plan still ends at the target."
            )
        )
        self.chart_goal_radio.setText(self.tr("Th&is goal"))
        self.chart_children_radio.setText(self.tr("Sub-goals side &by side"))
        self.save_chart_button.setText(self.tr("&Save chart…"))
        self.save_chart_button.setToolTip(
            self.tr("Save the chart as a PNG image or an SVG drawing (also on right-click).")
        )

    # -- check-ins -----------------------------------------------------------------------------

    def _checkin_form(self) -> QVBoxLayout:
        """The weekly job, above the tabs: record what happened, and watch the chart or history change."""
        self.date_edit = QDateEdit(calendarPopup=True, objectName="checkin_date")
        self.actual_field = NumberField(allow_empty=False, objectName="checkin_actual")
        self.numerator_field = NumberField(minimum=0, objectName="checkin_numerator")
        self.denominator_field = NumberField(minimum=0, objectName="checkin_denominator")
        self.note_edit = text_field(objectName="checkin_note")
        self.record_button = QPushButton(objectName="record_checkin")
        self.record_button.setDefault(True)
        self.checkin_message = FieldMessage()
        for field in (self.numerator_field, self.denominator_field):
            field.value_changed.connect(self._ratio_changed)
        self.actual_field.returnPressed.connect(lambda: self.record_checkin())
        self.note_edit.returnPressed.connect(lambda: self.record_checkin())
        self.record_button.clicked.connect(lambda: self.record_checkin())
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_EVERY_MS)
        self._retry_timer.timeout.connect(self._retry)
        self._pending: CheckIn | None = None  # a check-in kept while another program holds the file
        self._retries = 0
        self.stop_waiting_button = QPushButton(objectName="stop_waiting")
        self.stop_waiting_button.hide()
        self.stop_waiting_button.clicked.connect(self.stop_waiting)
        numbers = QHBoxLayout()  # the note gets a line of its own: the pane is often narrow
        for widget in (self.date_edit, self.actual_field, self.numerator_field, self.denominator_field):
            numbers.addWidget(widget, 1)
        numbers.addWidget(self.record_button)
        form = QVBoxLayout()
        form.addLayout(numbers)
        form.addWidget(self.note_edit)
        return form

    def _checkin_tab(self) -> QWidget:
        tab = QWidget()
        self.checkin_model = CheckInTableModel(self)
        self.checkin_model.checkin_edited.connect(self.edit_checkin)
        self.checkin_view = _table(self.checkin_model)
        self.checkin_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.delete_button = QPushButton(objectName="delete_checkin")
        self.delete_button.clicked.connect(self.delete_checkin)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.checkin_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        return tab

    def _ratio_changed(self) -> None:
        numerator, denominator = self.numerator_field.value(), self.denominator_field.value()
        if numerator is not None and denominator:
            share = numerator / denominator * (100 if self.goal and self.goal.unit == "%" else 1)
            self.actual_field.set_value(round(share, 2))

    def record_checkin(self) -> None:
        """Record the typed actual for the chosen date, after checking it is a possible value."""
        if self.goal is None:
            return
        problem = self.actual_field.problem()
        actual = self.actual_field.value()
        low, high, _metric = metric_bounds(self.goal)
        on: date = self.date_edit.date().toPython()
        if not problem and not low <= actual <= high:
            problem = self._impossible(self.actual_field.text())
        if not problem and on > date.today():
            problem = self.tr("A check-in records what happened: choose today or an earlier date.")
        numerator, denominator = self.numerator_field.value(), self.denominator_field.value()
        if not problem and denominator == 0 and numerator is not None:
            problem = self.tr("The number of responses cannot be 0.")
        if problem:
            self.checkin_message.show_message(problem, "error")
            self.actual_field.setFocus()
            return
        pending = CheckIn(self.goal.id, on, actual, note_text(self.note_edit.text()), numerator, denominator)
        for field in (self.actual_field, self.numerator_field, self.denominator_field, self.note_edit):
            field.clear()  # typed once: it is saved now, or kept below until the file is free
        self._save(pending)

    def _impossible(self, typed: str) -> str:
        """Why ``typed`` cannot be a value of the goal's metric, in the user's language and formats."""
        low, high, metric = metric_bounds(self.goal)
        name = QCoreApplication.translate("Kpi", metric) if get_kpi(self.goal.kpi) else metric
        locale = QLocale()
        if math.isinf(high):  # counts and times: only a lower limit
            return self.tr("{0} is impossible for {1}: it cannot be below {2}.").format(
                typed, name, format_value(low, "", locale)
            )
        return self.tr("{0} is impossible for {1} ({2} to {3}).").format(
            typed, name, format_value(low, "", locale), format_value(high, "", locale)
        )

    def _error_text(self, error: Exception) -> str:
        return store_error_text(error) if isinstance(error, StoreError) else self.tr("The goal is gone.")

    def _save(self, pending: CheckIn, *, retrying: bool = False) -> None:
        """Save ``pending``; when another program holds the file, keep it and try again shortly."""
        try:
            with self.store.waiting(RETRY_WAIT_S) if retrying else contextlib.nullcontext():
                stored = self.store.add_checkin(
                    pending.goal_id, pending.on, pending.actual, pending.note,
                    numerator=pending.numerator, denominator=pending.denominator,
                )  # fmt: skip
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
            unit = self.goal.unit if self.goal else ""
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
        text = self.tr("Record check-in {0}").format(format_value(pending.actual, self.goal.unit, QLocale()))
        self.undo_stack.push(RecordCheckIn(self.store, stored, text, self._after_change))
        self.checkin_message.show_message("", "")
        self._after_change()

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
            self.date_edit.setDate(QDate(pending.on))
            self.actual_field.set_value(pending.actual)
            self.note_edit.setText(pending.note)
            self.numerator_field.set_value(pending.numerator)
            self.denominator_field.set_value(pending.denominator)

    def edit_checkin(self, before: CheckIn, after: CheckIn) -> None:
        """Save a check-in changed in the history table, if its value is possible (undo reverts it)."""
        low, high, _metric = metric_bounds(self.goal)
        if not low <= after.actual <= high:
            self.checkin_message.show_message(
                self._impossible(format_value(after.actual, "", QLocale())), "error"
            )
            return
        try:
            self.store.update_checkin(after)
        except (StoreError, KeyError) as error:
            self.checkin_message.show_message(self._error_text(error), "error")
            return
        self.undo_stack.push(
            EditCheckIn(self.store, before, after, self.tr("Edit check-in"), self._after_change)
        )
        self._after_change()

    def delete_checkin(self) -> None:
        """Delete the selected check-in (undo brings it back)."""
        index = self.checkin_view.currentIndex()
        if self.goal is None or not index.isValid():
            return
        checkin = self.checkin_model.rows[index.row()]
        try:
            self.store.delete_checkin(checkin.id)
        except (StoreError, KeyError) as error:
            self.checkin_message.show_message(self._error_text(error), "error")
            return
        self.undo_stack.push(
            DeleteCheckIn(self.store, checkin, self.tr("Delete check-in"), self._after_change)
        )
        self._after_change()

    # -- plan ----------------------------------------------------------------------------------

    def _plan_tab(self) -> QWidget:
        tab = QWidget()
        self.weeks_radio = QRadioButton(objectName="plan_weeks")
        self.months_radio = QRadioButton(objectName="plan_months")
        group = QButtonGroup(tab)
        group.addButton(self.weeks_radio)
        group.addButton(self.months_radio)
        self.weeks_radio.setChecked(True)
        group.buttonClicked.connect(lambda _b: self._show_plan())
        self.reset_button = QPushButton(objectName="reset_plan")
        self.reset_button.clicked.connect(self.reset_plan)
        self.split_button = QPushButton(objectName="split_plan")
        self.split_button.clicked.connect(self.split_period)
        self.plan_model = PlanTableModel(self)
        self.plan_model.value_edited.connect(self.set_planned)
        self.plan_model.lock_toggled.connect(self.set_locked)
        self.plan_view = _table(self.plan_model)
        self.plan_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )  # fmt: skip
        self.plan_hint = QLabel(wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(self.weeks_radio)
        top.addWidget(self.months_radio)
        top.addStretch()
        top.addWidget(self.split_button)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.plan_hint)
        layout.addWidget(self.plan_view, 1)
        return tab

    def _period(self) -> str:
        return "week" if self.weeks_radio.isChecked() else "month"

    def _show_plan(self) -> None:
        period = self._period()
        self.plan_model.set_plan(self.goal, [s for s in self.plan if s.period == period])

    def _replace_plan(self, new_plan: list[SubTarget], text: str) -> None:
        before = list(self.plan)
        try:
            self.store.save_plan(self.goal.id, new_plan)
        except StoreError as error:
            self.checkin_message.show_message(store_error_text(error), "error")
            return
        self.undo_stack.push(
            ReplacePlan(self.store, self.goal.id, before, new_plan, text, self._after_change)
        )
        self._after_change()

    def _respread(self, edited: list[SubTarget], period: str) -> list[SubTarget]:
        goal = self.goal
        rows = [s for s in edited if s.period == period]
        kpi = get_kpi(goal.kpi)
        if (kpi is None or kpi.kind == "level") and goal.baseline is not None and goal.target is not None:
            calendar = self.calendar_for(goal.start, goal.deadline)
            rows = respread(rows, goal.baseline, goal.target, goal.start, goal.deadline, calendar=calendar)
        return [s for s in edited if s.period != period] + rows

    def set_planned(self, label: str, value: float) -> None:
        """Fix one period's planned value (locked), re-spreading the others."""
        period = self._period()
        edited = [replace(s, planned=value, locked=True) if (s.period, s.label) == (period, label) else s
                  for s in self.plan]  # fmt: skip
        self._replace_plan(self._respread(edited, period), self.tr("Set plan for {0}").format(label))

    def set_locked(self, label: str, locked: bool) -> None:
        """Lock or unlock one period; unlocking lets it follow the curve again."""
        period = self._period()
        edited = [
            replace(s, locked=locked) if (s.period, s.label) == (period, label) else s for s in self.plan
        ]
        self._replace_plan(self._respread(edited, period), self.tr("Lock {0}").format(label))

    def split_period(self) -> QDialog | None:
        """Show how the selected (or first) period's total divides between the contributors."""
        if self.goal is None or not self.plan_model.rows:
            return None
        row = max(self.plan_view.currentIndex().row(), 0)
        dialog = SplitDialog(self.goal, self.plan_model.rows[row], self)
        dialog.open()
        return dialog

    def reset_plan(self) -> None:
        """Drop every manual value: the plan follows the curve again."""
        if self.goal is not None:
            calendar = self.calendar_for(self.goal.start, self.goal.deadline)
            self._replace_plan(plan_for(self.goal, calendar), self.tr("Reset plan to curve"))

    # -- chart ---------------------------------------------------------------------------------

    def _chart_tab(self) -> QWidget:
        tab = QWidget()
        self.chart_goal_radio = QRadioButton(objectName="chart_goal")
        self.chart_children_radio = QRadioButton(objectName="chart_children")
        group = QButtonGroup(tab)
        group.addButton(self.chart_goal_radio)
        group.addButton(self.chart_children_radio)
        self.chart_goal_radio.setChecked(True)
        group.buttonClicked.connect(lambda _b: self._draw_chart_if_shown())
        self.chart_view = ChartView()
        self.chart_view.setObjectName("goal_chart")
        self.save_chart_button = QPushButton(objectName="save_chart")
        self.save_chart_button.clicked.connect(lambda: self.chart_view.save_dialog("png"))
        top = QHBoxLayout()
        top.addWidget(self.chart_goal_radio)
        top.addWidget(self.chart_children_radio)
        top.addStretch()
        top.addWidget(self.save_chart_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.chart_view, 1)
        return tab

    def _draw_chart_if_shown(self) -> None:
        """Redraw the chart when it is on screen; a hidden chart waits until its tab is chosen."""
        if self.goal is None or self.tabs.currentWidget() is not self.chart_tab:
            return
        # matplotlib loads with the first chart, not at start-up
        from goalplanner.charts.figures import GOAL_SIZE, goal_chart, rollup_chart

        goal, plan = self.goal, list(self.plan)
        children = self.store.child_goals(goal.id)
        self.chart_children_radio.setEnabled(bool(children))
        self.chart_children_radio.setToolTip(
            "" if children else self.tr("Move goals under this one (Goal menu) to compare them here.")
        )
        if children and self.chart_children_radio.isChecked():
            rows = [(c, self.store.subtargets(c.id), self.store.checkins(c.id)) for c in children]
            overall = self.rollup_for(goal.id)
            self.chart_view.show_chart(
                lambda locale, size: rollup_chart(goal, rows, locale=locale, size=size, overall=overall),
                _file_stem(goal),
            )
            return
        self.chart_goal_radio.setChecked(True)
        checkins = self.store.checkins(goal.id)
        self.chart_view.show_chart(
            lambda locale, size: goal_chart(goal, plan, checkins, locale=locale, size=size or GOAL_SIZE),
            _file_stem(goal),
        )

    # -- showing a goal ------------------------------------------------------------------------

    def _after_change(self) -> None:
        shown = self._shows
        self.changed.emit()  # the window refreshes its list, and usually shows this goal again with it
        if self._shows == shown:
            self.show_goal(self.goal.id if self.goal else None)

    def show_goal(self, goal_id: int | None) -> None:
        """Show the goal with ``goal_id`` (None: nothing)."""
        if goal_id is None:
            self.goal = None
            return
        try:
            self.goal = self.store.get_goal(goal_id)
        except KeyError:
            self.goal = None
            return
        goal = self.goal
        self.plan = self.store.subtargets(goal_id)
        checkins = self.store.checkins(goal_id)
        self.title_label.setText(goal.title)
        self.sentence_label.setText(sentence(goal, ui_wording()))
        self.status_label.setText(self._status_text(goal, checkins))
        kpi = get_kpi(goal.kpi)
        ratio = (
            kpi is not None and kpi.ratio and kpi.unit == "%"
        )  # counts give a share: satisfied of responses
        self.numerator_field.setVisible(ratio)
        self.denominator_field.setVisible(ratio)
        self._shows += 1
        self.date_edit.setDate(self._kept_date or QDate.currentDate())
        self._kept_date, self._reshow_pending = None, False
        self.checkin_model.set_checkins(
            goal, checkins, [s for s in self.plan if s.period == status_period(goal)]
        )
        self._show_plan()
        kpi = get_kpi(goal.kpi)
        self.split_button.setVisible(kpi is None or kpi.kind == "flow")  # totals divide; averages do not
        self._draw_chart_if_shown()

    def _status_text(self, goal: Goal, checkins: list[CheckIn]) -> str:
        latest = checkins[-1] if checkins else None
        plan = [s for s in self.plan if s.period == status_period(goal)]
        status = goal_status(goal, latest, plan)
        locale = QLocale()
        parts = [status_text(status.code)]
        if status.achievement is not None:
            parts.append(
                self.tr("{0}% of the planned change").format(
                    locale.toString(100 * status.achievement, "f", 0)
                )
            )
        expected = forecast(goal, checkins)
        if expected is not None:
            parts.append(
                self.tr("at this pace {0} by the deadline").format(
                    format_value(round(expected, 1), goal.unit, locale)
                )
            )
        due = next_checkin_due(goal, latest)
        parts.append(
            self.tr("next check-in {0}").format(locale.toString(QDate(due), QLocale.FormatType.ShortFormat))
        )
        return " · ".join(parts)
