"""The open plan as one object: its store, its undo history, its calendar, and what changed in it.

Every change to the plan goes through the session: a command or controller changes the store, then
calls :meth:`PlanSession.notify` with the goals it touched. The session reads those goals again,
judges each of them once with ``core`` and emits :attr:`PlanSession.changed`; the goal list, the
goal's detail and chart, the due list and the portfolio subscribe and refresh what they show of those
goals. No view refreshes another, and none judges a goal on its own: they show the session's
:class:`GoalState`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from goalplanner.core.calendar import WorkCalendar
from goalplanner.core.hierarchy import ancestors
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import NO_DATA, Evaluation, RollUp, Status, evaluate
from goalplanner.core.rollup import Guarded, guarded_statuses, roll_up_plan
from goalplanner.store import Store

CalendarFor = Callable[[date, date | None], WorkCalendar | None]


@dataclass
class GoalState:
    """One goal as the plan stands: core's evaluation of it (from its latest check-in) and its roll-up."""

    evaluation: Evaluation
    rollup: RollUp = field(default_factory=lambda: RollUp(NO_DATA, None))
    guarded: Guarded = field(default_factory=lambda: Guarded(NO_DATA))  # its status beside its guardrail's

    @property
    def goal(self) -> Goal:
        return self.evaluation.goal

    @property
    def latest(self) -> CheckIn | None:
        """The latest check-in, None before the first."""
        judged = self.evaluation.latest
        return judged.checkin if judged is not None else None

    @property
    def status(self) -> Status:
        """The goal's own status (its latest check-in's)."""
        return self.evaluation.status


@dataclass(frozen=True)
class PlanChange:
    """What a change touched. ``structure``: goals were added, removed, moved or renamed, or the whole
    plan is to be shown again (a plan opened, the language switched): lists rebuild, every goal counts
    as touched. Otherwise ``goals`` (with their parents, whose roll-up follows) changed in place."""

    goals: frozenset[int] = field(default_factory=frozenset)
    structure: bool = False

    def touches(self, goal_id: int | None) -> bool:
        """Whether a view showing ``goal_id`` must show it again."""
        return goal_id is not None and (self.structure or goal_id in self.goals)


class PlanSession(QObject):
    """The open plan; owns the undo stack. ``changed`` carries a :class:`PlanChange`."""

    changed = Signal(object)

    def __init__(self, store: Store, calendar_for: CalendarFor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.calendar_for = calendar_for
        self.undo_stack = QUndoStack(self)
        self._states: dict[int, GoalState] = {}
        self._full: dict[int, Evaluation] = {}  # full evaluations asked for since the goal last changed
        self._order: list[int] = []
        self._read_all()

    # -- what views read -------------------------------------------------------------------------

    def states(self) -> list[GoalState]:
        """Every goal of the plan in the store's order, judged as of the last change."""
        return [self._states[goal_id] for goal_id in self._order]

    def state(self, goal_id: int) -> GoalState | None:
        """``goal_id``'s state, None when the plan has no such goal."""
        return self._states.get(goal_id)

    def evaluation(self, goal_id: int) -> Evaluation | None:
        """``goal_id``'s evaluation with every check-in judged (for its history and chart), read and
        judged once after each change to the goal; None when the plan has no such goal."""
        if goal_id not in self._states:
            return None
        if goal_id not in self._full:
            goal = self._states[goal_id].goal
            plan, checkins = self.store.subtargets(goal_id), self.store.checkins(goal_id)
            self._full[goal_id] = evaluate(goal, plan, checkins, date.today())
        return self._full[goal_id]

    def calendar(self, goal: Goal) -> WorkCalendar | None:
        """The working calendar for ``goal``'s dates (weekends, public holidays of the chosen place)."""
        return self.calendar_for(goal.start, goal.deadline)

    # -- changing the plan -----------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        """Put an already applied change on the undo stack."""
        self.undo_stack.push(command)

    def notify(self, goal_ids: Iterable[int] = (), *, structure: bool = False) -> None:
        """The store changed for ``goal_ids`` (or its structure): judge them again and tell the views."""
        ids = frozenset(goal_ids)
        if self.store.closed:
            return
        if not structure:
            parents = {i: self._states[i].goal.parent_id for i in ids if i in self._states}
            self._read(ids)
            # a goal that came, went or moved to another parent changes the tree's shape
            structure = len(parents) != len(ids) or any(
                i not in self._states or self._states[i].goal.parent_id != p for i, p in parents.items()
            )
        if structure:
            self._read_all()
            self.changed.emit(PlanChange(frozenset(self._order), structure=True))
            return
        guarding = {s.goal.id for s in self._states.values() if s.goal.guardrail_id in ids}  # show it beside
        touched = ids | guarding
        touched |= ancestors((s.goal for s in self._states.values()), touched)  # roll-ups follow
        self._roll_up()
        self.changed.emit(PlanChange(frozenset(touched)))

    def reload(self) -> None:
        """Read and show the whole plan again (after a language switch, or a change made elsewhere)."""
        self.notify(structure=True)

    # -- inside ----------------------------------------------------------------------------------

    def _read_all(self) -> None:
        self._full.clear()
        inputs = self.store.progress_inputs()
        self._states = {goal.id: self._judge(goal, latest, plan) for goal, latest, plan in inputs}
        self._order = [goal.id for goal, _latest, _plan in inputs]
        self._roll_up()

    def _read(self, goal_ids: frozenset[int]) -> None:
        # read first: a failed read leaves the states as they were
        inputs = self.store.progress_inputs(goal_ids) if goal_ids else []
        # A goal whose history is on show (its full evaluation was asked for) is judged once, in full:
        # its state follows from the same evaluation, as status, forecast and due date need only the latest.
        shown = {
            goal.id: (self.store.subtargets(goal.id), self.store.checkins(goal.id))
            for goal, _latest, _plan in inputs
            if goal.id in self._full
        }
        for goal_id in goal_ids:
            self._states.pop(goal_id, None)  # a goal the store no longer has stays out
            self._full.pop(goal_id, None)
        for goal, latest, plan in inputs:
            if goal.id in shown:
                self._full[goal.id] = evaluate(goal, *shown[goal.id], date.today())
                self._states[goal.id] = GoalState(self._full[goal.id])
            else:
                self._states[goal.id] = self._judge(goal, latest, plan)

    @staticmethod
    def _judge(goal: Goal, latest: CheckIn | None, plan: list[SubTarget]) -> GoalState:
        return GoalState(evaluate(goal, plan, [latest] if latest else [], date.today()))

    def _roll_up(self) -> None:
        """Each goal's roll-up by its rule and its status beside its guardrail's (core, loop-safe)."""
        evaluations = {goal_id: state.evaluation for goal_id, state in self._states.items()}
        rolled, guarded = roll_up_plan(evaluations), guarded_statuses(evaluations)
        for goal_id, state in self._states.items():
            state.rollup, state.guarded = rolled[goal_id], guarded[goal_id]
