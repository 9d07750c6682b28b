"""The plan session: one change, one evaluation of each touched goal, one signal for every view."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

import goalplanner.ui.session as session_module
from goalplanner.core.progress import SEVERITY_ORDER
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.due_panel import GOAL_ID_ROLE
from goalplanner.ui.session import PlanChange, PlanSession


@pytest.fixture
def plan(tmp_path, qapp):
    with Store.open(tmp_path / "s.goalplan") as store:
        write_sample_plan(store, date.today())
        yield store


def no_calendar(_start, _deadline):
    return None


def judged(monkeypatch) -> list[int]:
    """The ids of the goals the session judges from now on, one entry per judgement."""
    calls: list[int] = []
    real = session_module.evaluate
    monkeypatch.setattr(
        session_module, "evaluate", lambda goal, *args: calls.append(goal.id) or real(goal, *args)
    )
    return calls


def child_and_parent(store: Store):
    child = next(g for g in store.list_goals() if g.parent_id is not None)
    return child, store.get_goal(child.parent_id)


def test_a_check_in_judges_its_goal_once_and_names_it_and_its_parent(plan, monkeypatch):
    session = PlanSession(plan, no_calendar)
    child, parent = child_and_parent(plan)
    changes: list[PlanChange] = []
    session.changed.connect(changes.append)
    calls = judged(monkeypatch)
    plan.add_checkin(child.id, date.today(), child.target)
    session.notify({child.id})
    assert calls == [child.id]  # only the touched goal is read and judged again
    assert len(changes) == 1 and not changes[0].structure
    assert changes[0].goals == {child.id, parent.id}  # the parent's roll-up follows its sub-goal
    assert session.state(child.id).latest.actual == child.target


def test_the_roll_up_is_the_worst_of_a_goal_and_its_sub_goals(plan):
    session = PlanSession(plan, no_calendar)
    _child, parent = child_and_parent(plan)
    family = [parent] + [g for g in plan.list_goals() if g.parent_id == parent.id]
    codes = {session.state(g.id).status.code for g in family}
    assert len(codes) > 1  # the sample plan's team goals are not all alike
    assert session.state(parent.id).rollup.code == next(code for code in SEVERITY_ORDER if code in codes)


def test_moving_or_deleting_a_goal_is_a_change_of_structure(plan):
    session = PlanSession(plan, no_calendar)
    child, _parent = child_and_parent(plan)
    changes: list[PlanChange] = []
    session.changed.connect(changes.append)
    plan.save_goal(replace(child, parent_id=None))
    session.notify({child.id})
    assert changes[-1].structure and changes[-1].touches(child.id)
    assert session.state(child.id).goal.parent_id is None
    plan.delete_goal(child.id)
    session.notify({child.id})
    assert changes[-1].structure
    assert session.state(child.id) is None
    assert child.id not in [s.goal.id for s in session.states()]


def test_a_parent_loop_in_a_tampered_file_neither_hangs_nor_hides_goals(plan):
    first, second = plan.list_goals()[:2]
    with plan.transaction() as db:  # written behind the store's back, as a tampered file would be
        db.execute("UPDATE goals SET parent_id = ? WHERE id = ?", [second.id, first.id])
        db.execute("UPDATE goals SET parent_id = ? WHERE id = ?", [first.id, second.id])
    session = PlanSession(plan, no_calendar)
    assert {s.goal.id for s in session.states()} == {g.id for g in plan.list_goals()}
    start = date.today() - timedelta(days=1)
    plan.add_checkin(first.id, start, 1.0)
    session.notify({first.id})  # the roll-up walk ends although the parents go round
    assert session.state(first.id).latest is not None


def test_a_chain_of_sub_goals_deeper_than_the_recursion_limit_rolls_up(tmp_path, qapp):
    import sys

    depth = sys.getrecursionlimit() + 100
    with Store.open(tmp_path / "deep.goalplan") as store:
        write_sample_plan(store, date.today())
        states = PlanSession(store, no_calendar).states()
        model = next(s for s in states if s.status.code == "off_track" and s.goal.parent_id is not None)
        plan = store.subtargets(model.goal.id)
        with store.transaction():
            parent = store.save_goal(replace(model.goal, id=None, parent_id=None, title="level 1"), plan)
            top = parent
            for level in range(2, depth + 1):
                # save_goal refuses a chain deeper than MAX_DEPTH; another program could still write one
                copy = replace(model.goal, id=None, parent_id=None, title=f"level {level}")
                child = store.save_goal(copy, plan)
                store.db.execute("UPDATE goals SET parent_id = ? WHERE id = ?", [parent, child])
                parent = child
        bottom = parent
        store.add_checkin(bottom, model.latest.on, model.latest.actual)  # off track, as the model goal
        session = PlanSession(store, no_calendar)
        assert session.state(bottom).status.code == "off_track"
        assert session.state(top).rollup.code == "off_track"  # the deepest goal's status reaches the top


def test_a_check_in_in_the_window_reaches_list_detail_and_chart_through_one_change(
    sample_window, qtbot, monkeypatch
):
    from goalplanner.ui.chart_view import ChartView
    from goalplanner.ui.goal_tree import LATEST, STATUS
    from goalplanner.ui.status_style import status_text

    window = sample_window
    child = next(g for g in window.store.list_goals() if g.parent_id is not None)
    window.select_goal(child.id)
    window.detail.tabs.setCurrentWidget(window.detail.chart_tab)
    qtbot.waitUntil(lambda: window.detail.chart_tab.chart_view.figure is not None)
    builds = []
    real_build = ChartView._build
    monkeypatch.setattr(ChartView, "_build", lambda view: builds.append(view) or real_build(view))
    changes: list[PlanChange] = []
    window.session.changed.connect(changes.append)
    calls = judged(monkeypatch)
    form = window.detail.checkin_form
    form.actual_field.setText("31")
    form.record_checkin()
    qtbot.waitUntil(lambda: bool(builds))
    assert len(changes) == 1 and calls == [child.id]  # one signal, one judgement of the goal
    state = window.session.state(child.id)
    row = window.goal_list.model.index_of(child.id)
    assert row.siblingAtColumn(LATEST).data().startswith("31")  # the list shows the new value
    assert row.siblingAtColumn(STATUS).data() == status_text(state.status.code)
    assert window.detail.status_label.text().startswith(status_text(state.status.code))  # the same verdict
    assert builds == [window.detail.chart_tab.chart_view]  # the chart drawn again, once


def test_undoing_a_check_in_deletion_after_its_goal_was_deleted_changes_nothing(sample_window, monkeypatch):
    window = sample_window
    child = next(g for g in window.store.list_goals() if g.parent_id is not None)
    window.select_goal(child.id)
    history = window.detail.history
    history.checkin_view.setCurrentIndex(history.checkin_model.index(0, 0))
    history.delete_checkin()
    monkeypatch.setattr(
        "goalplanner.ui.goal_commands.QMessageBox.question", lambda *a: QMessageBox.StandardButton.Yes
    )
    window.goals.delete_goal()
    assert window.session.state(child.id) is None
    window.session.undo_stack.undo()  # the check-in's goal is gone: nothing to put it back into
    assert window.session.state(child.id) is None
    assert window.statusBar().currentMessage() == f"Goals: {len(window.store.list_goals())}"


def test_the_due_list_opens_its_goal_even_when_a_filter_hides_it(sample_window):
    window = sample_window
    due = window.goal_list.due_panel.model
    goal_id = due.index(0).data(GOAL_ID_ROLE)
    owner = window.goal_list.owner_filter
    other = next(
        i for i in range(1, owner.count()) if owner.itemData(i) != window.store.get_goal(goal_id).owner
    )
    owner.setCurrentIndex(other)
    owner.activated.emit(other)
    window.record_for(goal_id)
    assert window.detail.goal.id == goal_id


def test_a_goals_sub_goals_follow_renames_and_moves(plan):
    """The sub-goals the detail, the roll-up rule and the team grid ask for are the plan's as it stands
    after each change, though they are worked out once per change."""
    session = PlanSession(plan, no_calendar)
    child, parent = child_and_parent(plan)
    assert child.id in [g.id for g in session.children(parent.id)]
    plan.save_goal(replace(child, title="Renamed sub-goal"))
    session.notify({child.id})
    assert "Renamed sub-goal" in [g.title for g in session.children(parent.id)]
    other = plan.get_goal(plan.save_goal(replace(parent, id=None, title="Another goal", parent_id=None)))
    session.notify({other.id})
    plan.save_goal(replace(plan.get_goal(child.id), parent_id=other.id))
    session.notify({child.id})
    assert child.id not in [g.id for g in session.children(parent.id)]
    assert child.id in [g.id for g in session.children(other.id)]
