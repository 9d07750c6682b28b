"""The open plan as one object: its store, its undo history, its calendar, and what changed in it.

Every change to the plan goes through the session: a command or controller changes the store, then
calls :meth:`PlanSession.notify` with the goals it touched. The session reads those goals again,
judges each of them once with ``core`` and emits :attr:`PlanSession.changed`; the goal list, the
goal's detail and chart, the due list and the portfolio subscribe and refresh what they show of those
goals. No view refreshes another, and none judges a goal on its own: they show the session's
:class:`GoalState`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from goalplanner.core.calendar import WorkCalendar
from goalplanner.core.linked import (
    LinkedIds,
    LinkedPlan,
    PlanRollUps,
    evaluate_team_plan,
    roll_up_with_teams,
)
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import NO_DATA, Evaluation, RollUp, Status, evaluate
from goalplanner.core.rollup import Guarded, RolledPlan
from goalplanner.store import Store, StoreError
from goalplanner.store.team_plans import TeamPlanRead, read_team_plan
from goalplanner.ui.background import BackgroundTask

log = logging.getLogger(__name__)
_RUNNING: set[BackgroundTask] = set()  # team plans' readings under way, kept until each reports
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
class TeamBranch:
    """A linked team plan as shown under its department goal: the row naming it (``branch_id``, a
    negative window id) and its goals' states, judged and rolled up as local goals are."""

    read: TeamPlanRead
    branch_id: int
    states: list[GoalState]
    plans: dict[int, tuple[SubTarget, ...]] = field(default_factory=dict)  # by window id, for charts

    @property
    def link(self) -> LinkedPlan:
        return self.read.link


@dataclass(frozen=True)
class PlanRead:
    """The whole plan read and judged once (``read_plan``): each goal's state by id, the store's order,
    every goal as a roll-up's reason names it. Made on the worker that opens a plan; a
    :class:`PlanSession` starts from it without reading again."""

    states: dict[int, GoalState]
    order: list[int]
    named: dict[int, Goal]
    rolled: RolledPlan | None = None  # the roll-up the states come from (``PlanSession._roll_up``)


def read_plan(store: Store) -> PlanRead:
    """Read every goal's inputs from ``store`` and judge them with core, rolled up (local goals only:
    team plans are read by the session, on workers of their own). Touches no widget and no Qt object,
    so the window runs it on the worker that opened the plan; ``store`` is used on this thread only."""
    inputs = store.progress_inputs()
    states = {goal.id: _judge(goal, latest, plan) for goal, latest, plan in inputs}
    order = [goal.id for goal, _latest, _plan in inputs]
    together = _roll_up_all(states, {}, [])
    return PlanRead(states, order, together.goals, together.rolled)


def _judge(goal: Goal, latest: CheckIn | None, plan: list[SubTarget]) -> GoalState:
    return GoalState(evaluate(goal, plan, [latest] if latest else [], date.today()))


