"""The selected goal: its SMART sentence and status, the check-in form, and its check-ins, plan, chart and
resources.

The parts change the plan through the session; the detail listens to the session and shows its goal
again, once, whenever a change touches it (whoever made the change).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from goalplanner.core.agents import agents_of
from goalplanner.core.closing import closed_text
from goalplanner.core.model import Goal
from goalplanner.core.progress import Evaluation
from goalplanner.core.rollup import Guarded
from goalplanner.core.smart import sentence
from goalplanner.ui.detail.agents_panel import AgentsPanel
from goalplanner.ui.detail.chart_tab import ChartTab
from goalplanner.ui.detail.checkin_form import CheckInForm
from goalplanner.ui.detail.closed_panel import ClosedPanel
from goalplanner.ui.detail.history import CheckInHistory
from goalplanner.ui.detail.plan_tab import PlanTab
from goalplanner.ui.detail.resources_tab import ResourcesTab
from goalplanner.ui.detail.status_line import StatusLine
from goalplanner.ui.formatting import achievement_percent, format_amount, ui_wording
from goalplanner.ui.session import PlanChange, PlanSession
from goalplanner.ui.status_style import guarded_text, rollup_text, status_text


class GoalDetail(QWidget):
    """Everything about one goal of the session's plan; edits are undoable commands on the session."""

    edit_resources = Signal(int)  # the user asked to answer or change this goal's resources (the wizard)
    team_grid_requested = Signal(int)  # the user asked for this team goal's week grid

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.goal: Goal | None = None  # the goal shown
        self.title_label = QLabel(wordWrap=True, objectName="detail_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.sentence_label = QLabel(wordWrap=True, objectName="detail_sentence")
        self.status_label = StatusLine(objectName="detail_status")  # two lines, whatever it says
        self.team_grid_button = QPushButton(objectName="detail_team_grid")  # for a team goal with agents
        self.team_grid_button.hide()
        self.team_grid_button.clicked.connect(lambda: self.team_grid_requested.emit(self.goal.id))

        self.checkin_form = CheckInForm(session)
        self.agents_panel = AgentsPanel(session)  # in the form's place for a team fed by its agents
        # In the form's place for a closed goal, which takes no check-ins. Shown or hidden rather than
        # stacked: a stack is as tall as its tallest page, and the panel's wrapped texts would make the
        # form's slot change height (moving its fields) whenever the goal shown changes.
        self.closed_panel = ClosedPanel()
        self.closed_panel.hide()
        self.history = CheckInHistory(session, self.checkin_form.checkin_problem)
        self.plan_tab = PlanTab(session)
        self.chart_tab = ChartTab(session)
        self.resources_tab = ResourcesTab()
        self.resources_tab.edit_requested.connect(self.edit_resources)
        for part in (self.history, self.plan_tab):  # their problems go on the form's message line
            part.problem.connect(self.checkin_form.show_problem)
        self.tabs = QTabWidget()
        for tab in (self.history, self.plan_tab, self.chart_tab, self.resources_tab):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.sentence_label)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.team_grid_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)
        layout.addWidget(self.agents_panel)
        layout.addWidget(self.checkin_form)
        layout.addWidget(self.closed_panel)
        layout.addWidget(self.tabs, 1)
        session.changed.connect(self._plan_changed)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()  # the goal's own texts follow with the session's reload after the switch
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Check-ins"))
        self.tabs.setTabText(1, self.tr("&Plan"))
        self.tabs.setTabText(2, self.tr("Char&t"))
        self.tabs.setTabText(3, self.tr("Reso&urces"))
        self.team_grid_button.setText(self.tr("Team week grid…"))

    # -- what the window asks of it --------------------------------------------------------------

    def show_goal(self, goal_id: int | None) -> None:
        """Show the goal with ``goal_id`` as the session judged it (None, or a goal gone: nothing)."""
        state = self.session.state(goal_id) if goal_id is not None else None
        self.goal = state.goal if state is not None else None
        if state is None:
            for label in (self.title_label, self.sentence_label, self.status_label):
                label.clear()
            self.team_grid_button.hide()
            self.checkin_form.show_goal(None)
            self.agents_panel.show_goal(None)
            self.closed_panel.show_goal(None)
            self.closed_panel.hide()
            self.history.show_evaluation(None)
            self.plan_tab.show_goal(None, [])
            self.chart_tab.show_goal(None, [])
            self.resources_tab.show_goal(None)
            return
        goal = state.goal
        evaluation = self.session.evaluation(goal.id)  # every check-in judged, once per change
        plan = self.session.store.subtargets(goal.id)
        self.title_label.setText(goal.title)
        self.sentence_label.setText(sentence(goal, ui_wording()))
        children = self.session.children(goal.id)
        together = ""
        linked = any(branch.link.goal_id == goal.id for branch in self.session.team_branches())
        if linked or children:
            together = rollup_text(goal.id, state.rollup, self.session.named_goals())  # teams named
        self.status_label.setText(self.status_text(evaluation, state.guarded, together))
        self.team_grid_button.setVisible(bool(agents_of(goal, children)))
        self.checkin_form.show_goal(goal)
        self.agents_panel.show_goal(goal)
        self.closed_panel.show_goal(goal)
        self.closed_panel.setVisible(goal.closed)  # a closed goal takes no check-ins until reopened
        self.checkin_form.setVisible(not goal.closed and not self.agents_panel.fed_by_agents())
        self.history.delete_button.setVisible(not self.agents_panel.fed_by_agents())  # its agents' to change
        self.history.show_evaluation(evaluation)
        self.plan_tab.show_goal(goal, plan)
        self.chart_tab.show_goal(goal, plan)
        self.resources_tab.show_goal(goal)

    def show_chart(self) -> None:
        """Bring the chart tab to the front (a goal clicked on the portfolio)."""
        self.tabs.setCurrentWidget(self.chart_tab)

    def show_resources(self) -> None:
        """Bring the resources tab to the front."""
        self.tabs.setCurrentWidget(self.resources_tab)

    def chart_drawn(self) -> bool:
        """Whether the chart tab holds a drawn chart (the bundle's smoke test asks)."""
        return self.chart_tab.chart_view.shown

    def focus_checkin(self) -> None:
        """Bring the check-ins to the front, the cursor in the actual field (a goal due for one)."""
        self.tabs.setCurrentWidget(self.history)
        self.checkin_form.focus_actual()

    # -- inside ----------------------------------------------------------------------------------

    def _plan_changed(self, change: PlanChange) -> None:
        if self.goal is not None and change.touches(self.goal.id):
            self.show_goal(self.goal.id)

    def status_text(self, evaluation: Evaluation, guarded: Guarded | None = None, together: str = "") -> str:
        """``evaluation`` in one line: status (beside its guardrail's), achievement, forecast, next
        check-in or ready to close, and ``together``, the roll-up with its sub-goals and its reason.
        A closed goal's line says how it ended and the status it was last judged at; core forecasts
        nothing for it and nothing is due, as ``goalplanner status`` shows it."""
        goal, status, latest = evaluation.goal, evaluation.status, evaluation.latest
        locale = QLocale()
        band = goal.direction == "range" and None not in (goal.range_low, goal.range_high)
        parts = [guarded_text(guarded) if guarded is not None else status_text(status.code)]
        if goal.closed:  # how it ended, then its last judged status: no pace, nothing due
            amount = lambda shown, value: format_amount(shown, value, locale)  # noqa: E731
            judged = [self.tr("last judged: {0}").format(parts[0])] if latest is not None else []
            parts = [closed_text(goal, ui_wording(locale), amount), *judged]
        if band and latest is not None:
            inside = goal.range_low <= latest.checkin.actual <= goal.range_high
            parts.append(self.tr("inside the band") if inside else self.tr("outside the band"))
        elif status.achievement is not None:
            parts.append(
                self.tr("{0}% of the planned change").format(achievement_percent(status.achievement, locale))
            )
        expected = evaluation.forecast
        if expected is not None and expected.in_band is not None:
            parts.append(
                self.tr("at this pace inside the band by the deadline")
                if expected.in_band
                else self.tr("at this pace outside the band by the deadline")
            )
        elif expected is not None:
            parts.append(
                self.tr("at this pace {0} by the deadline").format(
                    format_amount(goal, expected.value, locale)
                )
            )
        if evaluation.ready_to_close:
            parts.append(self.tr("ready to close"))
        elif evaluation.next_due is not None:
            when = locale.toString(QDate(evaluation.next_due), QLocale.FormatType.ShortFormat)
            parts.append(self.tr("next check-in {0}").format(when))
        if together:
            parts.append(self.tr("with sub-goals: {0}").format(together))
        return " · ".join(parts)
