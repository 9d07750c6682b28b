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


def test_a_review_checkin_is_refused_after_today_and_before_its_goal_starts():
    from goalplanner.core.checkins import FUTURE_DATE, NO_RESPONSES
    from goalplanner.core.review import BEFORE_START, review_date_problem

    today = date(2026, 1, 12)
    assert review_date_problem(goal(), CheckIn(1, today, 75.0), today) is None
    assert review_date_problem(goal(), CheckIn(1, START, 75.0), today) is None  # its first day is fine
    assert review_date_problem(goal(), CheckIn(1, date(2026, 1, 13), 75.0), today).code == FUTURE_DATE
    early = review_date_problem(goal(), CheckIn(1, date(2026, 1, 4), 75.0), today)
    assert early.code == BEFORE_START and early.params["start"] == START
    counted = CheckIn(1, today, 0.0, numerator=0.0, denominator=0.0)
    assert review_date_problem(goal(), counted, today).code == NO_RESPONSES


def test_two_counts_give_the_share_the_check_in_form_gives():
    from goalplanner.core.review import share_of_counts

    assert share_of_counts(45, 50, "%") == 90.0
    assert share_of_counts(74, 107, "%") == 69.16
    assert share_of_counts(3, 4, "") == 0.75
    assert share_of_counts(3, 0, "%") is None


def test_a_row_is_typed_when_anything_in_it_is():
    from goalplanner.core.review import is_typed

    assert not is_typed("", "", None, "")
    assert not is_typed("  ", " ", None, "")
    assert all(
        is_typed(*row) for row in [("80", "", None, ""), ("", "late", None, ""), ("", "", "at_risk", ""),
                                   ("", "", None, "hire")]
    )  # fmt: skip


def test_the_goals_due_are_read_as_of_the_reviews_date_not_the_evaluations():
    thursday = date(2026, 1, 22)
    due_today = evaluate(goal(id=1), [], [CheckIn(1, date(2026, 1, 15), 71.0, id=1)], thursday)
    assert due_today.due_now  # due on the 22nd: in this week's review
    assert [e.goal.id for e in due_this_week([due_today], thursday)] == [1]
    assert due_this_week([due_today], date(2026, 1, 16)) == []  # a week earlier it was not yet due
    assert due_this_week([due_today], date(2026, 1, 4)) == []  # nor before the goal started
