"""The goal hierarchy (vision -> department -> team -> individual): which goal sits under which.

Every view of the hierarchy walks it here: the goal tree, the command line, the choice of a parent
and the store's refusal of a loop. The functions take anything with ``id`` and ``parent_id`` (a
``Goal``, or a ``Link`` read from the plan file) and trust nothing about them, since a plan file can
be edited by other programs: a goal whose parent is not among the goals is a root, and a loop of
parents never makes a walk endless. Walks are iterative, so a chain of any depth is fine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, NamedTuple, Protocol, TypeVar

#: The deepest a goal may sit under its top goal (vision -> department -> team -> person is 3).
MAX_DEPTH = 100


class Node(Protocol):
    """What the hierarchy needs of a goal."""

    @property
    def id(self) -> int | None: ...

    @property
    def parent_id(self) -> int | None: ...


N = TypeVar("N", bound=Node)


class Link(NamedTuple):
    """A goal's place in the hierarchy without the rest of the goal."""

    id: int
    parent_id: int | None


class Placed(NamedTuple, Generic[N]):
    """One goal as a walk meets it."""

    goal: N
    depth: int  # 0 for a root
    parent_id: int | None  # the goal it is shown under; None for a root (whatever goal.parent_id says)


def children_by_parent(goals: Iterable[N]) -> dict[int | None, list[N]]:
    """Each goal's direct sub-goals in the order given; under None the goals whose parent is not among
    ``goals`` (or who have none). A goal in a loop of parents stays under its parent: see ``walk``."""
    goals = list(goals)
    known = {goal.id for goal in goals}
    children: dict[int | None, list[N]] = {None: []}
    for goal in goals:
        parent = goal.parent_id if goal.parent_id in known else None
        children.setdefault(parent, []).append(goal)
    return children


def walk(goals: Iterable[N]) -> Iterator[Placed[N]]:
    """Every goal exactly once, depth first: each root in the order given, followed by its sub-goals.

    Goals that no root leads to (they sit in a loop of parents, or under one) come after, walked
    from the first of them in the order given as if it were a root, so none is ever left out.
    """
    goals = list(goals)
    children = children_by_parent(goals)
    seen: set[int | None] = set()
    for start in [*children[None], *goals]:
        if start.id in seen:
            continue
        stack: list[Placed[N]] = [Placed(start, 0, None)]
        while stack:
            placed = stack.pop()
            if placed.goal.id in seen:
                continue
            seen.add(placed.goal.id)
            yield placed
            below = children.get(placed.goal.id, [])
            stack.extend(Placed(child, placed.depth + 1, placed.goal.id) for child in reversed(below))


def descendants(goals: Iterable[N], goal_id: int | None) -> set[int]:
    """The ids of every goal under ``goal_id``, at any depth (never ``goal_id`` itself, even in a loop)."""
    if goal_id is None:
        return set()
    below: dict[int | None, list[int]] = {}
    for goal in goals:
        if goal.id is not None:
            below.setdefault(goal.parent_id, []).append(goal.id)
    found: set[int] = set()
    stack = [goal_id]
    while stack:
        for child in below.get(stack.pop(), []):
            if child not in found and child != goal_id:
                found.add(child)
                stack.append(child)
    return found


def possible_parents(goals: Iterable[N], goal_id: int | None) -> list[N]:
    """The goals ``goal_id`` may sit under: every goal but itself and its sub-goals (a loop otherwise).

    ``goal_id`` None (a goal not saved yet) may sit under any goal.
    """
    goals = list(goals)
    excluded = descendants(goals, goal_id) | {goal_id}
    return [goal for goal in goals if goal.id not in excluded]


def would_loop(goals: Iterable[N], goal_id: int | None, parent_id: int) -> bool:
    """True when putting ``goal_id`` under ``parent_id`` would make a loop of parents."""
    return goal_id is not None and (parent_id == goal_id or parent_id in descendants(goals, goal_id))


def ancestors(goals: Iterable[N], goal_ids: Iterable[int]) -> set[int]:
    """The ids of every goal above any of ``goal_ids`` (a loop of parents ends where it closes)."""
    parent_of = {goal.id: goal.parent_id for goal in goals}
    found: set[int] = set()
    for goal_id in goal_ids:
        parent = parent_of.get(goal_id)
        while parent in parent_of and parent != goal_id and parent not in found:
            found.add(parent)
            parent = parent_of[parent]
    return found
