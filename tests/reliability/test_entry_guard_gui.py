"""A window holding the plan refuses other writers; undo after SQLite reused an id changes nothing."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from goalplanner import cli
from goalplanner.core.model import Goal
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.commands import DeleteCheckIn, RecordCheckIn
from goalplanner.ui.plan_guard import PlanGuard


@pytest.fixture
def held_plan(tmp_path, qapp, private_home):
    plan = tmp_path / "plan.goalplan"
    with Store.open(plan, daily_backup=False, backup_root=tmp_path / "b") as store:
        write_sample_plan(store, date(2025, 6, 1))
    guard = PlanGuard()
    guard.hold(plan)  # as the window holds the plan it has open
    yield plan
    qapp.processEvents()  # the guard takes the CLI's connections, as the window's event loop does
    guard.release()
    qapp.processEvents()  # the server's deleteLater, while the guard still lives
    guard.deleteLater()
    qapp.processEvents()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_checkin_import_and_demo_are_refused_while_a_window_holds_the_plan(held_plan, tmp_path, capsys):
    before = digest(held_plan)
    assert cli.run_checkin(held_plan, 1, date(2025, 5, 1), 1.0, "", force=True, keep_both=False) == 2
    assert cli.run_import_actuals(held_plan, tmp_path / "any.xlsx", dry_run=False) == 2
    assert cli.run_demo(held_plan) == 2
    err = capsys.readouterr().err
    assert err.count("is open in a goalplanner window") == 3 and "Nothing was changed" in err
    assert digest(held_plan) == before


class Session:
    """What the undo commands need of the window's plan session."""

    def __init__(self, store: Store) -> None:
        self.store, self.notified = store, []

    def notify(self, goal_ids) -> None:
        self.notified.append(set(goal_ids))


def test_undo_of_a_deleted_checkin_whose_id_was_reused_is_logged_not_raised(tmp_path, qapp, caplog):
    with Store.open(tmp_path / "plan.goalplan", backup_root=tmp_path / "b") as store:
        goal_id = store.save_goal(Goal(title="x", baseline=0.0, target=10.0))
        stack, session = QUndoStack(), Session(store)
        deleted = store.delete_checkin(store.add_checkin(goal_id, date(2025, 1, 1), 1.0).id)
        stack.push(DeleteCheckIn(session, deleted, "delete"))
        taker = store.add_checkin(goal_id, date(2025, 1, 8), 2.0)  # takes the id
        assert taker.id == deleted.id
        stack.undo()  # no IntegrityError
        assert store.checkins(goal_id) == [taker]
        stack.redo()  # must not delete the newcomer
        assert store.checkins(goal_id) == [taker]
        assert "Undo/redo of 'delete' failed" in caplog.text and session.notified


def test_undo_of_a_checkin_whose_goal_was_deleted_and_id_reused_keeps_the_new_one(tmp_path, qapp, caplog):
    with Store.open(tmp_path / "plan.goalplan", backup_root=tmp_path / "b") as store:
        first = store.save_goal(Goal(title="first", baseline=0.0, target=10.0))
        other = store.save_goal(Goal(title="other", baseline=0.0, target=10.0))
        stack, session = QUndoStack(), Session(store)
        recorded = store.add_checkin(first, date(2025, 1, 1), 1.0)
        stack.push(RecordCheckIn(session, recorded, "record"))
        store.delete_goal(first)  # its check-ins go with it
        taker = store.add_checkin(other, date(2025, 1, 8), 2.0)
        assert taker.id == recorded.id
        stack.undo()
        assert store.checkins(other) == [taker]
        assert "failed" in caplog.text
