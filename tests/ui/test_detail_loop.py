"""The detail's part of the weekly loop, driven as a user drives it: a check-in with the owner's
confidence and next step, shown in the history and undone in one step; a closed goal's outcome,
final value and lessons in place of the check-in form, worded as ``goalplanner status`` words it."""

from __future__ import annotations

import contextlib
import io
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton

from goalplanner.cli import main as cli
from goalplanner.core.i18n import NO_BREAK
from goalplanner.ui.goal_tree import ALL_STATES, GOAL_ROLE
from tests.test_cli import table
from tests.ui.test_checkin_form import SHOTS, language  # noqa: F401 (a fixture)
from tests.ui.test_close_goal import close_dialog, ended_window  # noqa: F401 (a fixture)
from tests.ui.test_tracking import find_row

WAIT = "wait time by 50%"


def record_with_owner_words(window, qtbot, actual: str, next_step: str) -> None:
    """Type an actual, choose "At risk" as the owner's confidence, a next step, and press Enter."""
    form = window.detail.checkin_form
    qtbot.keyClicks(form.actual_field, actual)
    for _ in range(2):  # Not said -> On track -> At risk, in any language
        qtbot.keyClick(form.confidence_box, Qt.Key.Key_Down)
    qtbot.keyClicks(form.next_step_edit, next_step)
    qtbot.keyClick(form.next_step_edit, Qt.Key.Key_Return)


def test_a_check_in_keeps_the_owners_confidence_and_next_step_and_undo_takes_it_back(sample_window, qtbot):
    window = sample_window
    goal_id = find_row(window, WAIT).data(GOAL_ROLE).id
    window.select_goal(goal_id)
    form, model = window.detail.checkin_form, window.detail.history.checkin_model
    before, steps = len(window.store.checkins(goal_id)), window.session.undo_stack.count()
    assert form.confidence_box.currentText() == "Not said"
    record_with_owner_words(window, qtbot, "150", "Hire two agents for the evening shift")

    stored = window.store.checkins(goal_id)
    assert len(stored) == before + 1
    latest = max(stored, key=lambda c: c.id)
    assert (latest.actual, latest.confidence) == (150.0, "at_risk")
    assert latest.next_step == "Hire two agents for the evening shift"
    assert window.session.undo_stack.count() == steps + 1  # one undo step
    row = next(r for r in range(model.rowCount()) if model.rows[r].id == latest.id)
    assert model.index(row, model.CONFIDENCE).data() == "At risk"
    status = model.index(row, model.STATUS).data()
    assert status != "At risk" and not status.startswith("At risk")  # the computed status is its own
    shown_step = model.index(row, model.NEXT_STEP)
    assert shown_step.data() == "Hire two agents for the evening shift"
    assert shown_step.data(Qt.ItemDataRole.ToolTipRole) == "Hire two agents for the evening shift"
    # cleared for the next check-in, as the actual and the note are
    assert form.confidence_box.currentData() is None and form.next_step_edit.text() == ""

    window.session.undo_stack.undo()
    assert len(window.store.checkins(goal_id)) == before
    assert latest.id not in [c.id for c in model.rows]


def test_editing_a_check_ins_note_in_the_history_keeps_its_confidence_and_next_step(sample_window, qtbot):
    window = sample_window
    goal_id = find_row(window, WAIT).data(GOAL_ROLE).id
    window.select_goal(goal_id)
    record_with_owner_words(window, qtbot, "150", "Callbacks at peak hours")
    model = window.detail.history.checkin_model
    latest = max(window.store.checkins(goal_id), key=lambda c: c.id)
    row = next(r for r in range(model.rowCount()) if model.rows[r].id == latest.id)
    model.setData(model.index(row, model.NOTE), "Two agents off sick")  # as the table's editor does
    edited = next(c for c in window.store.checkins(goal_id) if c.id == latest.id)
    assert edited.note == "Two agents off sick"
    assert (edited.confidence, edited.next_step) == ("at_risk", "Callbacks at peak hours")
    model.setData(model.index(row, model.NEXT_STEP), "Roster two more agents")  # the next step too
    edited = next(c for c in window.store.checkins(goal_id) if c.id == latest.id)
    assert (edited.note, edited.next_step) == ("Two agents off sick", "Roster two more agents")


def close_as_achieved(window, qtbot, goal_id: int, final: str, lessons: str) -> None:
    """Goal -> Close...: achieved, ``final`` as the final value, ``lessons`` learned, signed off."""
    window.select_goal(goal_id)
    window.loop.close_action.trigger()
    dialog = close_dialog(window)
    dialog.findChild(QRadioButton, "outcome_achieved").click()
    field = dialog.findChild(QLineEdit, "final_value_field")
    field.clear()
    qtbot.keyClicks(field, final)
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "lessons_field"), lessons)
    qtbot.mouseClick(dialog.findChild(QPushButton, "close_goal_button"), Qt.MouseButton.LeftButton)
    states = window.goal_list.state_filter  # closed goals leave the default list: show every state
    states.setCurrentIndex(states.findData(ALL_STATES))
    states.activated.emit(states.currentIndex())


