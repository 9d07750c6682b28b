"""Look at a workbook before openpyxl parses it, and watch every XML part openpyxl streams.

A workbook is a zip of XML parts. openpyxl loads some parts whole (the shared strings, the styles,
the workbook and its relationships, the content types) and streams the worksheets a row at a time,
but a row is built whole and nothing stops a part from holding millions of elements. So a workbook
of a few megabytes can unpack to gigabytes of objects. ``screen`` refuses such a file before any
XML is parsed: it reads the zip's directory without trusting it (the number of parts, from the
end record, before ``zipfile`` builds its list), then every part through a capped stream (the
bytes it really unpacks to, not the size its header declares), counting the XML elements of each
part (an upper bound: the start tags) and looking for a DTD, which no workbook has and every
entity-expansion attack needs. ``open_workbook`` then hands openpyxl an archive that refuses to
load a part whole beyond what a workbook's own parts need, and watches each part openpyxl streams,
element by element, as it is read: cells in a row, elements in a row, nesting, elements read.

The limits are what an exported plan of 10,000 goals with a weekly plan for a year and 52
check-ins each needs, with room for what a spreadsheet adds when it saves the file (see the
README's hostile workbooks row for the figures and the memory and time they bound).
"""

from __future__ import annotations

import re
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from goalplanner.core.i18n import QT_TRANSLATE_NOOP, Term
from goalplanner.files import ExportError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # all parts together, as they really unpack
# 10,000 goal sheets of 6 parts each (sheet, its relationships, plan table, drawing, its
# relationships, chart) and the workbook's own 15 or so: 60,015 parts.
MAX_PARTS = 65_000
MAX_DIRECTORY_BYTES = MAX_PARTS * 256  # the zip's directory: a part's entry is 46 bytes and its name
MAX_PART_BYTES = 64 * 1024 * 1024  # a part that is never parsed (an image a colleague pasted)
# Parts of an export pack 10 to 30 times; a zip bomb thousands of times. Checked from the headers
# first, as a quick refusal of the obvious; the sizes read through the capped stream are what count.
MAX_COMPRESSION_RATIO = 200
# Shared strings (a spreadsheet that saves the workbook moves every text there): each goal's
# title, sentence, owner and metric, period labels, and up to 52 notes: 600,000 strings at most,
# each a <si> and a <t>, with room for formatted runs.
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
MAX_SHARED_STRING_ELEMENTS = 1_500_000
# Styles: an export has 171 elements in 6 KB whatever its size; a spreadsheet adds a few hundred.
MAX_STYLES_BYTES = 2 * 1024 * 1024
MAX_STYLE_ELEMENTS = 20_000
# Any part openpyxl loads whole (content types, the workbook, relationships): for 10,000 goals
# the content types hold 40,000 elements in 5 MB.
MAX_WHOLE_BYTES = 8 * 1024 * 1024
MAX_WHOLE_ELEMENTS = 200_000
# Any other XML part, streamed: the check-ins sheet of 10,000 goals x 52 check-ins holds 4.2 million.
MAX_PART_ELEMENTS = 6_000_000
# While a part is streamed: a row holds at most Excel's 16,384 columns of cells, each with its
# value, formula or text; an export nests 7 deep (a chart 12); what the importer reads of one
# sheet (its plan table, or the ids of 10,000 goal sheets) is under 160,000 elements.
MAX_ROW_CELLS = 16_384
MAX_ROW_ELEMENTS = 4 * MAX_ROW_CELLS
MAX_DEPTH = 64
MAX_STREAMED_ELEMENTS = 400_000

SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
# The workbook part's content types (openpyxl's own list): the part that lists the sheets.
WORKBOOK_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
}
# A <sheet> start tag (any namespace prefix) in the workbook part: one per sheet openpyxl reads.
_SHEET_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sheet[\s/>]")
STYLES_PART = "xl/styles.xml"  # where openpyxl looks for the styles, whatever the content types say
CONTENT_TYPES_PART = "[Content_Types].xml"
XML_SUFFIXES = (".xml", ".rels", ".vml")
CHUNK = 1024 * 1024

