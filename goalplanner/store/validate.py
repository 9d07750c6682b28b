"""Everything the app relies on in a plan file, checked without writing a byte.

A plan file can be edited by other programs (sqlite3, a script, a sync tool gone wrong). ``validate``
says what in it goalplanner could not have written, each problem by goal and field in plain English:

- the schema's shape against what ``schema.MIGRATIONS`` make (tables, columns, their types and
  rules, links; no trigger, view or index the app did not make);
- every row the app reads: text is text, dates are real ISO dates, numbers are finite, choices are
  among the app's, JSON parses to what the app expects, a sub-target does not end before it starts;
- the plan's id in ``plan_info``;
- references: every parent, plan period, check-in and draft belongs to a goal that exists;
- the hierarchy: no loop of parents (a goal its own parent, 2 under 3 under 2), no chain deeper
  than ``MAX_DEPTH``.

It is cheap enough for every open (about 30 ms for a 10,000-goal plan): SQLite picks out the
suspect rows in one query per table and only those are looked at in Python, with the same checks
the row readers (``goalplanner.store.rows``) apply.

For the window and the commands::

    problems = validate(store)        # [] when sound; a Store or an sqlite3 connection
    require_sound(store)              # raises DamagedPlanError (a StoreError) listing them
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from goalplanner.core.hierarchy import MAX_DEPTH
from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.model import (
    ACTUALS_FROM,
    CADENCES,
    CONFIDENCES,
    CURVES,
    DIRECTIONS,
    MAX_RATE,
    PERIODS,
    ROLLUP_RULES,
    STAFFING_NUMBERS,
    STATES,
)
from goalplanner.store import schema
from goalplanner.store.errors import CorruptFileError, StoreError
from goalplanner.store.rows import (
    GOAL_FLAGS,
    GOAL_NUMBERS,
    GOAL_TEXT,
    PLAN_SHAPE_FIELDS,
    STAFFING_CHOICES,
    BadRowError,
    describe,
    goal_id_of,
    row_problems,
)

if TYPE_CHECKING:
    from goalplanner.store.store import Store

__all__ = [
    "BULK_TABLES",
    "MAX_DEPTH",
    "BadRowError",
    "DamagedPlanError",
    "PlanProblem",
    "require_sound",
    "validate",
]

#: The tables with many rows per goal, which ``validate(every_row=False)`` leaves to the readers.
BULK_TABLES = ("subtargets", "checkins")


@dataclass(frozen=True)
class PlanProblem:
    """One thing wrong with a plan file.

    ``goal_id`` is the goal it concerns (None for the file as a whole, such as a foreign trigger or a
    missing column); ``field`` the column, or the table, trigger, view or index; ``message`` plain
    English. ``table`` and ``row_id`` say which row when it is not the goal's own (a check-in, a
    plan period, a draft).
    """

    goal_id: int | None
    field: str
    message: str
    table: str = "goals"
    row_id: int | None = None

    def english(self) -> str:
        """One line: ``goal 3, start: 'notadate' is not a date (YYYY-MM-DD)``."""
        return describe(self.table, self.row_id, self.goal_id, self.field, self.message)

    def __str__(self) -> str:
        return self.english()


class DamagedPlanError(CorruptFileError):
    """The plan holds something the app could not have written; ``problems`` says what."""

    template = QT_TRANSLATE_NOOP(
        "StoreError",
        "{path} is damaged: {first}{more}. It was left untouched; `goalplanner check` lists every "
        "problem, or restore the plan from a backup.",
    )

    def __init__(self, path: object, problems: list[PlanProblem]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(path, first=problems[0].english(), more=more)


def require_sound(store: Store) -> None:
    """Raise ``DamagedPlanError`` when ``validate`` finds anything wrong with the open plan."""
    problems = validate(store)
    if problems:
        raise DamagedPlanError(store.path, problems)


def validate(source: Store | sqlite3.Connection, *, every_row: bool = True) -> list[PlanProblem]:
    """Everything wrong with the plan (a ``Store`` or a connection to a plan file); [] when sound.

    Reads only. Damage below the schema (a corrupt page) is reported as one problem, not raised.
    ``every_row=False`` leaves out the rows of the plan periods and check-ins (the bulk of a big plan,
    read goal by goal, where a bad row raises ``BadRowError`` naming its goal and field): what is left,
    the schema, every goal, the plan's id, the parents and the hierarchy, takes a few tens of ms at
    10,000 goals, for the window to run before it shows the plan; the whole takes under a second.
    """
    conn: sqlite3.Connection = source if isinstance(source, sqlite3.Connection) else source.db.conn
    problems: list[PlanProblem] = []
    try:
        version = schema.current_version(conn)
        if version > schema.schema_version():
            return [
                PlanProblem(
                    None, "", f"the file is in format {version}, newer than this goalplanner's", table=""
                )
            ]
        columns = _schema_problems(conn, version, problems)
        if not every_row:
            columns = {table: found for table, found in columns.items() if table not in BULK_TABLES}
        for table, present in columns.items():
            if table in _RULES:
                problems += _row_problems(conn, table, present)
        if "plan_info" in columns:
            problems += _plan_info_problems(conn)
        problems += _reference_problems(conn, columns)
        if {"id", "parent_id"} <= columns.get("goals", set()):
            problems += _hierarchy_problems(conn)
    except sqlite3.DatabaseError as exc:
        problems.append(PlanProblem(None, "", f"part of the file cannot be read ({exc})", table=""))
    return problems


# -- the schema -------------------------------------------------------------------------------------


def _normal(sql: str | None) -> str:
    """SQL text without the spacing and case differences that mean nothing."""
    text = re.sub(r"\s+", " ", (sql or "").lower())
    return re.sub(r" ?([(),=]) ?", r"\1", text).strip()


def _master(conn: sqlite3.Connection) -> dict[str, tuple[str, str, str | None]]:
    rows = conn.execute(
        "SELECT name, type, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
    )
    return {name: (kind, table, sql) for name, kind, table, sql in rows}


def _schema_problems(
    conn: sqlite3.Connection, version: int, problems: list[PlanProblem]
) -> dict[str, set[str]]:
    """Compare the file's schema with what the migrations up to its version make; return the app's
    tables that are there, each with its columns."""
    reference = schema.reference(version)
    try:
        expected, found = _master(reference), _master(conn)
        present: dict[str, set[str]] = {}
        for name, (kind, table, _sql) in found.items():
            if name in expected and expected[name][0] == kind:
                continue
            what = {"table": "a table", "index": "an index", "view": "a view", "trigger": "a trigger"}.get(
                kind, kind
            )
            on = f" on {table}" if kind in ("index", "trigger") else ""
            harm = ""
            if kind == "trigger":
                harm = "; it could change or delete goals behind goalplanner's back"
            elif kind == "index":
                harm = "; it can refuse or slow down goalplanner's writes"
            problems.append(
                PlanProblem(
                    None,
                    f"{kind} {name}",
                    f"{what}{on} that goalplanner did not make{harm}",
                    table="" if kind in ("table", "view") else table,
                )
            )
        for name, (kind, table, sql) in expected.items():
            if name not in found:
                if kind == "table":
                    problems.append(PlanProblem(None, "", "the table is missing", table=name))
                else:
                    problems.append(
                        PlanProblem(None, f"{kind} {name}", "missing (goalplanner made it)", table=table)
                    )
                continue
            if kind == "index" and _normal(sql) != _normal(found[name][2]):
                problems.append(
                    PlanProblem(None, f"index {name}", "differs from the one goalplanner made", table=table)
                )
            if kind == "table" and found[name][0] == "table":
                present[name] = _table_problems(conn, reference, name, sql, found[name][2], problems)
        return present
    finally:
        reference.close()


def _table_problems(
    conn: sqlite3.Connection,
    reference: sqlite3.Connection,
    table: str,
    expected_sql: str | None,
    found_sql: str | None,
    problems: list[PlanProblem],
) -> set[str]:
    """Columns and links of one of the app's tables against the reference; return its columns."""
    info = 'SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?)'
    want = {row[0]: row[1:] for row in reference.execute(info, [table])}
    have = {row[0]: row[1:] for row in conn.execute(info, [table])}
    before = len(problems)
    for column in want:
        if column not in have:
            problems.append(PlanProblem(None, column, "the column is missing from the file", table=table))
    for column, shape in have.items():
        if column not in want:
            problems.append(PlanProblem(None, column, "a column goalplanner did not make", table=table))
        elif shape != want[column]:
            problems.append(
                PlanProblem(
                    None,
                    column,
                    f"declared as {_shape(shape)}; goalplanner made it {_shape(want[column])}",
                    table=table,
                )
            )
    links = 'SELECT "from", "table", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY 1'
    if reference.execute(links, [table]).fetchall() != conn.execute(links, [table]).fetchall():
        problems.append(
            PlanProblem(
                None, "", "its links to other tables differ from the ones goalplanner made", table=table
            )
        )
    if len(problems) == before and _normal(expected_sql) != _normal(found_sql):
        problems.append(
            PlanProblem(
                None,
                "",
                "its definition (rules on what it may hold) differs from the one goalplanner made",
                table=table,
            )
        )
    return set(have)


