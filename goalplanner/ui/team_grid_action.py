"""Goal -> Team week grid... and the detail's button: open the grid on a team goal that has agents.

Kept out of the main window (which adds one line for it): the action follows the selected goal, is
enabled for a team goal split into agent goals (or one of its agents) and says why when it is not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from goalplanner.core.agents import agents_of
from goalplanner.core.model import Goal
from goalplanner.store import Store

if TYPE_CHECKING:  # the grid loads when first opened
    from goalplanner.ui.team_grid import TeamGridDialog


class TeamGridAction(QObject):
    """Goal -> Team week grid... on the selected team goal (one grid at a time)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: TeamGridDialog | None = None
        self.action = QAction(window, objectName="team_grid_action")
        self.action.triggered.connect(lambda _checked=False: self.open_grid())
        window.goal_menu.insertAction(window.move_goal_action, self.action)
        window.goal_menu.setToolTipsVisible(True)  # a disabled grid says why
        window.goal_menu.aboutToShow.connect(self.update_action)
        window.goal_list.current_goal_changed.connect(lambda _goal_id: self.update_action())
        window.plan_files.opened.connect(self._plan_opened)
        window.installEventFilter(self)
        self.retranslate()
        self.update_action()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Team &week grid…"))
        self.update_action()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def _plan_opened(self, _store: Store) -> None:
        # the window made the plan's detail before this runs (its slot was connected first)
        if self.window.detail is not None:
            self.window.detail.team_grid_requested.connect(self.open_grid)
        self.update_action()

    def team_of(self, goal_id: int | None = None) -> Goal | None:
        """The team goal with agents that ``goal_id`` (default: the selected goal) is or belongs to."""
        session = self.window.session
        if session is None or session.store.closed:
            return None
        if goal_id is None:
            selected = self.window.goal_list.selected_goal()
            goal_id = selected.id if selected is not None else None
        state = session.state(goal_id) if goal_id is not None else None
        if state is None:
            return None
        parent = session.state(state.goal.parent_id) if state.goal.person and state.goal.parent_id else None
        for goal in (state.goal, *((parent.goal,) if parent is not None else ())):
            if agents_of(goal, session.children(goal.id)):
                return goal
        return None

    def update_action(self) -> None:
        team = self.team_of()
        self.action.setEnabled(team is not None)
        self.action.setToolTip(
            self.tr("Type every agent's actuals of the week in one grid.")
            if team is not None
            else self.tr("For a team goal split per person into agent goals: choose one first.")
        )

    def open_grid(self, goal_id: int | None = None) -> TeamGridDialog | None:
        """Open the grid on ``goal_id``'s team (default: the selected goal's)."""
        team = self.team_of(goal_id)
        if team is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        from goalplanner.ui.team_grid import TeamGridDialog

        self.dialog = TeamGridDialog(self.window.session, team.id, self.window)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
