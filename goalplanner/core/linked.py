"""A department's view of its team leads' plans: each team plan's goals placed under a department goal.

A team lead's ``.goalplan`` file is linked to one goal of the department's plan (``LinkedPlan``).
Its goals are judged by ``core.progress.evaluate`` exactly as local goals are, and rolled up with
them by ``roll_up_plan``. Both plans number their goals from 1, so a team goal cannot keep its own
id in the window: ``LinkedIds`` gives each (link, team goal) a *negative* id, which no local goal
can have (a local id is an SQLite rowid, always positive). One ``roll_up_plan`` over local and
linked evaluations then never mixes them, and "driven by" can name the team plan and goal behind a
negative id. The team goals' parents are mapped the same way; a team's top goals sit under the
department goal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import PurePath, PurePosixPath, PureWindowsPath

from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import Evaluation, RollUp, evaluate
from goalplanner.core.rollup import WEIGHTED, Guarded, RolledPlan


@dataclass(frozen=True)
class LinkedPlan:
    """Another team lead's plan file shown read-only under ``goal_id`` (the department goal).

    ``path`` is absolute, as the share was mounted when the link was made; ``label`` is what the
    department head called it (empty: the file's name); ``added`` an ISO timestamp (UTC).
    """

    id: int
    goal_id: int
    path: str
    label: str = ""
    added: str = ""

    @property
    def file_name(self) -> str:
        """The file's name, whichever system wrote the path."""
        flavour: type[PurePath] = PureWindowsPath if "\\" in self.path else PurePosixPath
        return flavour(self.path).name

    @property
    def name(self) -> str:
        """What the branch is called: the label, or the file's name without ``.goalplan``."""
        if self.label.strip():
            return self.label.strip()
        stem = self.file_name
        return stem[: -len(".goalplan")] if stem.endswith(".goalplan") else stem


@dataclass(frozen=True)
class TeamGoal:
    """One goal read from a team plan's snapshot, with its ids as the team plan numbers them."""

    goal: Goal
    plan: tuple[SubTarget, ...] = ()
    checkins: tuple[CheckIn, ...] = ()


class LinkedIds:
    """The window's ids for linked goals and branches: negative, stable for as long as it lives.

    ``of(link, team_goal_id)`` is a team goal's id; ``of(link)`` the id of the branch itself (the row
    naming the team plan). ``key(window_id)`` goes back: (link id, team goal id or None).
    """

    def __init__(self) -> None:
        self._ids: dict[tuple[int, int | None], int] = {}
        self._keys: dict[int, tuple[int, int | None]] = {}

    def of(self, link_id: int, team_goal_id: int | None = None) -> int:
        key = (link_id, team_goal_id)
        if key not in self._ids:
            window_id = -(len(self._ids) + 1)
            self._ids[key] = window_id
            self._keys[window_id] = key
        return self._ids[key]

    def key(self, window_id: int) -> tuple[int, int | None] | None:
        return self._keys.get(window_id)


def is_linked(goal_id: int | None) -> bool:
    """Whether a window id is a linked goal's or branch's (never a goal of the open plan)."""
    return goal_id is not None and goal_id < 0


def place_team_goals(link: LinkedPlan, goals: Iterable[Goal], ids: LinkedIds) -> list[Goal]:
    """The team's goals with window ids (parents and guardrails mapped too); a goal whose parent is
    not in the team plan (a top goal) sits under the department goal. Nothing else changes."""
    goals = list(goals)
    own = {goal.id for goal in goals}
    placed = []
    for goal in goals:
        parent = goal.parent_id
        mapped = ids.of(link.id, parent) if parent is not None and parent in own else link.goal_id
        guard = goal.guardrail_id
        guardrail = ids.of(link.id, guard) if guard is not None and guard in own else None
        placed.append(replace(goal, id=ids.of(link.id, goal.id), parent_id=mapped, guardrail_id=guardrail))
    return placed


def evaluate_team_plan(
    link: LinkedPlan, team_goals: Sequence[TeamGoal], ids: LinkedIds, today: date
) -> dict[int, Evaluation]:
    """Each team goal judged as a local goal is, by its window id (see ``place_team_goals``)."""
    placed = place_team_goals(link, (t.goal for t in team_goals), ids)
    return {
        goal.id: evaluate(goal, team.plan, team.checkins, today)
        for goal, team in zip(placed, team_goals, strict=True)
    }


def named_with_plan(goal: Goal, link: LinkedPlan) -> Goal:
    """A team goal as a reason names it, with its plan's name: "driven by: Cut transfers (North)".

    The person is left out (``rollup.driven_by`` would name an agent by person and metric and lose
    the plan): every surface names a team plan's goal this one way."""
    return replace(goal, title=f"{goal.title} ({link.name})", person="")


@dataclass(frozen=True)
class PlanRollUps:
    """A plan's roll-ups with its linked team plans counted, the one answer every surface renders.

    ``goals``: every goal by (window) id, a team plan's goals named with their plan (``named_with_plan``),
    for ``rollup_reason``; ``linked``: the team goals' evaluations by window id."""

    rollups: dict[int, RollUp]
    guarded: dict[int, Guarded]
    goals: dict[int, Goal]
    linked: dict[int, Evaluation]
    rolled: RolledPlan | None = None  # what ``rollups`` and ``guarded`` come from, to roll up a change


def roll_up_with_teams(
    local: Mapping[int, Evaluation], teams: Iterable[tuple[LinkedPlan, Mapping[int, Evaluation]]] = ()
) -> PlanRollUps:
    """Each goal's roll-up and guarded status (``core.rollup``) over the plan's own goals and the goals of
    the team plans linked under them (each judged by ``evaluate_team_plan``): the window's goal list,
    ``goalplanner status``, the workbook's Summary, the chart and the PDF report all show these."""
    linked: dict[int, Evaluation] = {}
    goals = {goal_id: evaluation.goal for goal_id, evaluation in local.items()}
    for link, judged in teams:
        if link.goal_id not in local:
            continue  # linked under a goal the plan no longer has: nothing to roll up into
        if local[link.goal_id].goal.rollup_rule == WEIGHTED:
            # A weighted goal weighs its own sub-goals, as Goal → Roll-up rule… shows and sets them; a
            # team plan under it is shown but not weighed (weight 0), unless it has nothing else.
            judged = {
                goal_id: replace(e, goal=replace(e.goal, rollup_weight=0.0))
                if e.goal.parent_id == link.goal_id
                else e
                for goal_id, e in judged.items()
            }
        linked |= judged
        goals |= {goal_id: named_with_plan(e.goal, link) for goal_id, e in judged.items()}
    everything = {**local, **linked}
    rolled = RolledPlan(everything)
    return PlanRollUps(rolled.rollups, rolled.guarded, goals, linked, rolled)
