# ruff: noqa: E501  (the table of cases reads best one case to a few lines)
"""Plans tampered with by another program (sqlite3, a script): each case made with sqlite3 directly.

The sample plan (goals 1-7: goal 1 the vision, 2, 3, 4, 6 and 7 under it, 5 under 2) is written,
then the case's statements run on a connection that keeps them in the -wal file, and the file and
its -wal are copied while that connection is still open: the copy is a plan as a crash leaves it,
with the tampering not yet checkpointed, so a checker that merged the -wal would change the file.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan

FIRST_CHECKIN_OF_2 = "(SELECT min(id) FROM checkins WHERE goal_id = 2)"
FIRST_PERIOD_OF_4 = "(SELECT min(id) FROM subtargets WHERE goal_id = 4)"
CHAIN = 1500


@dataclass(frozen=True)
class Tampering:
    """One way a plan was changed behind goalplanner's back, and what ``check`` must say about it."""

    name: str
    statements: tuple[str, ...]
    says: tuple[str, ...]  # each in check's report (the goal and field, and the gist)
    before: Callable[[Path], None] | None = None  # done to the file first, on a connection of its own
    params: tuple[object, ...] = field(default=())


def _without_not_null(path: Path) -> None:
    """Let checkins.actual hold NULL, as an edit of the schema text does."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'actual REAL NOT NULL', 'actual REAL') WHERE name = 'checkins'"
    )
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()


def _chain_statements() -> tuple[str, ...]:
    """1,500 goals, each under the one before, under goal 7 (goals 8 to 1507)."""
    return (
        f"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {CHAIN - 1}) "
        "INSERT INTO goals (id, title, start, state, parent_id, created, updated) "
        "SELECT 8 + i, 'level ' || (8 + i), '2025-01-06', 'active', 7 + i, '', '' FROM n",
    )


CHECKS = "PRAGMA ignore_check_constraints = ON"

CASES = [
    Tampering("title stored as a blob", ("UPDATE goals SET title = X'00ff10' WHERE id = 3",),
              ("goal 3, title: stored as binary data",)),
    Tampering("start not a date", ("UPDATE goals SET start = 'notadate' WHERE id = 2",),
              ("goal 2, start: 'notadate' is not a date",)),
    Tampering("deadline 2025-02-30", ("UPDATE goals SET deadline = '2025-02-30' WHERE id = 4",),
              ("goal 4, deadline: 2025-02-30 is not a real date",)),
    Tampering("actual 'abc'", (f"UPDATE checkins SET actual = 'abc' WHERE id = {FIRST_CHECKIN_OF_2}",),
              ("goal 2, check-in", "actual: the text 'abc', not a number")),
    Tampering("actual 'NaN'", (f"UPDATE checkins SET actual = 'NaN' WHERE id = {FIRST_CHECKIN_OF_2}",),
              ("goal 2, check-in", "actual: the text 'NaN', not a number")),
    Tampering("actual inf", (f"UPDATE checkins SET actual = 9e999 WHERE id = {FIRST_CHECKIN_OF_2}",),
              ("goal 2, check-in", "actual: inf is not a finite number")),
    Tampering("actual -inf", (f"UPDATE checkins SET actual = -9e999 WHERE id = {FIRST_CHECKIN_OF_2}",),
              ("goal 2, check-in", "actual: -inf is not a finite number")),
    Tampering("actual NULL", (f"UPDATE checkins SET actual = NULL WHERE id = {FIRST_CHECKIN_OF_2}",),
              ("goal 2, check-in", "actual: missing (empty), not a number", "the checkins table, actual: declared as REAL"),
              before=_without_not_null),
    Tampering("baseline inf", ("UPDATE goals SET baseline = 9e999 WHERE id = 5",),
              ("goal 5, baseline: inf is not a finite number",)),
    Tampering("planned -inf", (f"UPDATE subtargets SET planned = -9e999 WHERE id = {FIRST_PERIOD_OF_4}",),
              ("goal 4, sub-target", "planned: -inf is not a finite number")),
    Tampering("a dropped column", ("ALTER TABLE goals DROP COLUMN deadline",),
              ("the goals table, deadline: the column is missing from the file",)),
    Tampering("an emptied plan_info", ("DELETE FROM plan_info",),
              ("the plan_info table, plan_id: missing",)),
    Tampering("a bad cadence", (CHECKS, "UPDATE goals SET checkin_cadence = 'daily' WHERE id = 6"),
              ("goal 6, checkin_cadence: 'daily' is not one of weekly, biweekly, monthly",)),
    Tampering("a bad state", (CHECKS, "UPDATE goals SET state = 'paused' WHERE id = 7"),
              ("goal 7, state: 'paused' is not one of draft, active",)),
    Tampering("bad JSON in contributors", ("UPDATE goals SET contributors = '[\"Ann\", ' WHERE id = 2",),
              ("goal 2, contributors: not valid JSON",)),
    Tampering("bad JSON in staffing", ("UPDATE goals SET staffing = '{\"contacts\": Infinity}' WHERE id = 3",),
              ("goal 3, staffing: not valid JSON",)),
    Tampering("a sub-target ending before it starts",
              (f"UPDATE subtargets SET period_end = date(period_start, '-3 days') WHERE id = {FIRST_PERIOD_OF_4}",),
              ("goal 4, sub-target", "period_end: the period ends", "before it starts")),
    Tampering("a parent loop 2-3", ("UPDATE goals SET parent_id = 3 WHERE id = 2", "UPDATE goals SET parent_id = 2 WHERE id = 3"),
              ("goal 2, parent_id: the parents make a loop: goal 2 → 3 → 2", "1 other goal sits under a loop")),
    Tampering("a goal its own parent", ("UPDATE goals SET parent_id = 1 WHERE id = 1",),
              ("goal 1, parent_id: the goal is its own parent",)),
    Tampering("a 1,500-level chain", _chain_statements(),
              ("goal 107, parent_id: the goal sits 101 levels below its top goal, deeper than goalplanner allows",)),
    Tampering("a trigger that deletes goals",
              ("CREATE TRIGGER wipe AFTER UPDATE ON goals BEGIN DELETE FROM goals; END",),
              ("the goals table, trigger wipe: a trigger on goals that goalplanner did not make",)),
    Tampering("a foreign view and index",
              ("CREATE VIEW everything AS SELECT * FROM goals", "CREATE INDEX by_team ON goals(team)"),
              ("the plan, view everything: a view that goalplanner did not make",
               "the goals table, index by_team: an index on goals that goalplanner did not make")),
    Tampering("a parent that does not exist", ("PRAGMA foreign_keys = OFF", "UPDATE goals SET parent_id = 99 WHERE id = 6"),
              ("goal 6, parent_id: its parent, goal 99, does not exist",)),
    Tampering("a check-in of no goal",
              ("PRAGMA foreign_keys = OFF", f"UPDATE checkins SET goal_id = 77 WHERE id = {FIRST_CHECKIN_OF_2}"),
              ("check-in", "goal_id: belongs to goal 77, which does not exist")),
    Tampering("bad JSON in a draft", ("INSERT INTO wizard_drafts (payload, updated) VALUES ('{oops', '')",),
              ("draft 1, payload: not valid JSON",)),
]  # fmt: skip


def sample_plan(path: Path) -> Path:
    """The sample plan, written as goalplanner writes it (no backup folder needed)."""
    with Store.open(path, backup_root=path.parent / "backups", daily_backup=False) as store:
        write_sample_plan(store, date(2025, 3, 12))
    return path


def tamper(folder: Path, case: Tampering, name: str = "tampered.goalplan") -> Path:
    """A copy of the sample plan with ``case`` done to it, the change still in the -wal beside it."""
    source = sample_plan(folder / f"source-{name}")
    if case.before is not None:
        case.before(source)
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        for statement in case.statements:
            conn.execute(statement)
        target = folder / name
        shutil.copyfile(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    finally:
        conn.close()
    return target


def file_bytes(path: Path) -> dict[str, bytes | None]:
    """The plan file and its -wal, byte for byte (None for a file that is not there)."""
    found = {}
    for suffix in ("", "-wal"):
        part = path.with_name(path.name + suffix)
        found[suffix or "file"] = part.read_bytes() if part.exists() else None
    return found