SUSPICIOUS = QT_TRANSLATE_NOOP(
    "ExportError",
    "{path} is malformed: it would unpack to far more data than a plan holds ({reason}). "
    "Nothing was imported.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "ExportError", "{path} could not be read as a workbook ({reason}). Nothing was imported."
)
NOT_XLSX = QT_TRANSLATE_NOOP("ExportError", "{path} is not an Excel workbook (.xlsx). Nothing was imported.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "ExportError", "{path} has {count} {what}; at most {limit} are expected. Nothing was imported."
)
PARTS = QT_TRANSLATE_NOOP("ExportError", "parts")
SHEETS = QT_TRANSLATE_NOOP("ExportError", "sheets")
TOO_MANY_IN = QT_TRANSLATE_NOOP(
    "ExportError",
    "{path} has {count} {what} in its part {part}; at most {limit} are expected. Nothing was imported.",
)
ELEMENTS = QT_TRANSLATE_NOOP("ExportError", "XML elements")
CELLS_IN_ROW = QT_TRANSLATE_NOOP("ExportError", "cells in one row")
ELEMENTS_IN_ROW = QT_TRANSLATE_NOOP("ExportError", "XML elements in one row")
LEVELS = QT_TRANSLATE_NOOP("ExportError", "levels of nested XML elements")
DTD = QT_TRANSLATE_NOOP(
    "ExportError",
    "{path} could not be read as a workbook: its part {part} declares XML entities or a document "
    "type, which no workbook does. Nothing was imported.",
)


class TooMany(ExportError):  # noqa: N818 -- an ExportError, named for what it says
    """A count in one part beyond its limit: ``count`` says how far the reading went."""

    def __init__(self, path: Path, count: int, what: str, limit: int, part: str) -> None:
        super().__init__(TOO_MANY_IN, path=path, count=count, what=Term("ExportError", what), part=part,
                         limit=limit)  # fmt: skip
        self.count, self.limit, self.part = count, limit, part


@dataclass
class PartStats:
    """What one part really unpacks to."""

    size: int = 0
    elements: int = 0  # start tags: an upper bound on the elements a parser builds
    doctype: bool = False


@dataclass
class Screened:
    """The parts of a workbook that passed ``screen``."""

    parts: dict[str, PartStats] = field(default_factory=dict)
    shared_strings: set[str] = field(default_factory=set)
    workbook_parts: set[str] = field(default_factory=set)
    # The sheets the workbook part lists: openpyxl reads every one's size as it opens the workbook
    # (about 0.3 ms a sheet), so a caller refuses more than the plan's export can have (``sheets``).
    sheets: int = 0


