"""Read a linked team lead's plan from a snapshot: never held open, locked or written on the share.

The team lead's file is copied with SQLite's backup API (``sqlite3.Connection.backup``) from a
read-only connection into the user cache folder, and only the copy is read from then on. The
connection to the lead's file lasts as long as the copy:

- with no -wal beside the file (the lead's goalplanner is closed, so everything is in the file),
  it is opened ``immutable``: SQLite takes no lock and makes no -wal or -shm beside it. The file's
  size and time are compared before and after, and the copy is taken again when the lead saved
  meanwhile;
- with a -wal beside it (the lead has the plan open), it is opened ``mode=ro``, which reads the
  lead's latest changes through their -wal and -shm and takes only a reader's share of them;
  a -shm or -wal it had to make is removed again.

The copy then goes through the checks every plan gets before it is opened (``check_pages``,
``refuse_damaged``: damaged pages, another plan's -wal, rows the app could not have written) and
is migrated when the lead's app is older. Whatever stops it (no file, a damaged file, a newer
format) is kept as the ``error`` of the result, for the window to show under the department goal.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from goalplanner import paths
from goalplanner.core.linked import (
    LinkedIds,
    LinkedPlan,
    PlanRollUps,
    TeamGoal,
    evaluate_team_plan,
    roll_up_with_teams,
)
from goalplanner.core.progress import Evaluation
from goalplanner.store import schema
from goalplanner.store.errors import CorruptFileError, StoreError
from goalplanner.store.fileformat import identify
from goalplanner.store.store import Store, check_pages, environment_error
from goalplanner.store.validate import refuse_damaged

# Copies taken again when the lead's file changed while it was copied, before giving up.
ATTEMPTS = 3


@dataclass(frozen=True)
class TeamPlanRead:
    """What a linked plan holds as of its snapshot, or why it could not be read.

    ``taken``: when the snapshot was taken (local time); ``error``: ``FileNotFoundError`` for a file
    that is not where the link says (the share mounted elsewhere, the file moved), else a
    ``StoreError`` saying what is wrong with it. ``changed``: the file's size and time when copied,
    to tell whether a refresh has anything new. Neither taken nor an error: not read yet.
    """

    link: LinkedPlan
    goals: tuple[TeamGoal, ...] = ()
    taken: datetime | None = None
    error: Exception | None = None
    changed: tuple[int, int] | None = None

    @property
    def reading(self) -> bool:
        """Whether this stands for a reading still under way (nothing read, nothing wrong yet)."""
        return self.taken is None and self.error is None


def read_team_plan(link: LinkedPlan, cache: Path | None = None) -> TeamPlanRead:
    """Snapshot ``link``'s file into ``cache`` (default: the user cache folder) and read it whole.

    Safe on a worker thread: every connection is its own. Each reading has a folder of its own in
    the cache (two refreshes never share a copy), removed once the copy has been read into memory.
    """
    source = Path(link.path)
    target = source
    try:
        folder = cache if cache is not None else paths.team_plans_cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder, prefix="snapshot-") as own:
            target = Path(own) / source.name
            stamp = take_snapshot(source, target)
            taken = datetime.now()
            goals = _read_snapshot(target)
    except (OSError, StoreError, sqlite3.Error) as exc:
        error = exc if isinstance(exc, OSError | StoreError) else StoreError(source, reason=str(exc))
        return TeamPlanRead(link, error=_about_source(error, target, source))
    return TeamPlanRead(link, goals, taken, changed=stamp)


def _about_source(error: Exception, snapshot: Path, source: Path) -> Exception:
    """An error found in the snapshot, worded about the lead's file (the copy is no one's concern)."""
    if isinstance(error, StoreError) and error.path == str(snapshot):
        error.path = error.params["path"] = str(source)
        error.args = (error.template.format(**error.params),)
    return error


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


def take_snapshot(source: Path, target: Path) -> tuple[int, int]:
    """Copy the plan at ``source`` to ``target`` (replaced whole); return the source's size and time.

    ``FileNotFoundError`` when there is no file; a ``StoreError`` for a file that is no plan, or
    one that kept changing while it was copied. Nothing is written beside ``source``.
    """
    if not source.is_file():
        raise FileNotFoundError(source)
    identify(source)  # empty, foreign, cut short, not SQLite: said before SQLite sees it
    temporary = target.with_name(target.name + ".part")
    for _attempt in range(ATTEMPTS):
        before = _stamp(source)
        wal = source.with_name(source.name + "-wal")
        live = wal.is_file() and wal.stat().st_size > 0
        temporary.unlink(missing_ok=True)
        _copy(source, temporary, live=live)
        if live or _stamp(source) == before:
            temporary.replace(target)
            return before
    temporary.unlink(missing_ok=True)
    raise StoreError(source, reason="it kept changing while it was read; try again in a moment")


def _copy(source: Path, target: Path, *, live: bool) -> None:
    sidecars = [source.with_name(source.name + suffix) for suffix in ("-wal", "-shm")]
    ours = [sidecar for sidecar in sidecars if not sidecar.exists()]
    mode = "mode=ro" if live else "mode=ro&immutable=1"
    uri = f"file:{quote(str(source))}?{mode}"
    try:
        with (
            contextlib.closing(sqlite3.connect(uri, uri=True, timeout=3.0)) as reading,
            contextlib.closing(sqlite3.connect(target, isolation_level=None)) as copy,
        ):
            reading.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # the copy is one plain file, read alone
    except sqlite3.Error as exc:
        error = environment_error(source, exc)
        if error is None:
            raise CorruptFileError(source, reason=str(exc)) from exc
        raise error from exc
    finally:
        for sidecar in ours:  # what a reader of a live plan had to make is taken away again
            if sidecar.exists() and not (sidecar.name.endswith("-wal") and sidecar.stat().st_size):
                sidecar.unlink(missing_ok=True)


def _read_snapshot(snapshot: Path) -> tuple[TeamGoal, ...]:
    """The goals of a snapshot, each with its plan and check-ins, after every check a plan gets."""
    check_pages(snapshot)
    refuse_damaged(snapshot)
    with contextlib.closing(sqlite3.connect(f"file:{quote(str(snapshot))}?mode=ro", uri=True)) as conn:
        version = schema.current_version(conn)
    if version < schema.schema_version():  # the lead's goalplanner is older: bring the copy up to date
        backups = snapshot.parent / "backups"
        Store.open(snapshot, create=False, daily_backup=False, backup_root=backups).close()
    with Store.open_reader(snapshot) as plan:
        return tuple(
            TeamGoal(goal, tuple(plan.subtargets(goal.id)), tuple(plan.checkins(goal.id)))
            for goal in plan.list_goals()
        )


def judge_linked(
    store: Store, goal_ids: Collection[int], today: date, ids: LinkedIds | None = None
) -> list[tuple[TeamPlanRead, dict[int, Evaluation]]]:
    """Each team plan linked under one of ``goal_ids``, read now, with its goals judged by window id
    (``core.linked``): for a surface that rolls a whole plan up at once (the command line, the PDF
    report), as the window's session does."""
    ids = ids if ids is not None else LinkedIds()
    judged = []
    for link in store.linked_plans():
        if link.goal_id in goal_ids:
            read = read_team_plan(link)
            judged.append((read, evaluate_team_plan(link, read.goals, ids, today)))
    return judged


def roll_up_with_linked(
    store: Store, evaluations: Mapping[int, Evaluation], today: date, ids: LinkedIds | None = None
) -> tuple[PlanRollUps, list[tuple[TeamPlanRead, dict[int, Evaluation]]]]:
    """The plan's roll-ups with the team plans linked under its goals read now and counted
    (``core.linked.roll_up_with_teams``), and those plans as read: what the command line, the
    workbook export and the PDF report show, as the window's session does."""
    judged = judge_linked(store, evaluations.keys(), today, ids)
    return roll_up_with_teams(evaluations, [(read.link, found) for read, found in judged]), judged
