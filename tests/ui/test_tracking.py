"""Plan and track in the main window: statuses, the due list, check-ins with undo, plan edits."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn
from goalplanner.core.progress import evaluate
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.detail.models import CheckInTableModel, PlanTableModel
from goalplanner.ui.due_panel import GOAL_ID_ROLE, DueListModel
from goalplanner.ui.goal_tree import GOAL_ROLE, ROLLUP, STATUS, GoalTreeModel
from goalplanner.ui.session import GoalState, PlanSession
from tests.helpers import wait_goal
from tests.ui.conftest import open_plan


def find_row(window, title_part):
    """The proxy index of the goal whose title contains ``title_part``."""
    model = window.goal_list.proxy
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if title_part in index.data():
                return index
            pending.append(index)
    raise AssertionError(f"no goal with {title_part!r}")


def status_of(window, title_part):
    index = find_row(window, title_part)
    return index.siblingAtColumn(STATUS).data()


def test_models_pass_qt_model_checks(qtmodeltester, tmp_path):
    with Store.open(tmp_path / "m.goalplan") as store:
        write_sample_plan(store, date.today())
        states = PlanSession(store, lambda _start, _deadline: None).states()
        goal = store.list_goals()[1]
        plan, checkins = store.subtargets(goal.id), store.checkins(goal.id)
    tree = GoalTreeModel()
    tree.set_states(states)
    qtmodeltester.check(tree)
    plan_model = PlanTableModel()
    plan_model.set_plan(goal, [s for s in plan if s.period == "week"])
    qtmodeltester.check(plan_model)
    history = CheckInTableModel()
    history.set_evaluation(evaluate(goal, plan, checkins, date.today()))
    qtmodeltester.check(history)
    due = DueListModel()
    due.set_goals([s.evaluation for s in states])
    assert due.rowCount() > 0
    qtmodeltester.check(due)


def _tree_row(goal_id, parent_id, title):
    from dataclasses import replace

    goal = replace(wait_goal(title=title), id=goal_id, parent_id=parent_id)
    return GoalState(evaluate(goal, [], [], date.today()))


def test_tree_shows_every_goal_once_even_with_a_loop_of_parents(qtmodeltester):
    # A file edited by another program: 3 and 4 are each other's parent, 5 is its own, 6 hangs under 4.
    rows = [_tree_row(1, None, "vision"), _tree_row(2, 1, "team")]
    rows += [_tree_row(3, 4, "loop a"), _tree_row(4, 3, "loop b"), _tree_row(5, 5, "own parent")]
    rows += [_tree_row(6, 4, "under the loop")]
    tree = GoalTreeModel()
    tree.set_states(rows)
    qtmodeltester.check(tree)
    assert [tree.index(r, 0).data() for r in range(tree.rowCount())] == ["vision", "loop a", "own parent"]
    loop_b = tree.index(0, 0, tree.index(1, 0))
    assert loop_b.data() == "loop b" and tree.index(0, 0, loop_b).data() == "under the loop"
    assert tree.goal_count() == 6


def test_tree_takes_a_chain_of_sub_goals_deeper_than_the_recursion_limit():
    import sys

    depth = sys.getrecursionlimit() + 100  # the tree used to recurse once per level
    tree = GoalTreeModel()
    tree.set_states(
        [_tree_row(1, None, "root")] + [_tree_row(n, n - 1, f"level {n}") for n in range(2, depth + 1)]
    )
    deepest = tree.index_of(depth)
    assert deepest.data() == f"level {depth}" and deepest.parent().data() == f"level {depth - 1}"


def test_sample_statuses_are_honest_about_direction(sample_window):
    assert status_of(sample_window, "wait time by 50%") == "■ Off track"  # improving, but well behind plan
    assert status_of(sample_window, "CSAT") == "● On track"
    assert status_of(sample_window, "call volume 50%") == "▲ At risk"
    vision = find_row(sample_window, "leader").siblingAtColumn(ROLLUP)
    assert vision.data() == "■ Off track"  # the vision together with its sub-goals, beside its own status
    assert "worst wins" in vision.data(Qt.ItemDataRole.ToolTipRole)
    assert "driven by: Cut average support call wait time" in vision.data(Qt.ItemDataRole.ToolTipRole)
    assert find_row(sample_window, "CSAT").siblingAtColumn(ROLLUP).data() == ""  # no sub-goals


def test_recording_from_the_due_list_changes_the_status(sample_window, qtbot):
    window = sample_window
    due = window.goal_list.due_panel
    assert due.model.rowCount() == 1
    index = due.model.index(0)
    assert "occupancy" in index.data()
    window.record_for(index.data(GOAL_ID_ROLE))
    detail = window.detail
    assert detail.goal.kpi == "occupancy"
    assert detail.checkin_form.actual_field.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(detail.checkin_form.actual_field, "91")
    qtbot.keyClick(detail.checkin_form.actual_field, Qt.Key.Key_Return)
    assert status_of(window, "occupancy") == "■ Off track"  # 91% overshoots the band the wrong way
    assert due.model.rowCount() == 0  # recorded: no longer due
    window.session.undo_stack.undo()
    assert status_of(window, "occupancy") == "● On track"
    assert due.model.rowCount() == 1


def test_impossible_or_future_checkins_are_refused_at_the_field(sample_window, qtbot):
    window = sample_window
    window.select_goal(find_row(window, "CSAT").data(GOAL_ROLE).id)
    detail = window.detail
    before = len(detail.history.checkin_model.rows)
    qtbot.keyClicks(detail.checkin_form.actual_field, "104")
    detail.checkin_form.record_checkin()
    assert "impossible" in detail.checkin_form.checkin_message.text()
    detail.checkin_form.actual_field.clear()
    qtbot.keyClicks(detail.checkin_form.actual_field, "abc")
    detail.checkin_form.record_checkin()
    assert detail.checkin_form.checkin_message.text() == "“abc” is not a number."
    detail.checkin_form.actual_field.clear()
    qtbot.keyClicks(detail.checkin_form.actual_field, "80")
    detail.checkin_form.date_edit.clear()
    qtbot.keyClicks(detail.checkin_form.date_edit, (date.today() + timedelta(days=3)).isoformat())
    detail.checkin_form.record_checkin()
    assert "earlier date" in detail.checkin_form.checkin_message.text()
    assert len(detail.history.checkin_model.rows) == before


def test_ratio_counts_fill_the_percentage(sample_window, qtbot):
    window = sample_window
    window.select_goal(find_row(window, "CSAT").data(GOAL_ROLE).id)
    detail = window.detail
    assert detail.checkin_form.numerator_field.isVisibleTo(detail)
    qtbot.keyClicks(detail.checkin_form.numerator_field, "170")
    qtbot.keyClicks(detail.checkin_form.denominator_field, "200")
    assert detail.checkin_form.actual_field.value() == 85
    detail.checkin_form.record_checkin()
    latest = detail.history.checkin_model.rows[0]
    assert (latest.actual, latest.numerator, latest.denominator) == (85, 170, 200)
    assert detail.history.checkin_model.index(0, CheckInTableModel.STATUS).data().startswith("★ Achieved · ")


def test_deleting_a_checkin_can_be_undone(sample_window):
    window = sample_window
    window.select_goal(find_row(window, "wait time").data(GOAL_ROLE).id)
    detail = window.detail
    count = len(detail.history.checkin_model.rows)
    newest = detail.history.checkin_model.rows[0]
    detail.history.checkin_view.setCurrentIndex(detail.history.checkin_model.index(0, 0))
    detail.history.delete_checkin()
    assert len(detail.history.checkin_model.rows) == count - 1
    window.undo_action.trigger()
    assert detail.history.checkin_model.rows[0] == newest
    window.redo_action.trigger()
    assert len(detail.history.checkin_model.rows) == count - 1


def test_typing_over_a_planned_week_locks_it_and_respreads_the_rest(window, tmp_path, qtbot):
    path = tmp_path / "p.goalplan"
    goal = wait_goal()  # six whole weeks, 240 s -> 120 s
    with Store.open(path) as store:
        goal_id = store.save_goal(goal, plan_for(goal))
    open_plan(qtbot, window, path)
    window.select_goal(goal_id)
    detail = window.detail
    detail.tabs.setCurrentIndex(1)
    model = detail.plan_tab.plan_model
    last = model.rowCount() - 1
    assert (
        not model.flags(model.index(last, PlanTableModel.PLANNED)) & Qt.ItemFlag.ItemIsEditable
    )  # the target
    assert model.setData(model.index(1, PlanTableModel.PLANNED), 230.0)
    rows = detail.plan_tab.plan_model.rows
    assert (rows[1].planned, rows[1].locked) == (230.0, True)
    assert rows[-1].planned == 120
    assert [round(r.planned, 1) for r in rows] == [235.0, 230.0, 202.5, 175.0, 147.5, 120.0]
    saved = [s for s in window.store.subtargets(goal_id) if s.period == "week"]
    assert saved[1].planned == 230.0 and saved[1].locked
    window.session.undo_stack.undo()
    assert not [s for s in window.store.subtargets(goal_id) if s.period == "week"][1].locked
    window.session.undo_stack.redo()
    detail.plan_tab.reset_plan()
    assert not any(s.locked for s in window.store.subtargets(goal_id))


def test_search_keeps_parents_of_matching_goals(sample_window):
    window = sample_window
    window.goal_list.search_edit.setText("transfers to product experts")
    assert window.goal_list.proxy.rowCount() == 1  # the vision stays, as the matching goal's parent
    vision = window.goal_list.proxy.index(0, 0)
    assert window.goal_list.proxy.rowCount(vision) == 1
    assert "beneficial transfers" in window.goal_list.proxy.index(0, 0, vision).data()
    window.goal_list.search_edit.clear()
    window.goal_list.owner_filter.setCurrentIndex(
        window.goal_list.owner_filter.findData("Aisha Bello (quality lead)")
    )
    window.goal_list.owner_filter.activated.emit(window.goal_list.owner_filter.currentIndex())
    assert window.goal_list.proxy.rowCount(window.goal_list.proxy.index(0, 0)) == 2


def test_checkin_status_column_uses_the_plan_of_its_date(qapp):
    goal = wait_goal(id=1)
    plan = plan_for(goal)
    history = CheckInTableModel()
    checkins = [CheckIn(1, date(2025, 1, 12), 222.0, id=1), CheckIn(1, date(2025, 1, 26), 222.0, id=2)]
    history.set_evaluation(evaluate(goal, plan, checkins, date(2025, 2, 1)))
    # Newest first: the same 222 s is on track in week 1 and off track two weeks later.
    assert history.index(0, CheckInTableModel.STATUS).data() == "■ Off track · 30%"
    assert history.index(1, CheckInTableModel.STATUS).data().startswith("● On track · ")


def test_a_checkin_edited_in_the_history_can_be_undone(sample_window):
    window = sample_window
    window.select_goal(find_row(window, "wait time").data(GOAL_ROLE).id)
    detail = window.detail
    model = detail.history.checkin_model
    newest = model.rows[0]
    assert model.setData(model.index(0, CheckInTableModel.ACTUAL), 150.0)
    assert model.rows[0].actual == 150 and model.rows[0].id == newest.id
    assert model.setData(model.index(0, CheckInTableModel.NOTE), "re-counted from the queue report")
    assert window.store.checkins(newest.goal_id)[-1].note == "re-counted from the queue report"
    assert not model.setData(model.index(0, CheckInTableModel.ACTUAL), "many")
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert window.store.checkins(newest.goal_id)[-1] == newest
    model.setData(model.index(0, CheckInTableModel.ACTUAL), -5.0)
    assert "impossible" in detail.checkin_form.checkin_message.text()
    assert window.store.checkins(newest.goal_id)[-1] == newest


def test_split_a_team_target_among_its_contributors(window, tmp_path, qtbot):
    tickets = wait_goal(kpi="custom", unit="tickets", direction="increase", baseline=50.0, target=55.0,
                        contributors=("Ana", "Bo", "Cy", "Di", "Ed"))  # fmt: skip
    path = tmp_path / "t.goalplan"
    with Store.open(path) as store:
        goal_id = store.save_goal(tickets, plan_for(tickets))
    open_plan(qtbot, window, path)
    window.select_goal(goal_id)
    dialog = window.detail.plan_tab.split_period()
    qtbot.addWidget(dialog)
    shares = " · ".join(f"{name} 11 tickets" for name in ["Ana", "Bo", "Cy", "Di", "Ed"])
    assert dialog.result_label.text() == f"{shares} = 55 tickets"
    dialog.weights_edit.setText("2, 1, 1, 1, x")
    assert dialog.result_label.text() == "“x” is not a number."
    assert not dialog.create_button.isEnabled()
    dialog.reject()
    assert window.store.agents(goal_id) == []  # cancelled: nothing made


def test_working_calendar_setting_changes_how_a_reset_plan_is_spread(window, tmp_path, qtbot):
    # Easter 2025 in England: Good Friday (18 April) and Easter Monday (21 April) are off.
    goal = wait_goal(kpi="custom", unit="cases", direction="increase", baseline=0.0, target=8.0,
                     start=date(2025, 4, 7), deadline=date(2025, 4, 27))  # fmt: skip
    path = tmp_path / "c.goalplan"
    with Store.open(path) as store:
        goal_id = store.save_goal(goal, plan_for(goal))
    open_plan(qtbot, window, path)

    def first_week():
        return next(s for s in window.store.subtargets(goal_id) if s.label == "2025-W15").planned

    assert first_week() == pytest.approx(8 * 7 / 21)  # calendar days: a third of the way
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.working_check.setChecked(True)
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("GB"))
    dialog.subdivision_combo.setCurrentIndex(dialog.subdivision_combo.findData("ENG"))
    dialog.accept()
    window.select_goal(goal_id)
    window.detail.plan_tab.reset_plan()
    assert first_week() == pytest.approx(8 * 5 / 13)  # 5 of the 13 working days
    reopened = type(dialog)(window.settings)
    qtbot.addWidget(reopened)
    assert reopened.working_check.isChecked() and reopened.subdivision_combo.currentData() == "ENG"
