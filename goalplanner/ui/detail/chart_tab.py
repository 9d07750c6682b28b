"""The chart tab: the goal's plan against its check-ins, or its sub-goals side by side, to save as an image.

A chart costs 0.1-0.5 s of the chart worker's time (``chart_render``; the window answers meanwhile): it
is drawn when its tab is on screen, once for each change of the goal, and a chart that changed while
hidden is drawn when its tab is next shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QRadioButton, QVBoxLayout, QWidget

from goalplanner.core.model import Goal, SubTarget
from goalplanner.ui.chart_view import ChartView
from goalplanner.ui.session import PlanSession


def _file_stem(goal: Goal) -> str:
    """A file name from the goal's title: its first words, without characters file systems refuse."""
    words = "".join(c if c.isalnum() or c in " -_" else " " for c in goal.title).split()
    return "-".join(words[:8])[:60] or "goal-chart"


class ChartTab(QWidget):
    """This goal's chart, or its sub-goals' charts side by side under the goal's roll-up status."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.goal: Goal | None = None
        self.plan: list[SubTarget] = []
        self._stale = False  # the goal changed while the chart was hidden: draw it when it is shown
        self.chart_goal_radio = QRadioButton(objectName="chart_goal")
        self.chart_children_radio = QRadioButton(objectName="chart_children")
        group = QButtonGroup(self)
        group.addButton(self.chart_goal_radio)
        group.addButton(self.chart_children_radio)
        self.chart_goal_radio.setChecked(True)
        group.buttonClicked.connect(lambda _b: self._draw_if_shown())
        self.chart_view = ChartView()
        self.chart_view.setObjectName("goal_chart")
        self.save_chart_button = QPushButton(objectName="save_chart")
        self.save_chart_button.clicked.connect(lambda: self.chart_view.save_dialog("png"))
        top = QHBoxLayout()
        top.addWidget(self.chart_goal_radio)
        top.addWidget(self.chart_children_radio)
        top.addStretch()
        top.addWidget(self.save_chart_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart_view, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.chart_goal_radio.setText(self.tr("Th&is goal"))
        self.chart_children_radio.setText(self.tr("Sub-goals side &by side"))
        self.save_chart_button.setText(self.tr("&Save chart…"))
        self.save_chart_button.setToolTip(
            self.tr("Save the chart as a PNG image or an SVG drawing (also on right-click).")
        )

    def show_goal(self, goal: Goal | None, plan: list[SubTarget]) -> None:
        """Chart ``goal`` with its ``plan``: now if the tab is on screen, else when it is next shown."""
        self.goal, self.plan = goal, list(plan)
        self._stale = True
        self._draw_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._draw_if_shown()

    def _draw_if_shown(self) -> None:
        if self.goal is None or not self.isVisible():
            return
        self._stale = False
        goal, plan, session = self.goal, list(self.plan), self.session
        children = [child for child in self.session.children(goal.id) if child.id != goal.id]
        self.chart_children_radio.setEnabled(bool(children))
        self.chart_children_radio.setToolTip(
            "" if children else self.tr("Move goals under this one (Goal menu) to compare them here.")
        )
        state = session.state(goal.id)
        if children and state is not None and self.chart_children_radio.isChecked():
            # each sub-goal as the session judged it; "together" is the roll-up the goal list shows
            rows = [(session.evaluation(c.id), session.store.subtargets(c.id)) for c in children]
            together, rollup = state.rollup.code, state.rollup
            goals = {s.goal.id: s.goal for s in session.states()}
            # each sub-goal as the list colours it
            shown = {c.id: session.state(c.id).guarded.shown_code for c in children}

            def sub_goals(locale, size):
                from goalplanner.charts.figures import rollup_chart  # loaded by now, off the GUI thread

                return rollup_chart(
                    goal, rows, together=together, rollup=rollup, goals=goals, shown_codes=shown,
                    locale=locale, size=size,
                )  # fmt: skip

            self.chart_view.show_chart(sub_goals, _file_stem(goal))
            return
        self.chart_goal_radio.setChecked(True)
        evaluation = session.evaluation(goal.id)
        if evaluation is None:
            return

        def this_goal(locale, size):
            from goalplanner.charts.figures import GOAL_SIZE, goal_chart  # loaded by now, off the GUI thread

            return goal_chart(evaluation, plan, locale=locale, size=size or GOAL_SIZE)

        self.chart_view.show_chart(this_goal, _file_stem(goal))