def _shape(shape: tuple[Any, ...]) -> str:
    kind, notnull, default, pk = shape
    words = [kind or "untyped"]
    if notnull:
        words.append("NOT NULL")
    if default is not None:
        words.append(f"DEFAULT {default}")
    if pk:
        words.append("PRIMARY KEY")
    return " ".join(words)


# -- rows -------------------------------------------------------------------------------------------
# For each column the app reads, an SQL test true for every value the rows' checks could object to
# (it may pick out more; rows.row_problems then has the last word and the wording).


_LARGEST = "1.7976931348623157e308"  # the largest finite float: infinity lies beyond it


def _text(c: str) -> str:
    return f"typeof({c}) != 'text'"


def _nullable(test: str, c: str, required: bool) -> str:
    """``test`` for a value that is there; a missing one is bad only when ``required``."""
    return f"{c} IS NULL OR {test}" if required else f"{c} IS NOT NULL AND ({test})"


def _date(c: str, required: bool = True) -> str:
    # julianday() reads any date-like text and rolls 2025-02-30 over into March; date() writes it back
    # as YYYY-MM-DD: only a real date in that form (and not in year 0, which Python has not) survives.
    return _nullable(f"date(julianday({c})) IS NOT {c} OR {c} < '0001'", c, required)


def _number(c: str, required: bool = True) -> str:
    # Text and binary data sort after every number, and infinity beyond the largest float.
    return _nullable(f"NOT ({c} BETWEEN -{_LARGEST} AND {_LARGEST})", c, required)


