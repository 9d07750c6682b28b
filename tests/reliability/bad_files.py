"""Bad plan files of every kind the app must refuse, made from a real plan that has a backup."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan

KINDS = ("empty", "random bytes", "cut short", "another program's database", "newer format")
#: What the message for each kind must say (and no other kind's message says).
SAYS = {
    "empty": "is empty (0 bytes)",
    "random bytes": "is not a goalplanner plan file (not an SQLite database",
    "cut short": "is damaged",
    "another program's database": "not a goalplanner plan file (an SQLite database made by another program",
    "newer format": "was saved by a newer goalplanner",
    "read-only medium": "cannot be changed: the file or its folder is read-only",
}


def good_plan(path: Path) -> Path:
    """A sample plan at ``path`` with one verified backup, as any plan in use has."""
    with Store.open(path) as store:
        write_sample_plan(store, date(2025, 3, 12))
        store.backup()
    return path


def spoil(path: Path, kind: str) -> Path:
    """Turn the plan at ``path`` into a bad file of ``kind``."""
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random bytes":
        path.write_bytes(os.urandom(50_000))
    elif kind == "cut short":
        path.write_bytes(path.read_bytes()[:5000])
    elif kind == "another program's database":
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.commit()
        conn.close()
    elif kind == "newer format":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
    else:
        raise ValueError(kind)
    return path


@contextlib.contextmanager
def read_only_medium(folder: Path):
    """A small file system mounted at ``folder``: writable inside the block until ``seal()``."""
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                             capture_output=True, check=False)  # fmt: skip
    if mounted.returncode != 0:
        import pytest

        pytest.skip("cannot mount a file system here (needs root): " + mounted.stderr.decode().strip())

    def seal() -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)

    try:
        yield seal
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
