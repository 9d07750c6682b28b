"""Writing files a manager keeps (charts, workbooks) so that a failure never leaves half of one.

Everything is written to a temporary file in the destination folder and moved over the old file
only once it is complete: a crash, a full disk or a cancel leaves the old file as it was. Failures
the user can fix (file open in another program, read-only folder, full disk) become ``ExportError``
with a message that says what to do.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from goalplanner.core.i18n import ENGLISH, QT_TRANSLATE_NOOP, Term


class ExportError(Exception):
    """A file could not be written or read as asked. ``str(err)`` is the English message for the user."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = {k: v if isinstance(v, int | float | Term) else str(v) for k, v in params.items()}
        super().__init__(ENGLISH.text("ExportError", template, self.params))


class ExportCancelled(Exception):  # noqa: N818 -- not an error: the user asked to stop
    """The user cancelled; nothing was written."""


BUSY = QT_TRANSLATE_NOOP(
    "ExportError",
    "{path} could not be written: it is open in another program, or you may not change it. "
    "Close it there (or choose another name) and try again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "ExportError", "{path} could not be written: the folder is read-only. Choose another folder."
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "ExportError", "{path} could not be written: the disk is full. Free some space and try again."
)
NO_FOLDER = QT_TRANSLATE_NOOP("ExportError", "{path} could not be written: the folder does not exist.")
OTHER = QT_TRANSLATE_NOOP("ExportError", "{path} could not be written: {reason}.")


def write_error(path: Path, error: OSError) -> ExportError:
    """The message for an ``OSError`` met while writing ``path``."""
    if error.errno == errno.ENOSPC:
        return ExportError(DISK_FULL, path=path)
    if error.errno == errno.EROFS:
        return ExportError(READ_ONLY, path=path)
    if isinstance(error, PermissionError):
        folder_writable = os.access(path.parent, os.W_OK)
        return ExportError(BUSY if folder_writable else READ_ONLY, path=path)
    if isinstance(error, FileNotFoundError):
        return ExportError(NO_FOLDER, path=path)
    return ExportError(OTHER, path=path, reason=error.strerror or error)


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write`` on a temporary file beside ``path``, then move it into place.

    Any exception (``ExportCancelled`` included) removes the temporary file and leaves an
    existing ``path`` untouched; an ``OSError`` comes out as ``ExportError``.
    """
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as error:
        raise write_error(path, error) from error
    try:
        with _Stream(io.FileIO(handle, "wb")) as stream:
            try:
                write(stream)
            except BaseException:
                with contextlib.suppress(OSError, ValueError):
                    stream._position = stream.tell()
                stream.failed = True  # closing it now says nothing; the error below says it all
                raise
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(_file_mode(path))
        Path(temporary).replace(path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        # Only a failure of this file is the user's to fix (a full disk names no file); an error about
        # another file (say, a font the chart needed) is not "could not be written".
        if isinstance(error, OSError) and error.filename in (None, temporary, str(path)):
            raise write_error(path, error) from error
        raise
    return path


class _Stream(io.BufferedWriter):
    """The temporary file as ``write`` sees it. Once ``write`` failed it takes whatever comes after and
    drops it: a writer that wrapped it (the ZipFile of a workbook) and is finalised later, after the file
    was closed, would otherwise fail to write its end there and print "Exception ignored ..." on stderr.
    """

    failed = False
    _position = 0  # where a write would go once failed (the writer may still seek and tell)

    def write(self, data: Any) -> int:
        if self.failed:
            size = memoryview(data).nbytes
            self._position += size
            return size
        return super().write(data)

    def flush(self) -> None:
        if not self.failed:
            super().flush()

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if not self.failed:
            return super().seek(offset, whence)
        self._position = offset if whence == os.SEEK_SET else self._position + offset
        return self._position

    def tell(self) -> int:
        return self._position if self.failed else super().tell()


def _file_mode(path: Path) -> int:
    """The old file's permissions, or what the umask gives a new file (mkstemp's are private)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for every thread, for a moment)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022
