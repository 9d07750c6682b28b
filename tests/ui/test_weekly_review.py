"""View -> Weekly review: every due goal in one table, typed with the keyboard, recorded as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from goalplanner.core.progress import evaluate
from goalplanner.ui.status_style import status_text
from tests.ui.review_helpers import due_ids, open_review, review_field, total_checkins, unsaved, week_ids  # noqa: F401


def test_the_review_shows_the_goals_the_due_list_shows(qtbot, sample_window):
    dialog = open_review(qtbot, sample_window)
    shown = [row.goal.id for row in dialog.rows]
    assert shown == week_ids(sample_window)
    assert set(due_ids(sample_window)) <= set(shown)  # every goal the due list shows as due
    assert len(dialog.rows) >= 2


def test_a_review_typed_with_the_keyboard_records_every_checkin_and_one_undo_removes_them(
    qtbot, sample_window
):
    store = sample_window.store
    before = total_checkins(store)
    dialog = open_review(qtbot, sample_window)
    assert dialog.focusWidget() is review_field(dialog, "actual", 0)
    typed = {}
    for row, reviewed in enumerate(dialog.rows[:2]):
        goal = reviewed.goal
        value = goal.target if goal.target is not None else 1
        text = f"{value:g}"
        field = review_field(dialog, "actual", row)
        qtbot.keyClicks(field, text)
        typed[goal.id] = value
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert dialog.focusWidget() is review_field(dialog, "actual", row + 1) or row + 1 == len(dialog.rows)
    combo = review_field(dialog, "confidence", 0)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "on track"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "at risk"
    assert combo.currentData() == "at_risk"
    qtbot.keyClicks(review_field(dialog, "note", 0), "Two agents back from leave")
    qtbot.keyClicks(review_field(dialog, "next", 0), "Coach the new hires on holds")
    button = dialog.findChild(QPushButton, "record_review")
    assert "2" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sample_window.review.dialog is None)

    assert total_checkins(store) == before + 2
    first = store.checkins(dialog.rows[0].goal.id)[-1]
    assert first.actual == typed[first.goal_id]
    assert first.confidence == "at_risk"
    assert first.note == "Two agents back from leave"
    assert first.next_step == "Coach the new hires on holds"
    assert store.checkins(dialog.rows[1].goal.id)[-1].confidence is None
    assert set(typed) & set(due_ids(sample_window)) == set()  # checked in: no longer due now

    sample_window.session.undo_stack.undo()
    assert total_checkins(store) == before
    assert set(typed) <= set(week_ids(sample_window))
    sample_window.session.undo_stack.redo()
    assert total_checkins(store) == before + 2


def test_an_impossible_value_is_refused_at_its_cell_and_nothing_is_saved(qtbot, sample_window):
    store = sample_window.store
    before = total_checkins(store)
    dialog = open_review(qtbot, sample_window)
    bounded = next((i for i, r in enumerate(dialog.rows) if r.goal.unit == "%"), None)  # a share: 0 to 100
    assert bounded is not None
    other = 0 if bounded != 0 else 1
    qtbot.keyClicks(review_field(dialog, "actual", other), f"{dialog.rows[other].goal.target:g}")
    field = review_field(dialog, "actual", bounded)
    qtbot.keyClicks(field, "250")
    qtbot.mouseClick(dialog.findChild(QPushButton, "record_review"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert total_checkins(store) == before
    assert dialog.focusWidget() is field  # the cursor waits at the refused cell
    assert "250 is impossible" in dialog.message.message()
    assert "impossible" in field.toolTip()


def test_the_status_shown_as_typed_is_cores_evaluation_of_the_value(qtbot, sample_window):
    dialog = open_review(qtbot, sample_window)
    session = sample_window.session
    for row, reviewed in enumerate(dialog.rows):
        goal = reviewed.goal
        if goal.baseline is None or goal.target is None:
            continue
        for value in (goal.baseline, (goal.baseline + goal.target) / 2, goal.target):
            field = review_field(dialog, "actual", row)
            field.clear()
            qtbot.keyClicks(field, f"{value:g}")
            from goalplanner.core.model import CheckIn

            plan = session.store.subtargets(goal.id)
            expected = evaluate(
                goal, plan, [CheckIn(goal.id, dialog.today, float(f"{value:g}"))], dialog.today
            )
            assert review_field(dialog, "status", row).text() == status_text(expected.status.code)


def test_the_due_list_opens_the_review(qtbot, sample_window):
    button = sample_window.findChild(QPushButton, "weekly_review_button")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: sample_window.review.dialog is not None and sample_window.review.dialog.isVisible()
    )
    qtbot.addWidget(sample_window.review.dialog)  # closed after the test, as open_review does


def test_the_history_shows_the_owners_confidence_and_next_step(qtbot, sample_window):
    dialog = open_review(qtbot, sample_window)
    goal = dialog.rows[0].goal
    qtbot.keyClicks(review_field(dialog, "actual", 0), f"{goal.target if goal.target is not None else 80:g}")
    combo = review_field(dialog, "confidence", 0)
    combo.setCurrentIndex(combo.findData("off_track"))
    qtbot.keyClicks(review_field(dialog, "next", 0), "Hire two agents")
    qtbot.mouseClick(dialog.findChild(QPushButton, "record_review"), Qt.MouseButton.LeftButton)
    sample_window.select_goal(goal.id)
    model = sample_window.detail.history.checkin_model
    qtbot.waitUntil(lambda: model.goal is not None and model.goal.id == goal.id and model.rowCount() > 0)
    tip = model.index(0, model.NOTE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Owner's confidence: Off track" in tip
    assert "Blocker or next step: Hire two agents" in tip
    assert "Owner's confidence" in model.index(0, model.STATUS).data(Qt.ItemDataRole.ToolTipRole)


def test_a_value_far_from_what_the_goal_has_seen_is_questioned_first(qtbot, sample_window, questions):
    store = sample_window.store
    before = total_checkins(store)
    dialog = open_review(qtbot, sample_window)
    row = next(i for i, r in enumerate(dialog.rows) if r.goal.unit == "s")  # a time: no upper limit
    field = review_field(dialog, "actual", row)
    qtbot.keyClicks(field, "99999")
    questions.answers.append("check_value")
    qtbot.mouseClick(dialog.findChild(QPushButton, "record_review"), Qt.MouseButton.LeftButton)
    assert len(questions.asked) == 1 and "far outside" in questions.asked[0]
    assert total_checkins(store) == before and dialog.focusWidget() is field
    questions.answers.append("record_anyway")
    qtbot.mouseClick(dialog.findChild(QPushButton, "record_review"), Qt.MouseButton.LeftButton)
    assert total_checkins(store) == before + 1


def test_last_value_and_plan_now_read_as_the_plan_table_writes_them(qtbot, sample_window):
    """One truth: the review's figures at the metric's precision ("129 s", not "128.57 s")."""
    from PySide6.QtCore import QLocale

    from goalplanner.core.progress import PlanLine, judged_against, status_plan
    from goalplanner.ui.formatting import format_amount

    dialog = open_review(qtbot, sample_window)
    store = sample_window.store
    for row, review_row in enumerate(dialog.rows):
        goal = review_row.goal
        planned, _footing = judged_against(
            goal, PlanLine(goal, status_plan(goal, store.subtargets(goal.id))), dialog.today
        )
        if planned is not None:
            assert dialog.table.item(row, 2).text() == format_amount(goal, planned, QLocale())
        text = dialog.table.item(row, 2).text()
        assert not (goal.unit == "s" and "." in text), text  # whole seconds
