"""Where a team goal's actuals come from, in place of its check-in form when its agents feed it:
"Actuals come from 4 agents (3 reported this week)", who has not, and a way to switch to the team's
own check-ins (or back to the agents'), undoably."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from goalplanner.core.agent_split import current_period
from goalplanner.core.model import Goal
from goalplanner.ui.goal_commands import switch_actuals
from goalplanner.ui.session import PlanSession


class AgentsPanel(QWidget):
    """A team goal's agents at a glance; hidden for a goal without agents."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="agents_panel")
        self.session = session
        self.goal: Goal | None = None
        self.agent_count = 0
        self.reported, self.missing = 0, ()  # agents who reported in the current period, and who not
        self.summary_label = QLabel(wordWrap=True, objectName="agents_summary")
        self.switch_button = QPushButton(objectName="agents_switch")
        self.switch_button.clicked.connect(self.switch)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label, 1)
        layout.addWidget(self.switch_button)
        self.hide()

    def fed_by_agents(self) -> bool:
        """Whether the goal shown takes its actuals from its agents (its own form is then hidden)."""
        return self.goal is not None and self.goal.actuals_from == "agents"

    def show_goal(self, goal: Goal | None) -> None:
        """Say where ``goal``'s actuals come from when it has agents, or take their source from them."""
        self.goal = goal
        agents = self.session.store.agents(goal.id) if goal is not None else []
        self.agent_count = len(agents)
        self.reported, self.missing = 0, ()
        if self.fed_by_agents():  # read here, once per change: a language switch only rewords it
            store = self.session.store
            now = current_period(goal, store.team_actuals(goal), store.subtargets(goal.id), date.today())
            self.reported = len(now.values) if now is not None else 0
            self.missing = now.missing if now is not None else ()
        self.setVisible(bool(agents) or self.fed_by_agents())
        self._retranslate()

    def switch(self) -> None:
        """Own check-ins for a team fed by its agents; its agents' for one on its own (one undo step)."""
        if self.goal is not None:
            switch_actuals(self.session, self.goal.id, "own" if self.fed_by_agents() else "agents")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        goal = self.goal
        if goal is None:
            return
        if not self.fed_by_agents():
            self.summary_label.setText(
                self.tr(
                    "%n agent goals sit under this goal; it is judged on its own check-ins.",
                    "",
                    self.agent_count,
                )
            )
            self.switch_button.setText(self.tr("Take actuals from &agents"))
            return
        reported = self.reported
        come_from = self.tr("Actuals come from %n agents", "", self.agent_count)
        period = (
            self.tr("(%n reported this month)", "", reported)
            if goal.checkin_cadence == "monthly"
            else self.tr("(%n reported this week)", "", reported)
        )
        text = f"{come_from} {period}"
        if self.missing:
            text += "\n" + self.tr("Not yet: {0}").format(", ".join(self.missing))
        self.summary_label.setText(text)
        self.switch_button.setText(self.tr("Use own &check-ins"))
        self.switch_button.setToolTip(
            self.tr("Judge the team goal on check-ins typed for it, not on its agents' (undoable).")
        )
