"""Errors the store raises, one class per situation a caller handles differently.

Each carries an English message built from a template and parameters. The
template is marked for translation, so the UI can show the same message in the
user's language with ``QCoreApplication.translate("StoreError", err.template)``.
"""

from __future__ import annotations

from goalplanner.core.i18n import QT_TRANSLATE_NOOP


class StoreError(Exception):
    """A plan file cannot be used as asked. ``str(err)`` is a message for the user."""

    template = QT_TRANSLATE_NOOP("StoreError", "The plan file {path} cannot be used: {reason}.")

    def __init__(self, path: object, reason: str = "", **params: object) -> None:
        self.path = str(path)
        self.params = {"path": self.path, "reason": reason, **params}
        super().__init__(self.template.format(**self.params))


class NotAGoalplannerFileError(StoreError):
    """The file is not a goalplanner plan: not SQLite at all, or another program's database."""

    template = QT_TRANSLATE_NOOP(
        "StoreError", "{path} is not a goalplanner plan file ({reason}). It was left untouched."
    )


class EmptyFileError(NotAGoalplannerFileError):
    """The file exists but holds 0 bytes: something went wrong when it was written."""

    template = QT_TRANSLATE_NOOP(
        "StoreError",
        "{path} is empty (0 bytes), so it holds no plan. It was left untouched; "
        "open a backup or create a new file instead.",
    )


class CorruptFileError(StoreError):
    """A goalplanner file whose content is damaged (truncated, malformed pages)."""

    template = QT_TRANSLATE_NOOP(
        "StoreError", "{path} is damaged ({reason}). It was left untouched; restore it from a backup."
    )


class ForeignWalError(CorruptFileError):
    """The -wal file beside the plan holds another plan's changes: opening would fold them in."""

    template = QT_TRANSLATE_NOOP(
        "StoreError",
        "{path} was not opened: the file {wal} beside it holds the changes of another plan, which "
        "opening would mix into this one. Both were left untouched; move {wal} to another folder "
        "(it belongs with the plan it was written for) and open the plan again.",
    )


class NewerSchemaError(StoreError):
    """The file was written by a newer goalplanner whose format this version does not know."""

    template = QT_TRANSLATE_NOOP(
        "StoreError",
        "{path} was saved by a newer goalplanner (file format {file_version}; this version reads up "
        "to {app_version}). Update goalplanner to open it; the file was left untouched.",
    )


class BusyError(StoreError):
    """Another program is writing to the file and did not let go in time."""

    template = QT_TRANSLATE_NOOP(
        "StoreError",
        "{path} is busy: another program is writing to it. Nothing was lost; try again in a moment.",
    )


class ReadOnlyError(StoreError):
    """The file or its folder cannot be written (read-only medium, permissions)."""

    template = QT_TRANSLATE_NOOP(
        "StoreError",
        "{path} cannot be changed: the file or its folder is read-only. "
        "Copy it to a folder you can write to and open the copy.",
    )


class DiskFullError(StoreError):
    """The disk holding the file is full."""

    template = QT_TRANSLATE_NOOP(
        "StoreError", "The disk holding {path} is full. Free some space; nothing was saved."
    )


class MigrationError(StoreError):
    """Upgrading the file's format failed; the file keeps its old format and content."""

    template = QT_TRANSLATE_NOOP(
        "StoreError",
        "{path} could not be upgraded from format {from_version} to {to_version} ({reason}). "
        "The file was left as it was.",
    )


class BackupError(StoreError):
    """A backup could not be written or did not verify."""

    template = QT_TRANSLATE_NOOP("StoreError", "The backup of {path} failed: {reason}.")
