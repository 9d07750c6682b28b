"""The wizard's Plan page, driven as a team lead would: choose a shape, type "-5", see the plan, save."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget, QWizard

from goalplanner.core.breakdown import plan_for, respread
from goalplanner.core.model import PlanShape
from goalplanner.store import Store
from goalplanner.ui.detail import GoalDetail
from goalplanner.ui.session import PlanSession
from goalplanner.ui.wizard import GoalWizard
from goalplanner.ui.wizard.wizard import (
    MEASURE,
    RESOURCES,
    REVIEW,
    SHAPE,
    WHAT,
    WHEN,
    WHO,
    WHY,
    resume_page_of,
)
from tests.ui.test_wizard_dates import retype

LAST_YEAR_COLUMN = "120\n110\n130\n125\n140\n160\n180\n175\n150\n135\n128\n190\n"  # as a spreadsheet copies


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "plan.goalplan") as opened:
        yield opened


def close_quietly(wiz):
    if wiz.isVisible():
        wiz.done(QWizard.DialogCode.Rejected)


def open_wizard(qtbot, store, **options):
    wiz = GoalWizard(store, **options)
    qtbot.addWidget(wiz, before_close_func=close_quietly)
    wiz.show()
    return wiz


def field(wiz, name):
    found = wiz.currentPage().findChild(QWidget, name)
    assert found is not None, f"no field {name!r} on page {wiz.currentId()}"
    return found


def type_into(qtbot, wiz, name, text):
    widget = field(wiz, name)
    widget.clear()
    qtbot.keyClicks(widget, text)


def click(qtbot, wiz, name):
    qtbot.mouseClick(field(wiz, name), Qt.MouseButton.LeftButton)


def next_page(qtbot, wiz, expected):
    button = wiz.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {wiz.currentId()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wiz.currentId() == expected


def shown_months(wiz):
    page = wiz.currentPage()
    return page.preview.plan_values(field(wiz, "preview_months"))


def outcome(wiz):
    return field(wiz, "shape_outcome").text()


def to_plan_page(qtbot, wiz):
    """From a new wizard to the Plan page with the wait goal: 240 s down to 180 s in the first quarter."""
    next_page(qtbot, wiz, WHAT)
    type_into(qtbot, wiz, "title", "Cut average call wait time")
    type_into(qtbot, wiz, "scope", "Inbound support queue")
    next_page(qtbot, wiz, WHO)
    type_into(qtbot, wiz, "owner", "Mark Ellis")
    next_page(qtbot, wiz, MEASURE)
    combo: QComboBox = field(wiz, "kpi")
    combo.setCurrentIndex(combo.findData("wait_time"))
    combo.activated.emit(combo.currentIndex())
    type_into(qtbot, wiz, "baseline", "240")
    type_into(qtbot, wiz, "target", "180")
    # The why is left out: it has nothing to do with the plan's shape.
    for page in (RESOURCES, WHY, WHEN):
        next_page(qtbot, wiz, page)
    retype(qtbot, field(wiz, "start"), "2027-01-01")  # ISO is read in every language
    retype(qtbot, field(wiz, "deadline"), "2027-03-31")
    next_page(qtbot, wiz, SHAPE)


def paste_into(qtbot, wiz, name, text):
    widget = field(wiz, name)
    widget.setFocus()
    widget.selectAll()
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_each_shape_changes_the_preview_and_minus_5_percent_says_its_shortfall(qtbot, store):
    wiz = open_wizard(qtbot, store)
    to_plan_page(qtbot, wiz)
    assert field(wiz, "shape_linear").isChecked()
    straight = shown_months(wiz)
    assert straight == ["219.3 s", "200.7 s", "180 s"]  # 60 s over 90 days, by the months' days
    assert len(wiz.currentPage().preview.plan_values(field(wiz, "preview_weeks"))) == 14
    seen = {"linear": straight}
    for curve in ("front", "back"):
        click(qtbot, wiz, f"shape_{curve}")
        seen[curve] = shown_months(wiz)
        assert "Halfway to the deadline" in outcome(wiz)
    assert float(seen["front"][0].split()[0]) < 219.3 < float(seen["back"][0].split()[0])

    click(qtbot, wiz, "shape_geometric")
    assert "An even -9.14% a month ends exactly at the target" in outcome(wiz)
    type_into(qtbot, wiz, "rate", "-5")
    assert shown_months(wiz) == ["228 s", "216.6 s", "180 s"]
    assert outcome(wiz).startswith("-5% a month reaches 205.8 s by the deadline, 25.8 s short of 180 s.")
    assert "-9.14% a month would get there" in outcome(wiz)
    every: QComboBox = field(wiz, "rate_every")
    every.setCurrentIndex(every.findData("week"))
    every.activated.emit(every.currentIndex())
    assert outcome(wiz).startswith("-5% a week reaches 180 s by ")  # 240 × 0.95⁶ = 176 s in week 6
    assert shown_months(wiz)[-1] == "180 s"

    click(qtbot, wiz, "shape_seasonal")
    assert "Paste or type last year's 12 monthly values" in outcome(wiz)
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    paste_into(qtbot, wiz, "profile", LAST_YEAR_COLUMN)
    assert field(wiz, "profile_read").text().startswith("Read: Jan 120 · Feb 110 · Mar 130")
    # A wait is a cut: last year's months are mirrored (190 + 110 - value), so January, February and
    # March weigh 180, 190 and 170 parts of 540: the months that went well carry more of the cut.
    assert shown_months(wiz) == ["220 s", "198.9 s", "180 s"]
    assert wiz.goal.plan_shape.profile[:3] == (120.0, 110.0, 130.0)
    assert wiz.button(QWizard.WizardButton.NextButton).isEnabled()


def test_bad_pasted_months_and_a_rate_the_wrong_way_are_refused_with_a_message(qtbot, store):
    wiz = open_wizard(qtbot, store)
    to_plan_page(qtbot, wiz)
    click(qtbot, wiz, "shape_seasonal")
    paste_into(qtbot, wiz, "profile", "120\nabc\n130\n")
    assert outcome(wiz) == "“abc” is not a number: paste last year's 12 monthly values."
    paste_into(qtbot, wiz, "profile", "120\n110\n130\n")
    assert outcome(wiz) == "3 values found: give last year's 12, one for each month from January."
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wiz.goal.plan_shape.curve == "linear"  # nothing unusable reaches the goal
    click(qtbot, wiz, "shape_geometric")
    type_into(qtbot, wiz, "rate", "5")
    assert outcome(wiz) == "The target is lower: enter a cut, such as -5."
    assert field(wiz, "preview_months").rowCount() == 0
    assert not wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
    type_into(qtbot, wiz, "rate", "-5")
    assert wiz.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_the_shaped_plan_is_saved_and_the_plan_tab_respreads_along_the_same_shape(qtbot, store):
    wiz = open_wizard(qtbot, store)
    to_plan_page(qtbot, wiz)
    click(qtbot, wiz, "shape_geometric")
    type_into(qtbot, wiz, "rate", "-5")
    next_page(qtbot, wiz, REVIEW)
    with qtbot.waitSignal(wiz.saved) as saved:
        qtbot.mouseClick(wiz.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    goal = store.get_goal(saved.args[0])
    assert goal.plan_shape == PlanShape("geometric", rate=-0.05, every="month")
    months = [s.planned for s in store.subtargets(goal.id) if s.period == "month"]
    assert months == pytest.approx([228.0, 216.6, 180.0])

    session = PlanSession(store, lambda _start, _deadline: None)
    detail = GoalDetail(session)
    qtbot.addWidget(detail)
    detail.show_goal(goal.id)
    tab = detail.plan_tab
    tab.weeks_radio.setChecked(True)
    shaped_weeks = [s for s in plan_for(goal) if s.period == "week"]
    tab.set_planned(tab.plan_model.rows[3].label, 233.0)  # type over the fourth week
    edited = [replace(s, planned=233.0, locked=True) if i == 3 else s for i, s in enumerate(shaped_weeks)]
    along_shape = respread(edited, 240.0, 180.0, goal.start, goal.deadline, shape=goal.plan_shape)
    straight = respread(edited, 240.0, 180.0, goal.start, goal.deadline)
    weeks = [s.planned for s in store.subtargets(goal.id) if s.period == "week"]
    assert weeks[3] == 233.0 and weeks[-1] == 180.0
    assert weeks == pytest.approx([s.planned for s in along_shape])
    assert weeks != pytest.approx([s.planned for s in straight])
    tab.reset_plan()
    reset = [s.planned for s in store.subtargets(goal.id)]
    assert reset == pytest.approx([s.planned for s in plan_for(goal)])
    assert [s.planned for s in store.subtargets(goal.id) if s.period == "month"] == pytest.approx(months)


def test_a_resumed_draft_keeps_the_shape_and_its_page(qtbot, store):
    wiz = open_wizard(qtbot, store)
    to_plan_page(qtbot, wiz)
    click(qtbot, wiz, "shape_geometric")
    type_into(qtbot, wiz, "rate", "-5")
    wiz.save_draft()
    close_quietly(wiz)
    (draft,) = store.drafts()
    assert draft.payload["page"] == "shape"
    again = open_wizard(qtbot, store, draft=draft)
    assert again.currentId() == SHAPE
    assert field(again, "shape_geometric").isChecked() and field(again, "rate").text() == "-5"
    assert "25.8 s short of 180 s" in outcome(again)
    assert shown_months(again) == ["228 s", "216.6 s", "180 s"]


def test_drafts_saved_before_the_plan_page_resume_where_they_were():
    assert resume_page_of({"page": 7}) == REVIEW  # the review was page 7 before the Plan page
    assert resume_page_of({"page": 6}) == WHEN
    assert resume_page_of({"page": "shape"}) == SHAPE
    assert resume_page_of({}) == WHAT
    assert resume_page_of({"page": "gone"}) == WHAT


def test_an_edited_goal_shows_its_shape(qtbot, store):
    goal = store.get_goal(store.save_goal(_seasonal_goal(), []))
    wiz = open_wizard(qtbot, store, goal=goal)
    while wiz.currentId() != SHAPE:
        next_page(qtbot, wiz, wiz.currentId() + 1)
    assert field(wiz, "shape_seasonal").isChecked()
    assert field(wiz, "profile_read").text().startswith("Read: Jan 1 · Feb 2")
    assert wiz.draft.unchanged()  # showing the shape changed nothing


def _seasonal_goal():
    from tests.helpers import wait_goal

    return wait_goal(plan_shape=PlanShape("seasonal", profile=tuple(range(1, 13))), start=date(2025, 1, 6))
