"""Agent goals, roll-up rules, guardrail links and a check-in's volume (schema 6) are saved, read back,
upgraded from older plans and validated."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from goalplanner.core.model import CheckIn
from goalplanner.store import Store, schema
from goalplanner.store.validate import validate
from tests.helpers import wait_goal


def test_an_agent_goal_a_rule_a_weight_and_a_guardrail_are_read_back(store: Store):
    team_id = store.save_goal(replace(wait_goal(), actuals_from="agents", rollup_rule="weighted"), [])
    quality_id = store.save_goal(replace(wait_goal(), title="First contact resolution"), [])
    agent = replace(wait_goal(), parent_id=team_id, person="Ana", rollup_weight=40.0, guardrail_id=quality_id)
    read = store.get_goal(store.save_goal(agent, []))
    assert (read.person, read.rollup_weight, read.guardrail_id) == ("Ana", 40.0, quality_id)
    team = store.get_goal(team_id)
    assert (team.actuals_from, team.rollup_rule, team.person) == ("agents", "weighted", "")
    assert validate(store) == []


def test_a_check_in_keeps_its_volume(store: Store):
    goal_id = store.save_goal(wait_goal(), [])
    store.add_checkins(
        [CheckIn(goal_id, date(2025, 2, 3), 250.0, volume=412.0), CheckIn(goal_id, date(2025, 2, 10), 240.0)]
    )
    first, second = store.checkins(goal_id)
    assert (first.volume, second.volume) == (412.0, None)


def test_deleting_the_guardrail_unlinks_the_pair(store: Store):
    quality_id = store.save_goal(replace(wait_goal(), title="Quality"), [])
    speed_id = store.save_goal(replace(wait_goal(), guardrail_id=quality_id), [])
    store.delete_goal(quality_id)
    assert store.get_goal(speed_id).guardrail_id is None


def test_a_tampered_guardrail_is_named(store: Store):
    goal_id = store.save_goal(wait_goal(), [])
    other_id = store.save_goal(wait_goal(), [])
    conn = sqlite3.connect(store.path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE goals SET guardrail_id = id WHERE id = ?", [goal_id])
    conn.execute("UPDATE goals SET guardrail_id = 999 WHERE id = ?", [other_id])
    conn.commit()
    conn.close()
    found = {(p.goal_id, p.field, p.message) for p in validate(store)}
    assert (goal_id, "guardrail_id", "it is its own guardrail") in found
    assert (other_id, "guardrail_id", "its guardrail, goal 999, does not exist") in found


def test_a_version_5_plan_upgrades_with_own_actuals_and_worst_wins(plan_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:5])
        with Store.open(plan_path) as old:
            old.db.execute(
                "INSERT INTO goals (title, start, state, created, updated) "
                "VALUES ('Shorter waits', '2025-01-06', 'active', '', '')"
            )
            old.db.execute(
                "INSERT INTO checkins (goal_id, on_date, actual, created) VALUES (1, '2025-01-13', 5, '')"
            )
            assert old.schema_version == 5
    with Store.open(plan_path) as store:
        assert store.schema_version == schema.schema_version() == 6
        (goal,) = store.list_goals()
        assert (goal.person, goal.actuals_from, goal.rollup_rule, goal.rollup_weight, goal.guardrail_id) == (
            "",
            "own",
            "worst",
            None,
            None,
        )
        (checkin,) = store.checkins(goal.id)
        assert checkin.volume is None
        assert validate(store) == []