def _roll_up_all(
    states: dict[int, GoalState], linked: dict[int, GoalState], branches: list[TeamBranch]
) -> PlanRollUps:
    """Set each goal's roll-up by its rule and its status beside its guardrail's (core, loop-safe); team
    goals of linked plans count under their department goal (``core.linked.roll_up_with_teams``, as
    the command line, the workbook and the report count them). Returns the roll-up: every goal by
    window id as a roll-up's reason names it (``goals``), and what a later change rolls up from
    (``rolled``)."""
    local = {goal_id: state.evaluation for goal_id, state in states.items()}
    teams = [
        (branch.read.link, {state.goal.id: state.evaluation for state in branch.states})
        for branch in branches
    ]
    together = roll_up_with_teams(local, teams)
    for goal_id, state in (states | linked).items():
        state.rollup, state.guarded = together.rollups[goal_id], together.guarded[goal_id]
    return together


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
    """The open plan; owns the undo stack. ``changed`` carries a :class:`PlanChange`.

    ``first_read``: the plan as ``read_plan`` read it from ``store`` (on the worker that opened it),
    shown as it is instead of reading the plan again; None reads it here.
    """

    changed = Signal(object)

    def __init__(
        self,
        store: Store,
        calendar_for: CalendarFor,
        parent: QObject | None = None,
        *,
        first_read: PlanRead | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.calendar_for = calendar_for
        self.undo_stack = QUndoStack(self)
        self._states: dict[int, GoalState] = {}
        self._full: dict[int, Evaluation] = {}  # full evaluations asked for since the goal last changed
        self._order: list[int] = []
        self.linked_ids = LinkedIds()  # team goals' window ids (core.linked), stable while the plan is open
        self._team_reads: dict[int, TeamPlanRead] = {}  # by link id: the latest snapshot's reading
        self._branches: list[TeamBranch] = []
        self._linked: dict[int, GoalState] = {}  # team goals by window id
        self._readings: dict[int, object] = {}  # by link id: the reading whose result is awaited
        self._named: dict[int, Goal] = {}  # every goal as a roll-up's reason names it
        self._children: dict[int, list[Goal]] | None = None  # sub-goals by goal id (``children``)
        self._rolled: RolledPlan | None = None  # the last roll-up, to roll up a change of a few goals
        if first_read is None:
            self._read_all()
        else:
            self._take(first_read)

    # -- what views read -------------------------------------------------------------------------

    def states(self) -> list[GoalState]:
        """Every goal of the plan in the store's order, judged as of the last change."""
        return [self._states[goal_id] for goal_id in self._order]

    def state(self, goal_id: int) -> GoalState | None:
        """``goal_id``'s state, None when the plan has no such goal."""
        return self._states.get(goal_id)

    def children(self, goal_id: int) -> list[Goal]:
        """The goals directly under ``goal_id`` in the plan's order (a goal naming itself its parent
        included), worked out once after each change: on a 10,000-goal plan a scan of every goal costs
        a selection 10-40 ms, and showing a goal asked several times."""
        if self._children is None:
            found: dict[int, list[Goal]] = {}
            for goal_id_ in self._order:
                goal = self._states[goal_id_].goal
                if goal.parent_id is not None:
                    found.setdefault(goal.parent_id, []).append(goal)
            self._children = found
        return list(self._children.get(goal_id, ()))

    def evaluation(self, goal_id: int) -> Evaluation | None:
        """``goal_id``'s evaluation with every check-in judged (for its history and chart), read and
        judged once after each change to the goal; None when the plan has no such goal."""
        if goal_id not in self._states:
            return None
        if goal_id not in self._full:
            goal = self._states[goal_id].goal
            plan, checkins = self.store.subtargets(goal_id), self.store.actuals(goal_id)
            self._full[goal_id] = evaluate(goal, plan, checkins, date.today())
        return self._full[goal_id]

    def team_branches(self) -> list[TeamBranch]:
        """The linked team plans whose department goal is in the plan, in the order they were linked."""
        return list(self._branches)

    def linked_state(self, window_id: int) -> GoalState | None:
        """A team goal's state by its window id (see ``core.linked``), None when there is none."""
        return self._linked.get(window_id)

    def branch_of(self, window_id: int) -> TeamBranch | None:
        """The team plan a window id belongs to (a team goal's, or the branch row's own)."""
        key = self.linked_ids.key(window_id)
        return next((b for b in self._branches if key is not None and b.link.id == key[0]), None)

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
        self._children = None  # goals are read again below: renamed, moved, come or gone
        ids |= self._teams_fed_by(ids)  # an agent's check-in changes its team's actual
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
        # the goals, those they guard (shown beside them) and every goal above (roll-ups follow)
        touched = ids | self._roll_up(ids)
        self.changed.emit(PlanChange(frozenset(touched)))

    def reload(self) -> None:
        """Read and show the whole plan again (after a language switch, or a change made elsewhere)."""
        self.notify(structure=True)

    def refresh_team_plans(self, link_ids: Iterable[int] | None = None) -> None:
        """Take new snapshots of the linked team plans (default all) and show them once taken; what
        is shown stays until then."""
        chosen = None if link_ids is None else set(link_ids)
        links = [r.link for r in self._team_reads.values() if chosen is None or r.link.id in chosen]
        if links:
            self._start_reading(links)  # supersedes a reading under way

    def add_team_plan(self, goal_id: int, path: str) -> LinkedPlan:
        """Link the plan file at ``path`` under ``goal_id`` and show it (``KeyError``, ``ValueError``,
        ``StoreError`` as ``Store.add_linked_plan``)."""
        link = self.store.add_linked_plan(goal_id, path)
        self.notify(structure=True)
        return link

    def remove_team_plan(self, link_id: int) -> None:
        """Stop showing a team plan; its file is not touched."""
        self.store.remove_linked_plan(link_id)
        self._team_reads.pop(link_id, None)
        self._readings.pop(link_id, None)
        self.notify(structure=True)

    def restore_team_plan(self, link: LinkedPlan) -> None:
        """Show a removed team plan again, as it was linked (undo of its removal, redo of its adding)."""
        self.store.restore_linked_plan(link)
        self.notify(structure=True)

    def relink_team_plan(self, link_id: int, path: str) -> None:
        """Point a link at the file where it is now (a share mounted elsewhere): same goal and label."""
        old = next(link for link in self.store.linked_plans() if link.id == link_id)
        with self.store.transaction():
            self.store.remove_linked_plan(link_id)
            self.store.add_linked_plan(old.goal_id, path, old.label)
        self._team_reads.pop(link_id, None)
        self.notify(structure=True)

    # -- inside ----------------------------------------------------------------------------------

    def _read_all(self) -> None:
        self._take(read_plan(self.store))

    def _take(self, read: PlanRead) -> None:
        """Show ``read``: its states and order, with the linked team plans under their goals."""
        self._full.clear()
        self._children = None
        self._states, self._order, self._named = read.states, read.order, read.named
        self._rolled = read.rolled
        self._read_team_plans()
        if self._branches:  # read_plan rolled up the local goals alone: roll up again with the teams'
            self._roll_up()

    def _read_team_plans(self) -> None:
        """Each link's snapshot read once (again after ``refresh_team_plans``), judged with core.

        A snapshot is taken on a worker thread (a share can be slow): until it is in, the plan's row
        says it is being read; then the plan is shown again with it.
        """
        try:
            links = self.store.linked_plans()
        except StoreError as exc:  # a tampered link row: the plan shows without team plans, and says so
            log.warning("Team plans of %s left out: %s", self.store.path, exc)
            links = []
        known = self._team_reads  # a link changed (located elsewhere) is read anew
        self._team_reads = {}
        for link in links:
            same = link.id in known and known[link.id].link == link
            self._team_reads[link.id] = known[link.id] if same else TeamPlanRead(link)
        unread = [
            link for link in links if self._team_reads[link.id].reading and link.id not in self._readings
        ]
        if unread:
            self._start_reading(unread)
        self._branches, self._linked = [], {}
        for link in links:
            if link.goal_id not in self._states:
                continue
            read = self._team_reads[link.id]
            judged = evaluate_team_plan(link, read.goals, self.linked_ids, date.today())
            states = [GoalState(evaluation) for evaluation in judged.values()]
            self._linked.update((state.goal.id, state) for state in states)
            plans = {self.linked_ids.of(link.id, t.goal.id): t.plan for t in read.goals}
            self._branches.append(TeamBranch(read, self.linked_ids.of(link.id), states, plans))

    def _start_reading(self, links: list[LinkedPlan]) -> None:
        token = object()
        self._readings.update((link.id, token) for link in links)

        def done(reads: list[TeamPlanRead]) -> None:
            if self.store.closed:
                return
            for read in reads:
                if self._readings.get(read.link.id) is token:  # not superseded by a later refresh
                    del self._readings[read.link.id]
                    if read.link.id in self._team_reads:
                        self._team_reads[read.link.id] = read
            self.notify(structure=True)

        # Not the session's child: a plan closed meanwhile must not delete the task its thread reports to.
        task = BackgroundTask(lambda _progress: [read_team_plan(link) for link in links], done)
        _RUNNING.add(task)
        task.done.connect(lambda: _RUNNING.discard(task))
        task.start()

    def reading(self) -> bool:
        """Whether a team plan's snapshot is still being taken."""
        return bool(self._readings)

    def _read(self, goal_ids: frozenset[int]) -> None:
        # read first: a failed read leaves the states as they were
        inputs = self.store.progress_inputs(goal_ids) if goal_ids else []
        # A goal whose history is on show (its full evaluation was asked for) is judged once, in full:
        # its state follows from the same evaluation, as status, forecast and due date need only the latest.
        shown = {
            goal.id: (self.store.subtargets(goal.id), self.store.actuals(goal.id))
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
                self._states[goal.id] = _judge(goal, latest, plan)

    def _teams_fed_by(self, goal_ids: frozenset[int]) -> set[int]:
        """The teams taking their actuals from agents among ``goal_ids``."""
        teams = set()
        for goal_id in goal_ids:
            state = self._states.get(goal_id)
            team = self._states.get(state.goal.parent_id) if state is not None and state.goal.person else None
            if team is not None and team.goal.actuals_from == "agents":
                teams.add(team.goal.id)
        return teams

    def _roll_up(self, changed: frozenset[int] | None = None) -> set[int]:
        """Each goal's roll-up and its status beside its guardrail's (``_roll_up_all``, linked team
        plans' goals with them). The goals whose roll-up or guarded status follows from ``changed``
        (judged again in place): only they are rolled up again (``core.rollup.RolledPlan``); the whole
        plan when None, when there is no earlier roll-up, or when a team plan is linked under one."""
        linked_under = {branch.link.goal_id for branch in self._branches}
        if changed is None or self._rolled is None or changed & linked_under:
            together = _roll_up_all(self._states, self._linked, self._branches)
            self._named, self._rolled = together.goals, together.rolled
            return self._rolled.reached(changed or ())
        rolled = self._rolled.change({goal_id: self._states[goal_id].evaluation for goal_id in changed})
        self._named.update((goal_id, self._states[goal_id].goal) for goal_id in changed)
        for goal_id in rolled:
            state = self._states.get(goal_id) or self._linked.get(goal_id)
            if state is not None:
                state.rollup, state.guarded = self._rolled.rollups[goal_id], self._rolled.guarded[goal_id]
        return rolled

    def named_goals(self) -> dict[int, Goal]:
        """Every goal by window id as a roll-up's reason names it, a team plan's goal with its plan."""
        return dict(self._named)
