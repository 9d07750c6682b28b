"""Verified backups of a plan file, in a bounded rotation per file.

A backup is taken with SQLite's online backup API (a consistent snapshot even
while the app writes; a plain file copy of a live WAL database is not), written
to a temporary file beside its final name, switched to a self-contained
rollback-journal file, checked with ``PRAGMA integrity_check`` and only then
moved into place.

A backup cut short by a crash leaves its ``.partial`` file behind (a full-size copy, with SQLite's
``-journal`` beside it). The next backup into the same folder removes such leftovers. A partial
file is stale when no process holds the lock its writer keeps on it from creation until it is
moved into place or removed (``flock``: the system lets go of it when the writer dies, however it
dies), so two programs backing up the same plan never delete each other's work in progress.
Where there is no ``flock`` (Windows) a file still open in its writer cannot be deleted, which
serves the same purpose.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there, which protects a live writer
    fcntl = None  # type: ignore[assignment]

from goalplanner.paths import PLAN_SUFFIX
from goalplanner.store.errors import BackupError
from goalplanner.store.fileformat import APPLICATION_ID

# How many backups of each reason to keep, newest first.
KEEP = {"daily": 7, "manual": 10, "pre-migration": 3}
DAY_SECONDS = 24 * 60 * 60
PARTIAL = ".partial"
# The files SQLite may keep beside a database while it writes it.
SIDECARS = ("-journal", "-wal", "-shm")


def rotation_dir(root: Path, plan: Path) -> Path:
    """The folder holding the backups of ``plan``: one per plan file, named after it."""
    digest = hashlib.sha1(str(plan.resolve()).encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    return root / f"{plan.stem}-{digest}"


def list_backups(folder: Path, reason: str | None = None) -> list[Path]:
    """Backups in ``folder``, newest first; only those of ``reason`` when given."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"*{PLAN_SUFFIX}") if reason is None or _reason_of(p) == reason]
    return sorted(found, key=lambda p: p.name.rsplit("--", 2)[-2], reverse=True)


def _reason_of(path: Path) -> str:
    return path.stem.rsplit("--", 1)[-1]


def verify(path: Path) -> None:
    """Raise ``BackupError`` unless ``path`` is a sound goalplanner database."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        raise BackupError(path, reason=f"the copy cannot be read ({exc})") from exc
    if app_id != APPLICATION_ID:
        raise BackupError(path, reason="the copy is not a goalplanner file")
    if result != ["ok"]:
        raise BackupError(path, reason="the copy failed its integrity check: " + "; ".join(result[:3]))


def write_backup(conn: sqlite3.Connection, folder: Path, stem: str, reason: str) -> Path:
    """Snapshot the database behind ``conn`` into ``folder``, verify it, prune old ones; return its path.

    Raises ``BackupError`` (with the cause: permissions, a full disk, a folder that cannot be made)
    when the backup cannot be written; the plan itself is never touched either way.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(folder)
        with _new_partial(folder, stem, reason) as (partial, final):
            with contextlib.closing(sqlite3.connect(partial)) as target:
                conn.backup(target)
                # The snapshot inherits WAL mode; a backup must be one self-contained file.
                target.execute("PRAGMA journal_mode=DELETE")
            verify(partial)
            partial.replace(final)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(folder, reason=_cause(exc)) from exc
    prune(folder, reason)
    return final


def _cause(exc: OSError | sqlite3.Error) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror} ({exc.filename})" if exc.filename else exc.strerror
    return str(exc)


@contextlib.contextmanager
def _new_partial(folder: Path, stem: str, reason: str) -> Iterator[tuple[Path, Path]]:
    """A new, empty partial file and its final name, claimed by this process until the block ends.

    The partial file (and anything SQLite left beside it) is removed when the block ends, unless it
    was moved to its final name.
    """
    for _attempt in range(5):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        final = folder / f"{stem}--{stamp}--{reason}{PLAN_SUFFIX}"
        partial = final.with_name(final.name + PARTIAL)
        with claimed(partial) as ours:
            if ours:
                yield partial, final
                return
    raise BlockingIOError(f"no free name for a backup in {folder}")


