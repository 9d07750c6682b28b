"""The plan file: open it safely, read and write goals, plans and check-ins.

One ``Store`` wraps one SQLite connection (sqlite-utils on top of it). Writes
that belong together run in one ``BEGIN IMMEDIATE`` transaction; SQLite errors
that come from the environment (busy, read-only, disk full, damaged file)
become ``StoreError`` subclasses, anything else is a bug and propagates.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

from goalplanner import paths
from goalplanner.core.agents import TeamActual
from goalplanner.core.hierarchy import MAX_DEPTH, Link, would_loop
from goalplanner.core.linked import LinkedPlan
from goalplanner.core.model import CheckIn, Goal, SubTarget, require_storable
from goalplanner.store import backup, schema, team
from goalplanner.store._sqlite_utils import sqlite_utils
from goalplanner.store.errors import (
    BackupError,
    BusyError,
    CorruptFileError,
    DiskFullError,
    ForeignWalError,
    MigrationError,
    NewerSchemaError,
    ReadOnlyError,
    StoreError,
)
from goalplanner.store.fileformat import APPLICATION_ID, HEADER_SIZE, SQLITE_MAGIC, identify, read_header
from goalplanner.store.rows import (
    checkin_to_row,
    goal_to_row,
    row_to_checkin,
    row_to_goal,
    row_to_linked_plan,
    row_to_subtarget,
    subtarget_to_row,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

# Seconds a write waits for another program's write lock before giving up with BusyError.
BUSY_TIMEOUT = 3.0

_ENVIRONMENT_ERRORS: dict[str, type[StoreError]] = {
    "SQLITE_BUSY": BusyError,
    "SQLITE_LOCKED": BusyError,
    "SQLITE_FULL": DiskFullError,
    "SQLITE_READONLY": ReadOnlyError,
    "SQLITE_CORRUPT": CorruptFileError,
    "SQLITE_NOTADB": CorruptFileError,
    "SQLITE_IOERR": StoreError,
    "SQLITE_CANTOPEN": StoreError,
    "SQLITE_PERM": ReadOnlyError,
}


# The id of each goal's latest check-in (by date, then by entry order); uses checkins_goal_date.
_LATEST_CHECKIN_IDS = (
    "SELECT (SELECT c.id FROM checkins c WHERE c.goal_id = g.id ORDER BY c.on_date DESC, c.id DESC LIMIT 1) "
    "FROM goals g"
)


# How many goals sit above goal ?1 (0 for a top goal), and how many levels of sub-goals lie below it;
# neither counts beyond ?2. A parent that is not among the goals counts as none.
_LEVELS_UP = """
    WITH RECURSIVE up(id, level) AS (
        SELECT ?1, 0
        UNION ALL
        SELECT g.parent_id, up.level + 1 FROM goals g JOIN up ON g.id = up.id
        WHERE g.parent_id IS NOT NULL AND up.level < ?2
            AND EXISTS (SELECT 1 FROM goals p WHERE p.id = g.parent_id)
    )
    SELECT max(level) FROM up
"""
_LEVELS_DOWN = """
    WITH RECURSIVE down(id, level) AS (
        SELECT ?1, 0
        UNION ALL
        SELECT g.id, down.level + 1 FROM goals g JOIN down ON g.parent_id = down.id WHERE down.level < ?2
    )
    SELECT max(level) FROM down
"""


@dataclass(frozen=True)
class Draft:
    """A wizard session that did not finish: what was typed, and when."""

    id: int
    goal_id: int | None  # the goal being edited, None for a new goal
    payload: dict[str, Any]
    updated: str  # ISO timestamp, UTC


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextlib.contextmanager
def environment_errors(path: Path) -> Iterator[None]:
    """Turn SQLite errors caused by the file or machine into ``StoreError``; let bugs through."""
    try:
        yield
    except sqlite3.Error as exc:
        error = environment_error(path, exc)
        if error is None:
            raise
        raise error from exc


def environment_error(path: Path, exc: sqlite3.Error) -> StoreError | None:
    """The ``StoreError`` for an SQLite error caused by the file or machine, None for a bug."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, error in _ENVIRONMENT_ERRORS.items():
        if name == prefix or name.startswith(prefix + "_"):
            return error(path, reason=str(exc))
    return None


