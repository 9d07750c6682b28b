"""The weekly review as a team lead meets it: nothing typed is lost, one check-in date for the review,
survey goals by their two counts, and the whole sample plan reviewed with the keyboard alone."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton

from goalplanner.core.model import CheckIn
from goalplanner.core.progress import PlanLine, evaluate, judged_against, status_plan
from goalplanner.ui.formatting import format_amount
from goalplanner.ui.review_rows import takes_counts
from goalplanner.ui.status_style import status_text
from goalplanner.ui.widgets import format_date
from tests.ui.review_helpers import open_review, review_field, total_checkins, unsaved  # noqa: F401

SAVE, DISCARD, CANCEL = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)  # fmt: skip


def _on_target(goal) -> str:
    return f"{goal.target if goal.target is not None else 1:g}"


def _record_button(dialog) -> QPushButton:
    return dialog.findChild(QPushButton, "record_review")


def _set_date(qtbot, dialog, day: date) -> None:
    field = dialog.findChild(QLineEdit, "review_date")
    field.selectAll()
    qtbot.keyClicks(field, day.isoformat())


def test_escape_closes_an_untouched_review_at_once(qtbot, sample_window, unsaved):  # noqa: F811
    dialog = open_review(qtbot, sample_window)
    qtbot.keyClick(review_field(dialog, "actual", 0), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: sample_window.review.dialog is None)
    assert unsaved["asked"] == []


def test_escape_with_typed_rows_asks_and_each_answer_does_what_it_says(qtbot, sample_window, unsaved):  # noqa: F811
    store = sample_window.store
    before = total_checkins(store)
    dialog = open_review(qtbot, sample_window)
    field = review_field(dialog, "actual", 0)
    qtbot.keyClicks(field, _on_target(dialog.rows[0].goal))
    qtbot.keyClicks(review_field(dialog, "note", 1), "Queue calmer after the release")

    unsaved["answers"].append(CANCEL)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert len(unsaved["asked"]) == 1 and unsaved["asked"][0].startswith("Save the 2 check-in")
    assert unsaved["buttons"] == SAVE | DISCARD | CANCEL and unsaved["default"].text()
    assert dialog.isVisible() and field.text() == _on_target(dialog.rows[0].goal)  # kept as typed

    unsaved["answers"].append(SAVE)  # row 1 has a note but no actual: saving stops at that row
    dialog.close()
    assert dialog.isVisible() and total_checkins(store) == before
    assert dialog.focusWidget() is review_field(dialog, "actual", 1)

    qtbot.keyClicks(review_field(dialog, "actual", 1), _on_target(dialog.rows[1].goal))
    unsaved["answers"].append(SAVE)
    qtbot.mouseClick(dialog.findChild(QPushButton, "close_review"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sample_window.review.dialog is None)
    assert total_checkins(store) == before + 2
    assert store.checkins(dialog.rows[1].goal.id)[-1].note == "Queue calmer after the release"


def test_discard_closes_without_saving(qtbot, sample_window, unsaved):  # noqa: F811
    store = sample_window.store
    before = total_checkins(store)
    dialog = open_review(qtbot, sample_window)
    qtbot.keyClicks(review_field(dialog, "actual", 0), _on_target(dialog.rows[0].goal))
    unsaved["answers"].append(DISCARD)
    qtbot.keyClick(review_field(dialog, "actual", 0), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: sample_window.review.dialog is None)
    assert len(unsaved["asked"]) == 1 and total_checkins(store) == before


def test_a_row_without_its_actual_is_flagged_and_refused_at_its_cell(qtbot, sample_window):
    store = sample_window.store
    before = total_checkins(store)
    dialog = open_review(qtbot, sample_window)
    qtbot.keyClicks(review_field(dialog, "actual", 0), _on_target(dialog.rows[0].goal))
    qtbot.keyClicks(review_field(dialog, "next", 1), "Call the vendor")
    assert review_field(dialog, "status", 1).text() == "Needs an actual"  # seen before recording
    assert "2" in _record_button(dialog).text()  # the row counts: it is not dropped
    qtbot.mouseClick(_record_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and total_checkins(store) == before
    actual = review_field(dialog, "actual", 1)
    assert dialog.focusWidget() is actual
    assert (
        "needs an actual" in dialog.message.message()
        and dialog.rows[1].goal.title in dialog.message.message()
    )
    assert "needs an actual" in actual.toolTip()

    review_field(dialog, "next", 1).clear()  # cleared: the row is no longer typed, the other saves
    assert review_field(dialog, "status", 1).text() == ""
    qtbot.mouseClick(_record_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sample_window.review.dialog is None)
    assert total_checkins(store) == before + 1


def test_the_checkin_date_dates_every_checkin_and_judges_plan_and_status_on_it(qtbot, sample_window):
    store = sample_window.store
    dialog = open_review(qtbot, sample_window)
    friday = date.today() - timedelta(days=(date.today().weekday() - 4) % 7 or 7)  # the last Friday
    date_field = dialog.findChild(QLineEdit, "review_date")
    assert date_field.text() == format_date(date.today())
    _set_date(qtbot, dialog, friday)
    for row, reviewed in enumerate(dialog.rows):
        goal = reviewed.goal
        plan = store.subtargets(goal.id)
        planned, _footing = judged_against(goal, PlanLine(goal, status_plan(goal, plan)), friday)
        assert dialog.table.item(row, 2).text() == (
            format_amount(goal, planned, QLocale()) if planned is not None else "—"
        )
        text = f"{goal.baseline if goal.baseline is not None else 1:g}"
        qtbot.keyClicks(review_field(dialog, "actual", row), text)
        expected = evaluate(goal, plan, [CheckIn(goal.id, friday, float(text))], friday).status
        assert review_field(dialog, "status", row).text() == status_text(expected.code)
    qtbot.mouseClick(_record_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sample_window.review.dialog is None)
    assert {store.checkins(r.goal.id)[-1].on for r in dialog.rows} == {friday}


def test_a_date_after_today_is_refused_in_the_checkin_forms_words(qtbot, sample_window):
    store = sample_window.store
    before = total_checkins(store)
    dialog = open_review(qtbot, sample_window)
    qtbot.keyClicks(review_field(dialog, "actual", 0), _on_target(dialog.rows[0].goal))
    _set_date(qtbot, dialog, date.today() + timedelta(days=1))
    words = "A check-in records what happened: choose today or an earlier date."
    assert dialog.message.message() == words  # said as soon as the date is typed
    qtbot.mouseClick(_record_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and total_checkins(store) == before
    assert dialog.focusWidget() is dialog.findChild(QLineEdit, "review_date")


def test_a_date_before_a_goals_start_is_refused_at_that_row(qtbot, sample_window):
    store = sample_window.store
    before = total_checkins(store)
    dialog = open_review(qtbot, sample_window)
    goal = dialog.rows[0].goal
    qtbot.keyClicks(review_field(dialog, "actual", 0), _on_target(goal))
    _set_date(qtbot, dialog, goal.start - timedelta(days=1))  # not due then, but its typed row stays
    assert dialog.rows[0].goal == goal
    assert "starts on" in review_field(dialog, "status", 0).toolTip()
    qtbot.mouseClick(_record_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and total_checkins(store) == before
    assert dialog.message.message() == (
        f"“{goal.title}” starts on {format_date(goal.start)}: choose a check-in date on or after it."
    )
    assert dialog.focusWidget() is review_field(dialog, "actual", 0)


def test_a_survey_goal_takes_its_two_counts_and_keeps_them(qtbot, sample_window):
    store = sample_window.store
    dialog = open_review(qtbot, sample_window)
    row = next(i for i, r in enumerate(dialog.rows) if r.goal.kpi == "csat")
    goal = dialog.rows[row].goal
    field = review_field(dialog, "actual", row)
    assert "Satisfied/Responses" in field.toolTip()
    qtbot.keyClicks(field, "150/200")
    status = evaluate(goal, store.subtargets(goal.id), [CheckIn(goal.id, date.today(), 75.0)], date.today())
    assert review_field(dialog, "status", row).text() == f"75%: {status_text(status.status.code)}"
    field.clear()
    qtbot.keyClicks(field, "150/0")
    assert review_field(dialog, "status", row).toolTip() == "The number of responses cannot be 0."
    field.clear()
    qtbot.keyClicks(field, "150/200")
    qtbot.mouseClick(_record_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sample_window.review.dialog is None)
    saved = store.checkins(goal.id)[-1]
    assert (saved.actual, saved.numerator, saved.denominator) == (75.0, 150.0, 200.0)


def test_the_review_and_the_checkin_form_make_the_same_share_of_two_counts(qtbot, sample_window):
    """One truth: 74 of 107 is the same actual typed in the goal's check-in form or in the review."""
    csat = next(s.goal for s in sample_window.session.states() if s.goal.kpi == "csat")
    sample_window.select_goal(csat.id)
    form = sample_window.detail.checkin_form
    qtbot.waitUntil(lambda: form.goal is not None and form.goal.id == csat.id and form.counts.isVisible())
    qtbot.keyClicks(form.numerator_field, "74")
    qtbot.keyClicks(form.denominator_field, "107")
    dialog = open_review(qtbot, sample_window)
    row = next(i for i, r in enumerate(dialog.rows) if r.goal.id == csat.id)
    qtbot.keyClicks(review_field(dialog, "actual", row), "74/107")
    assert dialog.rows[row].value() == form.actual_field.value() == 69.16


