"""The plan's shapes through ``plan_for``, the function the wizard's preview and Save call."""

import itertools
from dataclasses import replace
from datetime import date

import pytest

from goalplanner.core.breakdown import plan_for, respread
from goalplanner.core.model import Goal, PlanShape
from goalplanner.core.serialize import goal_from_dict, goal_to_dict
from goalplanner.core.shapes import ShapeError, parse_profile, periods_elapsed, rate_outcome

LAST_YEAR = (120, 110, 130, 125, 140, 160, 180, 175, 150, 135, 128, 190)


def wait_goal(shape: PlanShape, deadline: date = date(2027, 6, 30)) -> Goal:
    """The articles' wait-time goal: 240 s down to 180 s over the first half of 2027."""
    return Goal(title="Cut wait", kpi="wait_time", unit="s", direction="decrease", baseline=240.0,
                target=180.0, start=date(2027, 1, 1), deadline=deadline, plan_shape=shape)  # fmt: skip


def months(plan):
    return [s.planned for s in plan if s.period == "month"]


def weeks(plan):
    return [s.planned for s in plan if s.period == "week"]


@pytest.mark.parametrize(
    "shape",
    [
        PlanShape(),
        PlanShape("geometric"),
        PlanShape("geometric", rate=-0.05),
        PlanShape("geometric", rate=-0.02),  # falls short: the last period steps to the target
        PlanShape("geometric", rate=-0.01, every="week"),
        PlanShape("front"),
        PlanShape("back"),
        PlanShape("seasonal", profile=LAST_YEAR),
    ],
    ids=["straight", "even-percent", "minus-5-a-month", "short", "weekly-rate", "front", "back", "seasonal"],
)
def test_every_shape_ends_exactly_at_the_target(shape):
    plan = plan_for(wait_goal(shape))
    assert months(plan)[-1] == 180.0 and weeks(plan)[-1] == 180.0
    assert len(months(plan)) == 6 and len(weeks(plan)) == 27  # 2026-W53 (from Friday) to 2027-W26
    assert all(180.0 <= value <= 240.0 for value in months(plan) + weeks(plan))


def test_shapes_bend_as_named():
    straight, front, back = (months(plan_for(wait_goal(PlanShape(c)))) for c in ("linear", "front", "back"))
    assert straight[0] == pytest.approx(230.0, abs=0.3)  # a sixth of the 60 s cut in January
    assert front[0] < straight[0] < back[0]  # front-loaded: most of the cut early


def test_minus_5_percent_a_month_compounds_and_holds_the_target():
    plan = months(plan_for(wait_goal(PlanShape("geometric", rate=-0.05))))
    assert plan[:5] == pytest.approx([228.0, 216.6, 205.77, 195.4815, 185.707425])
    assert plan[5] == 180.0  # 240 × 0.95⁶ = 176.4 would pass the target: the plan holds it
    weekly = weeks(plan_for(wait_goal(PlanShape("geometric", rate=-0.05))))
    assert weekly == sorted(weekly, reverse=True)  # weeks fall smoothly between the months


def test_a_rate_that_falls_short_says_by_how_much():
    """DOMAIN.md: "cut 5 % a month" for 6 months from 1000 reaches 735.1, not 700."""
    goal = replace(wait_goal(PlanShape("geometric", rate=-0.05)), baseline=1000.0, target=700.0)
    outcome = rate_outcome(goal)
    assert round(outcome.reached, 1) == 735.1 and round(outcome.short, 1) == 35.1
    assert outcome.reached_on is None
    assert round(outcome.needed * 100, 2) == -5.77  # the even rate that gets there
    quarter = wait_goal(PlanShape("geometric", rate=-0.05), deadline=date(2027, 3, 31))
    outcome = rate_outcome(quarter)  # 240 × 0.95³ = 205.8 s, 25.8 s short of 180 s
    assert (round(outcome.reached, 1), round(outcome.short, 1)) == (205.8, 25.8)
    assert months(plan_for(quarter)) == pytest.approx([228.0, 216.6, 180.0])


def test_a_rate_that_gets_there_early_says_when():
    outcome = rate_outcome(wait_goal(PlanShape("geometric", rate=-0.10)))
    assert outcome.short == 0 and outcome.reached_on == date(2027, 3, 31)  # 240 × 0.9³ = 175 s
    assert rate_outcome(wait_goal(PlanShape("geometric"))) is None  # no rate: the even one


def test_a_rate_the_wrong_way_is_refused_with_a_message():
    goal = wait_goal(PlanShape("geometric", rate=0.05))
    with pytest.raises(ShapeError, match="enter a cut"):
        plan_for(goal)
    with pytest.raises(ShapeError, match="enter a cut"):
        rate_outcome(goal)
    with pytest.raises(ValueError, match="above -100"):
        PlanShape("geometric", rate=-1.0)


def test_months_and_weeks_elapsed():
    assert periods_elapsed(date(2027, 1, 1), date(2027, 6, 30), "month") == 6.0
    assert periods_elapsed(date(2027, 1, 1), date(2027, 1, 15), "month") == pytest.approx(15 / 31)
    assert periods_elapsed(date(2027, 1, 31), date(2027, 2, 27), "month") == 1.0  # to the 28th's eve
    assert periods_elapsed(date(2027, 1, 4), date(2027, 1, 17), "week") == 2.0


