"""Check-ins that deserve a question: a value far outside what the goal has seen ("Record anyway?") and
a second check-in on a date that has one ("Replace it, or keep both?"), in the form and the history."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from goalplanner.core.checkins import plausible_range
from goalplanner.ui.detail.models import CheckInTableModel
from goalplanner.ui.goal_tree import GOAL_ROLE
from tests.ui.test_tracking import find_row


@pytest.fixture
def british():
    """Numbers as a British user reads them ("99,999"), for this test only."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def open_goal(window, title_part):
    goal = find_row(window, title_part).data(GOAL_ROLE)
    window.select_goal(goal.id)
    return window.detail, goal


def record(detail, value: str, on: date | None = None) -> None:
    form = detail.checkin_form
    form.actual_field.setText(value)
    if on is not None:
        form.date_edit.set_value(on)
    form.record_checkin()


def checkins_on(window, goal_id, day):
    return [c for c in window.store.checkins(goal_id) if c.on == day]


def test_a_value_far_outside_what_the_goal_has_seen_asks_and_declining_saves_nothing(
    sample_window, questions, british
):
    detail, wait = open_goal(sample_window, "wait time by 50%")
    before = sample_window.store.checkins(wait.id)
    low, high = plausible_range(wait, [c.actual for c in before])
    questions.answers.append("check_value")
    record(detail, "99999")
    assert questions.asked == [
        f"99,999 s is far outside what this goal has seen ({low:,.0f} s to {high:,.0f} s). "
        "99,999 s is 27.8 hours.\nA slip of the keyboard is easy to make. Record it anyway?"
    ]
    assert questions.defaults == ["check_value"]  # Enter does not record a slip
    assert sample_window.store.checkins(wait.id) == before
    assert detail.checkin_form.actual_field.text() == "99999"  # kept, to correct


def test_recording_a_far_value_anyway_saves_it_and_undo_takes_it_back(sample_window, questions):
    detail, wait = open_goal(sample_window, "wait time by 50%")
    count = len(sample_window.store.checkins(wait.id))
    questions.answers.append("record_anyway")
    record(detail, "900")
    assert "900 s is 15.0 minutes." in questions.asked[0]
    assert [c.actual for c in sample_window.store.checkins(wait.id)][-1] == 900
    assert detail.history.checkin_model.rows[0].actual == 900
    sample_window.session.undo_stack.undo()
    assert len(sample_window.store.checkins(wait.id)) == count


def test_a_plausible_value_is_recorded_without_a_question(sample_window, questions):
    detail, wait = open_goal(sample_window, "wait time by 50%")
    record(detail, "170")
    assert questions.asked == [] and sample_window.store.checkins(wait.id)[-1].actual == 170


def test_a_second_checkin_on_a_date_replaces_the_first_by_default_and_undo_restores_it(
    sample_window, questions
):
    window = sample_window
    detail, wait = open_goal(window, "wait time by 50%")
    day = window.store.checkins(wait.id)[-1].on  # the latest check-in's date
    first = checkins_on(window, wait.id, day)[0]
    count = len(window.store.checkins(wait.id))
    questions.answers.append("replace_checkin")
    record(detail, "165", on=day)
    assert questions.defaults == ["replace_checkin"]
    assert questions.asked[0].startswith(f"{first.actual:g} s is already recorded for ")
    assert "Replace it with 165 s, or keep both check-ins for that date?" in questions.asked[0]
    assert [c.actual for c in checkins_on(window, wait.id, day)] == [165]
    assert len(window.store.checkins(wait.id)) == count
    assert checkins_on(window, wait.id, day)[0].id == first.id  # the same check-in, updated
    assert detail.history.checkin_model.rows[0].actual == 165  # the detail shows it at once
    assert window.session.undo_stack.undoText().startswith("Replace check-in")
    window.session.undo_stack.undo()
    assert checkins_on(window, wait.id, day) == [first]
    assert detail.history.checkin_model.rows[0].actual == first.actual
    window.session.undo_stack.redo()
    assert [c.actual for c in checkins_on(window, wait.id, day)] == [165]


def test_keep_both_records_a_second_checkin_on_the_date(sample_window, questions):
    window = sample_window
    detail, wait = open_goal(window, "wait time by 50%")
    day = window.store.checkins(wait.id)[-1].on
    first = checkins_on(window, wait.id, day)[0]
    questions.answers.append("keep_both")
    record(detail, "165", on=day)
    assert sorted(c.actual for c in checkins_on(window, wait.id, day)) == sorted([first.actual, 165])
    window.session.undo_stack.undo()
    assert checkins_on(window, wait.id, day) == [first]


def test_cancelling_the_same_date_question_saves_nothing(sample_window, questions):
    window = sample_window
    detail, wait = open_goal(window, "wait time by 50%")
    day = window.store.checkins(wait.id)[-1].on
    before = window.store.checkins(wait.id)
    questions.answers.append("cancel")
    record(detail, "165", on=day)
    assert window.store.checkins(wait.id) == before
    assert detail.checkin_form.actual_field.text() == "165"


def test_a_far_value_on_a_taken_date_asks_both_questions_in_turn(sample_window, questions):
    window = sample_window
    detail, wait = open_goal(window, "wait time by 50%")
    day = window.store.checkins(wait.id)[-1].on
    questions.answers += ["record_anyway", "replace_checkin"]
    record(detail, "5000", on=day)
    assert len(questions.asked) == 2 and "far outside" in questions.asked[0]
    assert [c.actual for c in checkins_on(window, wait.id, day)] == [5000]


def test_a_far_value_typed_into_the_history_is_questioned_too(sample_window, questions, british):
    window = sample_window
    detail, wait = open_goal(window, "wait time by 50%")
    model = detail.history.checkin_model
    newest = model.rows[0]
    cell = model.index(0, CheckInTableModel.ACTUAL)
    questions.answers.append("check_value")
    model.setData(cell, 99999.0)
    assert "99,999 s is far outside" in questions.asked[0]
    assert window.store.checkins(wait.id)[-1] == newest and model.rows[0] == newest
    questions.answers.append("record_anyway")
    model.setData(cell, 99999.0)
    assert window.store.checkins(wait.id)[-1].actual == 99999
    window.session.undo_stack.undo()
    assert window.store.checkins(wait.id)[-1] == newest
    model.setData(model.index(0, CheckInTableModel.NOTE), "a note only")  # no value changed: no question
    assert len(questions.asked) == 2


def test_the_question_is_a_real_window_modal_message_box(sample_window, real_questions, qtbot):
    detail, wait = open_goal(sample_window, "wait time by 50%")
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(
                (box.windowModality(), box.defaultButton().objectName(), box.parent() is sample_window)
            )
            box.findChild(type(box.defaultButton()), "record_anyway").click()

    timer = QTimer(interval=20)
    timer.timeout.connect(answer)
    timer.start()
    try:
        record(detail, "99999")
    finally:
        timer.stop()
    assert seen == [(Qt.WindowModality.WindowModal, "check_value", True)]
    assert sample_window.store.checkins(wait.id)[-1].actual == 99999
