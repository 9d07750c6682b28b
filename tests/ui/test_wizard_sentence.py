"""The wizard reads the goal's sentence: she types it, goes on, and finds the fields filled (and can undo)."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget, QWizard

from goalplanner.ui.widgets import format_date
from goalplanner.ui.wizard import GoalWizard
from goalplanner.ui.wizard.draft import TEMPLATE, WizardDraft, blank_goal
from goalplanner.ui.wizard.wizard import MEASURE, RESOURCES, WHAT, WHEN, WHO, WHY
from tests.ui.test_wizard import choose, close_quietly, field, next_page, store, type_into  # noqa: F401
from tests.ui.test_wizard_dates import retype

SENTENCE = "Cut average call wait time from 240 s to 120 s within six weeks"


@pytest.fixture
def wizard(qtbot, store):  # noqa: F811 (the store fixture, imported)
    wiz = GoalWizard(store)
    qtbot.addWidget(wiz, before_close_func=close_quietly)
    wiz.show()
    next_page(qtbot, wiz, WHAT)
    return wiz


def back(qtbot, wiz, expected):
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == expected


def note(wiz) -> QWidget:
    return field(wiz, "fill_note")


def message(wiz, name: str) -> str:
    label = wiz.currentPage()._fields[name][1]
    return label.text() if label.isVisible() else ""


def test_the_sentence_fills_metric_numbers_and_deadline_and_one_click_undoes_it(qtbot, wizard):
    start = wizard.goal.start
    default_deadline = wizard.goal.deadline
    qtbot.keyClicks(field(wizard, "title"), SENTENCE)
    assert wizard.goal.kpi == "custom"  # nothing is filled while she types
    next_page(qtbot, wizard, WHO)
    assert note(wizard).isVisible()
    day = format_date(start + timedelta(weeks=6))  # as the date fields show it
    parts = ["metric Average call wait time", "baseline 240 s", "target 120 s", f"deadline {day}"]
    listed = QLocale().createSeparatedList(parts)  # "a, b, c and d", as the user's language lists
    assert field(wizard, "fill_note_text").text() == f"Filled from your sentence: {listed}."
    next_page(qtbot, wizard, MEASURE)
    assert field(wizard, "kpi").currentData() == "wait_time"
    assert (field(wizard, "baseline").text(), field(wizard, "target").text()) == ("240", "120")
    assert note(wizard).isVisible()
    qtbot.mouseClick(field(wizard, "undo_fill"), Qt.MouseButton.LeftButton)
    assert not note(wizard).isVisible()
    assert field(wizard, "kpi").currentData() == "custom"
    assert (field(wizard, "baseline").text(), field(wizard, "target").text()) == ("", "")
    assert (wizard.goal.kpi, wizard.goal.baseline, wizard.goal.target) == ("custom", None, None)
    assert wizard.goal.deadline == default_deadline
    back(qtbot, wizard, WHO)
    back(qtbot, wizard, WHAT)
    next_page(qtbot, wizard, WHO)  # the same sentence again: what she undid stays undone
    assert wizard.goal.kpi == "custom" and not note(wizard).isVisible()


def test_the_deadline_is_six_weeks_from_the_start(qtbot, wizard):
    qtbot.keyClicks(field(wizard, "title"), SENTENCE)
    for page in (WHO, MEASURE):
        next_page(qtbot, wizard, page)
    for page in (RESOURCES, WHY, WHEN):
        next_page(qtbot, wizard, page)
    expected = wizard.goal.start + timedelta(days=42)
    assert field(wizard, "deadline").value() == expected
    assert message(wizard, "deadline") == ""


def test_a_typed_target_is_kept_and_the_disagreement_is_shown_at_it(qtbot, wizard):
    for page in (WHO, MEASURE):
        next_page(qtbot, wizard, page)
    type_into(qtbot, wizard, "target", "90")
    back(qtbot, wizard, WHO)
    back(qtbot, wizard, WHAT)
    qtbot.keyClicks(field(wizard, "title"), SENTENCE)
    next_page(qtbot, wizard, WHO)
    assert "target" not in field(wizard, "fill_note_text").text()
    assert "baseline 240 s" in field(wizard, "fill_note_text").text()
    next_page(qtbot, wizard, MEASURE)
    assert field(wizard, "target").text() == "90" and wizard.goal.target == 90
    assert message(wizard, "target") == "The sentence says “to 120 s”, but the target is 90."


def test_a_deadline_she_set_is_kept_and_a_contradiction_flagged(qtbot, wizard):
    for page in (WHO, MEASURE, RESOURCES, WHY, WHEN):
        next_page(qtbot, wizard, page)
    chosen = wizard.goal.start + timedelta(days=100)
    retype(qtbot, field(wizard, "deadline"), chosen.isoformat())
    while wizard.currentId() != WHAT:  # by the button: QWizard.back() from Python upsets PySide6 6.12
        back(qtbot, wizard, wizard.currentId() - 1)
    qtbot.keyClicks(field(wizard, "title"), SENTENCE)
    for page in (WHO, MEASURE, RESOURCES, WHY, WHEN):
        next_page(qtbot, wizard, page)
    assert wizard.goal.deadline == chosen
    assert message(wizard, "deadline").startswith("The sentence says “within six weeks”")


def test_a_templates_values_count_as_set(qtbot, store):  # noqa: F811
    wiz = GoalWizard(store)
    qtbot.addWidget(wiz, before_close_func=close_quietly)
    wiz.show()
    qtbot.mouseClick(field(wiz, "start_template"), Qt.MouseButton.LeftButton)
    choose(wiz, "template", "wait_time")
    next_page(qtbot, wiz, WHAT)
    deadline = wiz.goal.deadline
    type_into(qtbot, wiz, "title", "Cut average call wait time from 300 s to 200 s within eight weeks")
    next_page(qtbot, wiz, WHO)
    assert wiz.goal.deadline == deadline  # the template's
    assert wiz.goal.baseline == 300  # nobody had set it
    assert field(wiz, "fill_note_text").text().startswith("Filled from your sentence: baseline 300 s")


def test_touched_fields_and_the_fill_survive_a_saved_draft(qapp):
    draft = WizardDraft(blank_goal(date(2025, 1, 6)), plan_goals=list)
    draft.update(title=SENTENCE, target=90.0)
    draft.fill_from_sentence()
    assert (draft.goal.baseline, draft.goal.target) == (240, 90)
    resumed = WizardDraft.resumed(draft.payload(), draft_id=3, plan_goals=list)
    assert resumed.goal == draft.goal and resumed.touched == draft.touched
    assert resumed.fill == draft.fill
    resumed.undo_fill()
    assert (resumed.goal.kpi, resumed.goal.baseline, resumed.goal.target) == ("custom", None, 90)
    assert resumed.goal.deadline == blank_goal(date(2025, 1, 6)).deadline
    older = {k: v for k, v in draft.payload().items() if k not in ("touched", "fill", "declined")}
    assert WizardDraft.resumed(older, draft_id=4, plan_goals=list).goal == draft.goal  # drafts saved before


def test_a_template_start_marks_its_fields_as_set(qapp):
    draft = WizardDraft(blank_goal(date(2025, 1, 6)), plan_goals=list)
    draft.start_from(TEMPLATE, "abandonment")
    assert {"kpi", "deadline", "target", "title"} <= draft.touched and "baseline" not in draft.touched


def test_editing_a_saved_goal_fills_nothing(qapp):
    from tests.helpers import wait_goal

    goal = wait_goal(id=5, deadline=blank_goal(date(2025, 1, 6)).deadline, start=date(2025, 1, 6))
    draft = WizardDraft(goal, plan_goals=list, initial=goal)
    draft.update(title="Cut average call wait time from 300 s to 100 s within six weeks")
    draft.fill_from_sentence()
    kept = (draft.goal.baseline, draft.goal.target, draft.goal.deadline)
    assert kept == (goal.baseline, goal.target, goal.deadline)
    assert draft.fill is None
    assert {f.field for f in draft.findings} >= {"baseline", "target", "deadline"}  # but it says so


def test_a_field_set_again_by_hand_is_hers_even_with_the_same_value(qtbot, wizard):
    qtbot.keyClicks(field(wizard, "title"), SENTENCE)
    for page in (WHO, MEASURE):
        next_page(qtbot, wizard, page)
    type_into(qtbot, wizard, "target", "120")  # typed over with the same number
    back(qtbot, wizard, WHO)
    back(qtbot, wizard, WHAT)
    type_into(qtbot, wizard, "title", "Cut average call wait time")  # the numbers are gone from the sentence
    next_page(qtbot, wizard, WHO)
    assert wizard.goal.target == 120 and wizard.goal.baseline is None  # hers stays, the sentence's goes
    assert (
        field(wizard, "fill_note_text").text() == "Filled from your sentence: metric Average call wait time."
    )
