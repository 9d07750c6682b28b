"""The weekly review's check-in date decides which goals it asks about, and a row whose goal already has
a check-in that day says it replaces it and does so on Record, as the check-in form's "Replace" does,
in the one undo step of the review (issue 21)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from goalplanner.core.review import due_this_week
from goalplanner.ui.weekly_review import LAST
from goalplanner.ui.widgets import format_date
from tests.ui.review_helpers import open_review, review_field, total_checkins, unsaved  # noqa: F401

SHOTS = "/tmp/shots"


def _set_date(qtbot, dialog, day: date) -> None:
    field = dialog.findChild(QLineEdit, "review_date")
    field.selectAll()
    qtbot.keyClicks(field, day.isoformat())


def _row_of(dialog, goal_id: int) -> int:
    return next(i for i, row in enumerate(dialog.rows) if row.goal.id == goal_id)


def _choose(qtbot, combo: QComboBox, data: str) -> None:
    combo.setFocus()
    while combo.currentData() != data:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_the_goals_asked_about_are_those_due_on_the_reviews_date_and_typed_rows_stay(
    qtbot, sample_window, english
):
    dialog = open_review(qtbot, sample_window)
    states = [s.evaluation for s in sample_window.session.states()]
    shown = [row.goal.id for row in dialog.rows]
    assert shown == [e.goal.id for e in due_this_week(states, date.today())]
    earlier = date.today() - timedelta(days=7)
    then = [e.goal.id for e in due_this_week(states, earlier)]
    assert then != shown  # the sample plan has fewer goals due a week ago
    kept = next(goal_id for goal_id in shown if goal_id in then)
    row = _row_of(dialog, kept)
    qtbot.keyClicks(review_field(dialog, "note", row), "Two agents off sick")
    _set_date(qtbot, dialog, earlier)
    assert [r.goal.id for r in dialog.rows] == then
    assert review_field(dialog, "note", _row_of(dialog, kept)).text() == "Two agents off sick"
    _set_date(qtbot, dialog, date.today())  # back: every goal due today again, the typing still there
    assert [r.goal.id for r in dialog.rows] == shown
    assert review_field(dialog, "note", _row_of(dialog, kept)).text() == "Two agents off sick"
    assert dialog.findChild(QPushButton, "record_review").text() == "&Record 1 check-in"


def test_a_row_whose_goal_has_a_checkin_that_day_replaces_it_in_one_undo_step(qtbot, sample_window, english):
    window, store = sample_window, sample_window.store
    dialog = open_review(qtbot, window)
    goals = [row.goal for row in dialog.rows]
    replaced_goal, added_goal = goals[1], goals[0]
    old = store.checkins(replaced_goal.id)[-1]
    day = old.on
    assert not any(c.on == day for c in store.checkins(added_goal.id))
    old = replace(old, note="Two agents off sick", confidence="at_risk", next_step="Roster two more")
    store.update_checkin(old)
    window.session.notify({replaced_goal.id})
    before = total_checkins(store)

    for goal, value in ((replaced_goal, "150"), (added_goal, "80")):
        qtbot.keyClicks(review_field(dialog, "actual", _row_of(dialog, goal.id)), value)
    _choose(qtbot, review_field(dialog, "confidence", _row_of(dialog, replaced_goal.id)), "on_track")
    _set_date(qtbot, dialog, day)  # the day the first goal already has a check-in
    row = _row_of(dialog, replaced_goal.id)
    said = dialog.table.item(row, LAST).text()
    assert said.endswith(f"replaces the check-in of {format_date(day)}")
    assert "already has a check-in" in dialog.table.item(row, LAST).toolTip()
    other = dialog.table.item(_row_of(dialog, added_goal.id), LAST).text()
    assert "replaces" not in other
    window.resize(1280, 800)
    dialog.resize(1280, 800)
    Path(SHOTS).mkdir(exist_ok=True)
    dialog.grab().save(f"{SHOTS}/fin21-review-replaces-en.png")

    qtbot.mouseClick(dialog.findChild(QPushButton, "record_review"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.review.dialog is None)
    assert total_checkins(store) == before + 1  # one new, one replaced: not a second check-in that day
    (now,) = [c for c in store.checkins(replaced_goal.id) if c.on == day]
    assert now.id == old.id and now.actual == 150
    assert (now.note, now.confidence, now.next_step) == ("Two agents off sick", "on_track", "Roster two more")
    assert [c.actual for c in store.checkins(added_goal.id) if c.on == day] == [80]

    stack = window.session.undo_stack
    assert stack.undoText() == "Weekly review: 2 check-ins"
    stack.undo()  # one step: the new one gone and the replaced one back
    assert total_checkins(store) == before
    assert [c for c in store.checkins(replaced_goal.id) if c.on == day] == [old]
    stack.redo()
    assert [c.actual for c in store.checkins(replaced_goal.id) if c.on == day] == [150]
    assert total_checkins(store) == before + 1
