"""A one-page goal form: the quick way to enter or correct a goal's essentials.

The step-by-step SMART wizard is the guided way; this form is for a manager who
already knows the numbers, and for editing a goal's core fields later.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.kpis import catalogue, get_kpi
from goalplanner.core.model import CADENCES, DIRECTIONS, Goal

_LIMIT = 1e12  # spin boxes need finite bounds; far beyond any real KPI value


def cadence_label(cadence: str) -> str:
    """A check-in cadence in the user's language."""
    return {
        "weekly": QCoreApplication.translate("Cadence", "Weekly"),
        "biweekly": QCoreApplication.translate("Cadence", "Every two weeks"),
        "monthly": QCoreApplication.translate("Cadence", "Monthly"),
    }[cadence]


def direction_label(direction: str) -> str:
    """A KPI direction in the user's words."""
    return {
        "increase": QCoreApplication.translate("Direction", "Higher is better"),
        "decrease": QCoreApplication.translate("Direction", "Lower is better"),
        "range": QCoreApplication.translate("Direction", "Keep within a band"),
    }[direction]


class GoalDialog(QDialog):
    """Enter a new goal, or edit ``goal``; ``goal()`` returns the result after ``accept``."""

    def __init__(self, parent: QWidget | None = None, goal: Goal | None = None) -> None:
        super().__init__(parent)
        self._original = goal or Goal(state="active")
        self.setWindowTitle(self.tr("New goal") if goal is None else self.tr("Edit goal"))
        self.setMinimumWidth(560)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("One sentence, e.g. Cut average call wait time by 50% within six weeks")
        )
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("The person who answers for it"))
        self.team_edit = QLineEdit()
        self.kpi_combo = QComboBox()
        for kpi in catalogue().values():
            self.kpi_combo.addItem(QCoreApplication.translate("Kpi", kpi.name), kpi.key)
        self.kpi_combo.addItem(self.tr("Custom metric"), "custom")
        self.unit_edit = QLineEdit()
        self.direction_combo = QComboBox()
        for direction in DIRECTIONS:
            self.direction_combo.addItem(direction_label(direction), direction)
        self.baseline_spin = self._spin()
        self.target_spin = self._spin()
        self.start_edit = QDateEdit(calendarPopup=True)
        self.deadline_edit = QDateEdit(calendarPopup=True)
        self.cadence_combo = QComboBox()
        for cadence in CADENCES:
            self.cadence_combo.addItem(cadence_label(cadence), cadence)
        self.problem_label = QLabel(wordWrap=True)
        self.problem_label.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 4px;")
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&What"), self.title_edit)
        form.addRow(self.tr("&Owner"), self.owner_edit)
        form.addRow(self.tr("T&eam"), self.team_edit)
        form.addRow(self.tr("&Metric"), self.kpi_combo)
        form.addRow(self.tr("&Unit"), self.unit_edit)
        form.addRow(self.tr("&Direction"), self.direction_combo)
        form.addRow(self.tr("&Baseline (now)"), self.baseline_spin)
        form.addRow(self.tr("&Target"), self.target_spin)
        form.addRow(self.tr("&Start"), self.start_edit)
        form.addRow(self.tr("Dead&line"), self.deadline_edit)
        form.addRow(self.tr("&Check-ins"), self.cadence_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self._load(self._original)
        self.kpi_combo.currentIndexChanged.connect(self._kpi_changed)
        for signal in (
            self.title_edit.textChanged,
            self.baseline_spin.valueChanged,
            self.target_spin.valueChanged,
            self.start_edit.dateChanged,
            self.deadline_edit.dateChanged,
        ):
            signal.connect(self._validate)
        self._kpi_changed(keep_values=True)
        self._validate()

    @staticmethod
    def _spin() -> QDoubleSpinBox:
        spin = QDoubleSpinBox(decimals=2)
        spin.setRange(-_LIMIT, _LIMIT)
        spin.setGroupSeparatorShown(True)
        return spin

    def _load(self, goal: Goal) -> None:
        self.title_edit.setText(goal.title)
        self.owner_edit.setText(goal.owner)
        self.team_edit.setText(goal.team)
        index = self.kpi_combo.findData(goal.kpi)
        self.kpi_combo.setCurrentIndex(index if index >= 0 else self.kpi_combo.count() - 1)
        self.unit_edit.setText(goal.unit)
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(goal.direction))
        self.baseline_spin.setValue(goal.baseline or 0.0)
        self.target_spin.setValue(goal.target or 0.0)
        self.start_edit.setDate(QDate(goal.start))
        self.deadline_edit.setDate(QDate(goal.deadline or goal.start + timedelta(days=90)))
        self.cadence_combo.setCurrentIndex(self.cadence_combo.findData(goal.checkin_cadence))

    def _kpi_changed(self, *_args: object, keep_values: bool = False) -> None:
        kpi = get_kpi(self.kpi_combo.currentData())
        custom = kpi is None
        self.unit_edit.setEnabled(custom)
        self.direction_combo.setEnabled(custom)
        for spin in (self.baseline_spin, self.target_spin):
            spin.setRange(
                -_LIMIT if custom else max(kpi.min, -_LIMIT), _LIMIT if custom else min(kpi.max, _LIMIT)
            )
        if kpi is not None:
            self.unit_edit.setText(kpi.unit)
            self.direction_combo.setCurrentIndex(self.direction_combo.findData(kpi.direction))
            self.kpi_combo.setToolTip(QCoreApplication.translate("Kpi", kpi.formula))
        elif not keep_values:
            self.unit_edit.clear()

    def _validate(self) -> None:
        problems = []
        if not self.title_edit.text().strip():
            problems.append(self.tr("Say in one sentence what the goal is."))
        if self.deadline_edit.date() <= self.start_edit.date():
            problems.append(self.tr("The deadline must come after the start."))
        if self.target_spin.value() == self.baseline_spin.value():
            problems.append(
                self.tr("The target must differ from the baseline, or there is nothing to achieve.")
            )
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems) and bool(self.title_edit.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def goal(self) -> Goal:
        """The goal as entered; fields this form does not show keep their values."""
        kpi = get_kpi(self.kpi_combo.currentData())
        direction = self.direction_combo.currentData()
        range_low, range_high = self._original.range_low, self._original.range_high
        if direction == "range" and kpi is not None and range_low is None:
            range_low, range_high = kpi.healthy_low, kpi.healthy_high
        start: date = self.start_edit.date().toPython()
        return replace(
            self._original,
            title=self.title_edit.text().strip(),
            owner=self.owner_edit.text().strip(),
            team=self.team_edit.text().strip(),
            kpi=self.kpi_combo.currentData(),
            unit=self.unit_edit.text().strip(),
            direction=direction,
            baseline=self.baseline_spin.value(),
            baseline_date=self._original.baseline_date or start,
            target=self.target_spin.value(),
            range_low=range_low,
            range_high=range_high,
            start=start,
            deadline=self.deadline_edit.date().toPython(),
            checkin_cadence=self.cadence_combo.currentData(),
        )
