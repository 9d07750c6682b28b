"""``goalplanner status``: the team plans linked under a department goal, read from snapshots as the
window reads them (``store.team_plans``), judged and rolled up by core as the window's session does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from goalplanner.core.hierarchy import walk
from goalplanner.core.linked import LinkedIds
from goalplanner.core.progress import LABELS, Evaluation, RollUp
from goalplanner.core.rollup import WEIGHTED, rollup_reason
from goalplanner.store.team_plans import TeamPlanRead, roll_up_with_linked

Row = list[str]


class TeamPlans:
    """The linked plans of an open department plan, with every goal's roll-up (local and team)."""

    def __init__(self, store: Any, evaluations: dict[int, Evaluation], today: date) -> None:
        self.ids = LinkedIds()
        together, judged = roll_up_with_linked(store, evaluations, today, self.ids)  # one roll-up for all
        self.reads: dict[int, list[TeamPlanRead]] = {}  # by department goal
        self._judged: dict[int, dict[int, Evaluation]] = {}  # by link id
        for read, found in judged:
            self.reads.setdefault(read.link.goal_id, []).append(read)
            self._judged[read.link.id] = found
        self.rollups, self.guarded = together.rollups, together.guarded  # each status beside its guardrail's
        self.goals = together.goals  # a team goal named with its plan, as the window names it
        self._names = {
            window_id: f"{read.link.name}:{read.goals[n].goal.id}"
            for reads in self.reads.values()
            for read in reads
            for n, window_id in enumerate(self._judged[read.link.id])
        }

    def rollup_text(self, goal_id: int) -> str:
        """The roll-up as ``goalplanner goals`` words it, a team goal named with its plan."""
        rollup: RollUp = self.rollups[goal_id]
        label = LABELS[rollup.code]
        if rollup.rule != WEIGHTED and rollup.driver in (None, goal_id):
            return label
        return f"{label} ({rollup_reason(goal_id, rollup, self.goals)})"

    def rows_under(
        self, goal_id: int, depth: int, columns: int, row_of: Callable[[Evaluation, RollUp, int], Row]
    ) -> list[Row]:
        """The rows of the team plans under ``goal_id``: one naming each plan, then its goals (their id
        column ``north:3``: the plan's name and the goal's id in its own file)."""
        rows: list[Row] = []
        for read in self.reads.get(goal_id, []):
            link, indent = read.link, "  " * (depth + 1)
            if isinstance(read.error, FileNotFoundError):
                said = f"not found: {link.path} (moved, or the shared folder is mounted elsewhere)"
            elif read.error is not None:
                said = f"cannot be read: {read.error}"
            else:
                said = f"read-only copy of {link.path} as of {read.taken:%Y-%m-%d %H:%M}"
            rows.append([*[""] * (columns - 1), f"{indent}[team plan {link.name}] {said}"])
            judged = self._judged[link.id]
            for goal, level, _parent in walk(e.goal for e in judged.values()):
                row = row_of(judged[goal.id], self.rollups[goal.id], depth + 2 + level)
                row[0], row[2] = self._names[goal.id], self.rollup_text(goal.id)
                rows.append(row)
        return rows
