"""The detail pane for a linked team plan: its row (which file, when copied, what is wrong, what to do)
or one of its goals, read-only: the goal's status line and chart, as the session judged them.

Nothing here can change the team plan: there is no check-in form and no edit, only the link's own
actions (take a new copy, locate a file that moved, remove the link).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from goalplanner.core.progress import Evaluation
from goalplanner.core.smart import sentence
from goalplanner.ui import team_rows
from goalplanner.ui.chart_view import ChartView
from goalplanner.ui.detail.status_line import StatusLine
from goalplanner.ui.formatting import ui_wording
from goalplanner.ui.session import GoalState, TeamBranch


class TeamPlanView(QWidget):
    """A team plan's row or goal, shown read-only; asks for the link's actions by signal."""

    refresh_requested = Signal(int)  # a link id: take a new copy of its file
    locate_requested = Signal(int)  # a link id: choose where its file is now
    remove_requested = Signal(int)  # a link id: stop showing it

    def __init__(self, status_text: Callable[[Evaluation], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status_text = status_text  # the goal detail's own wording of a status line
        self.branch: TeamBranch | None = None
        self.state: GoalState | None = None
        self.banner = QLabel(wordWrap=True, objectName="team_banner", frameShape=QFrame.Shape.StyledPanel)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet("#team_banner { background: #e8f0fe; padding: 6px; }")
        self.title_label = QLabel(wordWrap=True, objectName="team_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        font.setItalic(True)
        self.title_label.setFont(font)
        self.sentence_label = QLabel(wordWrap=True, objectName="team_sentence")
        self.status_label = StatusLine(objectName="team_status")
        self.problem_label = QLabel(wordWrap=True, objectName="team_problem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton(objectName="team_refresh")
        self.locate_button = QPushButton(objectName="team_locate")
        self.remove_button = QPushButton(objectName="team_remove")
        for button, signal in (
            (self.refresh_button, self.refresh_requested),
            (self.locate_button, self.locate_requested),
            (self.remove_button, self.remove_requested),
        ):
            button.clicked.connect(lambda _c=False, s=signal: self.branch and s.emit(self.branch.link.id))
        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.locate_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.chart_view = ChartView()
        self.chart_view.setObjectName("team_chart")
        layout = QVBoxLayout(self)
        for widget in (self.banner, self.title_label, self.sentence_label, self.status_label):
            layout.addWidget(widget)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        layout.addWidget(self.chart_view, 1)
        self.filler = QWidget()  # takes the chart's room on a plan's own row, so nothing spreads out
        layout.addWidget(self.filler, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.refresh_button.setText(self.tr("&Refresh"))
        self.locate_button.setText(self.tr("&Locate…"))
        self.remove_button.setText(self.tr("Remove &link"))
        self.refresh_button.setToolTip(self.tr("Take a new copy of the team lead's file now."))
        self.locate_button.setToolTip(self.tr("Choose where the team lead's file is now."))
        self.remove_button.setToolTip(
            self.tr("Stop showing this team plan here. The team lead's file is not touched.")
        )
        if self.branch is not None:
            self.show_row(self.branch, self.state)

    def show_row(self, branch: TeamBranch, state: GoalState | None) -> None:
        """Show ``branch`` (its own row when ``state`` is None, else that team goal)."""
        self.branch, self.state = branch, state
        locale = QLocale()
        read = branch.read
        if read.reading:
            self.banner.setText(self.tr("Reading the team plan {0}…").format(branch.link.path))
        elif read.error is None:
            when = locale.toString(QDateTime(read.taken), QLocale.FormatType.ShortFormat)
            self.banner.setText(
                self.tr(
                    "Read-only: the team plan “{0}” ({1}), as copied {2}. The team lead changes it in "
                    "their own file; nothing here is written to it or locks it."
                ).format(branch.link.name, branch.link.path, when)
            )
        else:
            self.banner.setText(
                self.tr("Team plan “{0}”, linked from {1}. It cannot be shown now:").format(
                    branch.link.name, branch.link.path
                )
            )
        self.problem_label.setText(team_rows.problem_text(branch))
        colour = team_rows.branch_colour(branch)
        self.problem_label.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")
        self.problem_label.setVisible(read.error is not None)
        self.locate_button.setVisible(state is None)
        self.refresh_button.setVisible(state is None)
        self.remove_button.setVisible(state is None)
        if state is None:
            self.title_label.setText(team_rows.branch_title(branch))
            self.sentence_label.setText(
                self.tr("Goals in this plan: %n", "", len(branch.states)) if read.error is None else ""
            )
            self.status_label.setText(team_rows.branch_state(branch, locale))
            self.sentence_label.setVisible(read.error is None)
            self.chart_view.hide()
            self.filler.show()
            return
        goal, evaluation = state.goal, state.evaluation
        self.title_label.setText(goal.title)
        self.sentence_label.setText(sentence(goal, ui_wording()))
        self.status_label.setText(self._status_text(evaluation))
        self.sentence_label.show()
        self.filler.hide()
        self.chart_view.show()
        plan = list(branch.plans.get(goal.id, ()))

        def this_goal(locale, size):
            from goalplanner.charts.figures import GOAL_SIZE, goal_chart  # loaded by now, off the GUI thread

            return goal_chart(evaluation, plan, locale=locale, size=size or GOAL_SIZE)

        self.chart_view.show_chart(this_goal, "team-goal-chart")
