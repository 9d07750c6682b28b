"""A damaged plan opened only to be viewed: reads skip the rows that cannot be read, writes are refused.

:class:`ReadableStore` is opened with ``ReadableStore.open_reader(path)`` (a read-only connection of its
own: no backup, no checkpoint, no write). A goal, plan period or check-in whose row cannot be read is
left out of what the views get and noted in ``skipped``; every write raises :class:`ViewOnlyError`.
The window's side is ``goalplanner.ui.read_only``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.store.errors import StoreError
from goalplanner.store.rows import BadRowError, describe, row_to_checkin, row_to_goal, row_to_subtarget
from goalplanner.store.store import Store, environment_errors
from goalplanner.store.validate import PlanProblem

T = TypeVar("T")


class ViewOnlyError(StoreError):
    """A write asked of a plan open only to be viewed."""

    template = QT_TRANSLATE_NOOP(
        "StoreError",
        "{path} is damaged and open only to be read: nothing in it can be changed or saved. "
        "Restore it from a backup to work on it.",
    )


class ReadableStore(Store):
    """A damaged plan opened with ``ReadableStore.open_reader(path)``: reads skip the rows that cannot be
    read (noted in ``skipped``), writes raise :class:`ViewOnlyError`. ``problems`` is what validation
    found (set by whoever opened it)."""

    read_only = True

    @classmethod
    def view(cls, path: Any) -> ReadableStore:
        """Open the plan at ``path`` to be viewed and read it once; ``StoreError`` (or
        ``FileNotFoundError``) when nothing of it can be read."""
        store = cls.open_reader(path)
        try:
            with environment_errors(store.path):
                store.progress_inputs()  # the first read: a plan nothing can be read of is said so here
        except BaseException:
            store.close()
            raise
        return store

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.problems: list[PlanProblem] = []
        self.skipped: dict[tuple[str, object], str] = {}  # (table, row id) -> what is wrong with it

    # -- reading, row by row ---------------------------------------------------------------------

    def _rows(self, sql: str, params: list[object], convert: Callable[[dict[str, Any]], T]) -> list[T]:
        found = []
        try:
            for row in self.db.query(sql, params):
                try:
                    found.append(convert(row))
                except BadRowError as error:
                    line = describe(error.table, error.row_id, error.goal_id, error.field, error.message)
                    self.skipped[(error.table, error.row_id)] = line
        except sqlite3.DatabaseError as error:  # damage below the rows: what was read so far
            self.skipped[("", sql)] = f"part of the file cannot be read ({error})"
        return found

    def list_goals(self) -> list[Goal]:
        return self._rows("SELECT * FROM goals ORDER BY id", [], row_to_goal)

    def get_goal(self, goal_id: int) -> Goal:
        found = self._rows("SELECT * FROM goals WHERE id = ?", [goal_id], row_to_goal)
        if not found:
            raise KeyError(goal_id)
        return found[0]

    def child_goals(self, goal_id: int) -> list[Goal]:
        return self._rows("SELECT * FROM goals WHERE parent_id = ? ORDER BY id", [goal_id], row_to_goal)

    def subtargets(self, goal_id: int) -> list[SubTarget]:
        sql = "SELECT * FROM subtargets WHERE goal_id = ? ORDER BY period, period_start"
        return self._rows(sql, [goal_id], row_to_subtarget)

    def checkins(self, goal_id: int) -> list[CheckIn]:
        sql = "SELECT * FROM checkins WHERE goal_id = ? ORDER BY on_date, id"
        return self._rows(sql, [goal_id], row_to_checkin)

    def progress_inputs(
        self, goal_ids: Iterable[int] | None = None
    ) -> list[tuple[Goal, CheckIn | None, list[SubTarget]]]:
        """As ``Store.progress_inputs``; where a row cannot be read, goal by goal, skipping bad rows."""
        with contextlib.suppress(BadRowError, sqlite3.DatabaseError):
            return super().progress_inputs(goal_ids)
        wanted = None if goal_ids is None else set(goal_ids)
        inputs = []
        for goal in self.list_goals():
            if wanted is not None and goal.id not in wanted:
                continue
            try:
                inputs += super().progress_inputs([goal.id])
            except (BadRowError, sqlite3.DatabaseError):
                readable = self.checkins(goal.id)
                inputs.append((goal, readable[-1] if readable else None, self.subtargets(goal.id)))
        return inputs

    def drafts(self) -> list:
        return []  # a draft is only offered to be finished, which writes

    def unreadable_goals(self) -> list[tuple[object, str | None, str]]:
        """Each goal whose row cannot be read: its id, its title when that is text, what is wrong."""
        found = []
        try:
            for row in self.db.query("SELECT * FROM goals ORDER BY id"):
                try:
                    row_to_goal(row)
                except BadRowError as error:
                    title = row.get("title") if type(row.get("title")) is str else None
                    found.append((row.get("id"), title, str(error.message)))
        except sqlite3.DatabaseError:
            pass
        return found

    # -- writing: refused ------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        raise ViewOnlyError(self.path)
        yield  # pragma: no cover

    def backup(self, reason: str = "manual") -> Any:
        raise ViewOnlyError(self.path)

    def daily_backup(self) -> None:
        raise ViewOnlyError(self.path)
