"""Opening a ticket or call export as a table: a header row, then rows streamed one at a time.

CSV and text exports: UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode
text"), otherwise cp1252 (Excel's "CSV" on Western Windows); comma, semicolon or tab between fields,
whichever the header line holds most of outside quotes. XLSX: the first sheet, read-only and
streamed; a formula cell gives its saved value, never evaluated. A ``.xlsx`` file is screened like
any workbook the app imports (``workbook.screening``: a bomb of a file is refused, with its reason,
before it is read, and openpyxl reads it through the guarded archive).
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# A line longer than this is not an export's line (csv's own limit is 128 KB).
csv.field_size_limit(1 << 24)
_SNIFF_BYTES = 1 << 16


class TableError(ValueError):
    """The file cannot be read as a table at all (``reason`` a code: see ``ticket_import`` wording)."""

    def __init__(self, reason: str, detail: str = "", line: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason, self.detail, self.line = reason, detail, line


@dataclass
class Table:
    """A header and its rows (each a list of cell texts), with what was found about the file."""

    headers: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (line or row number in the file, cells)
    encoding: str = ""
    delimiter: str = ""
    size: int = 0  # bytes, for progress
    _close: object = None

    def close(self) -> None:
        if self._close is not None:
            self._close()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_table(path: Path) -> Table:
    """The table in ``path`` (CSV/TXT/TSV or XLSX); ``TableError`` when it is not one."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as peek:
            head = peek.read(_SNIFF_BYTES)
    except OSError as error:
        raise TableError("unreadable", error.strerror or str(error)) from None
    if head.startswith(b"PK\x03\x04"):
        return _open_xlsx(path, size)
    if not head.strip():
        raise TableError("empty")
    encoding = _encoding(head)
    handle = path.open("r", encoding=encoding, newline="", errors="strict")
    try:
        first = handle.readline()
        delimiter = _delimiter(first)
        handle.seek(0)
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            headers = [h.strip().lstrip("\ufeff") for h in next(reader)]
        except StopIteration:
            raise TableError("empty") from None
        return Table(headers, _csv_rows(reader, encoding), encoding, delimiter, size, handle.close)
    except UnicodeDecodeError as error:
        handle.close()
        raise TableError("encoding", str(error), 1) from None
    except BaseException:
        handle.close()
        raise


def _encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not only a character cut at the end of the sample
            return "cp1252"
    return "utf-8"


def _delimiter(line: str) -> str:
    counts = {d: 0 for d in (",", ";", "\t")}
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(reader: csv.reader, encoding: str) -> Iterator[tuple[int, list[str]]]:
    try:
        for cells in reader:
            if len(cells) > 1 or (cells and cells[0].strip()):  # blank lines are no rows
                yield reader.line_num, cells
    except UnicodeDecodeError as error:
        raise TableError("encoding", f"{encoding}: {error.reason}", reader.line_num + 1) from None
    except csv.Error as error:
        raise TableError("csv", str(error), reader.line_num) from None


def _open_xlsx(path: Path, size: int) -> Table:
    from goalplanner.files import ExportError
    from goalplanner.workbook.screening import open_workbook, screen

    screened = screen(path)  # ExportError, worded, for a bomb or a file that is not a workbook
    try:
        book = open_workbook(path, screened)
    except ExportError:
        raise
    except Exception as error:  # openpyxl and zipfile raise many kinds for a file that is not a workbook
        raise TableError("xlsx", str(error)) from None
    sheet = book.worksheets[0] if book.worksheets else None
    if sheet is None:
        book.close()
        raise TableError("empty")
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    if header is None:
        book.close()
        raise TableError("empty")
    headers = [_cell_text(v).strip() for v in header]

    def stream() -> Iterator[tuple[int, list[str]]]:
        for number, values in enumerate(rows, start=2):
            cells = [_cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                yield number, cells

    return Table(headers, stream(), "xlsx", "", size, book.close)


def _cell_text(value: object) -> str:
    """A cell as text the value readers take: dates in ISO, numbers with a dot."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def sample(path: Path, rows: int = 5) -> tuple[list[str], list[list[str]]]:
    """The header and the first ``rows`` rows, for the mapping step's preview."""
    with open_table(path) as table:
        found = []
        for _line, cells in table.rows:
            found.append(cells)
            if len(found) >= rows:
                break
        return table.headers, found


__all__ = ["Table", "TableError", "open_table", "sample"]