def _integer(c: str, required: bool = True) -> str:
    return f"typeof({c}) != 'integer'" if required else f"typeof({c}) NOT IN ('integer', 'null')"


def _flag(c: str, required: bool = True) -> str:
    return _nullable(f"{c} NOT IN (0, 1)", c, required)


def _count(c: str) -> str:
    return _nullable(f"typeof({c}) != 'integer' OR {c} < 0", c, False)


def _choice(choices: Iterable[str]) -> Any:
    listed = ", ".join(f"'{choice}'" for choice in choices)
    return lambda c: f"{c} IS NULL OR {c} NOT IN ({listed})"


def _json(c: str, shape: str, member: str = "0", *, optional: bool = False) -> str:
    empty = f"WHEN {c} IS NULL OR {c} = '' THEN 0 " if optional else ""
    return (
        f"CASE {empty}WHEN typeof({c}) != 'text' OR NOT json_valid({c}) THEN 1 "
        f"WHEN json_type({c}) != '{shape}' THEN 1 "
        f"ELSE EXISTS (SELECT 1 FROM json_each({c}) WHERE {member}) END"
    )


def _plan_shape(c: str) -> str:
    # Any key outside the shape's, or a shape the rows' check would refuse: looked at in Python.
    keys = ", ".join(f"'{name}'" for name in PLAN_SHAPE_FIELDS)
    curves = ", ".join(f"'{curve}'" for curve in CURVES)
    return (
        f"{c} IS NOT NULL AND {c} != '' AND (typeof({c}) != 'text' OR NOT json_valid({c}) "
        f"OR json_type({c}) != 'object' "
        f"OR EXISTS (SELECT 1 FROM json_each({c}) WHERE key NOT IN ({keys})) "
        f"OR coalesce(json_type({c}, '$.curve'), 'text') != 'text' "
        f"OR coalesce(json_extract({c}, '$.curve'), 'linear') NOT IN ({curves}) "
        f"OR coalesce(json_type({c}, '$.every'), 'text') != 'text' "
        f"OR coalesce(json_extract({c}, '$.every'), 'month') NOT IN ('month', 'week') "
        f"OR json_type({c}, '$.rate') NOT IN ('integer', 'real', 'null') "
        f"OR json_extract({c}, '$.rate') <= -1 OR json_extract({c}, '$.rate') > {MAX_RATE} "
        f"OR coalesce(json_type({c}, '$.profile'), 'array') != 'array' "
        f"OR json_array_length(coalesce(json_extract({c}, '$.profile'), '[]')) NOT IN (0, 12) "
        f"OR EXISTS (SELECT 1 FROM json_each({c}, '$.profile') "
        f"WHERE type NOT IN ('integer', 'real') OR value < 0 OR value > {_LARGEST}) "
        f"OR (json_extract({c}, '$.curve') = 'seasonal' AND coalesce((SELECT sum(value) "
        f"FROM json_each({c}, '$.profile')), 0) <= 0))"
    )


