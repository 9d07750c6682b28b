"""The SQLite plan file: open, migrate, back up, read and write (sqlite-utils, never Qt)."""

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
