"""Yes/no milestone goals ("launch chat by 1 March"): planned, judged and described through core."""

from datetime import date, timedelta

import pytest

from goalplanner.core.breakdown import plan_for
from goalplanner.core.checkins import check_actual
from goalplanner.core.model import CheckIn, Goal, ResourceCheck, Resources
from goalplanner.core.progress import ACHIEVED, NO_DATA, OFF_TRACK, ON_TRACK, evaluate
from goalplanner.core.smart import check, has_errors, sentence

START, DEADLINE = date(2025, 1, 6), date(2025, 3, 2)  # eight weeks, Monday to Sunday


def launch_chat(**changes) -> Goal:
    values = dict(
        title="Launch live chat by 2 March", owner="Priya", scope="E-mail team", kpi="milestone",
        unit="", direction="increase", baseline=0.0, baseline_date=START, target=1.0, start=START,
        deadline=DEADLINE, why="Customers ask for chat", strategy="Omnichannel", state="active",
        resources=Resources(ResourceCheck(True), ResourceCheck(True), ResourceCheck(True)),
    )  # fmt: skip
    values.update(changes)
    return Goal(**values)


def status(checkins: list[tuple[date, float]], today: date) -> str:
    goal = launch_chat()
    recorded = [CheckIn(None, day, value) for day, value in checkins]
    return evaluate(goal, plan_for(goal), recorded, today).status.code


def test_the_plan_is_not_done_until_the_period_of_the_deadline():
    plan = plan_for(launch_chat())
    weeks = [s for s in plan if s.period == "week"]
    months = [s for s in plan if s.period == "month"]
    assert [s.planned for s in weeks] == [0.0] * 7 + [1.0]
    assert [s.planned for s in months] == [0.0, 0.0, 1.0] and months[-1].period_end == DEADLINE


def test_not_done_before_the_deadline_is_on_track_even_in_the_last_week():
    assert status([(START + timedelta(days=4), 0)], START + timedelta(days=4)) == ON_TRACK
    assert status([(DEADLINE - timedelta(days=1), 0)], DEADLINE - timedelta(days=1)) == ON_TRACK


def test_done_is_achieved_before_or_after_the_deadline():
    assert status([(START + timedelta(days=11), 1)], START + timedelta(days=11)) == ACHIEVED
    assert status([(START + timedelta(days=11), 1)], DEADLINE + timedelta(days=30)) == ACHIEVED


def test_the_deadline_passing_undone_is_off_track_with_or_without_a_checkin():
    assert status([(DEADLINE, 0)], DEADLINE) == OFF_TRACK  # the last check-in says not done
    assert status([(DEADLINE - timedelta(days=3), 0)], DEADLINE + timedelta(days=1)) == OFF_TRACK
    assert status([], DEADLINE) == NO_DATA
    assert status([], DEADLINE + timedelta(days=1)) == OFF_TRACK
    goal = launch_chat()
    late = evaluate(goal, plan_for(goal), [], DEADLINE + timedelta(days=5))
    assert late.since == DEADLINE + timedelta(days=1) and late.ready_to_close


def test_check_ins_are_asked_for_each_week_and_only_0_to_1_is_possible():
    goal = launch_chat()
    assert evaluate(goal, plan_for(goal), [], START).next_due == START + timedelta(days=7)
    assert goal.checkins_until_deadline() == 8
    assert check_actual(goal, 1) is None and check_actual(goal, 0) is None
    assert check_actual(goal, 2) is not None


def test_a_complete_milestone_passes_the_checks_and_reads_as_a_sentence():
    findings = check(launch_chat())
    assert not has_errors(findings)
    assert [f.code for f in findings if f.criterion in ("measurable", "achievable")] == []
    text = sentence(launch_chat())
    assert text.startswith("Priya will have “Launch live chat by 2 March” done for E-mail team by 2025-03-02")
    assert "from 0 to 1" not in text and text.endswith("because customers ask for chat.")


@pytest.mark.parametrize("target", [0.0, None])
def test_a_milestone_must_aim_at_done(target):
    assert has_errors(check(launch_chat(target=target)))
