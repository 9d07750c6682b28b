"""Walking the goal hierarchy: every goal once, whatever the file says about parents."""

import sys

from goalplanner.core.hierarchy import (
    Link,
    children_by_parent,
    descendants,
    possible_parents,
    walk,
    would_loop,
)

# 1 vision; 2 and 4 under it; 3 under 2.
PLAN = [Link(1, None), Link(2, 1), Link(3, 2), Link(4, 1)]


def shape(goals):
    return [(placed.goal.id, placed.depth, placed.parent_id) for placed in walk(goals)]


def test_walk_is_depth_first_in_the_order_given():
    assert shape(PLAN) == [(1, 0, None), (2, 1, 1), (3, 2, 2), (4, 1, 1)]
    assert shape(reversed(PLAN)) == [(1, 0, None), (4, 1, 1), (2, 1, 1), (3, 2, 2)]


def test_a_goal_whose_parent_is_missing_is_a_root():
    goals = [*PLAN, Link(5, 99)]
    assert (5, 0, None) in shape(goals)
    assert [g.id for g in children_by_parent(goals)[None]] == [1, 5]


def test_goals_in_a_loop_of_parents_are_each_shown_once():
    # 5 and 6 are each other's parent (a file edited by hand), 7 hangs under the loop, 8 is its own parent.
    goals = [*PLAN, Link(5, 6), Link(6, 5), Link(7, 6), Link(8, 8)]
    walked = shape(goals)
    assert sorted(goal_id for goal_id, _depth, _parent in walked) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert walked[4:] == [(5, 0, None), (6, 1, 5), (7, 2, 6), (8, 0, None)]


def test_a_chain_deeper_than_the_recursion_limit_is_walked():
    depth = sys.getrecursionlimit() + 500
    chain = [Link(1, None)] + [Link(n, n - 1) for n in range(2, depth + 1)]
    walked = list(walk(chain))
    assert walked[-1].depth == depth - 1
    assert len(descendants(chain, 1)) == depth - 1


def test_descendants_of_a_goal_at_any_depth():
    assert descendants(PLAN, 1) == {2, 3, 4}
    assert descendants(PLAN, 2) == {3}
    assert descendants(PLAN, 3) == set()
    assert descendants(PLAN, None) == set()
    assert descendants([Link(5, 6), Link(6, 5)], 5) == {6}  # never the goal itself


def test_possible_parents_are_all_but_the_goal_and_its_sub_goals():
    assert [g.id for g in possible_parents(PLAN, 2)] == [1, 4]
    assert [g.id for g in possible_parents(PLAN, 1)] == []
    assert [g.id for g in possible_parents(PLAN, 3)] == [1, 2, 4]
    assert [g.id for g in possible_parents(PLAN, None)] == [1, 2, 3, 4]  # a goal not saved yet


def test_would_loop_when_a_goal_goes_under_itself_or_its_sub_goals():
    assert would_loop(PLAN, 1, 3) and would_loop(PLAN, 2, 2)
    assert not would_loop(PLAN, 3, 4) and not would_loop(PLAN, None, 1)