@contextlib.contextmanager
def claimed(path: Path) -> Iterator[bool]:
    """Create ``path`` (empty) and hold a writer's lock on it for the block; yield whether that worked.

    False when the name is taken, or when a clean-up took the new file for a stale one before the
    lock was held (rare: try another name). At the end of the block ``path`` and SQLite's files
    beside it are removed (unless moved away meanwhile) and only then is the lock let go, so
    ``remove_stale`` never sees a live writer's file unlocked.
    """
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)  # as SQLite makes its files
    except FileExistsError:
        yield False
        return
    try:
        if not (_lock(handle) and _same_file(handle, path)):
            yield False
            return
        try:
            yield True
        finally:
            still_ours = _same_file(handle, path)
            if fcntl is None:  # Windows cannot delete a file while it is open
                os.close(handle)
                handle = -1
            if still_ours:
                _remove_with_sidecars(path)
    finally:
        if handle >= 0:
            os.close(handle)


def _lock(handle: int) -> bool:
    """Take the writer's lock on an open file; False when another process holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _same_file(handle: int, path: Path) -> bool:
    """True when ``path`` is still the file open as ``handle`` (not removed or replaced meanwhile)."""
    try:
        return os.path.samestat(os.fstat(handle), path.stat())
    except FileNotFoundError:
        return False


def _remove_with_sidecars(path: Path) -> None:
    """Remove ``path`` and SQLite's files beside it; with the lock held, the main file goes last, so
    a crash in between leaves a stale main file that the next clean-up finds, not orphans."""
    if fcntl is None:
        path.unlink(missing_ok=True)  # first: on Windows this fails while a live writer has it open
    for sidecar in SIDECARS:
        path.with_name(path.name + sidecar).unlink(missing_ok=True)
    path.unlink(missing_ok=True)


def partial_files(folder: Path) -> list[Path]:
    """The unfinished backups in ``folder`` (being written now, or left by a crash)."""
    return sorted(folder.glob(f"*{PARTIAL}")) if folder.is_dir() else []


def remove_stale_partials(folder: Path) -> int:
    """Delete the partial backups in ``folder`` that no live process is writing; return how many."""
    return remove_stale(folder, f"*{PARTIAL}")


def remove_stale(folder: Path, pattern: str) -> int:
    """Delete the files matching ``pattern`` in ``folder`` that no live ``claimed`` block holds.

    SQLite's files left beside a removed file (its ``-journal``) go with it, and so do such files
    whose main file is gone. Returns how many main files were removed.
    """
    removed = 0
    for stale in sorted(folder.glob(pattern)):
        try:
            handle = os.open(stale, os.O_RDWR)
        except OSError:
            continue  # finished or cleaned meanwhile, or not ours to judge (permissions)
        try:
            if not _lock(handle) or not _same_file(handle, stale):
                continue  # a live writer's, or a new file of the same name
            if fcntl is None:
                os.close(handle)  # Windows: the unlink below fails while the writer has it open
                handle = -1
            try:
                _remove_with_sidecars(stale)
            except PermissionError:
                continue
            removed += 1
        finally:
            if handle >= 0:
                os.close(handle)
    for suffix in SIDECARS:
        for sidecar in folder.glob(pattern + suffix):
            if not sidecar.with_name(sidecar.name[: -len(suffix)]).exists():
                # A live writer's SQLite files never outlive its main file.
                with contextlib.suppress(OSError):
                    sidecar.unlink()
    return removed


def prune(folder: Path, reason: str) -> None:
    """Delete the oldest backups of ``reason`` beyond what ``KEEP`` allows."""
    keep = KEEP.get(reason, KEEP["manual"])
    for old in list_backups(folder, reason)[keep:]:
        old.unlink(missing_ok=True)


def newest_age_seconds(folder: Path, reason: str) -> float | None:
    """Seconds since the newest backup of ``reason`` was written, None when there is none."""
    backups = list_backups(folder, reason)
    if not backups:
        return None
    return time.time() - backups[0].stat().st_mtime


def newest_good_backup(plan: Path, root: Path) -> Path | None:
    """The newest backup of ``plan`` under ``root`` that still verifies, None when there is none."""
    for candidate in list_backups(rotation_dir(root, plan)):
        try:
            verify(candidate)
        except BackupError:
            continue
        return candidate
    return None


def restore_copy(backup_file: Path, destination: Path) -> Path:
    """Copy a verified backup to a new file ``destination`` (never over an existing file)."""
    verify(backup_file)
    if destination.exists():
        raise FileExistsError(destination)
    partial = destination.with_name(destination.name + ".partial")
    try:
        shutil.copyfile(backup_file, partial)
        partial.replace(destination)
    finally:
        partial.unlink(missing_ok=True)
    return destination
