"""What a goal sheet and the meeting pack show, read from the plan once and judged as the window judges it.

Reading is separate from laying out so the window can read on a worker with a connection of its own,
and the command line reads through the same function: both print the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.progress import SEVERITY_ORDER, Evaluation, RollUp, evaluate
from goalplanner.core.rollup import Guarded
from goalplanner.store import Store
from goalplanner.store.team_plans import roll_up_with_linked

RECENT_DAYS = 7  # the cover's "check-ins in the last 7 days"


@dataclass(frozen=True)
class GoalReport:
    """One goal with every check-in judged (its history and chart) and its plan."""

    evaluation: Evaluation
    plan: tuple[SubTarget, ...]
    guarded: Guarded | None = None  # its status beside its guardrail's, as the goal list shows it
    rollup: RollUp | None = None  # with its sub-goals (None: it has none)
    driver: Goal | None = None  # the goal driving the roll-up, named in its reason

    @property
    def goal(self) -> Goal:
        return self.evaluation.goal


@dataclass(frozen=True)
class PlanReport:
    """The whole plan as of ``today``: each goal's latest-check-in evaluation (for the portfolio and the
    counts, as the goal list shows them), the goals to print in full, and the recent check-ins."""

    name: str  # the plan file's name, printed in the footer
    today: date
    evaluations: tuple[Evaluation, ...]  # every goal, in the store's order
    rollups: dict[int, RollUp]
    guarded: dict[int, Guarded]
    sheets: tuple[GoalReport, ...]  # the goals to print, worst status first
    recent: tuple[tuple[Goal, CheckIn], ...]  # check-ins dated in the last RECENT_DAYS days, newest first
    pack: bool  # the meeting pack (every active goal, a cover first), else one goal's sheet


def severity(evaluation: Evaluation) -> int:
    """Where a goal's status sorts: off track first, then at risk, on track, achieved, no data."""
    code = evaluation.status.code
    return SEVERITY_ORDER.index(code) if code in SEVERITY_ORDER else len(SEVERITY_ORDER)


def goal_report(
    store: Store, goal: Goal, today: date, guarded: Guarded | None = None, rollup: RollUp | None = None,
    driver: Goal | None = None,
) -> GoalReport:  # fmt: skip
    """``goal`` judged on every check-in, as the detail's history and chart show it."""
    plan = store.subtargets(goal.id)
    evaluation = evaluate(goal, plan, store.actuals(goal.id), today)
    return GoalReport(evaluation, tuple(plan), guarded, rollup, driver)


def read_plan(store: Store, today: date, goal_id: int | None = None) -> PlanReport:
    """The plan as the report prints it: ``goal_id`` alone, or every active goal, worst status first.

    Raises KeyError for a ``goal_id`` the plan does not hold.
    """
    inputs = store.progress_inputs()
    evaluations = {
        goal.id: evaluate(goal, plan, [latest] if latest else [], today) for goal, latest, plan in inputs
    }
    goals = {goal.id: goal for goal, _latest, _plan in inputs}
    together, _reads = roll_up_with_linked(store, evaluations, today)  # team plans count, as in the list
    rollups, guarded = together.rollups, together.guarded
    parents = {goal.parent_id for goal in together.goals.values()}
    if goal_id is not None:
        chosen = [goals[goal_id]]
    else:
        active = [goal for goal in goals.values() if goal.state == "active"]
        shown = {goal.id: SEVERITY_ORDER.index(guarded[goal.id].shown_code) for goal in active}
        chosen = sorted(active, key=lambda goal: shown[goal.id])  # stable: plan order kept
    since = today - timedelta(days=RECENT_DAYS - 1)
    recent = [
        (goals[goal_id_], checkin)
        for goal_id_ in goals
        for checkin in store.actuals(goal_id_)
        if since <= checkin.on <= today
    ] if goal_id is None else []  # fmt: skip
    recent.sort(key=lambda pair: pair[1].on, reverse=True)
    return PlanReport(
        name=store.path.name,
        today=today,
        evaluations=tuple(evaluations.values()),
        rollups=rollups,
        guarded=guarded,
        sheets=tuple(
            goal_report(
                store,
                goal,
                today,
                guarded[goal.id],
                rollups[goal.id] if goal.id in parents else None,
                together.goals.get(rollups[goal.id].driver),  # a team plan's goal named with its plan
            )
            for goal in chosen
        ),
        recent=tuple(recent),
        pack=goal_id is None,
    )
