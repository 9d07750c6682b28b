"""What an actual can be: the rule the goal detail and the workbook importer share."""

import math
from datetime import date

import pytest

from goalplanner.core.checkins import BELOW_MINIMUM, NOT_A_NUMBER, OUT_OF_RANGE, check_actual
from goalplanner.core.i18n import ENGLISH, Term
from goalplanner.core.kpis import metric_bounds
from goalplanner.core.model import Goal
from tests.helpers import wait_goal


def goal(kpi: str, unit: str) -> Goal:
    return Goal(title="t", kpi=kpi, unit=unit, start=date(2025, 1, 6), deadline=date(2025, 3, 30))


@pytest.mark.parametrize(
    ("kpi", "unit", "value"),
    [
        ("csat", "%", 0),
        ("csat", "%", 100),  # the limits themselves are possible
        ("nps", "points", -100),
        ("ces", "score", 7),
        ("aht", "s", 0),
        ("aht", "s", 1e9),  # times have no upper limit
        ("custom", "%", 55.5),
        ("custom", "calls", -3),  # a custom metric that is not a share can be anything
    ],
)
def test_possible_values_pass(kpi, unit, value):
    assert check_actual(goal(kpi, unit), value) is None


def test_a_value_outside_a_bounded_metric_names_the_range_and_the_metric():
    problem = check_actual(goal("csat", "%"), 101)
    assert problem.code == OUT_OF_RANGE
    assert problem.params == {
        "value": 101,
        "low": 0,
        "high": 100,
        "unit": "%",
        "metric": Term("Kpi", "Customer satisfaction (CSAT)"),
    }
    template = "{value} is impossible for {metric} ({low} to {high})"
    assert ENGLISH.text("ImportProblem", template, problem.params) == (
        "101 is impossible for Customer satisfaction (CSAT) (0 to 100)"
    )


def test_below_the_floor_of_a_metric_without_a_ceiling_is_its_own_code():
    problem = check_actual(goal("aht", "s"), -1)
    assert problem.code == BELOW_MINIMUM
    assert (problem.params["low"], problem.params["high"]) == (0, math.inf)


def test_a_custom_share_runs_from_0_to_100_and_is_named_by_its_unit():
    problem = check_actual(goal("custom", "%"), -0.5)
    assert problem.code == OUT_OF_RANGE
    assert problem.params["metric"] == "%"  # no catalogue name to translate


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_no_metric_takes_nan_or_infinity(value):
    for kpi, unit in (("csat", "%"), ("aht", "s"), ("custom", "calls")):
        problem = check_actual(goal(kpi, unit), value)
        assert problem.code == NOT_A_NUMBER
        assert problem.params.keys() == {"value"}


def test_metric_bounds_come_from_the_catalogue_or_the_custom_unit():
    assert metric_bounds(goal("csat", "%")) == (0, 100, "Customer satisfaction (CSAT)")
    assert metric_bounds(goal("aht", "s")).high == math.inf
    assert metric_bounds(goal("custom", " % ")) == (0, 100, " % ")
    low, high, metric = metric_bounds(goal("custom", "calls"))
    assert (low, high, metric) == (-math.inf, math.inf, "calls")


def test_a_value_far_outside_what_the_goal_has_seen_is_questioned_not_refused():
    from goalplanner.core.checkins import FAR_FROM_SEEN, check_plausible, plausible_range

    goal = wait_goal()  # 240 s -> 120 s
    assert plausible_range(goal) == (0.0, 480.0)
    assert check_plausible(goal, 205.0) is None
    problem = check_plausible(goal, 99_999.0, seen=[205.0, 190.0])
    assert problem.code == FAR_FROM_SEEN and problem.params["high"] == 480.0
    assert check_actual(goal, 99_999.0) is None  # possible: the user may record it anyway
    assert check_plausible(goal, 500.0, seen=[600.0]) is None  # what was seen widens the range


def test_a_second_check_in_on_the_same_date_is_found():
    from datetime import date

    from goalplanner.core.checkins import same_day
    from goalplanner.core.model import CheckIn

    day = date(2025, 1, 20)
    first, second = CheckIn(1, day, 200.0, id=4), CheckIn(1, day, 199.0, id=9)
    assert same_day([CheckIn(1, date(2025, 1, 13), 210.0, id=1), first, second], day) is second
    assert same_day([first], date(2025, 1, 27)) is None
