"""The check-ins ahead of a goal: core's next due date, the cadence, the last on the deadline."""

from datetime import date

from goalplanner.core.due_dates import checkin_schedule
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import evaluate

START = date(2026, 1, 5)


def goal(**changes) -> Goal:
    fields = dict(id=1, title="Lift CSAT", start=START, deadline=date(2026, 3, 1), checkin_cadence="weekly",
                  kpi="csat", unit="%", baseline=70.0, target=80.0, state="active")  # fmt: skip
    return Goal(**(fields | changes))


def test_weekly_check_ins_run_from_the_next_due_date_and_end_on_the_deadline():
    evaluation = evaluate(goal(), [], [], date(2026, 1, 6))
    dates = checkin_schedule(evaluation).dates()
    assert dates[0] == evaluation.next_due == date(2026, 1, 12)
    assert dates[-2:] == [date(2026, 2, 23), date(2026, 3, 1)]
    assert len(dates) == goal().checkins_until_deadline()  # as many as the goal asks for


def test_a_late_check_in_moves_the_rest_along():
    late = CheckIn(id=1, goal_id=1, on=date(2026, 1, 15), actual=72.0)
    dates = checkin_schedule(evaluate(goal(), [], [late], date(2026, 1, 16))).dates()
    assert dates[:2] == [date(2026, 1, 22), date(2026, 1, 29)]


def test_closed_goals_and_goals_ready_to_close_have_none_ahead():
    assert checkin_schedule(evaluate(goal(state="achieved"), [], [], date(2026, 1, 6))) is None
    assert checkin_schedule(evaluate(goal(), [], [], date(2026, 3, 2))) is None