def test_every_due_goal_of_the_sample_plan_is_reviewed_with_the_keyboard_alone(qtbot, sample_window):
    store = sample_window.store
    sample_window.activateWindow()
    qtbot.keyClick(
        sample_window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(
        lambda: sample_window.review.dialog is not None and sample_window.review.dialog.isVisible()
    )
    dialog = sample_window.review.dialog
    qtbot.addWidget(dialog)
    goals = [r.goal for r in dialog.rows]
    assert len(goals) >= 3
    typed = {}
    for row, goal in enumerate(goals):
        if takes_counts(goal):  # a survey share by its counts: on target out of 200
            text, value = f"{round(goal.target * 2):g}/200", round(goal.target * 2) / 2
        else:
            text, value = _on_target(goal), float(_on_target(goal))
        typed[goal.id] = value
        qtbot.keyClicks(dialog.focusWidget(), text)
        if row == 0:  # the first goal gets the whole row: Tab to confidence, note, next step
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            assert dialog.focusWidget() is review_field(dialog, "confidence", 0)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClicks(dialog.focusWidget(), "Steady week")
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClicks(dialog.focusWidget(), "Keep the rota")
            for _field in range(3):
                qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
            assert dialog.focusWidget() is review_field(dialog, "actual", 0)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.focusWidget() is _record_button(dialog)  # after the last goal: Record, Space presses it
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: sample_window.review.dialog is None)
    for goal in goals:
        assert store.checkins(goal.id)[-1].actual == typed[goal.id]
        assert store.checkins(goal.id)[-1].on == date.today()
    first = store.checkins(goals[0].id)[-1]
    assert (first.confidence, first.note, first.next_step) == ("on_track", "Steady week", "Keep the rota")
