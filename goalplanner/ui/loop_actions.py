"""Goal -> Close..., Reopen and Continue into next period...: closing the loop on a goal.

Kept out of the main window (which adds one line for it): the actions join the window's Goal menu,
follow the selected goal, and change the plan through the session, each as one undoable step.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from goalplanner.core.closing import final_value_for, reopen_goal
from goalplanner.core.continuation import next_period
from goalplanner.core.model import Goal
from goalplanner.store import StoreError
from goalplanner.ui.close_dialog import CloseGoalDialog
from goalplanner.ui.commands import EditGoal
from goalplanner.ui.errors import store_error_text


class LoopActions(QObject):
    """Close, reopen and continue the window's selected goal (or one chosen in the due list)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: CloseGoalDialog | None = None
        self.close_action = QAction(window, objectName="close_goal_action")
        self.close_action.triggered.connect(lambda _checked=False: self.close_goal())
        self.reopen_action = QAction(window, objectName="reopen_goal_action")
        self.reopen_action.triggered.connect(lambda _checked=False: self.reopen_goal())
        self.continue_action = QAction(window, objectName="continue_goal_action")
        self.continue_action.triggered.connect(lambda _checked=False: self.continue_goal())
        menu = window.goal_menu
        menu.insertSeparator(window.move_goal_action)
        for action in (self.close_action, self.reopen_action, self.continue_action):
            menu.insertAction(window.move_goal_action, action)
        menu.insertSeparator(window.move_goal_action)
        menu.aboutToShow.connect(self.update_actions)
        window.goal_list.current_goal_changed.connect(lambda _goal_id: self.update_actions())
        window.goal_list.close_requested.connect(self.close_goal)
        window.installEventFilter(self)
        self.retranslate()
        self.update_actions()

    @property
    def session(self):
        return self.window.session

    def retranslate(self) -> None:
        self.close_action.setText(self.tr("&Close goal…"))
        self.reopen_action.setText(self.tr("&Reopen goal"))
        self.continue_action.setText(self.tr("Con&tinue into next period…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def update_actions(self) -> None:
        """Close for an open goal, Reopen for a closed one, Continue for any."""
        goal = self._goal(None)
        self.close_action.setEnabled(goal is not None and not goal.closed)
        self.reopen_action.setEnabled(goal is not None and goal.closed)
        self.continue_action.setEnabled(goal is not None and goal.state != "draft")

    def _goal(self, goal_id: int | None) -> Goal | None:
        if self.session is None or self.session.store.closed:
            return None
        if goal_id is None:
            selected = self.window.goal_list.selected_goal()
            goal_id = selected.id if selected is not None else None
        state = self.session.state(goal_id) if goal_id is not None else None
        return state.goal if state is not None else None

    # -- close and reopen --------------------------------------------------------------------------

    def close_goal(self, goal_id: int | None = None) -> CloseGoalDialog | None:
        """Open the close dialog on ``goal_id`` (default: the selected goal); saving closes it."""
        goal = self._goal(goal_id)
        if goal is None or goal.closed:
            return None
        evaluation = self.session.evaluation(goal.id)
        checkins = [judged.checkin for judged in evaluation.judged] if evaluation is not None else []
        reached = evaluation is not None and evaluation.status.code == "achieved"
        outcome = "achieved" if reached or not checkins else "missed"
        self.dialog = CloseGoalDialog(goal, final_value_for(checkins), outcome, self.window)
        self.dialog.accepted.connect(lambda: self._save(goal, self.dialog.closed_goal(), self._close_text))
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def reopen_goal(self, goal_id: int | None = None) -> None:
        """Make a closed goal active again (the close is one undo step away too)."""
        goal = self._goal(goal_id)
        if goal is not None and goal.closed:
            self._save(goal, reopen_goal(goal), lambda g: self.tr("Reopen goal “{0}”").format(g.title))

    def _close_text(self, goal: Goal) -> str:
        return self.tr("Close goal “{0}”").format(goal.title)

    def _save(self, before: Goal, after: Goal, text) -> None:
        store = self.session.store
        try:
            plan = store.subtargets(before.id)
            with store.transaction():
                if store.get_goal(before.id) != before:
                    raise KeyError(before.id)
                store.save_goal(after)
        except (StoreError, KeyError, ValueError) as error:
            message = store_error_text(error) if isinstance(error, StoreError) else str(error)
            self.window.statusBar().showMessage(message, 10_000)
            return
        self.session.push(EditGoal(self.session, (before, plan), (after, plan), text(after)))
        self.session.notify(structure=True)
        self.update_actions()

    # -- continue ----------------------------------------------------------------------------------

    def continue_goal(self, goal_id: int | None = None) -> None:
        """Open the wizard on a new goal continuing ``goal_id`` (default: the selected goal)."""
        goal = self._goal(goal_id)
        if goal is None or self.window.goals.wizard is not None:  # one wizard at a time
            return
        checkins = self.session.store.actuals(goal.id)  # a team fed by agents: theirs
        new = next_period(goal, checkins, date.today())
        commands = self.window.goals
        from goalplanner.ui.goal_commands import _wizard_class
        from goalplanner.ui.wizard.wizard import WHAT

        wizard = _wizard_class()(
            self.session.store, self.window, goal=new, calendar_for=self.session.calendar_for
        )
        wizard.setStartId(WHAT)  # the goal is filled in: no template to choose, straight to its pages
        commands._open_wizard(wizard)
