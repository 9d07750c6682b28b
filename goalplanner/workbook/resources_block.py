"""A goal sheet's resources block, beside its key facts: the reviewer and contributors, the staff, budget
and skills answers with their plans, and the agents the queue needs (Erlang C), worded by
``core.resource_summary`` as the goal's detail words them, so both show the same figures.

For reading only: the importer reads actuals from the plan rows the hidden sheet names, never from
these cells, and the block says so. The block sits in columns F to L of rows 3 to 9, which the key
facts (columns A and B, rows 4 to 9) and the plan table (from row 12) leave free.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from goalplanner.core.i18n import QT_TRANSLATE_NOOP, Wording
from goalplanner.core.model import Goal
from goalplanner.core.resource_summary import resource_lines
from goalplanner.workbook import bulk
from goalplanner.workbook.text import ExcelText

TITLE = QT_TRANSLATE_NOOP("Excel", "Resources")
READ_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "Excel", "For reading: change them in goalplanner. Import brings back only the actuals."
)
TITLE_ROW = 3
LABEL_COLUMN = 6  # F; the text spans G to L, the plan table's last column
FIRST_TEXT_COLUMN, LAST_TEXT_COLUMN = 7, 12
# The owner is a key fact already; the agents needed, the longest text, come last, level with the
# deadline, so the key facts above stay together.
SHOWN = ("reviewer", "contributors", "staff", "budget", "skills", "staffing")
LINE_BREAKS = {"staffing": "\n"}  # as the detail shows it: the agents, the headcount, the inputs
LINE_HEIGHT = 15  # points; spreadsheets do not size rows on open
GREY = Font(italic=True, color="666666")
BOLD = Font(bold=True)
TOP_WRAPPED = Alignment(vertical="top", wrap_text=True)
QUESTION = Font(color="8A5300")

PutText = Callable[[Worksheet, int, int, str], Cell]


def write_resources(sheet: Worksheet, goal: Goal, words: ExcelText, put_text: PutText, widths) -> None:
    """Write ``goal``'s resources block into ``sheet``; ``put_text(sheet, row, column, text)`` writes a
    text cell safely (escaped, never a formula); ``widths`` are the sheet's column widths (A first)."""
    wording = Wording(words.translate, words.number, words.day)
    span = f"{get_column_letter(FIRST_TEXT_COLUMN)}{{row}}:{get_column_letter(LAST_TEXT_COLUMN)}{{row}}"
    text_width = sum(widths[FIRST_TEXT_COLUMN - 1 : LAST_TEXT_COLUMN])
    put_text(sheet, TITLE_ROW, LABEL_COLUMN, words.translate("Excel", TITLE)).font = BOLD
    put_text(sheet, TITLE_ROW, FIRST_TEXT_COLUMN, words.translate("Excel", READ_ONLY_NOTE)).font = GREY
    bulk.merge(sheet, span.format(row=TITLE_ROW))
    lines = {line.key: line for line in resource_lines(goal)}
    for row, key in enumerate(SHOWN, start=TITLE_ROW + 1):
        line = lines[key]
        label = put_text(sheet, row, LABEL_COLUMN, line.heading(wording))
        label.font = BOLD
        label.alignment = TOP_WRAPPED
        text = line.text(wording, LINE_BREAKS.get(key))
        cell = put_text(sheet, row, FIRST_TEXT_COLUMN, text)
        cell.alignment = TOP_WRAPPED
        if not line.answered:
            cell.font = QUESTION  # an open question, in the colour of its warning
        bulk.merge(sheet, span.format(row=row))
        height = max(_lines(text, text_width), _lines(label.value or "", widths[LABEL_COLUMN - 1]))
        sheet.row_dimensions[row].height = LINE_HEIGHT * min(height, 12)


def _lines(text: str, width: float) -> int:
    """Lines ``text`` takes wrapped in ``width`` characters (East Asian characters count two)."""
    total = 0
    for paragraph in str(text).split("\n"):
        wide = sum(1 for char in paragraph if unicodedata.east_asian_width(char) in "WF")
        # prose is narrower than the digit widths columns are measured in
        total += max(1, math.ceil((len(paragraph) + wide) / (width * 1.15)))
    return total
