"""The Erlang C calculator on the Resources page: agents needed each week for the goal's own target.

It shows what it solves for (the goal's average wait, service level or abandonment rate, or a
service level typed here when the goal names none), asks only for what the goal does not say,
and renders core's weekly table (``core.staffing_weeks``) with a one-line summary. It edits
``StaffingInputs`` and says so with ``inputs_changed``; it never writes the goal itself.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.model import Goal, StaffingInputs
from goalplanner.core.staffing import Staffing, StaffingTarget, goal_names_target, staffing_target
from goalplanner.core.staffing_weeks import (
    WeekStaffing,
    occupancy_band,
    occupancy_level,
    peak_staffing,
    split_pasted_numbers,
    staffing_summary,
    weekly_staffing,
)
from goalplanner.ui.widgets import ERROR_COLOUR, NumberField, text_field

# Calculator fields: (attribute of StaffingInputs, factor from what the user types to the stored value)
FIELDS = (
    ("aht_s", 1.0),
    ("interval_s", 60.0),  # typed in minutes
    ("open_hours_per_week", 1.0),
    ("shrinkage", 0.01),  # typed in %
    ("max_occupancy", 0.01),
    ("service_level", 0.01),
    ("answer_within_s", 1.0),
    ("patience_s", 1.0),
    ("contacts", 1.0),
)
TABLE_ROWS_SHOWN = 6  # the table keeps this height whatever the goal's length: nothing below it moves


class StaffingPanel(QWidget):
    """Inputs, the target solved for, the result, and the per-week table."""

    inputs_changed = Signal(object)  # StaffingInputs, when every field holds a number
    edited = Signal()  # any field or choice changed, readable or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goal: Goal | None = None
        self._inputs = StaffingInputs()
        self._loading = False
        self._build()
        self._connect()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.solve_for_combo = QComboBox(objectName="solve_for")
        self.solve_for_combo.addItem(self.tr("The goal's target"), "goal")
        self.solve_for_combo.addItem(self.tr("A service level I choose"), "service_level")
        self.target_label = QLabel(wordWrap=True, objectName="staffing_target")
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        target_row = QHBoxLayout()
        self.solve_for_label = QLabel(self.tr("Solve for"))
        target_row.addWidget(self.solve_for_label)
        target_row.addWidget(self.solve_for_combo)
        target_row.addWidget(self.target_label, 1)
        layout.addLayout(target_row)

        body = QHBoxLayout()
        body.addLayout(self._fields_grid(), 0)
        body.addWidget(self._weeks_table(), 1)
        layout.addLayout(body)
        self.staffing_label = QLabel(wordWrap=True, objectName="staffing_result")
        self.summary_label = QLabel(wordWrap=True, objectName="staffing_summary")
        layout.addWidget(self.staffing_label)
        layout.addWidget(self.summary_label)

    def _fields_grid(self) -> QGridLayout:
        grid = QGridLayout()
        labels = {
            "aht_s": self.tr("Handle time (s)"),
            "interval_s": self.tr("Interval (minutes)"),
            "open_hours_per_week": self.tr("Open hours a week"),
            "shrinkage": self.tr("Shrinkage (%)"),
            "max_occupancy": self.tr("Occupancy cap (%)"),
            "service_level": self.tr("Service level (%)"),
            "answer_within_s": self.tr("Answered within (s)"),
            "patience_s": self.tr("Callers' patience (s)"),
            "contacts": self.tr("Contacts per interval"),
        }
        self.fields: dict[str, NumberField] = {}
        self.field_labels: dict[str, QLabel] = {}
        for index, (attribute, _factor) in enumerate(FIELDS[:-1]):
            field = NumberField(allow_empty=False, minimum=0, objectName=attribute)
            field.setMaximumWidth(90)
            label = QLabel(labels[attribute])
            label.setBuddy(field)
            self.fields[attribute], self.field_labels[attribute] = field, label
            grid.addWidget(label, index // 2, (index % 2) * 2)
            grid.addWidget(field, index // 2, (index % 2) * 2 + 1)
        self.field_labels["patience_s"].setToolTip(
            self.tr(
                "How long callers wait, on average, before they hang up. From your phone system: the total "
                "time all callers waited divided by the calls abandoned."
            )
        )
        row = len(FIELDS) // 2 + 1
        self.volume_combo = QComboBox(objectName="volume")
        self.volume_combo.addItem(self.tr("Same every week"), "flat")
        self.volume_combo.addItem(self.tr("Last year's months"), "profile")
        grid.addWidget(QLabel(self.tr("Volume")), row, 0)
        grid.addWidget(self.volume_combo, row, 1, 1, 3)
        # The flat volume and last year's twelve months share one place: switching moves nothing.
        self.volume_stack = QStackedWidget()
        contacts = NumberField(allow_empty=False, minimum=0, objectName="contacts")
        contacts.setMaximumWidth(90)
        self.fields["contacts"] = contacts
        flat = QWidget()
        flat_row = QHBoxLayout(flat)
        flat_row.setContentsMargins(0, 0, 0, 0)
        self.field_labels["contacts"] = QLabel(labels["contacts"])
        self.field_labels["contacts"].setBuddy(contacts)
        flat_row.addWidget(self.field_labels["contacts"])
        flat_row.addWidget(contacts)
        flat_row.addStretch()
        self.profile_edit = text_field(objectName="volume_profile")
        self.profile_edit.setPlaceholderText(self.tr("12 numbers, January first (paste a row or column)"))
        self.volume_stack.addWidget(flat)
        self.volume_stack.addWidget(self.profile_edit)
        grid.addWidget(self.volume_stack, row + 1, 0, 1, 4)
        grid.setRowStretch(row + 2, 1)
        return grid

    def _weeks_table(self) -> QTableWidget:
        table = QTableWidget(0, 5, objectName="staffing_weeks")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Week"),
                self.tr("Contacts"),
                self.tr("Agents needed"),
                self.tr("Available"),
                self.tr("Short by"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader().defaultSectionSize() * TABLE_ROWS_SHOWN
        table.setFixedHeight(rows + header.sizeHint().height() + 2 * table.frameWidth())
        return table

    def _connect(self) -> None:
        for field in self.fields.values():
            field.textEdited.connect(lambda _text: self._edited())
        self.profile_edit.textEdited.connect(lambda _text: self._edited())
        self.solve_for_combo.activated.connect(lambda _i: self._edited())
        self.volume_combo.activated.connect(lambda _i: self._edited())

    # -- inputs ------------------------------------------------------------------------------

    def set_inputs(self, inputs: StaffingInputs) -> None:
        """Show ``inputs`` in the fields (no ``inputs_changed``)."""
        self._inputs = inputs
        self._loading = True
        try:
            for attribute, factor in FIELDS:
                self.fields[attribute].set_value(round(getattr(inputs, attribute) / factor, 6))
            self.solve_for_combo.setCurrentIndex(self.solve_for_combo.findData(inputs.solve_for))
            self.volume_combo.setCurrentIndex(self.volume_combo.findData(inputs.volume))
            locale = QLocale()
            self.profile_edit.setText(
                "  ".join(locale.toString(float(v), "g", 12) for v in inputs.volume_profile)
            )
        finally:
            self._loading = False
        self._arrange()

    def problem(self) -> str:
        """What stops the inputs from being read, or "" (shown in place of the result)."""
        for attribute, field in self.fields.items():
            if field.isVisibleTo(self) and field.problem():
                return f"{self.field_labels[attribute].text()}: {field.problem()}"
        if self.volume_combo.currentData() == "profile":
            _volumes, problem = self._profile()
            return problem
        return ""

    def _profile(self) -> tuple[tuple[float, ...], str]:
        parts = split_pasted_numbers(self.profile_edit.text())
        locale = QLocale()
        volumes = []
        for part in parts:
            value, ok = locale.toDouble(part)
            if not ok:
                value, ok = QLocale.c().toDouble(part.replace(",", ""))
            if not ok or value < 0:
                return (), self.tr("“{0}” is not a monthly volume.").format(part)
            volumes.append(value)
        if len(volumes) != 12:
            return (), self.tr("Last year's months: type 12 numbers, January first ({0} so far).").format(
                len(volumes)
            )
        return tuple(volumes), ""

    def _edited(self) -> None:
        self._arrange()
        self.edited.emit()
        if self._loading or self.problem():
            self.refresh()
            return
        values = {}
        for attribute, factor in FIELDS:
            value = self.fields[attribute].value()
            values[attribute] = value * factor if value is not None else getattr(self._inputs, attribute)
        values["solve_for"] = self.solve_for_combo.currentData()
        values["volume"] = self.volume_combo.currentData()
        if values["volume"] == "profile":
            values["volume_profile"] = self._profile()[0]
        self._inputs = replace(self._inputs, **values)
        self.inputs_changed.emit(self._inputs)

    def _arrange(self) -> None:
        """Show only the fields the target needs: nothing the goal already says is asked again."""
        goal_kind = goal_names_target(self._goal)
        self.solve_for_combo.setVisible(goal_kind)
        self.solve_for_label.setVisible(goal_kind)
        inputs = replace(self._inputs, solve_for=self.solve_for_combo.currentData() or "goal")
        target = staffing_target(self._goal, inputs)
        shown = {
            "service_level": target.kind == "service_level" and not target.from_goal,
            "answer_within_s": target.kind == "service_level",
            "patience_s": target.kind == "abandonment",
        }
        for attribute, visible in shown.items():
            self.fields[attribute].setVisible(visible)
            self.field_labels[attribute].setVisible(visible)
        self.volume_stack.setCurrentIndex(1 if self.volume_combo.currentData() == "profile" else 0)
        self.target_label.setText(self._target_text(target))

    # -- showing the goal --------------------------------------------------------------------

    def show_goal(self, goal: Goal) -> None:
        """Solve for ``goal``'s target and fill the result, the summary and the weekly table."""
        self._goal = goal
        if goal.resources.staffing is not None:
            self._inputs = goal.resources.staffing
        self._arrange()
        self.refresh()

    def refresh(self) -> None:
        """Recompute from the goal, or show why it cannot be."""
        goal = self._goal
        problem = self.problem()
        weeks: list[WeekStaffing] = []
        if problem:
            self.staffing_label.setText(problem)
        elif goal is None or goal.resources.staffing is None:
            self.staffing_label.setText("")
        else:
            try:
                weeks = weekly_staffing(goal)
                need = peak_staffing(goal)
            except ValueError as error:
                self.staffing_label.setText(
                    self.tr("Cannot work it out: {0}").format(
                        QCoreApplication.translate("Staffing", str(error))
                    )
                )
            else:
                self.staffing_label.setText(self._result_text(need, bool(weeks)))
        self.staffing_label.setStyleSheet(f"color: {ERROR_COLOUR};" if problem else "")
        self._fill_table(weeks)
        self.summary_label.setText(self._summary_text(weeks))
        self.summary_label.setVisible(bool(weeks))

    def _target_text(self, target: StaffingTarget) -> str:
        locale = QLocale()
        number = lambda value: locale.toString(float(value), "g", 6)  # noqa: E731
        if target.kind == "asa":
            return self.tr("The goal's target: an average wait of {0} s.").format(number(target.value))
        if target.kind == "abandonment":
            return self.tr(
                "The goal's target: at most {0} % of callers hang up. Erlang C does not model hanging up: "
                "callers are taken to give up after {1} s on average, and the agents that keep it to {0} % "
                "are counted."
            ).format(number(100 * target.value), number(target.patience_s))
        if target.from_goal:
            return self.tr("The goal's target: {0} % answered within the seconds below.").format(
                number(100 * target.value)
            )
        goal = self._goal
        if goal is not None and goal_names_target(goal):
            return self.tr("A service level of your own, below, instead of the goal's target.")
        if goal is not None and goal.kpi in ("wait_time", "asa", "service_level", "abandonment"):
            return self.tr("The goal has no target yet: the service level below is used until it has one.")
        return self.tr("The goal is not about waits or answering: the service level below is used.")

    def _result_text(self, need: Staffing, weekly: bool) -> str:
        locale = QLocale()
        if not weekly:
            headline = self.tr(
                "Needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded "
                "up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%."
            )
        elif self._inputs.volume == "profile":
            headline = self.tr(
                "The busiest week needs {0} agents on the phones and {1} on the rota after shrinkage (whole "
                "agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%."
            )
        else:
            headline = self.tr(
                "Each week needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, "
                "rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%."
            )
        text = headline.format(
            need.agents,
            need.scheduled,
            locale.toString(need.asa, "f", 1),
            locale.toString(100 * need.service_level, "f", 1),
            locale.toString(self._inputs.answer_within_s, "g", 6),
            locale.toString(100 * need.occupancy, "f", 1),
        )
        headcount = self._goal.resources.headcount if self._goal is not None else None
        if headcount is not None:
            gap = need.scheduled - headcount
            text += " " + (
                self.tr("Headcount {0}: {1} short on the rota.").format(headcount, gap)
                if gap > 0
                else self.tr("Headcount {0} is enough.").format(headcount)
            )
        return text

    def _fill_table(self, weeks: list[WeekStaffing]) -> None:
        locale = QLocale()
        self.weeks_table.setRowCount(len(weeks))
        for row, week in enumerate(weeks):
            short = week.short_by > 0
            cells = (
                f"{week.number} · {locale.toString(QDate(week.start), QLocale.FormatType.ShortFormat)}",
                locale.toString(round(week.contacts)),
                locale.toString(week.need.agents),
                "" if week.available is None else locale.toString(week.available),
                locale.toString(week.short_by) if short else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if short:
                    item.setForeground(QBrush(QColor(ERROR_COLOUR)))
                    font = QFont(item.font())
                    font.setBold(column == 4)
                    item.setFont(font)
                self.weeks_table.setItem(row, column, item)

    @property
    def weeks_table(self) -> QTableWidget:
        """The per-week table."""
        return self.findChild(QTableWidget, "staffing_weeks")

    def _summary_text(self, weeks: list[WeekStaffing]) -> str:
        summary = staffing_summary(weeks)
        if summary is None:
            return ""
        worst = summary.worst
        if worst.available is None:
            text = self.tr("Enter the headcount to compare. The busiest week, week {0}, needs {1} agents.")
            text = text.format(worst.number, worst.need.agents)
        elif summary.short_weeks:
            text = self.tr(
                "%n of {0} weeks are short of agents; the worst, week {1}, needs {2} and {3} are available.",
                "",
                summary.short_weeks,
            ).format(summary.weeks, worst.number, worst.need.agents, worst.available)
        else:
            text = self.tr("Every week has enough agents; the busiest, week {0}, needs {1} of {2}.")
            text = text.format(worst.number, worst.need.agents, worst.available)
        return text + " " + self._occupancy_text(summary.lowest_occupancy, summary.highest_occupancy)

    def _occupancy_text(self, lowest: WeekStaffing, highest: WeekStaffing) -> str:
        locale = QLocale()
        low, high = occupancy_band()
        percent = lambda share: locale.toString(100 * share, "f", 0)  # noqa: E731
        span = (
            percent(lowest.occupancy)
            if percent(lowest.occupancy) == percent(highest.occupancy)
            else self.tr("{0}–{1}").format(percent(lowest.occupancy), percent(highest.occupancy))
        )
        words = {
            "idle": self.tr("below the healthy {1}–{2} % band: agents sit idle part of the time"),
            "healthy": self.tr("inside the healthy {1}–{2} % band"),
            "pressure": self.tr("above the healthy {1}–{2} % band: pressure, little time between contacts"),
            "burnout": self.tr("far above the healthy {1}–{2} % band: agents burn out"),
            "overloaded": self.tr("the queue never clears: too few agents for the contacts"),
        }
        levels = [occupancy_level(lowest.occupancy), occupancy_level(highest.occupancy)]
        verdict = "; ".join(dict.fromkeys(words[level] for level in levels))
        return self.tr("Occupancy {0} %: {1}.").format(span, verdict.format("", percent(low), percent(high)))
