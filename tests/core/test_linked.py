"""Team plans' goals get window ids of their own and roll up under the department goal with local goals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from goalplanner.core.breakdown import plan_for
from goalplanner.core.linked import LinkedIds, LinkedPlan, TeamGoal, evaluate_team_plan, is_linked
from goalplanner.core.model import CheckIn
from goalplanner.core.progress import NO_DATA, SEVERITY_ORDER, evaluate
from goalplanner.core.rollup import roll_up_plan
from tests.helpers import wait_goal

TODAY = date(2025, 3, 3)


def team(goal_id: int, parent: int | None, actual: float | None) -> TeamGoal:
    goal = replace(wait_goal(title=f"Team goal {goal_id}"), id=goal_id, parent_id=parent)
    halfway = goal.start + (goal.deadline - goal.start) / 2
    checkins = (CheckIn(goal_id, halfway, actual, id=1),) if actual else ()
    return TeamGoal(goal, tuple(plan_for(goal)), checkins)


def test_linked_ids_never_meet_local_ids_and_stay_the_same():
    ids = LinkedIds()
    first = ids.of(1, 1)
    assert first < 0 and is_linked(first) and not is_linked(1)
    assert ids.of(2, 1) != first and ids.of(1) != first  # another plan's goal 1; the branch itself
    assert ids.of(1, 1) == first and ids.key(first) == (1, 1) and ids.key(5) is None


def test_team_goals_are_judged_as_local_goals_and_roll_up_into_the_department_goal():
    department = replace(wait_goal(title="Department"), id=1)
    local = {1: evaluate(department, plan_for(department), [], TODAY)}
    link = LinkedPlan(id=7, goal_id=1, path="/share/north.goalplan")
    goals = [team(1, None, 240.0), team(2, 1, 30.0), team(3, 99, None)]  # 3's parent is not in the plan
    ids = LinkedIds()
    linked = evaluate_team_plan(link, goals, ids, TODAY)
    placed = {e.goal.id: e.goal for e in linked.values()}
    assert placed[ids.of(7, 1)].parent_id == 1 and placed[ids.of(7, 3)].parent_id == 1
    assert placed[ids.of(7, 2)].parent_id == ids.of(7, 1)
    for window_id, team_goal in zip(linked, goals, strict=True):  # the same verdict as in the lead's plan
        own = evaluate(team_goal.goal, team_goal.plan, team_goal.checkins, TODAY)
        assert linked[window_id].status == own.status
    rolled = roll_up_plan(local | linked)
    worst = min((e.status.code for e in linked.values()), key=SEVERITY_ORDER.index)
    assert worst != NO_DATA and rolled[1].code == worst and is_linked(rolled[1].driver)
    assert ids.key(rolled[1].driver)[0] == 7


def test_a_plan_named_by_its_label_or_its_file():
    assert LinkedPlan(1, 1, "/share/north.goalplan").name == "north"
    assert LinkedPlan(1, 1, r"S:\teams\South.goalplan").file_name == "South.goalplan"
    assert LinkedPlan(1, 1, "/share/north.goalplan", label=" North team ").name == "North team"


def test_a_weighted_department_goal_weighs_its_own_sub_goals_not_the_team_plans_under_it():
    from goalplanner.core.linked import roll_up_with_teams

    department = replace(wait_goal(title="Department"), id=1, rollup_rule="weighted")
    mine = replace(wait_goal(title="Own sub-goal"), id=2, parent_id=1, rollup_weight=100.0)
    halfway = mine.start + (mine.deadline - mine.start) / 2
    local = {
        1: evaluate(department, plan_for(department), [], TODAY),
        2: evaluate(mine, plan_for(mine), [CheckIn(2, halfway, 180.0, id=1)], TODAY),
    }
    link = LinkedPlan(id=7, goal_id=1, path="/share/north.goalplan")
    teams = [(link, evaluate_team_plan(link, [team(1, None, 239.0)], LinkedIds(), TODAY))]  # far behind
    with_teams = roll_up_with_teams(local, teams).rollups[1]
    alone = roll_up_with_teams(local).rollups[1]
    assert (with_teams.code, with_teams.share) == (
        alone.code,
        alone.share,
    )  # the dialog's 100 % is what counts
    worst = roll_up_with_teams(
        {1: replace(local[1], goal=replace(department, rollup_rule="worst")), 2: local[2]}, teams
    )
    assert is_linked(worst.rollups[1].driver)  # worst wins still takes the team plan in
