"""The wizard's shared draft on its own: edits re-check the goal and say so; no wizard, no store."""

from dataclasses import replace
from datetime import date

import pytest

from goalplanner.ui.wizard.draft import BLANK, COPY, TEMPLATE, WizardDraft, blank_goal
from tests.helpers import wait_goal


def codes(draft: WizardDraft) -> set[str]:
    return {finding.code for finding in draft.findings}


@pytest.fixture
def draft(qapp):
    return WizardDraft(blank_goal(date(2025, 1, 6)), plan_goals=list)


def test_an_edit_rechecks_the_goal_and_signals_once(draft):
    changed, edited = [], []
    draft.changed.connect(lambda: changed.append(codes(draft)))
    draft.edited.connect(lambda: edited.append(True))
    draft.update(title="Improve customer satisfaction")
    assert draft.goal.title == "Improve customer satisfaction"
    assert "vague_title" in codes(draft)
    assert changed == [codes(draft)] and edited == [True]  # listeners see the new findings


def test_an_edit_the_goal_refuses_changes_nothing(draft):
    before = (draft.goal, list(draft.findings))
    changed = []
    draft.changed.connect(lambda: changed.append(True))
    draft.update(no_such_field=1)
    assert (draft.goal, draft.findings) == before and changed == []


def test_a_start_choice_fills_the_goal_once(draft):
    draft.start_from(TEMPLATE, "wait_time")
    assert draft.goal.kpi == "wait_time" and draft.template is not None
    draft.update(title="Mine now")
    draft.start_from(TEMPLATE, "wait_time")  # back to the Start page and on again: the edit stays
    assert draft.goal.title == "Mine now"
    draft.start_from(BLANK, None)
    assert draft.goal.kpi != "wait_time" and draft.template is None
    assert draft.goal.start == date(2025, 1, 6)


def test_a_copy_keeps_the_numbers_with_new_dates(draft):
    source = wait_goal(id=7, stretch_target=100.0)
    draft.start_from(COPY, 7, source)
    assert (draft.goal.baseline, draft.goal.target, draft.goal.stretch_target) == (240, 120, 100)
    assert draft.goal.id is None and draft.goal.state == "draft"
    assert draft.goal.baseline_date == date(2025, 1, 6)  # as the Measure page shows it: measured today
    assert draft.goal.start == date(2025, 1, 6)
    assert draft.goal.deadline - draft.goal.start == source.deadline - source.start


def test_parents_offered_leave_out_the_goal_and_its_sub_goals(qapp):
    top, own = wait_goal(id=1), wait_goal(id=2)
    child, grandchild, other = wait_goal(id=3, parent_id=2), wait_goal(id=4, parent_id=3), wait_goal(id=5)
    plan = [top, own, child, grandchild, other]
    draft = WizardDraft(own, plan_goals=lambda: plan)
    assert [g.id for g in draft.possible_parents()] == [1, 5]


def test_a_saved_payload_resumes_the_same_draft(draft):
    draft.start_from(TEMPLATE, "csat_survey")
    draft.update(owner="Priya Nair")
    resumed = WizardDraft.resumed(draft.payload(), draft_id=12, plan_goals=list)
    assert resumed.goal == draft.goal and resumed.draft_id == 12
    assert resumed.template == draft.template and resumed.start_choice == (TEMPLATE, "csat_survey")
    assert codes(resumed) == codes(draft)


def test_unchanged_only_while_the_goal_is_as_opened(qapp):
    goal = wait_goal(id=3)
    draft = WizardDraft(goal, plan_goals=list, initial=goal)
    assert draft.unchanged()
    draft.update(owner="Someone else")
    assert not draft.unchanged()
    assert not WizardDraft(goal, plan_goals=list).unchanged()  # a resumed draft always asks
    draft.saved_as(replace(draft.goal, id=9))
    assert draft.goal.id == 9 and draft.draft_id is None
