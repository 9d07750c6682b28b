"""The Check-ins sheet: every check-in of the exported goals, oldest first per goal, with its note and
the owner's confidence and next step, for filtering and reading (the importer never reads it). Long
texts wrap in their columns, so the sheet prints one page wide at a readable size."""

from __future__ import annotations

from typing import Protocol

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from goalplanner.core.model import CONFIDENCES
from goalplanner.workbook import bulk, confidence
from goalplanner.workbook.data import PlanSnapshot
from goalplanner.workbook.layout import FONT_NAME, number_format, print_setup, row_height, text_lines
from goalplanner.workbook.text import HEADERS, ExcelText

COLUMNS = HEADERS["checkins"]
# Characters per column, 156 in all (as before the confidence and next step came): the texts wrap.
WIDTHS = {"goal": 36, "date": 11, "actual": 11, "numerator": 11, "denominator": 12, "note": 32,
          "confidence": 11, "next_step": 32}  # fmt: skip
WRAPPED = ("goal", "note", "next_step")
MOST_LINES = 8  # a row grows to show this many lines of its longest text; longer ones are cut on paper
HEADER_FONT = Font(name=FONT_NAME, bold=True)
TOP_WRAPPED = Alignment(wrap_text=True, vertical="top")  # one object for every wrapped row's cells
PROSE = 1.1  # words fit more letters in a column than the digits its width is measured in


class HistoryWriter(Protocol):
    """What the sheet needs of the workbook's writer: the plan, its words, and its safe cells."""

    plan: PlanSnapshot
    words: ExcelText

    def text(self, sheet: Worksheet, row: int, column: int, value: str, where: str): ...
    def number(self, sheet: Worksheet, row: int, column: int, value, number_format: str, where: str): ...
    def date(self, sheet: Worksheet, row: int, column: int, value): ...


def write_history(writer: HistoryWriter, sheet: Worksheet) -> None:
    """Fill ``sheet`` with every check-in of ``writer``'s plan, one row each."""
    words = writer.words
    column = {key: index for index, key in enumerate(COLUMNS, start=1)}
    for key, index in column.items():
        sheet.cell(1, index, words.header(key)).font = HEADER_FONT
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS[key]
    said = confidence.choices(words)
    row = 1
    for data in writer.plan.goals:
        goal = data.goal
        where = words.where(goal.title, sheet.title)
        for checkin in sorted(data.checkins, key=lambda c: (c.on, c.id or 0)):
            row += 1
            texts = {"goal": goal.title, "note": checkin.note, "next_step": checkin.next_step}
            for key, text in texts.items():
                if text:  # empty cells are simply not written
                    writer.text(sheet, row, column[key], text, where)
            writer.date(sheet, row, column["date"], checkin.on)
            writer.number(sheet, row, column["actual"], checkin.actual, number_format(goal), where)
            for key in ("numerator", "denominator"):
                if getattr(checkin, key) is not None:
                    writer.number(sheet, row, column[key], getattr(checkin, key), "General", where)
            if checkin.confidence is not None:
                word = said[CONFIDENCES.index(checkin.confidence)]
                writer.text(sheet, row, column["confidence"], word, where)
            lines = max(text_lines(text, WIDTHS[key] * PROSE) for key, text in texts.items())
            if lines > 1:  # wrapped, every cell at the top, level with the texts' first lines
                for cell in sheet[row][: len(COLUMNS)]:
                    cell.alignment = TOP_WRAPPED
                sheet.row_dimensions[row].height = row_height(lines, MOST_LINES, *texts.values())
    if row > 1:
        table = Table(displayName="CheckIns", ref=f"A1:{get_column_letter(len(COLUMNS))}{row}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        bulk.add_table(sheet, table)
    sheet.freeze_panes = "B2"
    print_setup(sheet, repeat_rows="1:1", footer=words.sheet("checkins"))
