"""Odd input typed or pasted where the manager types: the wizard and the check-in form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from goalplanner.ui.goal_tree import GOAL_ROLE
from goalplanner.ui.wizard import GoalWizard
from goalplanner.ui.wizard.wizard import REVIEW, WHAT, WHO, WHY
from tests.reliability.test_hostile_input import ODD_TEXT
from tests.ui.test_tracking import find_row
from tests.ui.test_wizard import close_quietly, field, fill_wait_goal, finish, next_page

LONG_MIXED = ("קיצור זמן ההמתנה 将平均等待时间 👩\u200d💻 e\u0301 =SUM(A1) " * 1000)[:40_000]


@pytest.fixture
def wizard(qtbot, sample_window):
    wiz = GoalWizard(sample_window.store)
    qtbot.addWidget(wiz, before_close_func=close_quietly)
    wiz.show()
    return wiz


def test_long_and_odd_text_in_the_wizard_is_saved_exactly(qtbot, wizard, sample_window):
    title = ODD_TEXT["right to left"] + " " + ODD_TEXT["emoji with joiners"]
    pasted = [(WHAT, "title", title), (WHO, "owner", ODD_TEXT["combining marks"]), (WHY, "why", LONG_MIXED)]
    next_page(qtbot, wizard, WHAT)
    fill_wait_goal(qtbot, wizard)
    for page, name, text in pasted:
        go_to(wizard, page)
        paste(field(wizard, name), text)
    go_to(wizard, REVIEW)
    with qtbot.waitSignal(wizard.saved) as saved:
        finish(qtbot, wizard)
    goal = sample_window.store.get_goal(saved.args[0])
    assert (goal.title, goal.owner, goal.why) == (title, ODD_TEXT["combining marks"], LONG_MIXED)
    assert len(goal.why) == 40_000


def go_to(wizard, page: int) -> None:
    """Walk to ``page`` with the Back and Next buttons (PySide6 6.12's ``QWizard.back()`` from Python
    corrupts the reference count of None, so tests click instead)."""
    for _step in range(20):
        if wizard.currentId() == page:
            return
        which = (
            QWizard.WizardButton.NextButton if page > wizard.currentId() else QWizard.WizardButton.BackButton
        )
        wizard.button(which).click()
    raise AssertionError(f"page {page} not reached")


def paste(widget, text: str) -> None:
    """Put ``text`` into a field as a paste does, and check the field kept all of it."""
    widget.setFocus()
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
        assert widget.toPlainText() == text
    else:
        widget.setText(text)
        widget.textEdited.emit(text)
        assert widget.text() == text


@pytest.mark.parametrize("typed", ["nan", "inf", "-inf", "1e999", "12abc", "∞"])
def test_numbers_that_are_not_numbers_are_refused_at_the_field(sample_window, qtbot, typed):
    window = sample_window
    window.select_goal(find_row(window, "wait time by 50%").data(GOAL_ROLE).id)
    detail = window.detail
    before = len(window.store.checkins(detail.goal.id))
    type_into_field(qtbot, detail.checkin_form.actual_field, typed)
    qtbot.keyClick(detail.checkin_form.actual_field, Qt.Key.Key_Return)
    assert "is not a number" in detail.checkin_form.checkin_message.text()
    assert len(window.store.checkins(detail.goal.id)) == before
    assert detail.checkin_form.actual_field.text() == typed  # kept, to be corrected


def test_a_long_odd_note_is_recorded_exactly(sample_window, qtbot):
    window = sample_window
    window.select_goal(find_row(window, "wait time by 50%").data(GOAL_ROLE).id)
    detail = window.detail
    type_into_field(qtbot, detail.checkin_form.actual_field, "-0")
    detail.checkin_form.note_edit.setText(LONG_MIXED)  # pasted
    detail.checkin_form.record_checkin()
    newest = max(window.store.checkins(detail.goal.id), key=lambda c: c.id)
    assert newest.note == LONG_MIXED and newest.actual == 0


def type_into_field(qtbot, widget, text):
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest cannot type characters beyond Latin-1: enter them as an input method would
        widget.setText(text)
        widget.textEdited.emit(text)