class Store:
    """A goalplanner plan file, opened for reading and writing."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, backup_root: Path, busy_timeout: float = BUSY_TIMEOUT
    ) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self._conn = conn
        self._closed = False
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        self.backup_dir = backup.rotation_dir(backup_root, path)
        # Why the automatic backup on opening could not be written (the plan opened all the same).
        self.backup_problem: BackupError | None = None
        # Every transaction stamps plan_info once the plan is in this version's format (see check_wal).
        self._stamps_writes = False

    # -- opening and closing ------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        create: bool = True,
        backup_root: Path | None = None,
        busy_timeout: float = BUSY_TIMEOUT,
        daily_backup: bool = True,
        replace_unfinished: bool = False,
        handed_over: bool = False,
    ) -> Store:
        """Open (or create) the plan at ``path``, default the user's data folder; refuse unsafe files.

        A new plan is made whole under a temporary name and then moved into place (see ``create``).
        ``replace_unfinished`` (with ``create``): a file that holds no plan and nothing else (see
        ``is_unfinished``: 0 bytes, or left half-made by a crash) is replaced by a new plan instead
        of refused. A backup that cannot be written never stops the plan from opening: the reason
        is logged and kept in ``backup_problem``.

        ``handed_over``: the store is opened (checked, backed up, read) on one thread and then handed to
        another, which alone uses it from then on -- the window opens a big plan on a worker and gives
        the store to the GUI thread. Its connection is made without sqlite3's same-thread check; that is
        safe because the two threads never use it at once (the opening thread never touches it after
        handing it over, and SQLite is built serialized anyway).
        """
        path = Path(path) if path is not None else paths.default_plan_path()
        path = path.expanduser().absolute()
        backup_root = backup_root if backup_root is not None else paths.backups_dir()
        replace = create and replace_unfinished and is_unfinished(path)
        header = None if replace else identify(path)  # raises for empty, foreign, truncated, non-SQLite
        if header is None and not create:
            raise FileNotFoundError(path)
        _require_writable(path, exists=header is not None)
        if header is None:
            with contextlib.suppress(FileExistsError):  # another program made it meanwhile: open that
                cls.create(path, replace_unfinished=replace, busy_timeout=busy_timeout)
            identify(path)
        else:
            had_shm = path.with_name(path.name + "-shm").exists()
            check_pages(path, busy_timeout=busy_timeout)  # raises for damaged pages, before any write
            # Raises for another plan's -wal beside it (and removes the -shm file the checks made).
            check_wal(path, busy_timeout=busy_timeout, had_shm=had_shm)
        with environment_errors(path):
            conn = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=not handed_over
            )
        try:
            store = cls(path, conn, backup_root, busy_timeout)
            store._prepare(daily_backup=daily_backup and header is not None)
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        fill: Callable[[Store], T] | None = None,
        *,
        replace_unfinished: bool = False,
        busy_timeout: float = BUSY_TIMEOUT,
    ) -> T | None:
        """Make a new plan at ``path``, complete or not at all; return what ``fill`` returned.

        The plan is built under a hidden temporary name in the same folder (format, tables and
        whatever ``fill`` writes into it) and moved into place only then, so a crash leaves no plan
        or a whole one, never an empty or half-made file. Raises ``FileExistsError`` when ``path``
        exists, unless ``replace_unfinished`` and it holds no plan (``is_unfinished``). Leftovers
        of a creation cut short by a crash are removed first.
        """
        path = Path(path).expanduser().absolute()
        if path.exists() and not (replace_unfinished and is_unfinished(path)):
            raise FileExistsError(path)
        _require_writable(path, exists=False)
        try:
            return cls._build(path, fill, replace_unfinished=replace_unfinished, busy_timeout=busy_timeout)
        except FileExistsError:
            raise
        except OSError as exc:
            raise StoreError(path, reason=exc.strerror or str(exc)) from exc

    @classmethod
    def _build(
        cls, path: Path, fill: Callable[[Store], T] | None, *, replace_unfinished: bool, busy_timeout: float
    ) -> T | None:
        with environment_errors(path), _building(path.parent, path.name) as temp:
            conn = sqlite3.connect(temp, isolation_level=None)
            try:
                # Nobody sees this file until it is complete: no syncing step by step, one at the end.
                conn.execute("PRAGMA synchronous = OFF")
                conn.execute("PRAGMA journal_mode = MEMORY")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
                schema.migrate(conn)
            finally:
                conn.close()
            result = None
            if fill is not None:
                with cls.open(temp, create=False, daily_backup=False, busy_timeout=busy_timeout) as store:
                    store.db.execute("PRAGMA synchronous = OFF")
                    result = fill(store)
            _sync(temp)
            _move_into_place(temp, path, replace_unfinished=replace_unfinished)
            _sync(path.parent)
        return result

    @classmethod
    def open_reader(cls, path: str | os.PathLike[str], *, busy_timeout: float = BUSY_TIMEOUT) -> Store:
        """Open the plan at ``path`` for reading only, on a connection of its own: for a worker thread.

        Nothing is created, migrated or backed up and nothing can be written (the connection is
        read-only; a write raises ``ReadOnlyError``): the file must exist in this version's format,
        as it is once the window has opened it. WAL lets it read while another connection writes.
        Everything read through one reader comes from the same moment, its first read (one read
        transaction until ``close``): a check-in recorded meanwhile is never half in what it reads.
        Use it on the thread that opened it, and close it (``with Store.open_reader(path) as plan:``).
        """
        path = Path(path).expanduser().absolute()
        if identify(path) is None:  # raises for empty, foreign, truncated and non-SQLite files
            raise FileNotFoundError(path)
        uri = f"file:{quote(str(path))}?mode=ro"
        with environment_errors(path):
            conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
        try:
            with environment_errors(path):
                version = schema.current_version(conn)
                if version > schema.schema_version():
                    raise NewerSchemaError(path, file_version=version, app_version=schema.schema_version())
                if version < schema.schema_version():
                    raise StoreError(path, reason="it is in an older format; open it in goalplanner first")
                tables = {
                    row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                }
                if not set(schema.CORE_TABLES) <= tables:
                    raise CorruptFileError(path, reason="tables are missing")
                conn.execute("PRAGMA query_only = ON")
                conn.execute("BEGIN")  # deferred: the view of the plan is fixed at the first read
            return cls(path, conn, paths.backups_dir(), busy_timeout)
        except BaseException:
            conn.close()
            raise

    def _prepare(self, *, daily_backup: bool) -> None:
        conn = self._conn
        with environment_errors(self.path):
            version = schema.current_version(conn)
            if version > schema.schema_version():
                raise NewerSchemaError(self.path, file_version=version, app_version=schema.schema_version())
            if version and not set(schema.CORE_TABLES) <= set(self.db.table_names()):
                raise CorruptFileError(self.path, reason="tables are missing")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            if version < schema.schema_version():
                if version:
                    # The migration is one transaction per step, so the file stays whole without it.
                    self._automatic_backup("pre-migration")
                self._migrate(version)
            elif daily_backup:
                self._automatic_backup("daily")
        self._stamps_writes = True

    def daily_backup(self) -> None:
        """The backup opening makes once a day (``Store.open(daily_backup=True)``), for a caller that
        opened without it to look at the plan first: a damaged plan is never backed up as a good one."""
        self._automatic_backup("daily")

    def _automatic_backup(self, reason: str) -> None:
        """Back up as opening does; when that fails, note why and carry on (the plan itself is fine)."""
        try:
            if reason == "daily":
                age = backup.newest_age_seconds(self.backup_dir, reason)
                if age is not None and age <= backup.DAY_SECONDS:
                    return
            self.backup(reason=reason)
        except (BackupError, OSError) as exc:
            problem = exc if isinstance(exc, BackupError) else BackupError(self.backup_dir, reason=str(exc))
            self.backup_problem = problem
            log.warning("Opened %s without its %s backup: %s", self.path, reason, problem)

    def _migrate(self, from_version: int) -> None:
        try:
            schema.migrate(self._conn)
        except sqlite3.Error as exc:
            error = environment_error(self.path, exc)
            if error is not None:
                raise error from exc
            raise MigrationError(
                self.path,
                from_version=from_version,
                to_version=schema.schema_version(),
                reason=str(exc),
            ) from exc

    def close(self) -> None:
        """Close the file; committed work is already on disk."""
        self._conn.close()
        self._closed = True

    @property
    def closed(self) -> bool:
        """True once ``close`` was called."""
        return self._closed

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The format version of the open file."""
        return schema.current_version(self._conn)

    # -- transactions ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def waiting(self, seconds: float) -> Iterator[None]:
        """Inside the block, wait at most ``seconds`` for another program's lock (a quick retry)."""
        self._conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000):d}")
        try:
            yield
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000):d}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """All writes in the block commit together or not at all (``BEGIN IMMEDIATE``).

        Blocks nest: an inner block is a savepoint of the outer transaction.
        """
        if self._conn.in_transaction:
            with environment_errors(self.path), self.db.atomic() as db:
                yield db
            return
        with environment_errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                if self._stamps_writes:
                    self._conn.execute(_STAMP_WRITE)
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    # -- goals ----------------------------------------------------------------------------------

    def save_goal(self, goal: Goal, subtargets: Iterable[SubTarget] | None = None) -> int:
        """Insert or update ``goal`` (and replace its plan when ``subtargets`` is given); return its id.

        ``ValueError`` (nothing written) for a number beyond ``MAX_MAGNITUDE``, a parent that does not
        exist or would make a loop, a place deeper than ``MAX_DEPTH`` below the top goal, or a
        guardrail that is the goal itself or does not exist.
        """
        require_storable(goal)
        if subtargets is not None:
            subtargets = list(subtargets)
            for sub in subtargets:
                require_storable(sub)
        row = goal_to_row(goal)
        with self.transaction() as db:
            if goal.parent_id is not None:
                self._check_parent(goal.id, goal.parent_id)
            if goal.guardrail_id is not None:
                self._check_guardrail(goal.id, goal.guardrail_id)
            row["updated"] = _now()
            exists = (
                goal.id is not None and db.execute("SELECT 1 FROM goals WHERE id = ?", [goal.id]).fetchone()
            )
            if exists:
                db["goals"].update(goal.id, row)
                goal_id = goal.id
            else:
                row["created"] = row["updated"]
                if goal.id is not None:
                    row["id"] = goal.id
                goal_id = db["goals"].insert(row).last_pk
            if subtargets is not None:
                db.execute("DELETE FROM subtargets WHERE goal_id = ?", [goal_id])
                db["subtargets"].insert_all(subtarget_to_row(goal_id, sub) for sub in subtargets)
        return goal_id

    def _check_parent(self, goal_id: int | None, parent_id: int) -> None:
        """Refuse a parent that does not exist, would make the hierarchy a loop, or would put a goal
        deeper than ``MAX_DEPTH`` below its top goal."""
        if self.db.execute("SELECT 1 FROM goals WHERE id = ?", [parent_id]).fetchone() is None:
            raise ValueError(f"there is no goal {parent_id} to be the parent")
        below = 0  # how far the goal's own sub-goals reach below it
        exists = (
            goal_id is not None
            and self.db.execute("SELECT 1 FROM goals WHERE id = ?", [goal_id]).fetchone() is not None
        )
        if goal_id is not None and (parent_id == goal_id or exists):
            # A goal not saved yet has no sub-goals to loop through (and saving 10,000 stays fast).
            links = [Link(*row) for row in self.db.execute("SELECT id, parent_id FROM goals")]
            if would_loop(links, goal_id, parent_id):
                raise ValueError(f"goal {parent_id} cannot be the parent: the hierarchy would loop")
            below = self._levels(_LEVELS_DOWN, goal_id)
        depth = self._levels(_LEVELS_UP, parent_id) + 1 + below
        if depth > MAX_DEPTH:
            raise ValueError(
                f"goal {parent_id} cannot be the parent: goals would sit {depth} levels below their top "
                f"goal, deeper than goalplanner allows ({MAX_DEPTH})"
            )

    def _check_guardrail(self, goal_id: int | None, guardrail_id: int) -> None:
        """Refuse a guardrail that is the goal itself or that does not exist (two goals may guard each
        other: core.rollup shows each the other's own status and never recurses)."""
        if guardrail_id == goal_id:
            raise ValueError(f"goal {goal_id} cannot be its own guardrail")
        if self.db.execute("SELECT 1 FROM goals WHERE id = ?", [guardrail_id]).fetchone() is None:
            raise ValueError(f"there is no goal {guardrail_id} to be the guardrail")

    def _levels(self, sql: str, goal_id: int) -> int:
        """How many levels ``sql`` (``_LEVELS_UP`` or ``_LEVELS_DOWN``) finds from ``goal_id``; it stops
        past ``MAX_DEPTH``, so a loop of parents left by another program cannot make it endless."""
        return self.db.execute(sql, [goal_id, MAX_DEPTH + 1]).fetchone()[0] or 0

    def get_goal(self, goal_id: int) -> Goal:
        """The goal with ``goal_id``; ``KeyError`` if there is none."""
        rows = list(self.db.query("SELECT * FROM goals WHERE id = ?", [goal_id]))
        if not rows:
            raise KeyError(goal_id)
        return row_to_goal(rows[0])

    def list_goals(self) -> list[Goal]:
        """Every goal, oldest first."""
        return [row_to_goal(row) for row in self.db.query("SELECT * FROM goals ORDER BY id")]

    @property
    def plan_id(self) -> str:
        """The plan's own random id, the same in every copy of the file (workbooks are matched by it)."""
        row = self.db.execute("SELECT value FROM plan_info WHERE key = 'plan_id'").fetchone()
        return row[0]

    def child_goals(self, goal_id: int) -> list[Goal]:
        """The goals directly under ``goal_id``, oldest first."""
        sql = "SELECT * FROM goals WHERE parent_id = ? ORDER BY id"
        return [row_to_goal(row) for row in self.db.query(sql, [goal_id])]

    def delete_goal(self, goal_id: int) -> None:
        """Delete a goal with its plan and check-ins; its sub-goals lose their parent link."""
        with self.transaction() as db:
            if db.execute("DELETE FROM goals WHERE id = ?", [goal_id]).rowcount == 0:
                raise KeyError(goal_id)

    # -- plan and check-ins ---------------------------------------------------------------------

    def subtargets(self, goal_id: int) -> list[SubTarget]:
        """The goal's monthly and weekly plan, by period type then date."""
        sql = "SELECT * FROM subtargets WHERE goal_id = ? ORDER BY period, period_start"
        return [row_to_subtarget(row) for row in self.db.query(sql, [goal_id])]

    def save_plan(self, goal_id: int, plan: Iterable[SubTarget]) -> None:
        """Replace the goal's monthly and weekly plan in one transaction."""
        plan = list(plan)
        for sub in plan:
            require_storable(sub)
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM goals WHERE id = ?", [goal_id]).fetchone() is None:
                raise KeyError(goal_id)
            db.execute("DELETE FROM subtargets WHERE goal_id = ?", [goal_id])
            db["subtargets"].insert_all(subtarget_to_row(goal_id, sub) for sub in plan)

    def progress_inputs(
        self, goal_ids: Iterable[int] | None = None
    ) -> list[tuple[Goal, CheckIn | None, list[SubTarget]]]:
        """Every goal (or those of ``goal_ids``) with its latest check-in and the plan periods around
        that check-in's date.

        The periods are weeks, or months for goals checked monthly; three bulk queries serve any
        number of goals, so the goal list can show every status at once.
        """
        if goal_ids is None:
            only, params = "", []
        else:
            only, params = " WHERE g.id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(goal_ids))]
        latest_ids = _LATEST_CHECKIN_IDS + only
        goals = [
            row_to_goal(row) for row in self.db.query(f"SELECT * FROM goals g{only} ORDER BY id", params)
        ]
        latest = {
            row["goal_id"]: row_to_checkin(row)
            for row in self.db.query(f"SELECT * FROM checkins WHERE id IN ({latest_ids})", params)
        }
        around: dict[int, list[SubTarget]] = {}
        sql = f"""
            WITH latest AS (
                SELECT c.goal_id, c.on_date,
                       CASE g.checkin_cadence WHEN 'monthly' THEN 'month' ELSE 'week' END AS period
                FROM checkins c JOIN goals g ON g.id = c.goal_id
                WHERE c.id IN ({latest_ids})
            )
            SELECT s.* FROM latest l JOIN subtargets s ON s.id IN (
                (SELECT id FROM subtargets WHERE goal_id = l.goal_id AND period = l.period
                 AND period_end < l.on_date ORDER BY label DESC LIMIT 1),
                (SELECT id FROM subtargets WHERE goal_id = l.goal_id AND period = l.period
                 AND period_end >= l.on_date ORDER BY label LIMIT 1))
            ORDER BY s.goal_id, s.period_end
        """
        for row in self.db.query(sql, params):
            around.setdefault(row["goal_id"], []).append(row_to_subtarget(row))
        # A team fed by its agents is judged on their combined latest period, never its own check-ins.
        teams = [goal for goal in goals if team.fed_by_agents(goal)]
        for goal, inputs in zip(teams, team.team_inputs(self.db, teams).values(), strict=True):
            latest[goal.id], around[goal.id] = team.latest_with_plan(goal, inputs)
        return [(goal, latest.get(goal.id), around.get(goal.id, [])) for goal in goals]

    def actuals(self, goal_id: int) -> list[CheckIn]:
        """The check-ins goal ``goal_id`` is judged on, oldest first: its own, or for a team fed by its
        agents the team's combined actual per period (core.agents); ``KeyError`` without the goal."""
        goal = self.get_goal(goal_id)
        if not team.fed_by_agents(goal):
            return self.checkins(goal_id)
        return [actual.checkin for actual in self.team_actuals(goal)]

    def team_actuals(self, goal: Goal) -> list[TeamActual]:
        """``goal``'s actual per period made from its agents' check-ins, with who reported and who
        did not (core.agents.team_actuals), whatever the goal's ``actuals_from``."""
        return team.actuals_of(goal, team.team_inputs(self.db, [goal])[goal.id])

    def agents(self, goal_id: int) -> list[Goal]:
        """The agent goals directly under ``goal_id`` (children naming a person), oldest first."""
        return [goal for goal in self.child_goals(goal_id) if goal.person and goal.id != goal_id]

    def save_agents(
        self,
        team_goal: Goal,
        agents: Iterable[tuple[Goal, Iterable[SubTarget]]],
        others: Iterable[Goal] = (),
    ) -> list[int]:
        """Save ``team_goal`` (where its actuals come from), ``others`` (earlier agents made plain
        sub-goals) and the agent goals with their plans in one transaction: all or nothing. Returns
        the agents' ids in the order given."""
        agents = [(agent, list(plan)) for agent, plan in agents]
        with self.transaction():
            self.save_goal(team_goal)
            for goal in others:
                self.save_goal(goal)
            return [self.save_goal(agent, plan) for agent, plan in agents]

    def remove_agents(self, team_goal: Goal, agent_ids: Iterable[int], others: Iterable[Goal] = ()) -> None:
        """Take a split back in one transaction: delete the agent goals (with their plans and
        check-ins), put ``team_goal`` and ``others`` back as they were."""
        with self.transaction() as db:
            for agent_id in agent_ids:
                db.execute("DELETE FROM goals WHERE id = ?", [agent_id])
            self.save_goal(team_goal)
            for goal in others:
                self.save_goal(goal)

    def add_checkin(
        self,
        goal_id: int,
        on: date,
        actual: float,
        note: str = "",
        *,
        numerator: float | None = None,
        denominator: float | None = None,
        volume: float | None = None,
    ) -> CheckIn:
        """Record an actual value for a goal on a date; return the stored check-in."""
        checkin = CheckIn(goal_id, on, actual, note, numerator, denominator, volume=volume)
        return self.add_checkins([checkin])[0]

    def add_checkins(self, checkins: Iterable[CheckIn]) -> list[CheckIn]:
        """Record several check-ins in one transaction; ``KeyError`` if a goal does not exist."""
        checkins = list(checkins)
        for checkin in checkins:
            require_storable(checkin)
        stored = []
        with self.transaction() as db:
            for checkin in checkins:
                if db.execute("SELECT 1 FROM goals WHERE id = ?", [checkin.goal_id]).fetchone() is None:
                    raise KeyError(checkin.goal_id)
                row = checkin_to_row(checkin) | {"created": _now()}
                stored.append(replace(checkin, id=db["checkins"].insert(row).last_pk))
        return stored

    def update_checkin(self, checkin: CheckIn) -> None:
        """Change a recorded check-in (found by its id)."""
        require_storable(checkin)
        row = checkin_to_row(checkin)
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM checkins WHERE id = ?", [checkin.id]).fetchone() is None:
                raise KeyError(checkin.id)
            db["checkins"].update(checkin.id, row)

    def delete_checkin(self, checkin_id: int, *, expected: CheckIn | None = None) -> CheckIn:
        """Delete a check-in and return it, so the deletion can be undone with ``restore_checkin``.

        ``KeyError`` when there is none with ``checkin_id``, or (given ``expected``, as an undo is) when
        the one there is not ``expected``: its goal was deleted and another check-in took the id since.
        """
        with self.transaction() as db:
            rows = list(db.query("SELECT * FROM checkins WHERE id = ?", [checkin_id]))
            if not rows:
                raise KeyError(checkin_id)
            found = row_to_checkin(rows[0])
            if expected is not None and found != replace(expected, id=checkin_id):
                raise KeyError(f"check-in {checkin_id} is another check-in now")
            db.execute("DELETE FROM checkins WHERE id = ?", [checkin_id])
        return found

    def restore_checkin(self, checkin: CheckIn) -> None:
        """Put back a deleted check-in with its original id.

        ``KeyError`` (nothing written) if its goal is gone, or another check-in has taken its id
        meanwhile (SQLite reuses the id of the last row deleted).
        """
        require_storable(checkin)
        row = checkin_to_row(checkin) | {"id": checkin.id, "created": _now()}
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM goals WHERE id = ?", [checkin.goal_id]).fetchone() is None:
                raise KeyError(checkin.goal_id)
            if db.execute("SELECT 1 FROM checkins WHERE id = ?", [checkin.id]).fetchone() is not None:
                raise KeyError(f"check-in {checkin.id} cannot be put back: another check-in has its id now")
            db["checkins"].insert(row)

    def checkins(self, goal_id: int) -> list[CheckIn]:
        """The goal's check-ins, oldest first."""
        sql = "SELECT * FROM checkins WHERE goal_id = ? ORDER BY on_date, id"
        return [row_to_checkin(row) for row in self.db.query(sql, [goal_id])]

    def counts(self) -> dict[str, int]:
        """How many rows each table holds (goals, sub-targets, check-ins, wizard drafts)."""
        return {table: self.db[table].count for table in schema.TABLES}

    # -- wizard drafts --------------------------------------------------------------------------

    def save_draft(
        self, payload: dict[str, Any], draft_id: int | None = None, goal_id: int | None = None
    ) -> int:
        """Keep what the wizard holds so far (any JSON-ready dict); return the draft's id."""
        row = {"payload": json.dumps(payload, ensure_ascii=False), "updated": _now(), "goal_id": goal_id}
        with self.transaction() as db:
            if (
                draft_id is not None
                and db.execute("SELECT 1 FROM wizard_drafts WHERE id = ?", [draft_id]).fetchone()
            ):
                db["wizard_drafts"].update(draft_id, row)
                return draft_id
            return db["wizard_drafts"].insert(row).last_pk

    def drafts(self) -> list[Draft]:
        """Unfinished wizard sessions, newest first.

        A draft that cannot be read (another program left its payload as text that is not a JSON
        object) is left out and logged; it stays in the file, so ``goalplanner check`` still names it.
        """
        sql = "SELECT * FROM wizard_drafts ORDER BY updated DESC, id DESC"
        found = []
        for row in self.db.query(sql):
            try:
                payload = json.loads(row["payload"])
                if not isinstance(payload, dict):
                    raise ValueError(f"the payload is a JSON {type(payload).__name__}, not an object")
                found.append(Draft(row["id"], row["goal_id"], payload, row["updated"]))
            except (TypeError, ValueError, RecursionError) as exc:
                log.warning(
                    "Left out wizard draft %s of %s: it cannot be read (%s)", row.get("id"), self.path, exc
                )
        return found

    def delete_draft(self, draft_id: int) -> None:
        """Forget a draft (after its goal was saved, or the user threw it away)."""
        with self.transaction() as db:
            db.execute("DELETE FROM wizard_drafts WHERE id = ?", [draft_id])

    def save_goal_from_draft(
        self, goal: Goal, draft_id: int | None, subtargets: Iterable[SubTarget] | None = None
    ) -> int:
        """Save the finished goal and drop its draft in one transaction; return the goal's id."""
        with self.transaction() as db:
            goal_id = self.save_goal(goal, subtargets)
            if draft_id is not None:
                db.execute("DELETE FROM wizard_drafts WHERE id = ?", [draft_id])
        return goal_id

    # -- linked team plans (read-only branches under a department goal) ------------------------

    def add_linked_plan(self, goal_id: int, path: str | os.PathLike[str], label: str = "") -> LinkedPlan:
        """Show the plan file at ``path`` under ``goal_id``; the path is kept absolute.

        Nothing is read from or written to that file here (``store.team_plans`` reads it). ``KeyError``
        when there is no such goal; ``ValueError`` for a link to this very plan.
        """
        where = Path(path).expanduser().absolute()
        if where == self.path:
            raise ValueError("a plan cannot show itself as a team plan")
        row = {"goal_id": goal_id, "path": str(where), "label": label, "added": _now()}
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM goals WHERE id = ?", [goal_id]).fetchone() is None:
                raise KeyError(goal_id)
            link_id = db["linked_plans"].insert(row).last_pk
        return LinkedPlan(id=link_id, **row)

    def remove_linked_plan(self, link_id: int) -> None:
        """Stop showing a team plan (its file is not touched); ``KeyError`` when there is no such link."""
        with self.transaction() as db:
            if db.execute("DELETE FROM linked_plans WHERE id = ?", [link_id]).rowcount == 0:
                raise KeyError(link_id)

    def restore_linked_plan(self, link: LinkedPlan) -> None:
        """Put a removed link back as it was, with its id (undoing its removal); ``KeyError`` when its
        goal is gone."""
        row = {"id": link.id, "goal_id": link.goal_id, "path": link.path, "label": link.label}
        row["added"] = link.added
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM goals WHERE id = ?", [link.goal_id]).fetchone() is None:
                raise KeyError(link.goal_id)
            db["linked_plans"].insert(row)

    def linked_plans(self) -> list[LinkedPlan]:
        """Every linked team plan, in the order they were linked; ``BadRowError`` for a tampered row."""
        if "linked_plans" not in self.db.table_names():
            return []  # a damaged plan viewed read-only may lack the table; validate names it
        return [row_to_linked_plan(row) for row in self.db.query("SELECT * FROM linked_plans ORDER BY id")]

    # -- backups --------------------------------------------------------------------------------

    def backup(self, reason: str = "manual") -> Path:
        """Write a verified backup now; return its path."""
        return backup.write_backup(self._conn, self.backup_dir, self.path.stem, reason)

    def backups(self) -> list[Path]:
        """This file's backups, newest first."""
        return backup.list_backups(self.backup_dir)


