"""Templates deliver what they promise, through the wizard as a user drives it (by field names)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from goalplanner.core.progress import evaluate
from goalplanner.store import Store
from goalplanner.ui.goal_tree import GOAL_ROLE
from goalplanner.ui.wizard import GoalWizard
from goalplanner.ui.wizard.wizard import MEASURE, RESOURCES, REVIEW, SHAPE, WHAT, WHEN, WHO, WHY
from tests.ui.conftest import open_plan
from tests.ui.test_tracking import find_row, status_of
from tests.ui.test_wizard import choose, close_quietly, field, finish, next_page, type_into


@pytest.fixture
def plan_path(tmp_path):
    return tmp_path / "plan.goalplan"


@pytest.fixture
def store(plan_path):
    with Store.open(plan_path) as opened:
        yield opened


@pytest.fixture
def wizard(qtbot, store):
    wiz = GoalWizard(store)
    qtbot.addWidget(wiz, before_close_func=close_quietly)
    wiz.show()
    return wiz


def start_from_template(qtbot, wiz, key):
    qtbot.mouseClick(field(wiz, "start_template"), Qt.MouseButton.LeftButton)
    choose(wiz, "template", key)
    next_page(qtbot, wiz, WHAT)


def to_measure(qtbot, wiz, scope="Inbound support queue", owner="Mark Ellis"):
    type_into(qtbot, wiz, "scope", scope)
    next_page(qtbot, wiz, WHO)
    type_into(qtbot, wiz, "owner", owner)
    next_page(qtbot, wiz, MEASURE)


def answer_resources_and_save(qtbot, wiz):
    next_page(qtbot, wiz, RESOURCES)
    for name in ("staff_available", "budget_available", "skills_available"):
        assert "Say whether the team has" in wiz.currentPage()._fields[name][1].text()
        qtbot.mouseClick(field(wiz, name).yes, Qt.MouseButton.LeftButton)
        assert wiz.currentPage()._fields[name][1].text() == ""
    next_page(qtbot, wiz, WHY)
    type_into(qtbot, wiz, "strategy", "Win on service")
    next_page(qtbot, wiz, WHEN)
    next_page(qtbot, wiz, SHAPE)
    next_page(qtbot, wiz, REVIEW)
    review = field(wiz, "smart_sentence").text()
    with qtbot.waitSignal(wiz.saved) as saved:
        finish(qtbot, wiz)
    return saved.args[0], review


def test_first_contact_template_suggests_3_points_and_the_target_follows_the_baseline(qtbot, wizard, store):
    start_from_template(qtbot, wizard, "fcr")
    to_measure(qtbot, wizard)
    assert field(wizard, "kpi").currentData() == "fcr"
    assert field(wizard, "change_by").text() == "3"
    assert field(wizard, "change_mode").currentData() == "points"  # by 3 points, not by 3 %
    assert field(wizard, "target").text() == ""  # nothing to add the points to yet
    type_into(qtbot, wizard, "baseline", "70")
    assert field(wizard, "target").text() == "73" and field(wizard, "stretch_target").text() == "75"
    assert (wizard.goal.target, wizard.goal.stretch_target) == (73, 75)
    type_into(qtbot, wizard, "baseline", "64")  # corrected: the suggestion follows
    assert (wizard.goal.target, wizard.goal.stretch_target) == (67, 69)
    type_into(qtbot, wizard, "target", "68")  # typed by hand: it stays
    type_into(qtbot, wizard, "baseline", "65")
    assert wizard.goal.target == 68
    assert wizard.goal.stretch_target == 70  # never typed: still the template's +5 points
    goal_id, review = answer_resources_and_save(qtbot, wizard)
    goal = store.get_goal(goal_id)
    assert (goal.baseline, goal.target, goal.stretch_target) == (65, 68, 70)
    assert "because a problem solved at once" in review  # not "because A problem"


def test_relative_template_shows_its_percentage(qtbot, wizard):
    start_from_template(qtbot, wizard, "wait_time")
    to_measure(qtbot, wizard)
    assert field(wizard, "change_by").text() == "-25"
    assert field(wizard, "change_mode").currentData() == "relative"
    type_into(qtbot, wizard, "baseline", "240")
    assert (wizard.goal.target, wizard.goal.stretch_target) == (180, 120)


def test_six_week_template_gives_six_weekly_checkins(qtbot, wizard, store):
    start_from_template(qtbot, wizard, "wait_time")
    to_measure(qtbot, wizard)
    type_into(qtbot, wizard, "baseline", "240")
    for page in (RESOURCES, WHY, WHEN):
        next_page(qtbot, wizard, page)
    assert field(wizard, "checkin_cadence").currentData() == "weekly"
    assert wizard.currentPage().count_label.text() == "Check-ins up to the deadline: 6"
    next_page(qtbot, wizard, SHAPE)
    next_page(qtbot, wizard, REVIEW)
    assert "because long waits are the complaint" in field(wizard, "smart_sentence").text()
    with qtbot.waitSignal(wizard.saved) as saved:
        finish(qtbot, wizard)
    goal = store.get_goal(saved.args[0])
    assert (goal.deadline - goal.start).days + 1 == 42
    evaluation = evaluate(goal, store.subtargets(goal.id), [], goal.start)
    assert evaluation.next_due == date.fromordinal(goal.start.toordinal() + 7)
    assert goal.checkins_until_deadline() == 6


def test_a_milestone_goal_is_created_and_checked_in(qtbot, wizard, store, plan_path, window, questions):
    start_from_template(qtbot, wizard, "contact_formats")
    to_measure(qtbot, wizard, scope="E-mail team", owner="Priya Nair")
    page = wizard.currentPage()
    assert field(wizard, "kpi").currentData() == "milestone"
    for name in ("baseline", "target", "change_by"):  # done or not: nothing to type
        assert not field(wizard, name).isVisibleTo(page)
    goal_id, review = answer_resources_and_save(qtbot, wizard)
    assert review.startswith("Priya Nair will have “Answer customers by text message")
    goal = store.get_goal(goal_id)
    assert (goal.kpi, goal.baseline, goal.target) == ("milestone", 0, 1)
    weeks = [s.planned for s in store.subtargets(goal_id) if s.period == "week"]
    assert weeks[-1] == 1 and set(weeks[:-1]) == {0}
    store.close()

    open_plan(qtbot, window, plan_path)
    window.show()
    window.select_goal(find_row(window, "text message").data(GOAL_ROLE).id)
    form = window.detail.checkin_form
    qtbot.keyClicks(form.actual_field, "0")
    form.record_checkin()
    assert status_of(window, "text message") == "● On track"  # not done yet, deadline ahead
    questions.answers.append("replace_checkin")
    form.actual_field.clear()
    qtbot.keyClicks(form.actual_field, "1")
    form.record_checkin()
    assert status_of(window, "text message").startswith("★ Achieved")


def test_the_start_page_lists_every_template_by_name(qtbot, wizard):
    combo = field(wizard, "template")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Resolve more on first contact" in names and "Customer appreciation programme" in names
    assert combo.count() == 24
    wizard.done(QWizard.DialogCode.Rejected)
