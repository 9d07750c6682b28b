"""Where a damaged worksheet breaks, in the words of a cell: found after openpyxl failed to read it.

openpyxl stops on the first cell it cannot make sense of (a number cell holding ``abc``, a text cell
pointing past the end of the shared strings, a format that does not exist, XML cut short) with an
exception that does not say where. ``find_damage`` reads the same part again, with expat and no
objects built, and names the first such cell, or the line and column where the XML breaks.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.parsers import expat

from goalplanner.core.i18n import QT_TRANSLATE_NOOP

P_STORED_NUMBER = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "the file stores “{value}” in this cell as a number, which it is not: the workbook is damaged. "
    "Type the value again in a spreadsheet and save, or export the plan again",
)
P_NO_TEXT = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "the cell refers to text number {index} of the workbook, which has only {count}: the workbook is "
    "damaged. Type the value again in a spreadsheet and save, or export the plan again",
)
P_NO_FORMAT = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "the cell has format number {index}, which the workbook does not have (it has {count}): the "
    "workbook is damaged. Save it again in a spreadsheet, or export the plan again",
)
P_BAD_CELL = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "the file stores “{value}” in this cell in a form no spreadsheet writes: the workbook is damaged. "
    "Type the value again in a spreadsheet and save, or export the plan again",
)
P_BAD_XML = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "the sheet is damaged (its XML is malformed at line {line}, column {column}) and could not be "
    "read. Save the workbook again in a spreadsheet, or export the plan again",
)
P_UNREADABLE_SHEET = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "the sheet is damaged and could not be read ({reason}). Save the workbook again in a spreadsheet, "
    "or export the plan again",
)

CELL_REFERENCE = re.compile(r"\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}")
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?)?Z?|\d\d:\d\d(:\d\d(\.\d+)?)?")


class Damaged(Exception):  # noqa: N818 -- what openpyxl met: the reason is the type of its error
    """openpyxl could not read a sheet; ``reason`` is the name of the error it raised."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Damage:
    """The first damaged cell of a sheet (``cell`` empty when the XML itself breaks)."""

    cell: str
    template: str
    params: dict[str, object] = field(default_factory=dict)


def find_damage(path: Path, part: str, strings: int, formats: int, reason: str) -> Damage:
    """The first cell of worksheet ``part`` of the workbook at ``path`` that openpyxl cannot read.

    ``strings`` and ``formats`` are how many shared strings and cell formats the workbook has. The
    part has passed the screening, so reading it again is bounded; nothing is kept but one cell.
    """
    finder = _Finder(strings, formats)
    parser = expat.ParserCreate()
    parser.StartElementHandler = finder.start
    parser.EndElementHandler = finder.end
    parser.CharacterDataHandler = finder.text
    try:
        with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
            while not finder.found and (chunk := stream.read(64 * 1024)):
                parser.Parse(chunk, False)
            if not finder.found:
                parser.Parse(b"", True)
    except _Found:
        pass
    except expat.ExpatError as error:
        return Damage("", P_BAD_XML, {"line": error.lineno, "column": error.offset + 1})
    except Exception:  # the part itself cannot be read again: say what openpyxl met
        return Damage("", P_UNREADABLE_SHEET, {"reason": reason})
    return finder.found or Damage("", P_UNREADABLE_SHEET, {"reason": reason})


class _Found(Exception):  # noqa: N818 -- stops the parse at the first damaged cell
    pass


class _Finder:
    def __init__(self, strings: int, formats: int) -> None:
        self.strings, self.formats = strings, formats
        self.found: Damage | None = None
        self.cell: dict | None = None
        self.value: list[str] | None = None
        self.row = 0
        self.column = 0

    def start(self, name: str, attributes: dict) -> None:
        local = name.rpartition(":")[2]
        if local == "row":
            number = attributes.get("r")
            self.row = int(number) if number and number.isdigit() else self.row + 1
            self.column = 0
        elif local == "c" and self.cell is None:
            self.column += 1
            self.cell = attributes
        elif local == "v" and self.cell is not None:
            self.value = []

    def text(self, data: str) -> None:
        if self.value is not None:
            self.value.append(data)

    def end(self, name: str) -> None:
        local = name.rpartition(":")[2]
        if local == "v" and self.value is not None:
            self.cell = dict(self.cell, _value="".join(self.value))
            self.value = None
        elif local == "c" and self.cell is not None:
            cell, self.cell = self.cell, None
            damage = self._check(cell)
            if damage is not None:
                self.found = damage
                raise _Found

    def _where(self, cell: dict) -> str:
        reference = cell.get("r")
        if reference and CELL_REFERENCE.fullmatch(reference):
            return reference.replace("$", "")
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(min(max(self.column, 1), 16_384))}{self.row}"

    def _check(self, cell: dict) -> Damage | None:
        where = self._where(cell)
        reference = cell.get("r")
        if reference and not CELL_REFERENCE.fullmatch(reference):
            return Damage(where, P_BAD_CELL, {"value": _shown(reference)})
        style = cell.get("s")
        if style:
            if not style.isdigit():
                return Damage(where, P_BAD_CELL, {"value": _shown(style)})
            if int(style) >= self.formats:
                return Damage(where, P_NO_FORMAT, {"index": int(style), "count": self.formats})
        value = cell.get("_value") or None
        kind = cell.get("t", "n")
        if value is None or kind in ("inlineStr", "str", "e"):
            return None
        if kind == "n":
            try:
                float(value)
            except ValueError:
                return Damage(where, P_STORED_NUMBER, {"value": _shown(value)})
        elif kind == "s":
            if not value.strip().isdigit():
                return Damage(where, P_BAD_CELL, {"value": _shown(value)})
            if int(value) >= self.strings:
                return Damage(where, P_NO_TEXT, {"index": int(value), "count": self.strings})
        elif kind == "b":
            if value.strip() not in ("0", "1"):
                return Damage(where, P_BAD_CELL, {"value": _shown(value)})
        elif kind == "d":
            if not ISO_DATE.fullmatch(value.strip()) or not _iso(value.strip()):
                return Damage(where, P_BAD_CELL, {"value": _shown(value)})
        else:
            return Damage(where, P_BAD_CELL, {"value": _shown(kind)})
        return None


def _iso(text: str) -> bool:
    try:
        datetime.fromisoformat(text.rstrip("Z")) if "-" in text else None
    except ValueError:
        return False
    return True


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"