def check_pages(path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> None:
    """Raise ``CorruptFileError`` when a page of the plan at ``path`` is damaged; change nothing.

    The header alone (``identify``) cannot see a page overwritten in the middle of the file, nor a
    file cut short at a page boundary while a -wal file beside it makes its size look plausible.
    Opening such a file for writing would back the damage up as a good plan, report the failed
    backup instead of the damage, or fold the -wal into the damaged file when the connection
    closes. So ``PRAGMA quick_check`` (every page and b-tree, not the indexes' content: about 0.2 s
    for a 90 MB plan of 10,000 goals) runs first on a read-only connection, which never writes to
    the file or its -wal. The empty -wal and -shm files SQLite makes for that reading are removed
    again when the plan is refused; other SQLite errors are left to the connection that follows.
    """
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    ours = [sidecar for sidecar in sidecars if not sidecar.exists()]
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=busy_timeout)) as conn:
            found = [str(row[0]) for row in conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.Error as exc:
        error = environment_error(path, exc)
        if not isinstance(error, CorruptFileError):
            return  # busy, locked, unreadable: the read-write connection says so in its own words
        found = [str(exc)]
    if found == ["ok"]:
        return
    wal = sidecars[0]
    if wal in ours and wal.exists() and wal.stat().st_size == 0:
        for sidecar in ours:
            sidecar.unlink(missing_ok=True)
    lines = [line for finding in found for line in finding.splitlines() if not line.startswith("***")]
    raise CorruptFileError(path, reason="some of its pages cannot be read: " + "; ".join(lines[:2]))


# Written by every transaction: the page that holds the plan's id is then in every commit a -wal
# file holds, so reading the plan with and without its -wal tells whose changes the -wal carries.
_STAMP_WRITE = (
    "INSERT INTO plan_info (key, value) VALUES ('last_write', lower(hex(randomblob(8)))) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_PLAN_ID = "SELECT value FROM plan_info WHERE key = 'plan_id'"


def check_wal(path: Path, *, busy_timeout: float = BUSY_TIMEOUT, had_shm: bool | None = None) -> None:
    """Raise ``CorruptFileError`` when the -wal file beside ``path`` holds another plan's changes.

    SQLite folds any -wal whose own header and checksums agree into the file it finds it beside:
    nothing in a plan ties a -wal to it. Every goalplanner transaction rewrites the page holding the
    plan's id (``_STAMP_WRITE``), so the plan read through its -wal has another id when the -wal was
    written for another plan (copied beside it, or left by a file of the same name). The file alone
    is read as an unchanging file and the file with its -wal on a read-only connection: neither
    writes to the file or the -wal. Only a -wal with changes is looked at; the -shm file SQLite
    makes for the reading is removed again when the plan is refused (``had_shm``: whether there was
    one before an earlier reading, when that reading made it).
    """
    wal = path.with_name(path.name + "-wal")
    if not wal.is_file() or wal.stat().st_size == 0:
        return
    shm = path.with_name(path.name + "-shm")
    made_shm = not (shm.exists() if had_shm is None else had_shm)
    ids = []
    try:
        for uri in (f"file:{quote(str(path))}?mode=ro&immutable=1", f"file:{quote(str(path))}?mode=ro"):
            with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=busy_timeout)) as conn:
                row = conn.execute(_PLAN_ID).fetchone()
                ids.append(row[0] if row else None)
    except sqlite3.Error:
        return  # an older plan, busy or unreadable: the read-write connection says so in its own words
    if ids[0] == ids[1] or not all(isinstance(id_, str) and id_ for id_ in ids):
        return  # the same plan; or an id lost or tampered with, which ``validate`` reports as such
    if made_shm:
        shm.unlink(missing_ok=True)
    raise ForeignWalError(path, reason="another plan's -wal file beside it", wal=wal.name)