def test_seasonal_plan_moves_with_last_years_months():
    flat = months(plan_for(wait_goal(PlanShape("seasonal", profile=(1,) * 12))))
    hard_june = months(plan_for(wait_goal(PlanShape("seasonal", profile=(1,) * 5 + (10,) + (1,) * 6))))
    assert flat == pytest.approx([230.0, 220.0, 210.0, 200.0, 190.0, 180.0])  # each month a sixth
    # A wait is a cut: the months that went well (1) weigh 10 each, the worst (June, 10) weighs 1,
    # so 50 of 51 parts of the cut are planned by the end of May.
    assert hard_june[4] == pytest.approx(240 - 60 * 50 / 51, abs=0.01)
    assert hard_june[-1] == 180.0


def test_seasonal_plan_ignores_a_working_calendar():
    from goalplanner.core.calendar import WorkCalendar

    goal = wait_goal(PlanShape("seasonal", profile=LAST_YEAR))
    assert plan_for(goal, WorkCalendar()) == plan_for(goal)


@pytest.mark.parametrize(
    ("text", "decimal_point"),
    [
        ("120\n110\n130\n125\n140\n160\n180\n175\n150\n135\n128\n190\n", "."),  # a column
        ("120\t110\t130\t125\t140\t160\t180\t175\t150\t135\t128\t190", "."),  # a row
        ("120, 110, 130, 125, 140, 160, 180, 175, 150, 135, 128, 190", "."),  # typed
        ("120 110 130 125 140 160 180 175 150 135 128 190", ","),
        ("120;110;130;125;140;160;180;175;150;135;128;190", ","),
    ],
)
def test_last_years_months_typed_or_pasted(text, decimal_point):
    assert parse_profile(text, decimal_point) == LAST_YEAR


def test_pasted_numbers_with_thousands_and_decimal_commas():
    column = "\r\n".join(["1,234.5"] * 11 + ["2,000"])
    assert parse_profile(column) == (1234.5,) * 11 + (2000.0,)
    assert parse_profile("\t".join(["1.234,5"] * 12), ",") == (1234.5,) * 12


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("120\n110\n130", "3 values found"),
        ("\t".join(["5"] * 13), "13 values found"),
        ("120\tabc" + "\t1" * 10, "“abc” is not a number"),
        ("-4" + "\t1" * 11, "-4 is below zero"),
        ("\t".join(["0"] * 12), "Every month is zero"),
        ("", "0 values found"),
    ],
)
def test_bad_pasted_months_are_refused_with_a_message(text, message):
    with pytest.raises(ShapeError) as refused:
        parse_profile(text)
    assert message in str(refused.value)
    assert refused.value.message  # the translatable template the wizard shows


def test_respreading_a_locked_week_follows_the_shape():
    goal = wait_goal(PlanShape("front"))
    plan = [s for s in plan_for(goal) if s.period == "week"]
    assert respread(plan, 240.0, 180.0, goal.start, goal.deadline, shape=goal.plan_shape) == plan
    edited = [replace(s, planned=200.0, locked=True) if i == 12 else s for i, s in enumerate(plan)]
    spread = respread(edited, 240.0, 180.0, goal.start, goal.deadline, shape=goal.plan_shape)
    assert spread[12].planned == 200.0 and spread[-1].planned == 180.0
    # after the lock the rest still bends like the front-loaded curve: faster first, slower later
    steps = [a.planned - b.planned for a, b in itertools.pairwise(spread[12:])]
    assert steps == sorted(steps, reverse=True)


def test_shape_kept_through_a_draft_round_trip():
    goal = wait_goal(PlanShape("seasonal", profile=LAST_YEAR))
    assert goal_from_dict(goal_to_dict(goal)) == goal
    assert goal_from_dict({"title": "old draft"}).plan_shape == PlanShape()  # drafts from before shapes


@pytest.mark.parametrize(
    "values",
    [
        {"curve": "wavy"},
        {"curve": "seasonal"},
        {"curve": "seasonal", "profile": (0,) * 12},
        {"profile": (1, 2, 3)},
        {"profile": (-1,) + (1,) * 11},
        {"rate": float("nan")},
        {"every": "day"},
    ],
)
def test_a_bad_shape_is_refused(values):
    with pytest.raises((ValueError, TypeError)):
        PlanShape(**values)


def test_respreading_with_a_shape_that_no_longer_fits_goes_straight():
    goal = wait_goal(PlanShape("geometric", rate=-0.05))
    plan = [s for s in plan_for(goal) if s.period == "month"]
    edited = [replace(plan[0], planned=230.0, locked=True), *plan[1:]]
    rising = PlanShape("geometric", rate=0.05)  # the goal became a cut after the rate was chosen
    assert respread(edited, 240.0, 180.0, goal.start, goal.deadline, shape=rising) == respread(
        edited, 240.0, 180.0, goal.start, goal.deadline
    )


def test_like_last_year_a_cut_comes_in_the_months_that_went_well():
    """A wait (lower is better) that was worst in December: the plan asks for less of the cut in
    December than in January, not more (the newcomer review found the reverse)."""
    from datetime import date

    from goalplanner.core.breakdown import plan_for
    from goalplanner.core.model import Goal, PlanShape

    profile = (250,) * 11 + (280,)  # December the hardest month
    goal = Goal(
        kpi="wait_time", unit="s", direction="decrease", baseline=240.0, target=120.0,
        start=date(2026, 11, 1), deadline=date(2027, 1, 31), checkin_cadence="weekly",
        plan_shape=PlanShape(curve="seasonal", profile=profile), state="active",
    )  # fmt: skip
    months = [s.planned for s in plan_for(goal) if s.period == "month"]
    november, december, january = months[0], months[1] - months[0], months[2] - months[1]
    assert abs(december) < abs(january)  # December's cut is the smaller one
    assert months[-1] == 120.0
    assert november < 240.0
