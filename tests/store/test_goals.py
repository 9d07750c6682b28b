import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from goalplanner.core.model import CheckIn, Goal, ResourceCheck, Resources, SubTarget
from goalplanner.store import Store, schema
from tests.helpers import wait_goal


def test_a_saved_goal_comes_back_equal(store):
    goal = wait_goal(
        contributors=("Ana", "Bo"),
        reviewer="Dana",
        stretch_target=100.0,
        resources=Resources(
            staff=ResourceCheck(True),
            budget=ResourceCheck(None),
            skills=ResourceCheck(False, "Train two agents on call-backs"),
            headcount=14,
            budget_amount=2500.0,
            skills_needed="call-back scripts",
        ),
    )
    goal_id = store.save_goal(goal)
    assert store.get_goal(goal_id) == replace(goal, id=goal_id)


def test_saving_again_updates_instead_of_duplicating(store):
    goal_id = store.save_goal(wait_goal())
    store.save_goal(replace(store.get_goal(goal_id), target=110.0))
    assert [g.target for g in store.list_goals()] == [110.0]


def test_save_with_a_new_id_inserts_it(store):
    store.save_goal(wait_goal(id=42))
    assert store.get_goal(42).title.startswith("Cut average")


def test_missing_goal_raises_key_error(store):
    with pytest.raises(KeyError):
        store.get_goal(7)
    with pytest.raises(KeyError):
        store.delete_goal(7)
    with pytest.raises(KeyError):
        store.add_checkin(7, date(2025, 1, 10), 230.0)


def test_hierarchy_refuses_loops_and_missing_parents(store):
    vision = store.save_goal(Goal(title="Lead the market in service"))
    child = store.save_goal(wait_goal(parent_id=vision))
    with pytest.raises(ValueError, match="loop"):
        store.save_goal(replace(store.get_goal(vision), parent_id=child))
    with pytest.raises(ValueError, match="no goal 99"):
        store.save_goal(wait_goal(parent_id=99))
    assert store.get_goal(vision).parent_id is None


def test_deleting_a_goal_removes_its_checkins_and_frees_its_children(store):
    vision = store.save_goal(Goal(title="Lead the market in service"))
    child = store.save_goal(wait_goal(parent_id=vision))
    store.add_checkin(vision, date(2025, 1, 10), 30.0)
    store.delete_goal(vision)
    assert store.get_goal(child).parent_id is None
    assert store.counts()["checkins"] == 0


def test_checkins_come_back_in_date_order_with_their_parts(store):
    goal_id = store.save_goal(wait_goal(kpi="csat", unit="%", direction="increase", baseline=68, target=85))
    store.add_checkin(goal_id, date(2025, 1, 17), 71.1, "after the new macro", numerator=150, denominator=211)
    store.add_checkin(goal_id, date(2025, 1, 10), 69.5)
    found = store.checkins(goal_id)
    assert [c.on for c in found] == [date(2025, 1, 10), date(2025, 1, 17)]
    assert found[1] == CheckIn(
        goal_id, date(2025, 1, 17), 71.1, "after the new macro", 150, 211, id=found[1].id
    )


def test_plan_is_saved_with_the_goal_and_replaced_as_a_whole(store):
    weeks = [
        SubTarget(None, "week", "2025-W02", date(2025, 1, 6), date(2025, 1, 12), 220.0),
        SubTarget(None, "week", "2025-W03", date(2025, 1, 13), date(2025, 1, 19), 200.0, locked=True),
    ]
    goal_id = store.save_goal(wait_goal(), weeks)
    assert [(s.label, s.planned, s.locked) for s in store.subtargets(goal_id)] == [
        ("2025-W02", 220.0, False),
        ("2025-W03", 200.0, True),
    ]
    store.save_goal(store.get_goal(goal_id), weeks[:1])
    assert len(store.subtargets(goal_id)) == 1


def test_a_failing_write_leaves_nothing_half_done(store):
    goal_id = store.save_goal(wait_goal())
    good = CheckIn(goal_id, date(2025, 1, 10), 230.0)
    orphan = CheckIn(goal_id + 100, date(2025, 1, 17), 220.0)
    with pytest.raises(KeyError):
        store.add_checkins([good, orphan])
    assert store.checkins(goal_id) == []


def test_an_error_inside_a_transaction_rolls_all_of_it_back(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.save_goal(wait_goal())
        store.save_goal(wait_goal(title="Second"))
        raise RuntimeError("power cut")
    assert store.list_goals() == []


def test_second_connection_sees_committed_data(plan_path):
    with Store.open(plan_path) as writer:
        goal_id = writer.save_goal(wait_goal())
        writer.add_checkin(goal_id, date(2025, 1, 10), 228.0)
        with Store.open(plan_path) as reader:
            assert reader.get_goal(goal_id).title == writer.get_goal(goal_id).title
            assert [c.actual for c in reader.checkins(goal_id)] == [228.0]
        raw = sqlite3.connect(plan_path)
        assert raw.execute("SELECT count(*) FROM checkins").fetchone()[0] == 1
        raw.close()


def test_file_is_wal_with_foreign_keys_and_a_version(store, plan_path):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version == schema.schema_version() == 6


def test_unicode_text_round_trips_exactly(store):
    title = "Cut wait 50% — 等待时间减半 · 대기 시간 단축 · ținta ✅ e\u0301 \u202eRTL\u202c"
    goal_id = store.save_goal(wait_goal(title=title, owner="Ørjan Ødegård"))
    assert store.get_goal(goal_id).title == title
    assert store.get_goal(goal_id).owner == "Ørjan Ødegård"


def test_default_file_lives_in_the_user_data_folder(private_home):
    with Store.open() as store:
        assert store.path == private_home / "data" / "goalplanner" / "goals.goalplan"


def test_checkins_can_be_edited_deleted_and_restored(store):
    goal_id = store.save_goal(wait_goal())
    first = store.add_checkin(goal_id, date(2025, 1, 10), 230.0, "first week")
    store.update_checkin(replace(first, actual=228.0, note="corrected"))
    assert store.checkins(goal_id)[0].actual == 228.0
    deleted = store.delete_checkin(first.id)
    assert store.checkins(goal_id) == []
    store.restore_checkin(deleted)
    assert store.checkins(goal_id) == [deleted]
    with pytest.raises(KeyError):
        store.delete_checkin(999)


def test_progress_inputs_bring_each_goals_latest_checkin_and_the_plan_around_it(store):
    from goalplanner.core.breakdown import plan_for

    goal = wait_goal()
    goal_id = store.save_goal(goal, plan_for(goal))
    other = store.save_goal(wait_goal(title="No check-ins yet"))
    store.add_checkin(goal_id, date(2025, 1, 10), 230.0)
    store.add_checkin(goal_id, date(2025, 1, 15), 215.0)  # Wednesday of 2025-W03
    found = {g.id: (c, plan) for g, c, plan in store.progress_inputs()}
    latest, around = found[goal_id]
    assert latest.actual == 215.0
    assert [s.label for s in around] == ["2025-W02", "2025-W03"]
    assert found[other] == (None, [])


def test_a_plan_is_replaced_as_a_whole(store):
    from goalplanner.core.breakdown import plan_for

    goal = wait_goal()
    goal_id = store.save_goal(goal, plan_for(goal))
    edited = [
        replace(s, planned=225.0, locked=True) if s.label == "2025-W02" else s
        for s in store.subtargets(goal_id)
    ]
    store.save_plan(goal_id, edited)
    week = next(s for s in store.subtargets(goal_id) if s.label == "2025-W02")
    assert (week.planned, week.locked) == (225.0, True)
