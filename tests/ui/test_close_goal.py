"""Goal -> Close..., Reopen and Continue into next period..., driven as a user drives them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QWizard

from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn
from goalplanner.store import Store
from goalplanner.ui.due_panel import GOAL_ID_ROLE, READY_TO_CLOSE_ROLE
from goalplanner.ui.goal_tree import TITLE
from tests.helpers import wait_goal
from tests.ui.conftest import open_plan


@pytest.fixture
def ended_window(qtbot, window, tmp_path):
    """A plan with a wait-time goal whose deadline passed last week (two check-ins) and one running."""
    today = date.today()
    start = today - timedelta(weeks=7)
    done = wait_goal(
        title="Wait time, finished", start=start, baseline_date=start, deadline=today - timedelta(days=7),
        reviewer="Dana Cho",
    )  # fmt: skip
    running = wait_goal(
        title="Wait time, running", start=start, baseline_date=start, deadline=today + timedelta(weeks=8)
    )
    path = tmp_path / "ended.goalplan"
    with Store.open(path) as store:
        ids = []
        for goal, actuals in ((done, [200.0, 170.0]), (running, [230.0])):
            goal_id = store.save_goal(goal, plan_for(goal))
            store.add_checkins(
                CheckIn(goal_id, start + timedelta(weeks=k + 1, days=-3), a) for k, a in enumerate(actuals)
            )
            ids.append(goal_id)
    open_plan(qtbot, window, path)
    window.show()
    return window, ids


def listed_titles(window) -> list[str]:
    proxy = window.goal_list.proxy
    return [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]


def close_dialog(window):
    dialog = window.loop.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_due_list_offers_to_close_a_goal_past_its_deadline(ended_window, qtbot):
    window, (done, _running) = ended_window
    due = window.goal_list.due_panel
    rows = {due.model.index(r).data(GOAL_ID_ROLE): due.model.index(r) for r in range(due.model.rowCount())}
    assert rows[done].data(READY_TO_CLOSE_ROLE) is True
    assert rows[done].data().endswith("ready to close")
    due.view.setCurrentIndex(rows[done])
    due.view.setFocus()
    qtbot.keyClick(due.view, Qt.Key.Key_Return)
    dialog = close_dialog(window)
    assert dialog.findChild(QRadioButton, "outcome_missed").isChecked()  # 170 s: not the 120 s target
    assert dialog.findChild(QLineEdit, "final_value_field").text() == "170"
    assert dialog.findChild(QLineEdit, "signed_off_by_field").text() == "Dana Cho"
    dialog.reject()


def test_closing_saves_the_outcome_leaves_the_list_and_undo_reopens(ended_window, qtbot):
    window, (done, _running) = ended_window
    window.select_goal(done)
    assert window.loop.close_action.isEnabled() and not window.loop.reopen_action.isEnabled()
    window.loop.close_action.trigger()
    dialog = close_dialog(window)
    dialog.findChild(QRadioButton, "outcome_achieved").click()
    final = dialog.findChild(QLineEdit, "final_value_field")
    final.clear()
    qtbot.keyClicks(final, "125")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "lessons_field"), "Callbacks at peak hours")
    qtbot.mouseClick(dialog.findChild(QPushButton, "close_goal_button"), Qt.MouseButton.LeftButton)
    goal = window.store.get_goal(done)
    assert (goal.state, goal.final_value, goal.lessons) == ("achieved", 125.0, "Callbacks at peak hours")
    assert (goal.signed_off_by, goal.signed_off_on) == ("Dana Cho", date.today())
    assert "Wait time, finished" not in listed_titles(window)
    due = window.goal_list.due_panel.model
    assert done not in [due.index(r).data(GOAL_ID_ROLE) for r in range(due.rowCount())]
    qtbot.keyClicks(window.goal_list.search_edit, "finished")  # a search still finds it
    assert listed_titles(window) == ["Wait time, finished"]
    window.goal_list.search_edit.clear()
    window.session.undo_stack.undo()
    reopened = window.store.get_goal(done)
    assert (reopened.state, reopened.final_value, reopened.lessons) == ("active", None, "")
    assert "Wait time, finished" in listed_titles(window)
    window.session.undo_stack.redo()
    assert window.store.get_goal(done).state == "achieved"


def test_an_impossible_final_value_is_refused_in_the_dialog(ended_window, qtbot):
    window, (done, _running) = ended_window
    dialog = window.loop.close_goal(done)
    final = dialog.findChild(QLineEdit, "final_value_field")
    final.clear()
    qtbot.keyClicks(final, "-4")
    qtbot.mouseClick(dialog.findChild(QPushButton, "close_goal_button"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "impossible" in dialog.message.text()
    assert window.store.get_goal(done).state == "active"
    dialog.reject()


def test_a_closed_goal_shows_under_all_states_and_can_be_reopened(ended_window, qtbot):
    window, (done, _running) = ended_window
    window.loop.close_goal(done)
    close_dialog(window).findChild(QRadioButton, "outcome_dropped").click()
    close_dialog(window).accept()
    combo = window.goal_list.state_filter
    index = combo.findText("All states")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert "Wait time, finished" in listed_titles(window)
    window.select_goal(done)
    assert window.loop.reopen_action.isEnabled()
    window.loop.reopen_action.trigger()
    assert window.store.get_goal(done).state == "active"
    window.session.undo_stack.undo()  # undo the reopen: dropped again
    assert window.store.get_goal(done).state == "dropped"


def test_continue_opens_the_wizard_on_next_periods_goal_and_saves_it(ended_window, qtbot):
    window, (done, _running) = ended_window
    window.select_goal(done)
    window.loop.continue_action.trigger()
    qtbot.waitUntil(lambda: window.goals.wizard is not None and window.goals.wizard.isVisible())
    wizard = window.goals.wizard
    goal = wizard.goal
    old = window.store.get_goal(done)
    assert goal.id is None and goal.title == old.title and goal.owner == old.owner
    assert goal.start == max(old.deadline + timedelta(days=1), date.today())
    assert (goal.baseline, goal.baseline_date) == (170.0, old.start + timedelta(weeks=2, days=-3))
    assert goal.target == 120.0  # 240 s -> 170 s over the goal's period: the same -29 % again
    before = len(window.store.list_goals())
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.store.list_goals()) == before + 1)
    new = max(window.store.list_goals(), key=lambda g: g.id)
    assert (new.baseline, new.state, new.start) == (170.0, "active", goal.start)
    assert QApplication.activeModalWidget() is None


def test_enter_in_the_close_dialog_closes_the_goal(ended_window, qtbot):
    """Close goal is the default button: Enter closes the goal instead of cancelling."""
    window, (done, _running) = ended_window
    window.select_goal(done)
    window.loop.close_action.trigger()
    dialog = close_dialog(window)
    assert dialog.findChild(QPushButton, "close_goal_button").isDefault()
    qtbot.keyClick(dialog.findChild(QLineEdit, "final_value_field"), Qt.Key.Key_Return)
    assert window.store.get_goal(done).state == "missed"
