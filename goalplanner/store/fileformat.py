"""Recognise a plan file from its first 100 bytes, before SQLite is allowed near it.

Opening an arbitrary file with SQLite can change it (a journal mode switch, our
tables added to another program's database). Reading the header ourselves lets
the store refuse empty, foreign, truncated and non-SQLite files untouched.
Header layout: https://www.sqlite.org/fileformat2.html#the_database_header
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from goalplanner.store.errors import CorruptFileError, EmptyFileError, NotAGoalplannerFileError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Written into every plan file's header (PRAGMA application_id): "GPLN".
APPLICATION_ID = 0x47504C4E


@dataclass(frozen=True)
class Header:
    """The parts of an SQLite header that tell whose file it is and how big it should be."""

    page_size: int
    page_count: int  # in-header database size; 0 when not trustworthy
    application_id: int
    user_version: int


def read_header(raw: bytes) -> Header:
    """Decode a 100-byte SQLite header (the magic string already checked)."""
    (page_size,) = struct.unpack_from(">H", raw, 16)
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack_from(">II", raw, 24)
    (user_version,) = struct.unpack_from(">I", raw, 60)
    (application_id,) = struct.unpack_from(">I", raw, 68)
    (valid_for,) = struct.unpack_from(">I", raw, 92)
    # SQLite trusts the in-header size only when it was written with the current change counter.
    if valid_for != change_counter:
        page_count = 0
    return Header(page_size, page_count, application_id, user_version)


def identify(path: Path) -> Header | None:
    """Return the header of a plan file, None when ``path`` does not exist yet; raise to refuse it."""
    if not path.exists():
        return None
    if path.is_dir():
        raise NotAGoalplannerFileError(path, reason="it is a folder")
    size = path.stat().st_size
    if size == 0:
        raise EmptyFileError(path)
    with path.open("rb") as handle:
        raw = handle.read(HEADER_SIZE)
    if not SQLITE_MAGIC.startswith(raw[: len(SQLITE_MAGIC)]):
        raise NotAGoalplannerFileError(path, reason="not an SQLite database")
    if len(raw) < HEADER_SIZE:
        raise CorruptFileError(path, reason=f"cut short after {size} bytes")
    header = read_header(raw)
    if header.application_id != APPLICATION_ID:
        raise NotAGoalplannerFileError(path, reason="an SQLite database made by another program")
    if header.page_size < 512 or header.page_size & (header.page_size - 1):
        raise CorruptFileError(path, reason=f"impossible page size {header.page_size}")
    expected = header.page_size * header.page_count
    if expected and size < expected and not _has_pending_wal(path):
        raise CorruptFileError(path, reason=f"cut short: {size:,} of {expected:,} bytes")
    return header


def _has_pending_wal(path: Path) -> bool:
    """True when a write-ahead log may still hold pages the main file is waiting for."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0