def screen(path: Path) -> Screened:
    """Refuse, before any XML is parsed, what is too big, not a zip, or unpacks out of all proportion."""
    size = path.stat().st_size  # FileNotFoundError is the caller's
    if size > MAX_FILE_BYTES:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "ExportError",
                "{path} is {size} MB; goalplanner reads workbooks of up to {limit} MB. Nothing was imported.",
            ),
            path=path,
            size=round(size / 2**20),
            limit=MAX_FILE_BYTES // 2**20,
        )
    _check_directory(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ExportError(NOT_XLSX, path=path) from error
    with archive:
        members = archive.infolist()
        if len(members) > MAX_PARTS:
            raise _too_many_parts(path, len(members))
        declared = sum(m.file_size for m in members)
        if declared > MAX_UNPACKED_BYTES:
            raise ExportError(SUSPICIOUS, path=path, reason=f"{declared // 2**20} MB")
        for member in members:
            if member.file_size > 1_000_000 and member.file_size > MAX_COMPRESSION_RATIO * max(
                member.compress_size, 1
            ):
                ratio = member.file_size // max(member.compress_size, 1)
                raise ExportError(SUSPICIOUS, path=path, reason=f"{member.filename} ×{ratio}")  # no words
        screened = Screened()
        # the content types first: they say which part holds the shared strings
        ordered = sorted(members, key=lambda m: m.filename != CONTENT_TYPES_PART)
        total = 0
        for member in ordered:
            if member.is_dir():
                continue
            name = member.filename
            limit_bytes, limit_elements = _limits(name, screened)
            if member.file_size > limit_bytes:
                raise ExportError(SUSPICIOUS, path=path, reason=f"{name}: {_mb(member.file_size)}")
            xml = name.endswith(XML_SUFFIXES) or name in screened.shared_strings
            stats = _read_capped(archive, member, path, limit_bytes, limit_elements if xml else None)
            total += stats.size
            if total > MAX_UNPACKED_BYTES:
                raise ExportError(SUSPICIOUS, path=path, reason=f"{total // 2**20} MB")
            if xml and stats.doctype:
                raise ExportError(DTD, path=path, part=name)
            if xml and stats.elements > limit_elements:
                raise TooMany(path, stats.elements, ELEMENTS, limit_elements, name)
            screened.parts[name] = stats
            if name == CONTENT_TYPES_PART:
                screened.shared_strings, screened.workbook_parts = _special_parts(archive, member, path)
            elif name in screened.workbook_parts and xml:
                screened.sheets += _count_sheets(archive, member, path)
    return screened


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def _limits(name: str, screened: Screened) -> tuple[int, int]:
    if name in screened.shared_strings:
        return MAX_SHARED_STRINGS_BYTES, MAX_SHARED_STRING_ELEMENTS
    if name == STYLES_PART:
        return MAX_STYLES_BYTES, MAX_STYLE_ELEMENTS
    if name == CONTENT_TYPES_PART:
        return MAX_WHOLE_BYTES, MAX_WHOLE_ELEMENTS
    if name.endswith(XML_SUFFIXES):
        return MAX_UNPACKED_BYTES, MAX_PART_ELEMENTS
    return MAX_PART_BYTES, MAX_PART_ELEMENTS * 10  # never parsed: only its size counts


def _check_directory(path: Path) -> None:
    """Read the zip's end record and refuse a directory of more parts than a plan has, before
    ``zipfile`` builds an object for each (a 50 MB file can list a million empty parts)."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        tail_size = min(size, 22 + 65_535)
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise ExportError(NOT_XLSX, path=path)
    _disk, _start_disk, _here, entries, directory_size, _offset = struct.unpack(
        "<HHHHII", tail[at + 4 : at + 20]
    )
    zip64 = tail.rfind(b"PK\x06\x06", 0, at)
    if zip64 >= 0 and len(tail) - zip64 >= 56:
        entries, directory_size = struct.unpack("<QQ", tail[zip64 + 32 : zip64 + 48])
    if entries > MAX_PARTS:
        raise _too_many_parts(path, entries)
    if directory_size > MAX_DIRECTORY_BYTES:
        raise _too_many_parts(path, directory_size // 46)  # at least this many entries fit in it


def _too_many_parts(path: Path, count: int) -> ExportError:
    return ExportError(TOO_MANY, path=path, count=count, what=Term("ExportError", PARTS), limit=MAX_PARTS)


def _read_capped(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path, limit: int, elements: int | None
) -> PartStats:
    """Unpack ``member`` a chunk at a time, never keeping more than one, and stop past ``limit``
    bytes whatever its header says, or past ``elements`` start tags. Looks for a DTD on the way."""
    stats = PartStats()
    carry = b""
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(CHUNK):
                stats.size += len(chunk)
                if stats.size > limit:
                    raise ExportError(SUSPICIOUS, path=path, reason=f"{member.filename}: > {_mb(limit)}")
                stats.elements += chunk.count(b"<") - chunk.count(b"</")
                if elements is not None and stats.elements > elements:
                    raise TooMany(path, stats.elements, ELEMENTS, elements, member.filename)
                window = carry + chunk
                if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                    stats.doctype = True
                carry = chunk[-16:]
    except ExportError:
        raise
    except Exception as error:  # a wrong checksum, zlib.error, an encrypted part, an unknown compression
        raise _unreadable(path, member, error) from error
    return stats


def _unreadable(path: Path, member: zipfile.ZipInfo, error: Exception) -> ExportError:
    return ExportError(UNREADABLE, path=path, reason=f"{member.filename}: {type(error).__name__}")


def _count_sheets(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path) -> int:
    """The <sheet> elements in the workbook part ``member`` (already screened for size), read a
    chunk at a time."""
    count, carry = 0, b""
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(CHUNK):
                window = carry + chunk
                found = list(_SHEET_TAG.finditer(window))
                count += len(found)
                # a tag cut by the chunk's end is in the last 64 bytes: carry them, but nothing counted
                carry = window[max(len(window) - 64, found[-1].end() if found else 0) :]
    except Exception as error:
        raise _unreadable(path, member, error) from error
    return count


def _special_parts(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path
) -> tuple[set[str], set[str]]:
    """The parts the content types say hold shared strings (openpyxl reads the first), and the
    workbook part(s)."""
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(archive.read(member))
    except Exception as error:  # malformed content types: openpyxl cannot open the workbook either
        raise _unreadable(path, member, error) from error
    strings, workbooks = set(), set()
    for element in root:
        name = (element.get("PartName") or "").lstrip("/")
        if element.get("ContentType") == SHARED_STRINGS_TYPE and name:
            strings.add(name)
        elif element.get("ContentType") in WORKBOOK_TYPES and name:
            workbooks.add(name)
    return strings, workbooks


# -- while openpyxl reads ---------------------------------------------------------------------------


def open_workbook(path: Path, screened: Screened):
    """The workbook, read only, through an archive that watches what openpyxl parses."""
    from openpyxl.reader.excel import ExcelReader

    reader = ExcelReader(path, read_only=True, data_only=True, keep_links=False)
    reader.archive = GuardedArchive(reader.archive, path, screened)
    reader.read()
    return reader.wb


class GuardedArchive:
    """The parts of the zip as openpyxl asks for them: whole parts only within what a workbook's
    own parts need, streamed parts through ``GuardedStream``. Counts what it let through."""

    def __init__(self, archive: zipfile.ZipFile, path: Path, screened: Screened) -> None:
        self.archive, self.path, self.screened = archive, path, screened
        self.filename = archive.filename
        self.elements_streamed = 0

    def namelist(self) -> list[str]:
        return self.archive.namelist()

    def infolist(self):
        return self.archive.infolist()

    def close(self) -> None:
        self.archive.close()

    def read(self, name, *args, **kwargs) -> bytes:
        key = name.filename if isinstance(name, zipfile.ZipInfo) else name
        stats = self.screened.parts.get(key, PartStats())
        limit_bytes, limit_elements = MAX_WHOLE_BYTES, MAX_WHOLE_ELEMENTS
        if key == STYLES_PART:
            limit_bytes, limit_elements = MAX_STYLES_BYTES, MAX_STYLE_ELEMENTS
        if stats.doctype:
            raise ExportError(DTD, path=self.path, part=key)
        if stats.size > limit_bytes:
            raise ExportError(SUSPICIOUS, path=self.path, reason=f"{key}: {_mb(stats.size)}")
        if stats.elements > limit_elements:
            raise TooMany(self.path, stats.elements, ELEMENTS, limit_elements, key)
        return self.archive.read(name, *args, **kwargs)

    def open(self, name, mode="r", *args, **kwargs):
        key = name.filename if isinstance(name, zipfile.ZipInfo) else name
        limit = MAX_SHARED_STRING_ELEMENTS if key in self.screened.shared_strings else MAX_STREAMED_ELEMENTS
        return GuardedStream(self, self.archive.open(name, mode, *args, **kwargs), key, limit)


class GuardedStream:
    """A part's bytes as openpyxl's parser pulls them, each chunk checked by expat before the
    parser gets it: the parser never builds more than the limits allow."""

    def __init__(self, owner: GuardedArchive, stream, part: str, limit: int) -> None:
        self.owner, self.stream, self.part, self.limit = owner, stream, part, limit
        self.elements = self.depth = 0
        self.row_depth = 0  # the depth of the row being read, 0 outside rows
        self.row_cells = self.row_elements = 0
        self.broken = False
        parser = expat.ParserCreate()
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._doctype
        self.parser = parser

    def _too_many(self, count: int, what: str, limit: int) -> TooMany:
        return TooMany(self.owner.path, count, what, limit, self.part)

    def _doctype(self, *args) -> None:
        raise ExportError(DTD, path=self.owner.path, part=self.part)

    def _start(self, name: str, attributes) -> None:
        self.elements += 1
        self.depth += 1
        if self.elements > self.limit:
            raise self._too_many(self.elements, ELEMENTS, self.limit)
        if self.depth > MAX_DEPTH:
            raise self._too_many(self.depth, LEVELS, MAX_DEPTH)
        local = name.rpartition(":")[2]
        if self.row_depth:
            self.row_elements += 1
            if self.row_elements > MAX_ROW_ELEMENTS:
                raise self._too_many(self.row_elements, ELEMENTS_IN_ROW, MAX_ROW_ELEMENTS)
            if local == "c" and self.depth == self.row_depth + 1:
                self.row_cells += 1
                if self.row_cells > MAX_ROW_CELLS:
                    raise self._too_many(self.row_cells, CELLS_IN_ROW, MAX_ROW_CELLS)
        elif local == "row":
            self.row_depth, self.row_cells, self.row_elements = self.depth, 0, 0

    def _end(self, name: str) -> None:
        if self.depth == self.row_depth:
            self.row_depth = 0
        self.depth -= 1

    def read(self, size: int = -1) -> bytes:
        if self.broken:
            return b""
        data = self.stream.read(size)
        before = self.elements
        try:
            self.parser.Parse(data, not data)
        except expat.ExpatError:
            # Malformed XML: openpyxl's parser (expat too) meets it in the same bytes and says so.
            # Nothing after it is counted, so nothing after it is handed on.
            self.broken = True
        self.owner.elements_streamed += self.elements - before
        return data

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
