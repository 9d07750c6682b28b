from datetime import date

from goalplanner.core.sample import sample_plan


def test_sample_plan_holds_the_articles_examples():
    plan = {entry.key: entry for entry in sample_plan(date(2025, 3, 12))}
    assert plan["wait"].goal.baseline == 240 and plan["wait"].goal.target == 120  # -50%
    assert (plan["wait"].goal.deadline - plan["wait"].goal.start).days + 1 == 42  # six weeks
    assert plan["csat"].goal.target / plan["csat"].goal.baseline >= 1.25  # +25% relative
    assert plan["volume"].goal.target == plan["volume"].goal.baseline / 2
    assert plan["occupancy"].goal.direction == "range"
    assert (plan["occupancy"].goal.range_low, plan["occupancy"].goal.range_high) == (75, 85)
    assert plan["vision"].parent_key is None
    assert all(entry.parent_key in plan for entry in plan.values() if entry.parent_key)


def test_sample_checkins_lie_in_the_past_and_inside_the_goal():
    today = date(2025, 3, 12)
    for entry in sample_plan(today):
        assert entry.checkins, entry.key
        for checkin in entry.checkins:
            assert entry.goal.start <= checkin.on <= today, entry.key


def test_sample_plan_shows_a_goal_falling_behind():
    wait = next(e for e in sample_plan(date(2025, 3, 12)) if e.key == "wait")
    latest = wait.checkins[-1].actual
    weeks = len(wait.checkins)
    linear_plan = 240 - (240 - 120) * weeks / 6
    assert latest > linear_plan  # wait time higher than planned: behind, which the demo should show


def test_every_sample_reason_reads_in_lower_case_after_because():
    import re

    from goalplanner.core.smart import sentence

    for entry in sample_plan(date(2025, 3, 12)):
        reason = sentence(entry.goal).split(", because ", 1)[1]
        assert not re.match(r"[A-Z][a-z]", reason), (entry.key, reason)
