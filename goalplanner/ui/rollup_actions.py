"""Goal -> Roll-up rule... and Goal -> Guardrail...: setting how a goal's status is judged with others.

Kept out of the main window (which adds one line for it), as ``loop_actions``: the actions join the
window's Goal menu, follow the selected goal, and change the plan through the session, each choice one
undoable step (a weighted roll-up changes the parent and its sub-goals' weights together).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from goalplanner.core.model import Goal
from goalplanner.core.rollup import guardrail_partners
from goalplanner.store import StoreError
from goalplanner.ui.commands import _StoreCommand
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.session import PlanSession

if TYPE_CHECKING:  # the dialogs load when first opened
    from goalplanner.ui.rollup_dialogs import GuardrailDialog, RollupRuleDialog


class ChangeGoals(_StoreCommand):
    """Goals' settings (not their plans) were changed together; undo puts every one of them back."""

    def __init__(
        self, session: PlanSession, before: Sequence[Goal], after: Sequence[Goal], text: str
    ) -> None:
        super().__init__(text, session, [goal.id for goal in before])
        self.before, self.after = list(before), list(after)

    def apply(self) -> None:
        self._put(expected=self.before, wanted=self.after)

    def revert(self) -> None:
        self._put(expected=self.after, wanted=self.before)

    def _put(self, expected: list[Goal], wanted: list[Goal]) -> None:
        with self.store.transaction():
            for was in expected:
                if self.store.get_goal(was.id) != was:
                    raise KeyError(f"goal {was.id} is not as it was")
            for goal in wanted:
                self.store.save_goal(goal)


def save_goals(session: PlanSession, before: list[Goal], after: list[Goal], text: str) -> str:
    """Save ``after`` in place of ``before`` as one undoable step; the problem in words ("" when saved)."""
    changed = [(was, now) for was, now in zip(before, after, strict=True) if was != now]
    if not changed:
        return ""
    store = session.store
    try:
        with store.transaction():
            for was, now in changed:
                if store.get_goal(was.id) != was:
                    raise KeyError(was.id)
                store.save_goal(now)
    except (StoreError, KeyError, ValueError) as error:
        return store_error_text(error) if isinstance(error, StoreError) else str(error)
    session.push(ChangeGoals(session, [was for was, _ in changed], [now for _, now in changed], text))
    session.notify(goal.id for goal, _now in changed)
    return ""


class RollupActions(QObject):
    """Goal -> Roll-up rule... and Goal -> Guardrail... for the window's selected goal."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RollupRuleDialog | GuardrailDialog | None = None
        self.rule_action = QAction(window, objectName="rollup_rule_action")
        self.rule_action.triggered.connect(lambda _checked=False: self.choose_rule())
        self.guardrail_action = QAction(window, objectName="guardrail_action")
        self.guardrail_action.triggered.connect(lambda _checked=False: self.choose_guardrail())
        menu = window.goal_menu
        for action in (self.rule_action, self.guardrail_action):
            menu.insertAction(window.move_goal_action, action)
        menu.aboutToShow.connect(self.update_actions)
        window.goal_list.current_goal_changed.connect(lambda _goal_id: self.update_actions())
        window.installEventFilter(self)
        self.retranslate()
        self.update_actions()

    @property
    def session(self) -> PlanSession | None:
        return self.window.session

    def retranslate(self) -> None:
        self.rule_action.setText(self.tr("Roll-&up rule…"))
        self.guardrail_action.setText(self.tr("Guard&rail…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def update_actions(self) -> None:
        goal = self._goal()
        self.rule_action.setEnabled(goal is not None and bool(self._children(goal)))
        self.guardrail_action.setEnabled(goal is not None)

    def _goal(self, goal_id: int | None = None) -> Goal | None:
        if self.session is None or self.session.store.closed:
            return None
        if goal_id is None:
            selected = self.window.goal_list.selected_goal()
            goal_id = selected.id if selected is not None else None
        state = self.session.state(goal_id) if goal_id is not None else None
        return state.goal if state is not None else None

    def _children(self, goal: Goal) -> list[Goal]:
        return self.session.children(goal.id)

    def choose_rule(self, goal_id: int | None = None) -> RollupRuleDialog | None:
        """Open the roll-up rule dialog on ``goal_id`` (default: the selected goal)."""
        goal = self._goal(goal_id)
        if goal is None:
            return None
        children = self._children(goal)
        from goalplanner.ui.rollup_dialogs import RollupRuleDialog

        dialog = self.dialog = RollupRuleDialog(goal, children, self.window)
        dialog.accepted.connect(lambda: self._save_rule(goal, children, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save_rule(self, goal: Goal, children: list[Goal], dialog: RollupRuleDialog) -> None:
        weights = dialog.weights()
        after = [replace(goal, rollup_rule=dialog.rule())]
        after += [replace(child, rollup_weight=weights[child.id]) for child in children]
        text = self.tr("Roll-up rule of “{0}”").format(goal.title)
        self._report(save_goals(self.session, [goal, *children], after, text))

    def choose_guardrail(self, goal_id: int | None = None) -> GuardrailDialog | None:
        """Open the guardrail dialog on ``goal_id`` (default: the selected goal)."""
        goal = self._goal(goal_id)
        if goal is None:
            return None
        partners = guardrail_partners(goal, [state.goal for state in self.session.states()])
        from goalplanner.ui.rollup_dialogs import GuardrailDialog

        dialog = self.dialog = GuardrailDialog(goal, partners, self.window)
        dialog.accepted.connect(lambda: self._save_guardrail(goal, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save_guardrail(self, goal: Goal, dialog: GuardrailDialog) -> None:
        text = self.tr("Guardrail of “{0}”").format(goal.title)
        after = replace(goal, guardrail_id=dialog.guardrail_id())
        self._report(save_goals(self.session, [goal], [after], text))

    def _report(self, problem: str) -> None:
        if problem:
            self.window.statusBar().showMessage(problem, 10_000)
