"""Saving the workbook: openpyxl's own writer, with the cells of each sheet written in one piece.

openpyxl writes every cell through lxml's incremental writer, an element and two or three nested
context managers a cell, and looks its style up by hashing the cell's style array; a thousand goal
sheets hold half a million cells, and that was a third of the export. Here each sheet's
``<sheetData>`` is written as XML text in one pass (a style id looked up once per distinct style)
into the sheet's stream, between the parts openpyxl's writer writes as it always does: the sheet's
view, columns, merged cells, conditional formats, validations, page setup, drawings and tables, and
the workbook's styles, charts and relationships. A cell this does not know how to write (rich text,
an array formula, a hyperlink, a comment) goes through openpyxl's own cell writer. Each sheet is
written in memory rather than to a temporary file of its own.
"""

from __future__ import annotations

import datetime
from io import BytesIO
from typing import BinaryIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import LXML
from openpyxl.cell._writer import etree_write_cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.compat import safe_string
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.functions import fromstring, tostring

_KNOWN_TYPES = frozenset("nbesfd")  # number, boolean, error, inline text, formula, date


def save(workbook: Workbook, stream: BinaryIO) -> None:
    """Write ``workbook`` to ``stream`` as ``Workbook.save`` would (``openpyxl.writer.excel``)."""
    archive = ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    _BookWriter(workbook, archive).save()


class _BookWriter(ExcelWriter):
    def write_worksheet(self, ws) -> None:
        """As ``ExcelWriter.write_worksheet`` for a normal workbook, the sheet written in memory."""
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _SheetWriter(ws, out=BytesIO())
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


class _SheetWriter(WorksheetWriter):
    def write_rows(self) -> None:
        xf = self.xf.send(True)
        if LXML:  # lxml's writer: what it has written goes out first, then the rows as they are
            xf.flush()
            self.out.write(sheet_data(self))
        else:  # the pure-Python writer takes elements only
            xf.write(fromstring(sheet_data(self)))
        self.xf.send(None)  # back to openpyxl's writer for the rest of the sheet


def sheet_data(writer: WorksheetWriter) -> bytes:
    """The sheet's ``<sheetData>`` element as XML text: what ``WorksheetWriter.write_rows`` writes."""
    ws = writer.ws
    book = ws.parent
    style_ids: dict[tuple, str] = {}
    letters: dict[int, str] = {}
    dimensions = ws.row_dimensions
    parts = ["<sheetData>"]
    add = parts.append
    for row_index, cells in writer.rows():
        row = str(row_index)
        attributes = "".join(f' {key}="{_attribute(value)}"' for key, value in dimensions.get(row_index, {}))
        add(f'<row r="{row}"{attributes}>')
        for cell in cells:
            if cell._comment is not None:
                ws._comments.append(CommentRecord.from_cell(cell))
            array = cell._style
            styled = array is not None and any(array)
            value = cell._value
            if value is None and not styled and not cell._comment:
                continue
            kind = cell.data_type
            if (
                cell.hyperlink
                or (kind == "f" and not isinstance(value, str))
                or (kind == "s" and value is not None and not isinstance(value, str))
                or (kind == "d" and getattr(value, "tzinfo", None) is not None)
                or (kind == "d" and book.iso_dates)
                or kind not in _KNOWN_TYPES
            ):
                add(_openpyxl_cell(ws, cell, styled))
                continue
            letter = letters.get(cell.column)
            if letter is None:
                letter = letters[cell.column] = get_column_letter(cell.column)
            start = f'<c r="{letter}{row}"'
            if styled:
                key = tuple(array)
                style = style_ids.get(key)
                if style is None:
                    style = style_ids[key] = str(book._cell_styles.add(array))
                start += f' s="{style}"'
            if kind == "d":
                kind, value = "n", to_excel(value, book.epoch)
            if kind != "f":
                start += f' t="{"inlineStr" if kind == "s" else kind}"'
            if value is None or value == "":
                add(start + "></c>")  # as lxml writes an element it was given nothing for
            elif kind == "f":
                add(f"{start}><f>{_escape(value[1:])}</f><v></v></c>")
            elif kind == "s":
                space = ' xml:space="preserve"' if value != value.strip() else ""
                add(f"{start}><is><t{space}>{_escape(value)}</t></is></c>")
            else:
                add(f"{start}><v>{_escape(safe_string(value))}</v></c>")
        add("</row>")
    add("</sheetData>")
    return "".join(parts).encode("ascii", "xmlcharrefreplace")  # as lxml writes it: "■" as &#9632;


def _escape(text: str) -> str:
    """``text`` as XML character data, as lxml writes it (a carriage return kept as one)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _attribute(text: str) -> str:
    """``text`` as an XML attribute value in double quotes."""
    return _escape(text).replace('"', "&quot;")


class _Collect:
    """Stands in for lxml's incremental writer: keeps the element openpyxl's cell writer writes."""

    def __init__(self) -> None:
        self.elements: list = []

    def write(self, element) -> None:
        self.elements.append(element)


def _openpyxl_cell(ws, cell, styled: bool) -> str:
    collect = _Collect()
    etree_write_cell(collect, ws, cell, styled)
    return "".join(tostring(element, encoding="unicode") for element in collect.elements)
