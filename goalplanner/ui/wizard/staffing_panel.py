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
    QAbstractScrollArea,
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
from goalplanner.core.staffing import goal_names_target, staffing_target
from goalplanner.core.staffing_weeks import (
    WeekStaffing,
    peak_staffing,
    split_pasted_numbers,
    weekly_staffing,
)
from goalplanner.ui.widgets import ERROR_COLOUR, NumberField, fit_table_width, text_field
from goalplanner.ui.wizard.staffing_words import StaffingWords

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
        self.words = StaffingWords(self)
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
        body.addWidget(self._weeks_table(), 0)
        body.addStretch(1)
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
        months = QWidget()
        months_row = QHBoxLayout(months)
        months_row.setContentsMargins(0, 0, 0, 0)
        months_label = QLabel(self.tr("Contacts a month"))
        months_label.setBuddy(self.profile_edit)
        months_row.addWidget(months_label)
        months_row.addWidget(self.profile_edit, 1)
        self.volume_stack.addWidget(flat)
        self.volume_stack.addWidget(months)
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
        table.setSizeAdjustPolicy(
            QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents
        )  # as wide as its columns
        row_height = table.fontMetrics().height() + 6  # compact: a line of text and a little air
        table.verticalHeader().setDefaultSectionSize(row_height)
        table.verticalHeader().setMinimumSectionSize(row_height)
        rows = row_height * TABLE_ROWS_SHOWN
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
            volumes = (QLocale().toString(float(v), "g", 12) for v in inputs.volume_profile)
            self.profile_edit.setText("  ".join(volumes))
            self.profile_edit.setCursorPosition(0)  # January first in view
        finally:
            self._loading = False
        self._arrange()

    def problem(self) -> str:
        """What stops the inputs from being read, or "" (shown in place of the result); nothing while
        the calculator is not in use (greyed out)."""
        if not self.isEnabled():
            return ""
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
        self.target_label.setText(self.words.target(target, self._goal))

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
                self.staffing_label.setText(
                    self.words.result(need, bool(weeks), self._inputs, goal.resources.headcount)
                )
        self.staffing_label.setStyleSheet(f"color: {ERROR_COLOUR};" if problem else "")
        self._fill_table(weeks)
        self.summary_label.setText(self.words.summary(weeks))
        self.summary_label.setVisible(bool(weeks))

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
        fit_table_width(self.weeks_table)

    @property
    def weeks_table(self) -> QTableWidget:
        """The per-week table."""
        return self.findChild(QTableWidget, "staffing_weeks")
