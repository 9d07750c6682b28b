"""How the workbook looks on screen and on paper: number formats at each metric's precision, row
heights for wrapped text, status colours, and page setup, shared by the Summary and the goal sheets."""

from __future__ import annotations

import math
import unicodedata

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill

from goalplanner.core.kpis import decimals_for
from goalplanner.core.model import Goal
from goalplanner.core.palette import STATUS_LOOKS
from goalplanner.workbook.data import plain_text

# Units written after the number, as the window writes them ("85.0%", "229 s"); the others are in the
# Unit column or the metric's name. Percentages stay 0-100, as in the app.
UNIT_SUFFIX = {"%": '"%"', "s": '" s"', "h": '" h"'}
DATE_FORMAT = "yyyy-mm-dd"
LINE_HEIGHT = 15  # points per line of 11 pt text; spreadsheets do not size rows on open
# The workbook's own font, named: a font with no name is drawn in a serif by LibreOffice.
FONT_NAME = "Calibri"
WIDE_LINE_HEIGHT = 18  # Chinese, Japanese and Korean fonts set their lines further apart
# Narrow margins (inches): a landscape page holds about 150 characters of columns at full size.
FOOTER_LIMIT = 100
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6, "header": 0.3, "footer": 0.3}
INPUT_FILL = PatternFill("solid", start_color="FFF6D5")  # the cells a colleague types into


def number_format(goal: Goal) -> str:
    """The Excel number format of ``goal``'s values: grouped, with exactly the decimals the metric is
    shown with everywhere (core.kpis.decimals_for), so a cell reads as the window's plan table does.
    Excel keeps the full value and shows it rounded, half away from zero, as core.i18n.round_shown."""
    decimals = decimals_for(goal.kpi, goal.unit)
    digits = "#,##0" + ("." + "0" * decimals if decimals else "")
    return digits + UNIT_SUFFIX.get(goal.unit.strip(), "")


def text_lines(text: str, width: float) -> int:
    """Lines ``text`` takes wrapped in a column ``width`` characters wide. Chinese, Japanese and Korean
    characters are two columns wide; the rest one. Each line break starts a line."""
    total = 0
    for line in str(text).split("\n"):
        if 2 * len(line) <= width * 1.05:  # one line even were every character wide: no need to look
            total += 1
            continue
        wide = sum(1 for char in line if _wide(char))
        total += max(1, math.ceil((len(line) + wide) / (width * 1.05)))
    return total


def row_height(lines: int, most: int = 12, *texts: object) -> float:
    """The height in points of a row showing ``lines`` lines of text (at most ``most``): taller lines
    when any of ``texts`` is Chinese, Japanese or Korean."""
    wide = any(_wide(char) for text in texts for char in str(text or ""))
    return (WIDE_LINE_HEIGHT if wide else LINE_HEIGHT) * min(max(lines, 1), most)


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def footer_text(text: str, limit: int = FOOTER_LIMIT) -> str:
    """``text`` as a page footer can show it: on one line, at most ``limit`` characters (Excel holds
    255 in a whole footer), no character XML cannot hold, and "&" doubled (it starts a code there)."""
    line = " ".join(plain_text(text).split())
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line.replace("&", "&&")


def print_setup(sheet, repeat_rows: str | None, footer: str = "") -> None:
    """Print ``sheet`` landscape, one page wide and as many pages tall as it needs, with narrow
    margins, ``repeat_rows`` (e.g. "5:5") on every page and ``footer`` beside the page number."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    for side, inches in MARGINS.items():
        setattr(sheet.page_margins, side, inches)
    if repeat_rows:
        sheet.print_title_rows = repeat_rows
    if footer:
        sheet.oddFooter.left.text = footer_text(footer)
        sheet.oddFooter.left.size = 8
    sheet.oddFooter.right.text = "&P / &N"  # this page of all, in every language
    sheet.oddFooter.right.size = 8


def status_formatting(sheet, cells: str, status_cell: str, words, rules: list | None = None) -> None:
    """Colour ``cells`` by the status words ``status_cell`` begins with (relative to the top-left cell,
    so "$I13" colours each row by its own status; a closed goal's "● Achieved · Achieved" too);
    ``words`` is the workbook's ExcelText. ``rules``: ``status_rules(status_cell, words)`` made once
    for sheets that add them in the same order after the same rules (openpyxl numbers a rule's
    priority when it is first added), such as a thousand goal sheets."""
    for rule in rules if rules is not None else status_rules(status_cell, words):
        sheet.conditional_formatting.add(cells, rule)


def status_rules(status_cell: str, words) -> list[FormulaRule]:
    """The rules of ``status_formatting``, in the order they apply."""
    rules = []
    for code in ("off_track", "at_risk", "on_track", "achieved"):
        colour = STATUS_LOOKS[code].colour.lstrip("#")
        label = words.status(code).replace('"', '""')
        rules.append(
            FormulaRule(
                formula=[f'LEFT({status_cell},{len(words.status(code))})="{label}"'],
                fill=PatternFill("solid", start_color=tint(colour), end_color=tint(colour)),
                font=Font(color=colour, bold=True),
            )
        )
        if code == "off_track":  # "▲ On track · guardrail off track" is coloured at risk, never green
            rules.append(_guardrail_rule(status_cell, words))
    return rules


def _guardrail_rule(status_cell: str, words) -> FormulaRule:
    colour = STATUS_LOOKS["at_risk"].colour.lstrip("#")
    said = words.guardrail_off().replace('"', '""')
    return FormulaRule(
        formula=[f'ISNUMBER(SEARCH("{said}",{status_cell}))'],
        fill=PatternFill("solid", start_color=tint(colour), end_color=tint(colour)),
        font=Font(color=colour, bold=True),
    )


def tint(colour: str) -> str:
    """A pale version of a status colour, for cell backgrounds that keep the text readable."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return "".join(f"{round(c + (255 - c) * 0.8):02X}" for c in (red, green, blue))
