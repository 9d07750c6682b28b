"""Inspect a plan file without writing to it: integrity, format version, counts and everything
``validate`` checks (schema shape, every row, references, loops and depth).

The file is opened read-only (``mode=ro``): SQLite reads the changes still in a -wal file beside it
but never checkpoints them into the file, so neither the file nor its -wal changes by a byte (only the
-shm index SQLite keeps beside them may be written). On a read-only medium an unchanging file is
read as ``immutable``, and one with a -wal is checked as a copy in a temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from goalplanner.store import schema
from goalplanner.store.errors import CorruptFileError, ForeignWalError, NewerSchemaError
from goalplanner.store.fileformat import identify
from goalplanner.store.store import check_wal, environment_errors
from goalplanner.store.validate import PlanProblem, validate


@dataclass
class CheckReport:
    """What ``check_file`` found."""

    path: Path
    schema_version: int
    app_schema_version: int
    integrity: list[str] = field(default_factory=list)  # ["ok"] when sound
    foreign_key_problems: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    read_only: bool = False  # on a read-only medium (or without write permission): readable, not editable
    problems: list[PlanProblem] = field(default_factory=list)  # validate's findings, [] when sound

    @property
    def ok(self) -> bool:
        """True when the file is sound and can be opened by this version."""
        return self.integrity == ["ok"] and self.foreign_key_problems == 0 and not self.problems


def check_file(path: Path) -> CheckReport:
    """Report on the plan at ``path``; raise ``StoreError`` when it cannot be used at all."""
    path = path.expanduser().absolute()
    if identify(path) is None:
        raise FileNotFoundError(path)
    read_only = not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    wal = path.with_name(path.name + "-wal")
    if read_only and wal.is_file() and wal.stat().st_size:
        # Changes still in the -wal file count, and reading them needs a writable folder: check a copy.
        with tempfile.TemporaryDirectory(prefix="goalplanner-check-") as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            try:
                check_wal(copy)
            except ForeignWalError as exc:
                raise ForeignWalError(path, reason=exc.params["reason"], wal=wal.name) from None
            report = _check(copy, path, read_only=True, unchanging=False)
        return report
    check_wal(path)  # another plan's changes in the -wal would be mixed into the report
    # Without a -wal file no program has the plan open (goalplanner keeps it in WAL mode): read it as
    # an unchanging file, so SQLite makes no -wal and -shm files beside it either.
    return _check(path, path, read_only=read_only, unchanging=read_only or not wal.exists())


def _check(path: Path, shown: Path, *, read_only: bool, unchanging: bool) -> CheckReport:
    """Check the file at ``path``, reporting it as ``shown``."""
    # Read-only, so nothing in a -wal file is ever checkpointed into the file. A read-only medium
    # cannot hold the -shm file WAL reading needs: there the file is read as an unchanging one.
    target = f"file:{quote(str(path))}?mode=ro"
    if unchanging:
        target += "&immutable=1"
    with (
        environment_errors(shown),
        contextlib.closing(sqlite3.connect(target, isolation_level=None, uri=True)) as conn,
    ):
        version = schema.current_version(conn)
        if version > schema.schema_version():
            raise NewerSchemaError(shown, file_version=version, app_version=schema.schema_version())
        report = CheckReport(shown, version, schema.schema_version(), read_only=read_only)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version and not set(schema.CORE_TABLES) <= tables:
            raise CorruptFileError(shown, reason="tables are missing")
        # Damage below the schema is a finding to report, not a reason to give up on the report.
        report.integrity = _findings(conn, "PRAGMA integrity_check(20)")
        problems = _findings(conn, "PRAGMA foreign_key_check")
        damaged = problems[0].startswith("damaged:")  # already part of the integrity findings
        report.foreign_key_problems = 0 if problems == ["ok"] or damaged else len(problems)
        for table in schema.TABLES:
            if table in tables:
                found = _findings(conn, f'SELECT count(*) FROM "{table}"')
                if found[0].isdigit():
                    report.counts[table] = int(found[0])
                elif report.integrity == ["ok"]:
                    report.integrity = found
        report.problems = validate(conn)
    return report


def _findings(conn: sqlite3.Connection, sql: str) -> list[str]:
    """The first column of every row ``sql`` returns (["ok"] for none), or the damage it ran into."""
    try:
        rows = conn.execute(sql).fetchall()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") not in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            raise
        return [f"damaged: {exc}"]
    return [str(row[0]) for row in rows] or ["ok"]
