"""Split a team goal into one agent goal per person: counts divide (equally or by weight, to the unit),
rates and times keep the team's target or one typed per person. The shares are shown before anything
is created; creating them is one undo step (goal_commands.split_into_agents)."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.agent_split import CLOSED, IS_AGENT, split_goal, split_refusal
from goalplanner.core.agents import SUM, agent_goals, combine_rule
from goalplanner.core.model import Goal
from goalplanner.ui.formatting import format_value
from goalplanner.ui.goal_commands import split_into_agents
from goalplanner.ui.session import PlanSession


class SplitDialog(QDialog):
    """Who the team goal's agents are and their shares; Create makes their goals."""

    def __init__(self, session: PlanSession, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="split_dialog")
        self.session, self.goal = session, goal
        self.rule = combine_rule(goal)
        self.earlier = session.store.agents(goal.id)
        self.created: list[int] = []  # the new agents' ids, once created
        self.setWindowTitle(self.tr("Split “{0}” among agents").format(goal.title))
        people = [agent.person for agent in self.earlier] or list(goal.contributors)
        self.people_edit = QLineEdit(", ".join(people), objectName="split_people")
        # The names offered (the earlier agents, or the goal's contributors, often teams) are selected:
        # typing replaces them instead of running on from the last one ("Phone team BAna").
        self.people_edit.selectAll()
        self.people_edit.setPlaceholderText(self.tr("Names, separated by commas: Ana, Ben, Chen"))
        self.weights_edit = QLineEdit(objectName="split_weights")
        example = "; ".join(QLocale().toString(w) for w in (1, 1, 0.5))
        self.weights_edit.setPlaceholderText(self.tr("Optional, e.g. {0} for a part-timer").format(example))
        self.targets_edit = QLineEdit(objectName="split_targets")
        team_target = self._shown(goal.target)
        self.targets_edit.setPlaceholderText(
            self.tr("Optional, one per person separated by “;”; blank keeps the team's {0}").format(
                team_target
            )
        )
        self.from_agents = QCheckBox(self.tr("&Take the team's actuals from its agents"))
        self.from_agents.setObjectName("split_from_agents")
        # A goal with check-ins of its own keeps being judged on them unless the user chooses otherwise:
        # its agents start with none, so switching at once would leave the team (and its parents'
        # roll-up) with no check-in yet.
        own = 0 if goal.actuals_from == "agents" else len(session.store.checkins(goal.id))
        self.from_agents.setChecked(own == 0)
        tip = self.tr(
            "The team goal is then judged on its agents' check-ins: counts add up, averages are "
            "weighted by contacts, shares come from the agents' counts."
        )
        if own:
            tip += "\n" + self.tr(
                "Not ticked: the team has %n check-in(s) of its own, which it keeps being judged on "
                "until its agents report (switch in its detail).",
                "",
                own,
            )
        self.from_agents.setToolTip(tip)
        self.result_label = QLabel(wordWrap=True, objectName="split_result")
        # Room for the shares of four or five people from the start, so the dialog does not jump; longer
        # lists grow the dialog (a wrapped label in a form does not grow its window by itself).
        self.result_label.setMinimumHeight(3 * self.result_label.fontMetrics().lineSpacing())
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.note_label = QLabel(wordWrap=True, objectName="split_note")
        form = QFormLayout()
        form.addRow(self.tr("Team target"), QLabel(team_target))
        form.addRow(self.tr("&People"), self.people_edit)
        if self.rule == SUM:
            form.addRow(self.tr("&Weights"), self.weights_edit)
            self.targets_edit.hide()
        else:
            form.addRow(self.tr("T&argets"), self.targets_edit)
            self.weights_edit.hide()
        form.addRow(self.tr("Shares"), self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(objectName="split_create")
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.from_agents)
        layout.addWidget(self.note_label)
        layout.addStretch()
        layout.addWidget(self.buttons)
        # Only now: a default set before the button is in the dialog is lost, and Enter cancels.
        self.create_button.setDefault(True)
        for edit in (self.people_edit, self.weights_edit, self.targets_edit):
            edit.textChanged.connect(self._update)
        self.setMinimumWidth(560)
        self._update()

    # -- reading what was typed ------------------------------------------------------------------

    def people(self) -> list[str]:
        return [p.strip() for p in self.people_edit.text().split(",") if p.strip()]

    def _numbers(self, text: str, *, blanks: bool) -> list[float | None] | str:
        """The numbers typed (";" separates; "," too where it is not the decimal comma, and spaces
        where blanks do not count), or why one is not a number."""
        separators = ";" if QLocale().decimalPoint() == "," or blanks else ";,"
        for separator in separators[1:]:
            text = text.replace(separator, ";")
        parts = text.split(";") if blanks else text.replace(";", " ").split()
        numbers: list[float | None] = []
        for part in parts:
            if not part.strip():
                numbers.append(None)
                continue
            number, ok = QLocale().toDouble(part.strip())
            if not ok or not math.isfinite(number):
                return self.tr("“{0}” is not a number.").format(part.strip())
            numbers.append(number)
        return numbers

    def _choices(self) -> tuple[list[float] | None, list[float | None] | None] | str:
        """The weights and per-person targets typed (None where not typed), or what is wrong."""
        weights = targets = None
        if self.rule == SUM and self.weights_edit.text().strip():
            weights = self._numbers(self.weights_edit.text(), blanks=False)
            if isinstance(weights, str):
                return weights
            if len(weights) != len(self.people()):
                return self.tr("Give one weight per person.")
            if any(w is None or w < 0 for w in weights) or not sum(w or 0 for w in weights):
                return self.tr("Weights are 0 or more, and not all 0.")
        if self.rule != SUM and self.targets_edit.text().strip():
            targets = self._numbers(self.targets_edit.text(), blanks=True)
            if isinstance(targets, str):
                return targets
            if len(targets) != len(self.people()):
                return self.tr("Give one target per person, or leave a place blank for the team's.")
        return weights, targets

    # -- showing the shares ----------------------------------------------------------------------

    def _shown(self, value: float | None) -> str:
        return "–" if value is None else format_value(value, self.goal.unit, QLocale())

    def _update(self) -> None:
        refusal = split_refusal(self.goal, self.earlier, again=True)
        count = len(self.people())
        self.create_button.setText(self.tr("&Create %n agent goals", "", count))
        if refusal is not None:
            self.result_label.setText(self._refusal_text(refusal))
            self.create_button.setEnabled(False)
            return
        choices = self._choices()
        agents: list[Goal] = []
        problem = self._people_problem() or (choices if isinstance(choices, str) else "")
        if not problem:
            agents = agent_goals(self.goal, self.people(), *choices)
        self.create_button.setEnabled(not problem)
        if problem:
            self.result_label.setText(problem)
        else:
            shares = " · ".join(f"{agent.person} {self._shown(agent.target)}" for agent in agents)
            if self.rule == SUM:
                shares += " = " + self._shown(math.fsum(agent.target or 0 for agent in agents))
            self.result_label.setText(shares)
        self._fit_result()
        if self.earlier:
            names = ", ".join(agent.person for agent in self.earlier)
            self.note_label.setText(
                self.tr(
                    "This goal already has agents ({0}). Their goals and check-ins stay, as ordinary "
                    "sub-goals; the new agents take their place."
                ).format(names)
            )

    def _fit_result(self) -> None:
        """Make the dialog tall enough for every line of the shares: none is cut off."""
        label = self.result_label
        if not label.isVisible():
            return
        missing = label.heightForWidth(label.width()) - label.height()
        if missing > 0:
            self.resize(self.width(), self.height() + missing)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_result()

    def _people_problem(self) -> str:
        """What is wrong with the names typed, "" when nothing is."""
        people = self.people()
        if not people:
            return self.tr("Name at least one person.")
        if len({name.casefold() for name in people}) != len(people):
            return self.tr("Each person can appear only once.")
        return ""

    def _refusal_text(self, refusal: str) -> str:
        if refusal == CLOSED:
            return self.tr("This goal is closed: reopen it to split it.")
        if refusal == IS_AGENT:
            return self.tr("This goal is already one agent's share: split the team goal instead.")
        return ""

    # -- creating --------------------------------------------------------------------------------

    def create(self) -> None:
        """Create the agent goals (one undo step) and close; a problem keeps the dialog open."""
        choices = self._choices()
        if isinstance(choices, str) or not self.create_button.isEnabled():
            return
        try:
            split = split_goal(
                self.goal, self.people(), *choices, from_agents=self.from_agents.isChecked(),
                existing_agents=self.earlier, calendar=self.session.calendar(self.goal),
            )  # fmt: skip
        except ValueError:  # a plan shape that cannot make an agent's plan
            self.result_label.setText(self.tr("No plan can be made for the agents' shares."))
            return
        created = split_into_agents(self.session, split, self)
        if created is not None:
            self.created = created
            self.accept()
