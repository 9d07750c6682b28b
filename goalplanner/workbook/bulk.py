"""openpyxl's per-call bookkeeping, done once for a workbook of a thousand sheets.

An export writes a sheet per goal; openpyxl's conveniences cost little for one sheet and a lot for a
thousand: ``Worksheet.add_table`` looks for the name among every table of every sheet (quadratic),
``merge_cells`` fills the merged range with placeholder cells and copies the first cell's borders
and protection onto each, and at save a table without named columns reads its header row by
creating every cell of its range. These functions write the same XML without that work: tables
here are named from goal ids (distinct by construction), merged cells carry no border, and the
header names are the texts the writer just put in the header row. And each style set on a cell is
looked up by hashing it: ``remember_styles`` looks the writer's constant styles up by identity.
"""

from __future__ import annotations

from datetime import date

from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.table import Table
from openpyxl.worksheet.worksheet import Worksheet


def merge(sheet: Worksheet, ref: str) -> None:
    """Merge the cells of ``ref`` ("A1:L1"), whose first cell has no border.

    openpyxl's own ``merge_cells`` also puts an empty placeholder in each covered cell; unstyled, it
    is never written to the file, so the file is the same without it.
    """
    sheet.merged_cells.add(MergedCellRange(sheet, ref))


def merge_row(sheet: Worksheet, row: int, first_column: int, last_column: int) -> None:
    """Merge columns ``first_column`` to ``last_column`` of ``row`` (see ``merge``)."""
    merge(sheet, CellRange(min_col=first_column, min_row=row, max_col=last_column, max_row=row).coord)


def add_table(sheet: Worksheet, table: Table) -> None:
    """Add ``table``, its columns named from the header row already written, as openpyxl would name
    them at save (each header's text), without creating the range's empty cells to find them.

    The caller keeps table names distinct (they come from goal ids); Excel refuses a repeated one.
    """
    table._initialise_columns()
    span = CellRange(table.ref)
    for index, column in enumerate(table.tableColumns, start=span.min_col):
        cell = sheet._cells.get((span.min_row, index))
        column.name = str(cell.value if cell is not None else None)
    sheet._tables.add(table)


class KnownStyles(IndexedList):
    """A workbook's list of fonts (fills, borders, alignments, protections) that knows the objects it
    was given: the writer sets the same few constant styles on tens of thousands of cells, and
    openpyxl hashes a style's every attribute, twice, each time one is set."""

    def __init__(self, iterable=None) -> None:
        super().__init__(iterable)
        self._known: dict[int, tuple[object, int]] = {}

    def add(self, value) -> int:
        known = self._known.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        index = super().add(value)
        self._known[id(value)] = (value, index)  # kept alive with it: its id is never reused
        return index


def remember_styles(workbook: Workbook) -> None:
    """Give ``workbook`` style lists that know the style objects already set (``KnownStyles``).

    The writer's style objects are never changed once made (openpyxl's are values): a font set
    again is the font set before."""
    for name in ("_fonts", "_fills", "_borders", "_alignments", "_protections"):
        setattr(workbook, name, KnownStyles(getattr(workbook, name)))


def formula(sheet: Worksheet, row: int, column: int, text: str):
    """The cell at ``row``, ``column`` holding ``text`` ("=IF(...)"), a formula the writer composed of
    cell references, numbers and its own status words: what setting ``cell.value`` does with it,
    without the checks for characters a spreadsheet cannot hold, which matter for typed text only."""
    cell = sheet.cell(row, column)
    cell._value = text
    cell.data_type = "f"
    return cell


def dated(cell, value: date) -> None:
    """Put ``value`` in ``cell``, which has a date format already: what setting ``cell.value`` does
    (openpyxl gives a date a date format only when the cell has none)."""
    cell._value = value
    cell.data_type = "d"