def test_a_closed_goal_shows_its_outcome_and_lessons_and_takes_no_check_ins(ended_window, qtbot):  # noqa: F811
    window, (done, _running) = ended_window
    detail = window.detail
    close_as_achieved(window, qtbot, done, "125", "Callbacks at peak hours")
    window.select_goal(done)
    qtbot.waitUntil(lambda: detail.closed_panel.isVisible())
    today = QLocale().toString(QDate(date.today()), QLocale.FormatType.ShortFormat).replace(" ", NO_BREAK)
    outcome = detail.findChild(type(detail.closed_panel.outcome_label), "detail_outcome")
    assert outcome.text() == f"Closed: Achieved (125 s) — signed off by Dana Cho on {today}"
    assert detail.closed_panel.lessons_label.text() == "What was learned: Callbacks at peak hours"
    assert "Goal → Reopen goal" in detail.closed_panel.reopen_hint.text()
    form = detail.checkin_form
    assert not form.isVisible() and not form.record_button.isVisible()  # nothing to type into
    checkins = len(window.store.checkins(done))
    form.record_checkin()  # and Enter reaching it anyway records nothing
    assert len(window.store.checkins(done)) == checkins

    window.loop.reopen_action.trigger()  # reopened: the form is back where it was
    qtbot.waitUntil(lambda: form.isVisible())
    assert not detail.closed_panel.isVisible()


def cli_status(path) -> dict[int, list[str]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli(["status", "--db", str(path)]) == 0
    return table(out.getvalue())


def test_the_detail_and_goalplanner_status_word_the_outcome_alike(ended_window, qtbot, english):  # noqa: F811
    window, (done, _running) = ended_window
    close_as_achieved(window, qtbot, done, "125.4", "")  # a wait time is shown in whole seconds
    window.select_goal(done)
    shown = window.detail.closed_panel.outcome_label.text()
    printed = cli_status(window.store.path)[done][8]  # the state column: the state's code, as typed there
    assert printed == "achieved (125 s)"
    assert shown.startswith("Closed: Achieved (125 s) — ")  # the same outcome and value, worded
    assert shown.removeprefix("Closed: ").lower().startswith(printed)
    assert window.detail.closed_panel.lessons_label.text() == "No lessons recorded."


@pytest.mark.parametrize("language", ["en", "ko"], indirect=True)
@pytest.mark.parametrize("size", [(900, 600), (1280, 800)])
def test_the_owners_words_neither_move_nor_cut_anything(ended_window, qtbot, questions, language, size):  # noqa: F811
    window, (done, running) = ended_window
    window.resize(*size)
    detail = window.detail
    window.select_goal(running)
    qtbot.waitUntil(lambda: detail.checkin_form.isVisible())
    QApplication.processEvents()
    form = detail.checkin_form

    def places() -> list[QPoint]:
        return [w.mapTo(window, QPoint(0, 0)) for w in (form.actual_field, form.next_step_edit, detail.tabs)]

    # main's form grows 4 px in Korean after its first check-in (the Record button's height, without this
    # part's fields too): one check-in first, so what is measured is what the owner's words do
    qtbot.keyClicks(form.actual_field, "160")
    qtbot.keyClick(form.actual_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.history.checkin_model.rowCount() == 2)
    QApplication.processEvents()
    before = places()
    questions.answers.append("keep_both")  # a second check-in today: kept beside the first
    record_with_owner_words(window, qtbot, "150", "Roster two more agents for Monday mornings " * 3)
    qtbot.waitUntil(lambda: detail.history.checkin_model.rowCount() == 3)
    QApplication.processEvents()
    assert places() == before  # saved and cleared: nothing under the pointer moved
    view, model = detail.history.checkin_view, detail.history.checkin_model
    step = model.index(0, model.NEXT_STEP)  # the newest, on one line cut with "…", all of it in the tooltip
    width = view.horizontalHeader().sectionSize(model.NEXT_STEP)
    assert width < view.fontMetrics().horizontalAdvance(step.data()) and not view.wordWrap()
    assert step.data(Qt.ItemDataRole.ToolTipRole) == step.data()
    shoot(window, f"checkin-{language}-{size[0]}x{size[1]}")

    close_as_achieved(window, qtbot, done, "125", "Callbacks at peak hours cut the wait. " * 6)
    window.select_goal(done)
    qtbot.waitUntil(lambda: detail.closed_panel.isVisible())
    QApplication.processEvents()
    panel = detail.closed_panel
    for label in (panel.outcome_label, panel.reopen_hint):  # wrapped, never cut
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert panel.lessons_label.toolTip().endswith("cut the wait.")  # all of it, however much is drawn
    assert panel.reopen_hint.geometry().bottom() <= panel.contentsRect().bottom()
    shoot(window, f"closed-{language}-{size[0]}x{size[1]}")


def below_entry(detail) -> int:
    """How far below the top of the check-in form's slot the tabs start (the title and the sentence
    above it differ from goal to goal)."""
    return detail.tabs.y() - detail.entry.y()


def shoot(window, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"loop-checkin-{name}.png"))


def test_tab_goes_from_the_note_to_the_owners_words_then_record(sample_window, qtbot):
    window = sample_window
    window.select_goal(find_row(window, WAIT).data(GOAL_ROLE).id)
    form = window.detail.checkin_form
    window.activateWindow()
    form.date_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.date_edit)
    visited = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        form.actual_field, form.note_edit, form.confidence_box, form.next_step_edit, form.record_button,
    ]  # fmt: skip
