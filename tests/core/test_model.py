import math
from datetime import date

import pytest

from goalplanner.core.model import CheckIn, Goal, ResourceCheck, Resources, SubTarget
from tests.helpers import wait_goal


def test_goal_built_from_keywords_has_sensible_defaults():
    goal = Goal(title="Answer e-mails within four hours")
    assert goal.id is None
    assert goal.state == "draft"
    assert goal.checkin_cadence == "weekly"
    assert goal.direction == "increase"
    assert goal.start == date.today()
    assert goal.resources.staff.available is None  # not answered yet, not "no"


@pytest.mark.parametrize(
    ("field", "value"),
    [("checkin_cadence", "daily"), ("direction", "up"), ("state", "done")],
)
def test_unknown_choices_are_refused(field, value):
    with pytest.raises(ValueError, match=field):
        Goal(**{field: value})


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_never_enter_a_goal(value):
    with pytest.raises(ValueError, match="finite"):
        Goal(target=value)
    with pytest.raises(ValueError, match="finite"):
        CheckIn(goal_id=1, on=date(2025, 1, 10), actual=value)


def test_text_where_a_number_belongs_is_refused():
    with pytest.raises(TypeError):
        Goal(baseline="240")


def test_lower_is_better_follows_direction():
    assert wait_goal().lower_is_better
    assert not wait_goal(direction="increase").lower_is_better


def test_checkins_before_deadline_counts_whole_cadence_steps():
    goal = wait_goal(start=date(2025, 1, 6), deadline=date(2025, 2, 17))  # exactly six weeks
    assert goal.checkins_before_deadline() == 6
    assert wait_goal(checkin_cadence="biweekly", deadline=date(2025, 2, 17)).checkins_before_deadline() == 3
    assert wait_goal(deadline=None).checkins_before_deadline() == 0


def test_resources_refuse_negative_headcount():
    with pytest.raises(ValueError, match="headcount"):
        Resources(headcount=-1)
    res = Resources(staff=ResourceCheck(False, "Hire two agents by March"), headcount=12)
    assert res.staff.plan == "Hire two agents by March"


def test_subtarget_period_must_not_end_before_it_starts():
    with pytest.raises(ValueError, match="ends before"):
        SubTarget(1, "week", "2025-W03", date(2025, 1, 19), date(2025, 1, 13), 200.0)
    with pytest.raises(ValueError, match="period"):
        SubTarget(1, "quarter", "2025-Q1", date(2025, 1, 1), date(2025, 3, 31), 200.0)
