"""The weekly review's goals: due now, or due later in the same week, as core's evaluation says."""

from datetime import date

from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import evaluate
from goalplanner.core.review import due_this_week, week_end

START = date(2026, 1, 5)  # a Monday


def goal(**changes) -> Goal:
    fields = dict(id=1, title="Lift CSAT", start=START, deadline=date(2026, 3, 1), checkin_cadence="weekly",
                  kpi="csat", unit="%", baseline=70.0, target=80.0, state="active")  # fmt: skip
    return Goal(**(fields | changes))


def test_the_week_ends_on_sunday():
    assert week_end(date(2026, 1, 12)) == date(2026, 1, 18)
    assert week_end(date(2026, 1, 18)) == date(2026, 1, 18)


def test_due_now_and_due_later_this_week_are_in_the_review_next_week_is_not():
    monday = date(2026, 1, 12)
    overdue = evaluate(goal(id=1, title="b"), [], [], monday)  # first check-in due 12 Jan: due now
    thursday = evaluate(goal(id=2, title="a"), [], [CheckIn(2, date(2026, 1, 8), 71.0, id=1)], monday)
    next_week = evaluate(goal(id=3), [], [CheckIn(3, date(2026, 1, 12), 71.0, id=2)], monday)
    closed = evaluate(goal(id=4, state="achieved"), [], [], monday)
    assert overdue.due_now and not thursday.due_now
    picked = due_this_week([next_week, thursday, closed, overdue], monday)
    assert [e.goal.id for e in picked] == [1, 2]  # the due one first, then by due date


def test_a_goal_not_started_is_not_reviewed():
    monday = date(2026, 1, 12)
    later = evaluate(goal(start=date(2026, 1, 14), deadline=date(2026, 3, 1)), [], [], monday)
    assert due_this_week([later], monday) == []
