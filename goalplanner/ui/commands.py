"""Undoable edits of goals, check-ins and plans. Each command is pushed after its first change succeeded;
undo and redo change the store, then tell the plan session which goals they touched.

A step whose check-in is no longer what the command left (its goal was deleted, and SQLite gave its id
to a new check-in) changes nothing: the store refuses it with ``KeyError``, which is logged."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtGui import QUndoCommand

from goalplanner.core.linked import LinkedPlan
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.store import Store, StoreError
from goalplanner.ui.session import PlanSession

log = logging.getLogger("goalplanner")


class _StoreCommand(QUndoCommand):
    """Runs ``redo`` only from the second time on: the first change was made before the push."""

    def __init__(self, text: str, session: PlanSession, goal_ids: Iterable[int]) -> None:
        super().__init__(text)
        self.session, self.store = session, session.store
        self.goal_ids = frozenset(goal_ids)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (StoreError, KeyError) as error:  # the file changed under us: say so in the log, keep going
            log.warning("Undo/redo of %r failed: %s", self.text(), error)
        self.session.notify(self.goal_ids)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class RecordCheckIn(_StoreCommand):
    """A check-in was recorded; undo deletes it."""

    def __init__(self, session: PlanSession, checkin: CheckIn, text: str) -> None:
        super().__init__(text, session, [checkin.goal_id])
        self.checkin = checkin

    def apply(self) -> None:
        self.store.restore_checkin(self.checkin)

    def revert(self) -> None:
        self.store.delete_checkin(self.checkin.id, expected=self.checkin)


class DeleteCheckIn(RecordCheckIn):
    """A check-in was deleted; undo puts it back with its id."""

    def apply(self) -> None:
        self.store.delete_checkin(self.checkin.id, expected=self.checkin)

    def revert(self) -> None:
        self.store.restore_checkin(self.checkin)


class EditCheckIn(_StoreCommand):
    """A check-in's value or note was changed; undo puts the old one back."""

    def __init__(self, session: PlanSession, before: CheckIn, after: CheckIn, text: str) -> None:
        super().__init__(text, session, [before.goal_id])
        self.before, self.after = before, after

    def apply(self) -> None:
        with self.store.transaction():
            _require_unchanged(self.store, self.before)
            self.store.update_checkin(self.after)

    def revert(self) -> None:
        with self.store.transaction():
            _require_unchanged(self.store, self.after)
            self.store.update_checkin(self.before)


class ReplacePlan(_StoreCommand):
    """The plan was edited (a value typed, a lock, a reset); undo restores the previous plan."""

    def __init__(
        self, session: PlanSession, goal_id: int, before: list[SubTarget], after: list[SubTarget], text: str
    ) -> None:
        super().__init__(text, session, [goal_id])
        self.goal_id, self.before, self.after = goal_id, before, after

    def apply(self) -> None:
        self.store.save_plan(self.goal_id, self.after)

    def revert(self) -> None:
        self.store.save_plan(self.goal_id, self.before)


class EditGoal(_StoreCommand):
    """A goal was changed in the wizard, its plan made again; undo puts the goal and its plan back."""

    def __init__(
        self,
        session: PlanSession,
        before: tuple[Goal, list[SubTarget]],
        after: tuple[Goal, list[SubTarget]],
        text: str,
    ) -> None:
        super().__init__(text, session, [before[0].id])
        self.before, self.after = before, after

    def apply(self) -> None:
        self._put(expected=self.before[0], wanted=self.after)

    def revert(self) -> None:
        self._put(expected=self.after[0], wanted=self.before)

    def _put(self, expected: Goal, wanted: tuple[Goal, list[SubTarget]]) -> None:
        goal, plan = wanted
        with self.store.transaction():
            if self.store.get_goal(goal.id) != expected:
                raise KeyError(f"goal {goal.id} is not as it was")
            self.store.save_goal(goal, plan)

    def _run(self, step: Callable[[], None]) -> None:
        super()._run(step)
        self.session.notify(structure=True)  # a title or parent may have changed back: lists rebuild


class ImportActuals(_StoreCommand):
    """Actuals came in from a workbook; undo removes the new check-ins and restores the changed ones."""

    def __init__(
        self, session: PlanSession, added: list[CheckIn], changed: list[tuple[CheckIn, CheckIn]], text: str
    ) -> None:
        goal_ids = [c.goal_id for c in added] + [before.goal_id for before, _after in changed]
        super().__init__(text, session, goal_ids)
        self.added, self.changed = added, changed

    def apply(self) -> None:
        with self.store.transaction():
            for checkin in self.added:
                self.store.restore_checkin(checkin)
            for before, after in self.changed:
                _require_unchanged(self.store, before)
                self.store.update_checkin(after)

    def revert(self) -> None:
        with self.store.transaction():
            for checkin in self.added:
                self.store.delete_checkin(checkin.id, expected=checkin)
            for before, after in self.changed:
                _require_unchanged(self.store, after)
                self.store.update_checkin(before)


def _require_unchanged(store: Store, checkin: CheckIn) -> None:
    """``KeyError`` unless the plan holds ``checkin`` as it is (same id, goal and values)."""
    if checkin not in store.checkins(checkin.goal_id):
        raise KeyError(f"check-in {checkin.id} is not as it was")


class RecordCheckIns(ImportActuals):
    """Several check-ins were recorded at once (the weekly review, the team grid), some perhaps in place
    of a check-in of the same day (``changed``: (before, after) pairs); undo deletes the new ones and
    puts the replaced ones back, redo does it all again: one step for the whole review."""

    def __init__(
        self,
        session: PlanSession,
        checkins: list[CheckIn],
        text: str,
        changed: Sequence[tuple[CheckIn, CheckIn]] = (),
    ) -> None:
        super().__init__(session, list(checkins), list(changed), text)
        self.checkins = self.added


class SplitTeam(_StoreCommand):
    """A team goal was split into agent goals; undo deletes the agents (with anything recorded for
    them since) and puts the team goal and its earlier agents back, redo makes them again with their ids.

    ``team`` and ``others`` are (before, after) pairs; ``agents`` the new goals with their plans."""

    def __init__(
        self,
        session: PlanSession,
        team: tuple[Goal, Goal],
        agents: list[tuple[Goal, list[SubTarget]]],
        others: tuple[list[Goal], list[Goal]],
        text: str,
    ) -> None:
        super().__init__(text, session, [team[0].id] + [agent.id for agent, _plan in agents])
        self.team, self.agents, self.others = team, agents, others

    def apply(self) -> None:
        self.store.save_agents(self.team[1], self.agents, self.others[1])

    def revert(self) -> None:
        self.store.remove_agents(self.team[0], [agent.id for agent, _plan in self.agents], self.others[0])

    def _run(self, step: Callable[[], None]) -> None:
        super()._run(step)
        self.session.notify(structure=True)  # goals came or went: lists rebuild


class LinkTeamPlan(_StoreCommand):
    """A team plan was linked under a department goal; undo removes the link, redo puts it back with
    its id. The team lead's file is never touched either way."""

    def __init__(self, session: PlanSession, link: LinkedPlan, text: str) -> None:
        super().__init__(text, session, [link.goal_id])
        self.link = link

    def apply(self) -> None:
        self.session.restore_team_plan(self.link)

    def revert(self) -> None:
        self.session.remove_team_plan(self.link.id)


class UnlinkTeamPlan(LinkTeamPlan):
    """A team plan's link was removed; undo shows the plan again under its goal, redo removes it."""

    def apply(self) -> None:
        self.session.remove_team_plan(self.link.id)

    def revert(self) -> None:
        self.session.restore_team_plan(self.link)
