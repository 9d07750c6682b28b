"""Which goals the weekly review asks about: the evaluation's own due dates, read for a whole week.

A goal is in the week's review when its check-in is due now (``due_now``, as the due list shows it) or
falls due later in the same week (``next_due`` up to Sunday): the team lead reviews the week's goals in
one sitting instead of one goal a day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from goalplanner.core import checkins
from goalplanner.core.checkins import ActualProblem, check_checkin
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import Evaluation


def week_end(today: date) -> date:
    """The Sunday ending ``today``'s week (ISO weeks: Monday to Sunday)."""
    return today + timedelta(days=6 - today.weekday())


def due_this_week(evaluations: Iterable[Evaluation], today: date) -> list[Evaluation]:
    """The evaluations whose goal is due on ``today`` or later in its week, soonest first (then by
    title). ``today`` may be another day than the evaluations' own (the review's check-in date):
    the goals are those due as of that day, started by then; for the evaluations' own day they are
    exactly the due list's ``due_now`` ones and those due later this week."""
    end = week_end(today)
    due = [
        e
        for e in evaluations
        if e.next_due is not None
        and e.goal.actuals_from != "agents"  # its agents are the ones to check in
        and e.goal.state == "active"
        and e.goal.start <= today
        and e.next_due <= end
    ]
    return sorted(due, key=lambda e: (e.next_due, e.goal.title))


# -- one review, one check-in date ---------------------------------------------------------------

BEFORE_START = "before_start"  # a check-in dated before its goal starts (params: on, start)


def review_date_problem(goal: Goal, checkin: CheckIn, today: date) -> ActualProblem | None:
    """None when ``checkin`` (dated by the review's one check-in date) can be recorded for ``goal``,
    else the first rule it breaks: those of every check-in (``check_checkin``: its value, a date after
    ``today``, a share of 0 responses), then a date before the goal starts, which the review's shared
    date can reach for a goal that began this week."""
    problem = check_checkin(goal, checkin, today)
    if problem is not None:
        return problem
    if checkin.on < goal.start:
        return ActualProblem(BEFORE_START, {"on": checkin.on, "start": goal.start})
    return None


def share_of_counts(numerator: float, denominator: float, unit: str) -> float | None:
    """The actual two counts give ("74 of 107" -> 69.16 for a % metric), rounded as the check-in form
    rounds it; None for 0 responses (``NO_RESPONSES`` names that)."""
    share = checkins.share_of_counts(numerator, denominator, unit)
    return None if share is None else round(share, 2)


def is_typed(actual: str, note: str, confidence: str | None, next_step: str) -> bool:
    """Whether the user typed or chose anything in a review row: such a row is recorded or questioned,
    never dropped without a word."""
    return bool(actual.strip() or note.strip() or next_step.strip() or confidence)
