"""Properties of the one evaluation over goals of every kind (see tests/goal_kinds.py)."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings

from goalplanner.core.progress import ACHIEVED, ON_TRACK, evaluate
from tests.goal_kinds import goal_cases

TODAY = date.today()
settings.register_profile("evaluation", derandomize=True, max_examples=300, deadline=None)


@settings(settings.get_profile("evaluation"))
@given(goal_cases(TODAY))
def test_the_goal_list_and_the_detail_agree(case):
    """The list judges a goal from its latest check-in alone, the detail from all: the same verdict."""
    full = evaluate(case.goal, case.plan, case.checkins, TODAY)
    latest_only = evaluate(case.goal, case.plan, case.checkins[-1:], TODAY)
    assert latest_only.status == full.status
    assert latest_only.forecast == full.forecast
    assert (latest_only.next_due, latest_only.ready_to_close, latest_only.due_now) == (
        full.next_due, full.ready_to_close, full.due_now)  # fmt: skip


@settings(settings.get_profile("evaluation"))
@given(goal_cases(TODAY))
def test_exactly_on_plan_is_full_marks_and_forecasts_the_target(case):
    full = evaluate(case.goal, case.plan, case.checkins, TODAY)
    for judged in full.judged:
        on_plan = evaluate(case.goal, case.plan, [replace(judged.checkin, actual=judged.planned)], TODAY)
        status = on_plan.status
        if status.achievement is None:  # nothing was due yet on that day
            continue
        assert status.achievement == pytest.approx(1.0)
        assert status.code in (ON_TRACK, ACHIEVED)
        if case.goal.direction != "range":
            assert on_plan.forecast.value == pytest.approx(case.goal.target)
        else:
            assert on_plan.forecast.in_band is True


@settings(settings.get_profile("evaluation"))
@given(goal_cases(TODAY))
def test_the_next_check_in_is_never_after_the_deadline(case):
    full = evaluate(case.goal, case.plan, case.checkins, TODAY)
    deadline = case.goal.deadline
    latest = full.latest.checkin.on if full.latest else None
    assert full.ready_to_close == (deadline < TODAY or (latest is not None and latest >= deadline))
    if full.ready_to_close:
        assert full.next_due is None and not full.due_now
    else:
        assert full.next_due <= deadline