def _require_writable(path: Path, *, exists: bool) -> None:
    """WAL needs the file and its folder writable (for the -wal and -shm files)."""
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(path, reason=f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (exists and not os.access(path, os.W_OK)):
        raise ReadOnlyError(path)


# Name of a plan being built: hidden, beside its final name, unique to its builder.
_BUILDING = ".{name}.{token}.creating"
_TOKEN_LENGTH = 12


def is_unfinished(path: Path) -> bool:
    """True when the file at ``path`` holds no plan and nothing else, so replacing it loses nothing.

    That is what a crash while creating a plan could leave (before creation became atomic): a
    file of 0 bytes, an SQLite header with no page behind it, or a database with goalplanner's id
    (or no id) and not a single table. A write-ahead log with content beside it may hold pages, so
    then the file does not count as unfinished. Anything else, including an empty plan, is a plan.
    """
    try:
        info = path.stat()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return False
        if not stat.S_ISREG(info.st_mode):
            return False
        if info.st_size == 0:
            return True
        with path.open("rb") as handle:
            raw = handle.read(HEADER_SIZE)
    except OSError:
        return False
    if not SQLITE_MAGIC.startswith(raw[: len(SQLITE_MAGIC)]):
        return False
    if info.st_size < 512:  # smaller than the smallest page: the header was being written
        return True
    if read_header(raw).application_id not in (0, APPLICATION_ID):
        return False
    uri = f"file:{quote(str(path))}?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except sqlite3.Error:
        return False


@contextlib.contextmanager
def _building(folder: Path, name: str) -> Iterator[Path]:
    """A claimed temporary file for a new plan named ``name`` in ``folder``; removed after the block.

    Leftovers of builds of any plan in ``folder`` cut short by a crash (files of that pattern no live
    builder holds) go first.
    """
    backup.remove_stale(folder, _BUILDING.format(name="*", token="?" * _TOKEN_LENGTH))
    for _attempt in range(5):
        temp = folder / _BUILDING.format(name=name, token=secrets.token_hex(_TOKEN_LENGTH // 2))
        with backup.claimed(temp) as ours:
            if ours:
                yield temp
                return
    raise FileExistsError(folder / name)


def _move_into_place(temp: Path, path: Path, *, replace_unfinished: bool) -> None:
    """Give the finished plan ``temp`` its name ``path``: never over a plan, at once or not at all."""
    if replace_unfinished and path.exists():
        if not is_unfinished(path):  # became a plan meanwhile
            raise FileExistsError(path)
        _remove_sidecars(path)
        temp.replace(path)
        return
    # SQLite files left beside a file that no longer exists belong to no plan; a new plan must
    # not take them for its own (a stale -wal would be merged into it).
    if not path.exists():
        _remove_sidecars(path)
    try:
        os.link(temp, path)  # fails if a file of that name exists, and is atomic
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system
        if path.exists():
            raise FileExistsError(path) from None
        temp.rename(path)


def _sync(path: Path) -> None:
    """Flush ``path`` (a file, or a folder's entries) to the disk, where the system allows it."""
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder this way; its renames are durable enough
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _remove_sidecars(path: Path) -> None:
    for suffix in backup.SIDECARS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