def _listed(names: Iterable[str]) -> str:
    return ", ".join(f"'{name}'" for name in names)


_STAFFING_NUMBERS = _listed(STAFFING_NUMBERS)
_NUMBER_VALUE = f"type NOT IN ('integer', 'real') OR abs(value) > {_LARGEST}"
# One member of the calculator's JSON object: numbers, choices, and twelve monthly volumes.
_STAFFING_MEMBER = (
    f"CASE WHEN key IN ({_STAFFING_NUMBERS}) THEN {_NUMBER_VALUE} "
    + "".join(
        f"WHEN key = '{name}' THEN type != 'text' OR value NOT IN ({_listed(choices)}) "
        for name, choices in STAFFING_CHOICES.items()
    )
    + "WHEN key = 'volume_profile' THEN type != 'array' OR json_array_length(json_each.value) NOT IN (0, 12) "
    "OR EXISTS (SELECT 1 FROM json_each(json_each.value) AS month "
    f"WHERE month.type NOT IN ('integer', 'real') OR month.value < 0 OR month.value > {_LARGEST}) "
    "ELSE 1 END"
)
_RULES: dict[str, dict[str, Any]] = {
    "goals": {
        **dict.fromkeys(GOAL_TEXT, _text),
        "contributors": lambda c: _json(c, "array", "type != 'text'"),
        "start": _date,
        "deadline": lambda c: _date(c, False),
        "baseline_date": lambda c: _date(c, False),
        "signed_off_on": lambda c: _date(c, False),
        "checkin_cadence": _choice(CADENCES),
        "direction": _choice(DIRECTIONS),
        "state": _choice(STATES),
        "parent_id": lambda c: _integer(c, False),
        "guardrail_id": lambda c: _integer(c, False),
        "actuals_from": _choice(ACTUALS_FROM),
        "rollup_rule": _choice(ROLLUP_RULES),
        **dict.fromkeys(
            GOAL_NUMBERS,
            lambda c: _number(c, False),
        ),
        **dict.fromkeys(GOAL_FLAGS, lambda c: _flag(c, False)),
        "headcount": _count,
        "staffing": lambda c: _json(c, "object", _STAFFING_MEMBER, optional=True),
        "plan_shape": _plan_shape,
    },
    "subtargets": {
        "goal_id": _integer,
        "period": _choice(PERIODS),
        "label": _text,
        "period_start": _date,
        "period_end": _date,
        "planned": _number,
        "locked": _flag,
    },
    "checkins": {
        "goal_id": _integer,
        "on_date": _date,
        "actual": _number,
        "note": _text,
        "numerator": lambda c: _number(c, False),
        "denominator": lambda c: _number(c, False),
        "confidence": lambda c: f"{c} IS NOT NULL AND {_choice(CONFIDENCES)(c)}",
        "next_step": _text,
        "volume": lambda c: _number(c, False),
    },
    "wizard_drafts": {
        "goal_id": lambda c: _integer(c, False),
        "payload": lambda c: _json(c, "object"),
        "updated": _text,
    },
    "linked_plans": {
        "goal_id": _integer,
        "path": lambda c: f"{_text(c)} OR trim({c}) = ''",
        "label": _text,
        "added": _text,
    },
}


