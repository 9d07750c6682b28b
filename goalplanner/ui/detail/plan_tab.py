"""The plan tab: the goal's weeks or months; typing over a value locks it and re-spreads the others,
a reset goes back to the curve, and a team total can be split per person. Every edit is undoable."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.breakdown import plan_for, respread
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import Goal, SubTarget
from goalplanner.store import StoreError
from goalplanner.ui.commands import ReplacePlan
from goalplanner.ui.detail.models import PlanTableModel, table_view
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.session import PlanSession
from goalplanner.ui.split_dialog import SplitDialog
from goalplanner.ui.wizard.shape_preview import shape_error_text


class PlanTab(QWidget):
    """One period type of the plan at a time (weeks or months), editable and lockable."""

    problem = Signal(str)  # why an edit of the plan was not saved

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.goal: Goal | None = None
        self.plan: list[SubTarget] = []
        self.weeks_radio = QRadioButton(objectName="plan_weeks")
        self.months_radio = QRadioButton(objectName="plan_months")
        group = QButtonGroup(self)
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
        self.plan_view = table_view(self.plan_model)
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plan_hint)
        layout.addWidget(self.plan_view, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.weeks_radio.setText(self.tr("&Weeks"))
        self.months_radio.setText(self.tr("&Months"))
        self.reset_button.setText(self.tr("Reset to &curve"))
        self.split_button.setText(self.tr("&Split among agents…"))
        self.split_button.setToolTip(
            self.tr("Make one goal per agent, each with their share of the team's target.")
        )
        self.plan_hint.setText(
            self.tr(
                "Type over a planned value to fix it: it is locked and the other periods re-spread so the "
                "plan still ends at the target."
            )
        )

    def show_goal(self, goal: Goal | None, plan: list[SubTarget]) -> None:
        """Show ``goal``'s ``plan`` (weeks and months) in the period type chosen."""
        self.goal, self.plan = goal, list(plan)
        self._show_plan()
        self.split_button.setVisible(goal is not None and not goal.person)  # an agent's goal is not split

    def _period(self) -> str:
        return "week" if self.weeks_radio.isChecked() else "month"

    def _show_plan(self) -> None:
        period = self._period()
        self.plan_model.set_plan(self.goal, [s for s in self.plan if s.period == period])

    def _replace_plan(self, new_plan: list[SubTarget], text: str) -> None:
        goal_id, before = self.goal.id, list(self.plan)
        try:
            self.session.store.save_plan(goal_id, new_plan)
        except StoreError as error:
            self.problem.emit(store_error_text(error))
            return
        self.session.push(ReplacePlan(self.session, goal_id, before, new_plan, text))
        self.session.notify({goal_id})

    def _respread(self, edited: list[SubTarget], period: str) -> list[SubTarget]:
        goal = self.goal
        rows = [s for s in edited if s.period == period]
        kpi = get_kpi(goal.kpi)
        if (kpi is None or kpi.kind == "level") and goal.baseline is not None and goal.target is not None:
            calendar = self.session.calendar(goal)
            rows = respread(rows, goal.baseline, goal.target, goal.start, goal.deadline, calendar=calendar,
                            shape=goal.plan_shape)  # fmt: skip
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
        """Open the dialog that splits the team goal into one goal per agent."""
        if self.goal is None:
            return None
        dialog = SplitDialog(self.session, self.goal, self)
        dialog.open()
        return dialog

    def reset_plan(self) -> None:
        """Drop every manual value: the plan follows the curve again."""
        if self.goal is None:
            return
        try:
            plan = plan_for(self.goal, self.session.calendar(self.goal))  # along the goal's own shape
        except ValueError as error:  # a shape that no longer fits the goal (a rise for a cut)
            self.problem.emit(shape_error_text(error))
            return
        self._replace_plan(plan, self.tr("Reset plan to curve"))
