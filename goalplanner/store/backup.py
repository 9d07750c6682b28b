"""Verified backups of a plan file, in a bounded rotation per file.

A backup is taken with SQLite's online backup API (a consistent snapshot even
while the app writes; a plain file copy of a live WAL database is not), written
to a temporary file beside its final name, switched to a self-contained
rollback-journal file, checked with ``PRAGMA integrity_check`` and only then
moved into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from goalplanner.paths import PLAN_SUFFIX
from goalplanner.store.errors import BackupError
from goalplanner.store.fileformat import APPLICATION_ID

# How many backups of each reason to keep, newest first.
KEEP = {"daily": 7, "manual": 10, "pre-migration": 3}
DAY_SECONDS = 24 * 60 * 60


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
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        raise BackupError(path, reason=f"the copy cannot be read ({exc})") from exc
    if app_id != APPLICATION_ID:
        raise BackupError(path, reason="the copy is not a goalplanner file")
    if result != ["ok"]:
        raise BackupError(path, reason="the copy failed its integrity check: " + "; ".join(result[:3]))


def write_backup(conn: sqlite3.Connection, folder: Path, stem: str, reason: str) -> Path:
    """Snapshot the database behind ``conn`` into ``folder``, verify it, prune old ones; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = folder / f"{stem}--{stamp}--{reason}{PLAN_SUFFIX}"
    partial = final.with_name(final.name + ".partial")
    try:
        with contextlib.closing(sqlite3.connect(partial)) as target:
            conn.backup(target)
            # The snapshot inherits WAL mode; a backup must be one self-contained file.
            target.execute("PRAGMA journal_mode=DELETE")
        verify(partial)
        partial.replace(final)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(folder, reason=str(exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
    prune(folder, reason)
    return final


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
