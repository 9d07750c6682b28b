"""What the API refuses at the entry, so nothing the app cannot show or export is ever stored:
text that cannot be saved, numbers beyond ``MAX_MAGNITUDE``, bytes for text, loops and chains deeper
than ``MAX_DEPTH``; undo of a check-in whose id was taken meanwhile; unreadable wizard drafts; the
export to a full disk (a file size limit on a child process) with no stray "Exception ignored"."""

from __future__ import annotations

import logging
import resource
import signal
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from goalplanner.core.hierarchy import MAX_DEPTH
from goalplanner.core.model import MAX_MAGNITUDE, CheckIn, Goal, Resources, SubTarget
from goalplanner.store import Store
from goalplanner.store import validate as validate_module
from goalplanner.store.demo import write_sample_plan

SURROGATE = "Cut wait \udc80 time"


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "plan.goalplan", backup_root=tmp_path / "backups") as plan:
        yield plan


def rows(store: Store, table: str) -> int:
    return store.counts()[table]


@pytest.mark.parametrize("field", ["title", "owner", "why", "unit", "strategy"])
def test_a_lone_surrogate_in_a_goals_text_is_refused_on_construction(field):
    with pytest.raises(ValueError, match=f"{field} holds a character that cannot be saved"):
        Goal(**{field: SURROGATE})


def test_a_lone_surrogate_anywhere_else_is_refused_too():
    with pytest.raises(ValueError, match="contributors"):
        Goal(title="x", contributors=("Ann", SURROGATE))
    with pytest.raises(ValueError, match="note"):
        CheckIn(1, date(2025, 1, 1), 1.0, SURROGATE)
    with pytest.raises(ValueError, match="skills_needed"):
        Resources(skills_needed=SURROGATE)


def test_bytes_for_text_are_refused_on_construction():
    with pytest.raises(ValueError, match="owner must be text; got bytes"):
        Goal(title="x", owner=b"bytes")
    with pytest.raises(ValueError, match="note must be text"):
        CheckIn(1, date(2025, 1, 1), 1.0, b"note")
    with pytest.raises(ValueError, match="contributors must be a list of names"):
        Goal(title="x", contributors="Ann")
    with pytest.raises(ValueError, match="parent_id must be a whole number"):
        Goal(title="x", parent_id=b"1")


@pytest.mark.parametrize("value", [1e30, -1e30, 10**30, MAX_MAGNITUDE * 1.5])
def test_numbers_beyond_the_bound_are_refused_by_every_write_and_nothing_is_stored(store, value):
    with pytest.raises(ValueError, match="must be between"):
        store.save_goal(Goal(title="x", baseline=0.0, target=value))
    assert rows(store, "goals") == 0
    goal_id = store.save_goal(Goal(title="x", baseline=0.0, target=10.0))
    with pytest.raises(ValueError, match="actual must be between"):
        store.add_checkin(goal_id, date(2025, 1, 1), value)
    with pytest.raises(ValueError, match="planned must be between"):
        store.save_plan(
            goal_id, [SubTarget(goal_id, "month", "2025-01", date(2025, 1, 1), date(2025, 1, 31), value)]
        )
    with pytest.raises(ValueError, match="budget_amount must be between"):
        store.save_goal(Goal(id=goal_id, title="x", resources=Resources(budget_amount=value)))
    stored = store.add_checkin(goal_id, date(2025, 1, 1), 1.0)
    with pytest.raises(ValueError, match="actual must be between"):
        store.update_checkin(CheckIn(goal_id, date(2025, 1, 1), value, id=stored.id))
    assert store.get_goal(goal_id).target == 10.0 and store.get_goal(goal_id).resources.budget_amount is None
    assert [c.actual for c in store.checkins(goal_id)] == [1.0] and store.subtargets(goal_id) == []


def test_the_bound_itself_is_kept(store):
    goal_id = store.save_goal(Goal(title="x", baseline=-MAX_MAGNITUDE, target=MAX_MAGNITUDE))
    assert store.get_goal(goal_id).target == MAX_MAGNITUDE


def test_a_whole_number_too_large_for_a_float_is_a_value_error():
    with pytest.raises(ValueError, match="finite number"):
        Goal(title="x", target=10**400)


def test_max_depth_lives_in_the_hierarchy_and_validate_uses_it():
    assert validate_module.MAX_DEPTH is MAX_DEPTH


def test_a_parent_that_would_make_a_loop_is_refused(store):
    top = store.save_goal(Goal(title="top"))
    middle = store.save_goal(Goal(title="middle", parent_id=top))
    bottom = store.save_goal(Goal(title="bottom", parent_id=middle))
    for parent in (bottom, middle, top):
        with pytest.raises(ValueError, match="would loop"):
            store.save_goal(Goal(id=top, title="top", parent_id=parent))
    assert store.get_goal(top).parent_id is None and rows(store, "goals") == 3


