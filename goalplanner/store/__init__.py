"""The SQLite plan file: open, migrate, back up, read and write (sqlite-utils, never Qt).

The error classes are imported at once; :class:`Store` (and with it sqlite-utils, click and the rest of
the store) only when first asked for, so a module that needs no more than the errors (the window's error
texts, the first paint of the window) does not pay for loading the whole store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from goalplanner.store.errors import (
    BackupError,
    BusyError,
    CorruptFileError,
    DiskFullError,
    EmptyFileError,
    ForeignWalError,
    MigrationError,
    NewerSchemaError,
    NotAGoalplannerFileError,
    ReadOnlyError,
    StoreError,
)

if TYPE_CHECKING:
    from goalplanner.store.store import Store

__all__ = [
    "BackupError",
    "BusyError",
    "CorruptFileError",
    "DiskFullError",
    "EmptyFileError",
    "ForeignWalError",
    "MigrationError",
    "NewerSchemaError",
    "NotAGoalplannerFileError",
    "ReadOnlyError",
    "Store",
    "StoreError",
]


def __getattr__(name: str) -> object:
    """``Store`` loads the store module on first use (PEP 562)."""
    if name == "Store":
        from goalplanner.store.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