def _row_problems(conn: sqlite3.Connection, table: str, columns: set[str]) -> list[PlanProblem]:
    """The problems of every row of ``table`` (only the columns it has: a missing one is said once)."""
    tests = [rule(f'"{column}"') for column, rule in _RULES[table].items() if column in columns]
    if table == "subtargets" and {"period_start", "period_end"} <= columns:
        tests.append("period_end < period_start")
    if not tests or "id" not in columns:
        return []
    cursor = conn.execute(f'SELECT * FROM "{table}" WHERE ' + " OR ".join(f"({test})" for test in tests))
    names = [d[0] for d in cursor.description]
    found = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        goal_id = goal_id_of(table, row)
        goal_id = goal_id if type(goal_id) is int else None
        for field, message in row_problems(table, row):
            if field in columns:  # a missing column is a problem of the table, said once
                found.append(PlanProblem(goal_id, field, message, table=table, row_id=row.get("id")))
    return found


def _plan_info_problems(conn: sqlite3.Connection) -> list[PlanProblem]:
    row = conn.execute("SELECT value FROM plan_info WHERE key = 'plan_id'").fetchone()
    if row is None:
        return [
            PlanProblem(
                None,
                "plan_id",
                "missing: the plan has lost its id (workbooks exported from it are matched by it)",
                table="plan_info",
            )
        ]
    if type(row[0]) is not str or not row[0].strip():
        return [
            PlanProblem(None, "plan_id", "empty or not text: the plan has lost its id", table="plan_info")
        ]
    return []


# -- references and the hierarchy -------------------------------------------------------------------


def _reference_problems(conn: sqlite3.Connection, columns: dict[str, set[str]]) -> list[PlanProblem]:
    if "id" not in columns.get("goals", set()):
        return []
    found = []
    if "parent_id" in columns["goals"]:
        sql = (
            "SELECT id, parent_id FROM goals WHERE typeof(parent_id) = 'integer' "
            "AND parent_id NOT IN (SELECT id FROM goals)"
        )
        for goal_id, parent in conn.execute(sql):
            found.append(PlanProblem(goal_id, "parent_id", f"its parent, goal {parent}, does not exist"))
    if "guardrail_id" in columns["goals"]:
        sql = (
            "SELECT id, guardrail_id FROM goals WHERE typeof(guardrail_id) = 'integer' "
            "AND (guardrail_id = id OR guardrail_id NOT IN (SELECT id FROM goals))"
        )
        for goal_id, guard in conn.execute(sql):
            message = (
                "it is its own guardrail"
                if guard == goal_id
                else f"its guardrail, goal {guard}, does not exist"
            )
            found.append(PlanProblem(goal_id, "guardrail_id", message))
    for table in ("subtargets", "checkins", "wizard_drafts", "linked_plans"):
        if {"id", "goal_id"} <= columns.get(table, set()):
            sql = (
                f"SELECT id, goal_id FROM \"{table}\" WHERE typeof(goal_id) = 'integer' "
                "AND goal_id NOT IN (SELECT id FROM goals)"
            )
            for row_id, goal_id in conn.execute(sql):
                message = f"belongs to goal {goal_id}, which does not exist"
                found.append(PlanProblem(None, "goal_id", message, table=table, row_id=row_id))
    return found