def chain(store: Store, length: int) -> list[int]:
    ids = [store.save_goal(Goal(title="0"))]
    for level in range(1, length):
        ids.append(store.save_goal(Goal(title=str(level), parent_id=ids[-1])))
    return ids


def test_a_goal_deeper_than_max_depth_is_refused(store):
    ids = chain(store, MAX_DEPTH + 1)  # depths 0 .. MAX_DEPTH: allowed
    with pytest.raises(ValueError, match=f"{MAX_DEPTH + 1} levels below .* \\({MAX_DEPTH}\\)"):
        store.save_goal(Goal(title="too deep", parent_id=ids[-1]))
    assert rows(store, "goals") == MAX_DEPTH + 1
    assert validate_module.validate(store) == []


def test_moving_a_subtree_under_a_deep_goal_counts_the_levels_below_it(store):
    deep = chain(store, MAX_DEPTH - 1)  # the last sits at MAX_DEPTH - 2
    top = store.save_goal(Goal(title="moved"))
    child = store.save_goal(Goal(title="child", parent_id=top))
    store.save_goal(Goal(title="grandchild", parent_id=child))
    with pytest.raises(ValueError, match="deeper than goalplanner allows"):
        store.save_goal(Goal(id=top, title="moved", parent_id=deep[-1]))  # grandchild at MAX_DEPTH + 1
    store.save_goal(Goal(id=top, title="moved", parent_id=deep[-2]))  # grandchild at MAX_DEPTH: fine
    assert validate_module.validate(store) == []


def test_restoring_a_checkin_whose_id_was_taken_is_a_key_error_and_changes_nothing(store):
    goal_id = store.save_goal(Goal(title="x", baseline=0.0, target=10.0))
    deleted = store.delete_checkin(store.add_checkin(goal_id, date(2025, 1, 1), 1.0).id)
    taker = store.add_checkin(goal_id, date(2025, 1, 8), 2.0)
    assert taker.id == deleted.id  # SQLite reused the id
    with pytest.raises(KeyError, match="another check-in has its id"):
        store.restore_checkin(deleted)
    assert store.checkins(goal_id) == [taker]
    with pytest.raises(KeyError, match="another check-in"):
        store.delete_checkin(deleted.id, expected=deleted)  # an undo must not delete the newcomer
    assert store.checkins(goal_id) == [taker]


def test_drafts_with_bad_json_are_left_out_and_logged(store, caplog):
    good = store.save_draft({"title": "kept"})
    bad = [store.save_draft({}) for _ in range(4)]
    with store.transaction() as db:
        for draft_id, payload in zip(bad, ["{not json", "[1, 2]", "null", "1e999999"], strict=True):
            db.execute("UPDATE wizard_drafts SET payload = ? WHERE id = ?", [payload, draft_id])
    with caplog.at_level(logging.WARNING):
        drafts = store.drafts()
    assert [d.id for d in drafts] == [good] and drafts[0].payload == {"title": "kept"}
    assert sum("Left out wizard draft" in r.getMessage() for r in caplog.records) == 4  # 1e999999: inf
    assert rows(store, "wizard_drafts") == 5  # left in the file for check to name


def test_a_full_disk_during_export_says_so_without_a_stray_traceback(tmp_path, private_home):
    plan = tmp_path / "plan.goalplan"
    with Store.open(plan, daily_backup=False, backup_root=tmp_path / "b") as store:
        write_sample_plan(store, date(2025, 6, 1))
    out = tmp_path / "out.xlsx"

    def limit() -> None:  # in the child: writes beyond 50 kB fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))

    result = subprocess.run(
        [sys.executable, "-m", "goalplanner", "export", "--db", str(plan), "-o", str(out)],
        capture_output=True, text=True, timeout=60, preexec_fn=limit, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "could not be written" in result.stderr
    assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.suffix == ".partial"] == []
    sqlite3.connect(plan).close()


def test_a_failed_write_leaves_the_temporary_stream_quiet(tmp_path):
    """The writer's ZipFile finalised after the file is closed writes into nothing, silently."""
    import zipfile

    from goalplanner.files import ExportError, write_atomically

    kept = []

    def write(stream) -> None:
        archive = zipfile.ZipFile(stream, "w")
        archive.writestr("a.txt", "x" * 1000)
        kept.append(archive)  # outlives the stream, as one held by a traceback does
        raise OSError(27, "File too large")

    with pytest.raises(ExportError):
        write_atomically(tmp_path / "out.xlsx", write)
    kept.pop().close()  # would raise "seek of closed file" without the guard
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".out.xlsx")] == []
