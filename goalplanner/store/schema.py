"""The plan file's tables, as numbered migrations.

Each step is a list of SQL statements frozen in time: never edit a released
step, add the next one. ``migrate`` runs every step in its own transaction
together with the ``PRAGMA user_version`` bump, so a failure leaves the file at
the last complete version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

MIGRATION_1 = (
    """
    CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        team TEXT NOT NULL DEFAULT '',
        scope TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        contributors TEXT NOT NULL DEFAULT '[]',
        reviewer TEXT NOT NULL DEFAULT '',
        start TEXT NOT NULL,
        deadline TEXT,
        checkin_cadence TEXT NOT NULL DEFAULT 'weekly'
            CHECK (checkin_cadence IN ('weekly', 'biweekly', 'monthly')),
        why TEXT NOT NULL DEFAULT '',
        parent_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
        strategy TEXT NOT NULL DEFAULT '',
        kpi TEXT NOT NULL DEFAULT 'custom',
        unit TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease', 'range')),
        baseline REAL,
        baseline_date TEXT,
        target REAL,
        stretch_target REAL,
        range_low REAL,
        range_high REAL,
        staff_available INTEGER,
        staff_plan TEXT NOT NULL DEFAULT '',
        budget_available INTEGER,
        budget_plan TEXT NOT NULL DEFAULT '',
        skills_available INTEGER,
        skills_plan TEXT NOT NULL DEFAULT '',
        headcount INTEGER,
        budget_amount REAL,
        skills_needed TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'draft'
            CHECK (state IN ('draft', 'active', 'achieved', 'missed', 'dropped')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )
    """,
    "CREATE INDEX goals_parent ON goals(parent_id)",
    """
    CREATE TABLE subtargets (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        period TEXT NOT NULL CHECK (period IN ('month', 'week')),
        label TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        planned REAL NOT NULL,
        locked INTEGER NOT NULL DEFAULT 0,
        UNIQUE (goal_id, period, label)
    )
    """,
    """
    CREATE TABLE checkins (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        on_date TEXT NOT NULL,
        actual REAL NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        numerator REAL,
        denominator REAL,
        created TEXT NOT NULL
    )
    """,
    "CREATE INDEX checkins_goal_date ON checkins(goal_id, on_date)",
)

MIGRATION_2 = (
    # The staffing calculator's inputs (JSON of core.model.StaffingInputs) and the contacts a budget covers.
    "ALTER TABLE goals ADD COLUMN staffing TEXT",
    "ALTER TABLE goals ADD COLUMN budget_contacts REAL",
    # The wizard saves what was typed on every page change, so a crash loses nothing.
    """
    CREATE TABLE wizard_drafts (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER REFERENCES goals(id) ON DELETE CASCADE,
        payload TEXT NOT NULL,
        updated TEXT NOT NULL
    )
    """,
)

MIGRATION_3 = (
    # The plan's own identity: a workbook exported from it carries the id, so its actuals are
    # imported into this plan (or a copy of it) and refused by any other.
    "CREATE TABLE plan_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT INTO plan_info (key, value) VALUES ('plan_id', lower(hex(randomblob(16))))",
)

MIGRATION_4 = (
    # The plan's shape chosen in the wizard (JSON of core.model.PlanShape); NULL, as in every plan
    # before it, is a straight line.
    "ALTER TABLE goals ADD COLUMN plan_shape TEXT",
)

MIGRATION_5 = (
    # Closing a goal (core.model.Goal): the metric's final value, what was learned, the reviewer's
    # sign-off. NULL / '' in every plan before: nothing was closed.
    "ALTER TABLE goals ADD COLUMN final_value REAL",
    "ALTER TABLE goals ADD COLUMN lessons TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE goals ADD COLUMN signed_off_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE goals ADD COLUMN signed_off_on TEXT",
    # The owner's confidence at a check-in (core.model.CONFIDENCES; NULL: not said) and the blocker
    # or next step.
    "ALTER TABLE checkins ADD COLUMN confidence TEXT "
    "CHECK (confidence IS NULL OR confidence IN ('on_track', 'at_risk', 'off_track'))",
    "ALTER TABLE checkins ADD COLUMN next_step TEXT NOT NULL DEFAULT ''",
)

MIGRATION_6 = (
    # Agent goals (core.agents): a goal that is one person's share of its parent team goal names the
    # person; '' in every plan before: no goal was one person's share.
    "ALTER TABLE goals ADD COLUMN person TEXT NOT NULL DEFAULT ''",
    # Where a team goal's actuals come from: its own check-ins, or derived from its agents' goals.
    "ALTER TABLE goals ADD COLUMN actuals_from TEXT NOT NULL DEFAULT 'own' "
    "CHECK (actuals_from IN ('own', 'agents'))",
    # How a goal's status rolls up its sub-goals: worst wins (as before), or weighted by their weights.
    "ALTER TABLE goals ADD COLUMN rollup_rule TEXT NOT NULL DEFAULT 'worst' "
    "CHECK (rollup_rule IN ('worst', 'weighted'))",
    # This goal's weight (per cent) in its parent's weighted roll-up; NULL: an equal share.
    "ALTER TABLE goals ADD COLUMN rollup_weight REAL",
    # The goal guarding this one (a speed, cost or volume goal's quality partner): its status is
    # shown beside this goal's wherever that appears.
    "ALTER TABLE goals ADD COLUMN guardrail_id INTEGER REFERENCES goals(id) ON DELETE SET NULL",
    # The contacts behind an average (handle time by contacts handled), so a team's average is
    # weighted by volume; NULL: not said.
    "ALTER TABLE checkins ADD COLUMN volume REAL",
    # Another team lead's plan file shown read-only under one of this plan's goals (department view).
    """
    CREATE TABLE linked_plans (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        added TEXT NOT NULL
    )
    """,
)

# MIGRATIONS[i] takes a file from version i to version i + 1.
MIGRATIONS: list[Sequence[str]] = [
    MIGRATION_1,
    MIGRATION_2,
    MIGRATION_3,
    MIGRATION_4,
    MIGRATION_5,
    MIGRATION_6,
]

# The tables of the current version.
TABLES = ("goals", "subtargets", "checkins", "wizard_drafts", "plan_info", "linked_plans")
# The tables every version since 1 has: a file without them is damaged.
CORE_TABLES = ("goals", "subtargets", "checkins")


def schema_version() -> int:
    """The file format version this build writes."""
    return len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    """The format version recorded in the file."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Bring the file up to ``schema_version()``, one transaction per step; return versions reached."""
    reached = []
    for version in range(current_version(conn), len(MIGRATIONS)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        reached.append(version + 1)
    return reached


def reference(version: int | None = None) -> sqlite3.Connection:
    """A new in-memory database holding exactly what the migrations up to ``version`` make (default:
    this build's). ``validate`` compares a plan file's schema with it; it never touches a file."""
    version = schema_version() if version is None else version
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for step in MIGRATIONS[:version]:
        for statement in step:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version:d}")
    return conn