def _other_goals(count: int) -> str:
    return "1 other goal sits" if count == 1 else f"{count} other goals sit"


_IN_LOOP = -(10**9)  # the depth of a goal in or under a loop of parents


def _hierarchy_problems(conn: sqlite3.Connection) -> list[PlanProblem]:
    """Loops of parents and chains deeper than ``MAX_DEPTH`` (a missing parent counts as none)."""
    parent_of: dict[int, int | None] = {
        goal_id: parent
        for goal_id, parent in conn.execute(
            "SELECT id, CASE typeof(parent_id) WHEN 'integer' THEN parent_id END "
            "FROM goals WHERE typeof(id) = 'integer' ORDER BY id"
        )
    }
    depth: dict[int, int] = {}
    loops: list[list[int]] = []
    for start in parent_of:
        path: list[int] = []
        on_path: dict[int, int] = {}
        node: int | None = start
        while node is not None and node not in depth and node not in on_path:
            on_path[node] = len(path)
            path.append(node)
            parent = parent_of[node]
            node = parent if parent in parent_of else None
        if node is None:
            base = -1
        elif node in on_path:
            loops.append(path[on_path[node] :])
            base = _IN_LOOP
        else:
            base = depth[node]
        for goal_id in reversed(path):
            base = _IN_LOOP if base == _IN_LOOP else base + 1
            depth[goal_id] = base
    found = []
    under_loops = sum(1 for d in depth.values() if d == _IN_LOOP) - sum(len(loop) for loop in loops)
    for loop in loops:
        first = loop.index(min(loop))
        loop = loop[first:] + loop[:first]
        if len(loop) == 1:
            message = "the goal is its own parent"
        else:
            chain = " → ".join(str(goal_id) for goal_id in [*loop, loop[0]])
            message = f"the parents make a loop: goal {chain} (each sits under the next)"
        found.append(PlanProblem(loop[0], "parent_id", message))
    if under_loops and found:
        last = found[-1]
        found[-1] = PlanProblem(
            last.goal_id, last.field, f"{last.message}; {_other_goals(under_loops)} under a loop"
        )
    for goal_id, d in depth.items():
        if d == MAX_DEPTH + 1:
            message = (
                f"the goal sits {d} levels below its top goal, deeper than goalplanner allows "
                f"({MAX_DEPTH}); so do the goals under it"
            )
            found.append(PlanProblem(goal_id, "parent_id", message))
    return found


def refuse_damaged(path: Path) -> bool:
    """Raise ``DamagedPlanError`` when ``validate`` finds the plan at ``path`` damaged (or
    ``ForeignWalError`` when another plan's -wal lies beside it), read through a read-only connection
    *before* anything opens it to write (closing a writer would fold its -wal into the file, which
    must stay byte-identical when refused). Anything that stops the reader (no file yet, an older
    format, a file that is no plan) is left to ``Store.open``, which explains it.

    True when the whole plan was validated and found sound, False when the reader could not read it
    (then nothing was validated: a caller that opens it anyway validates what it opened)."""
    from goalplanner.store.store import Store, check_wal

    check_wal(path)  # another plan's -wal would be read as part of this one: ForeignWalError
    try:
        reader = Store.open_reader(path)
    except (OSError, StoreError, sqlite3.Error):
        return False
    try:
        problems = validate(reader)
    finally:
        reader.close()
    if problems:
        raise DamagedPlanError(reader.path, problems)
    return True
