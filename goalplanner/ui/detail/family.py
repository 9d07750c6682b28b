"""Each goal's sub-goals, as the session's states stand: worked out once after each change to the plan,
not on every goal shown (on a 10,000-goal plan each scan of every goal cost the switch 10-20 ms, and
showing a goal made several)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from goalplanner.core.model import Goal
from goalplanner.ui.session import PlanChange, PlanSession


class Family(QObject):
    """The goals directly under each goal, in the session's order; forgotten at every change.

    Made before anything else that listens to the session's changes, so that what they show on a
    change already sees the new plan.
    """

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._children: dict[int, list[Goal]] | None = None
        session.changed.connect(self._forget)

    def _forget(self, _change: PlanChange | None = None) -> None:
        self._children = None

    def children(self, goal_id: int) -> list[Goal]:
        """The goals whose parent is ``goal_id`` (a goal that names itself its parent included)."""
        if self._children is None:
            found: dict[int, list[Goal]] = {}
            for state in self.session.states():
                goal = state.goal
                if goal.parent_id is not None:
                    found.setdefault(goal.parent_id, []).append(goal)
            self._children = found
        return self._children.get(goal_id, [])
