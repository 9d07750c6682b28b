from dataclasses import replace
from datetime import date, timedelta

import pytest

from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import Goal
from goalplanner.core.smart import check, sentence
from goalplanner.core.templates import target_from_change, templates

NAMED_IN_THE_ISSUE = {
    "first_response", "cost_per_contact", "csat_survey", "self_service", "occupancy_band", "after_call_work",
    "transfers_down", "transfers_up", "fcr", "nps", "abandonment", "onboarding", "agent_growth",
}  # fmt: skip


def test_at_least_twelve_templates_cover_the_articles_goal_areas():
    assert len(templates()) >= 12
    assert set(templates()) >= NAMED_IN_THE_ISSUE
    for template in templates().values():
        assert template.baseline_hint and template.title and template.name


def test_relative_change_from_the_baseline():
    goal = templates()["wait_time"].apply(Goal(baseline=240.0), start=date(2025, 1, 6))
    assert (goal.target, goal.stretch_target) == (180.0, 120.0)
    assert goal.deadline == date(2025, 1, 6) + timedelta(weeks=6, days=-1)
    assert goal.direction == "decrease" and goal.unit == "s"


def test_points_change_for_percentage_kpis():
    goal = templates()["csat_survey"].apply(Goal(baseline=68.0))
    assert (goal.target, goal.stretch_target) == (73.0, 76.0)


def test_suggestions_never_leave_the_metric_range():
    goal = templates()["csat_survey"].apply(Goal(baseline=97.0))
    assert goal.target == 100.0 and goal.stretch_target == 100.0


def test_template_goals_pass_the_measurable_checks_once_completed():
    for template in templates().values():
        baseline = 60.0 if template.unit in ("%", "points") else 1000.0
        baseline = {"milestone": 0.0, "ces": 4.0, "frt": 2.0}.get(template.kpi, baseline)
        goal = template.apply(Goal(baseline=baseline, baseline_date=date(2025, 1, 5)), start=date(2025, 1, 6))
        errors = [f.code for f in check(goal) if f.severity == "error" and f.criterion != "specific"]
        assert errors == [], template.key


def _checkins_asked(goal: Goal) -> list[date]:
    """The dates core.progress asks for check-ins on, each recorded on the day it is due."""
    from goalplanner.core.model import CheckIn
    from goalplanner.core.progress import evaluate

    goal = replace(goal, state="active")
    recorded: list[CheckIn] = []
    while True:
        evaluation = evaluate(goal, [], recorded, today=goal.start)
        if evaluation.ready_to_close or evaluation.next_due is None:
            return [c.on for c in recorded]
        recorded.append(CheckIn(None, evaluation.next_due, 0.0))


def test_six_weeks_is_42_days_with_six_weekly_checkins_and_six_plan_weeks():
    monday = date(2025, 1, 6)
    goal = templates()["wait_time"].apply(Goal(baseline=240.0), start=monday)
    assert (goal.deadline - goal.start).days + 1 == 42  # start and deadline both counted
    assert goal.deadline == date(2025, 2, 16)  # the Sunday six weeks on
    assert goal.checkins_until_deadline() == 6
    asked = _checkins_asked(goal)
    assert len(asked) == 6 and asked[-1] == goal.deadline
    assert [s.label for s in plan_for(goal) if s.period == "week"] == [f"2025-W{n:02d}" for n in range(2, 8)]


@pytest.mark.parametrize("key", sorted(templates()))
def test_every_template_asks_for_exactly_its_checkins(key):
    template = templates()[key]
    goal = template.apply(Goal(), start=date(2025, 3, 5))
    assert goal.checkins_until_deadline() == template.checkins
    assert len(_checkins_asked(goal)) == template.checkins
    assert check_of(goal, "no_checkin_before_deadline") is None


def check_of(goal: Goal, code: str):
    return next((f for f in check(goal) if f.code == code), None)


def test_points_stay_points_and_the_target_follows_the_baseline():
    fcr = templates()["fcr"]
    assert (fcr.change_kind, fcr.change, fcr.stretch) == ("points", 3, 5)
    goal = fcr.apply(Goal())
    assert goal.target is None  # no baseline yet: nothing to add the 3 points to
    goal = fcr.apply(Goal(baseline=70.0))
    assert (goal.target, goal.stretch_target) == (73.0, 75.0)  # +3 points, not +3 %
    assert target_from_change(70.0, 3, "points") == 73.0
    assert target_from_change(70.0, 0.03, "relative") == 72.1


def test_a_target_that_needs_no_baseline_is_filled_at_once():
    goal = templates()["abandonment"].apply(Goal())
    assert (goal.target, goal.stretch_target) == (5.0, 3.0)


def test_the_articles_thirteen_goal_areas_have_templates():
    areas = {
        "first response": "first_response", "contact formats": "contact_formats",
        "omnichannel": "omnichannel", "surveys": "csat_survey", "cost per contact": "cost_per_contact",
        "onboarding": "onboarding", "appreciation": "appreciation", "mobile": "mobile_support",
        "automation": "automation_bot", "social media": "social_sentiment", "industry tech": "innovation",
        "agents grow": "agent_growth", "self-service": "self_service",
    }  # fmt: skip
    assert set(areas.values()) <= set(templates())
    assert {"social_response", "cross_sell", "customer_effort"} <= set(templates())


def test_milestone_templates_start_not_done_and_finish_done():
    for key in ("omnichannel", "contact_formats", "mobile_support", "appreciation", "innovation"):
        template = templates()[key]
        goal = template.apply(Goal(), start=date(2025, 3, 3))
        assert template.milestone and goal.kpi == "milestone"
        assert (goal.baseline, goal.baseline_date, goal.target) == (0.0, date(2025, 3, 3), 1.0)
        errors = [f.code for f in check(goal) if f.severity == "error" and f.criterion != "specific"]
        assert errors == [], key


def test_a_reason_reads_correctly_after_because():
    template = templates()["fcr"]
    goal = replace(template.apply(Goal(baseline=70.0), start=date(2025, 1, 6)), owner="Mark", scope="Queue A")
    assert "because a problem solved at once saves" in sentence(goal)
