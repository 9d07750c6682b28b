from datetime import date, timedelta

from goalplanner.core.model import Goal
from goalplanner.core.smart import check
from goalplanner.core.templates import templates

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
        baseline = 60.0 if template.unit == "%" or template.kpi == "nps" else 1000.0
        goal = template.apply(Goal(baseline=baseline, baseline_date=date(2025, 1, 5)), start=date(2025, 1, 6))
        errors = [f.code for f in check(goal) if f.severity == "error" and f.criterion != "specific"]
        assert errors == [], template.key
