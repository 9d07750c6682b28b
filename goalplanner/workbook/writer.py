"""The plan as a working Excel workbook: a summary, a sheet per goal to fill in, the check-in history.

Each goal sheet holds the plan for the goal's check-in period with an *Actual* column to type into
(validated against what the metric can be), *Variance* and *Achievement* as live formulas, and a
native line chart of plan against actual that follows what is typed. The other period's plan sits
beside it for reference. A hidden sheet records the plan's id and where each goal's rows are, so
``goalplanner.workbook.importer`` can bring the typed actuals back. openpyxl is imported here only,
and this module only when a workbook is made.
"""

from __future__ import annotations

import math
import re
import unicodedata
from copy import copy
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from goalplanner import __version__
from goalplanner.core.kpis import metric_bounds
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.palette import STATUS_LOOKS
from goalplanner.core.progress import (
    DEFAULT_STATUS_THRESHOLDS,
    goal_status,
    latest_by_period,
    status_period,
)
from goalplanner.core.tasks import Progress
from goalplanner.files import ExportCancelled, write_atomically
from goalplanner.workbook.data import (
    ID_SHEET,
    MARKER,
    WORKBOOK_FORMAT,
    GoalData,
    PlanSnapshot,
    PlanSource,
    Warnings,
    looks_like_formula,
    plain_text,
    safe_number,
    safe_text,
    snapshot,
)
from goalplanner.workbook.text import HEADERS, ExcelText

# Excel number formats by unit. Percentages stay 0-100 (as in the app) with a literal % sign.
NUMBER_FORMATS = {
    "%": '0.0"%"',
    "s": '#,##0" s"',
    "h": '#,##0.0" h"',
    "currency": "#,##0.00",
    "contacts": "#,##0",
    "points": "0.0",
    "score": "0.00",
}
DATE_FORMAT = "yyyy-mm-dd"
EXCEL_FIRST_DAY = date(1900, 3, 1)  # Excel counts 1900-02-29, which never was: earlier dates go as text
INPUT_FILL = PatternFill("solid", start_color="FFF6D5")  # the cells a colleague types into
HEADER_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
SHEET_NAME_LIMIT = 31
PLAN_HEADER_ROW = 12  # goal sheets: the plan table starts here, under the goal's key facts
# (first column, last column) of the plan table; the reference table starts two columns later.
PLAN_COLUMNS = ("period", "from", "to", "planned", "actual", "variance", "achievement", "note")
REFERENCE_COLUMNS = ("period", "from", "to", "planned")
ACTUAL_COLUMN = PLAN_COLUMNS.index("actual") + 1
NOTE_COLUMN = PLAN_COLUMNS.index("note") + 1

GOAL_WIDTHS = (14, 12, 12, 12, 12, 12, 13, 40)  # columns A-H of a goal's sheet, in characters


def _lines(text: str, width: float) -> int:
    """Lines ``text`` takes wrapped in a column ``width`` characters wide (no spreadsheet sizes rows on
    open). Chinese, Japanese and Korean characters are two columns wide; the rest one."""
    wide = sum(1 for char in text if unicodedata.east_asian_width(char) in "WF")
    return max(1, math.ceil((len(text) + wide) / (width * 1.05)))


@dataclass(frozen=True)
class ExportReport:
    """What was written: the file, one sheet name per goal, and anything that had to change."""

    path: Path
    sheets: dict[int, str]
    warnings: Warnings


def export_workbook(
    source: PlanSource | PlanSnapshot,
    path: Path,
    goals: list[int] | None = None,
    progress: Progress | None = None,
    *,
    today: date | None = None,
    text: ExcelText | None = None,
) -> ExportReport:
    """Write the plan (or the ``goals`` ids of it) as an .xlsx workbook at ``path``, atomically.

    ``progress(done, total)`` is called after each goal sheet (``total`` counts writing the file as
    the last step, which cannot be interrupted); returning False cancels, leaving no
    file behind (``ExportCancelled``). ``ExportError`` when the file cannot be written.
    """
    plan = source if isinstance(source, PlanSnapshot) else snapshot(source, goals)
    if isinstance(source, PlanSnapshot) and goals is not None:
        wanted = set(goals)
        plan = PlanSnapshot(plan.plan_id, plan.plan_name, [g for g in plan.goals if g.goal.id in wanted])
    words = text or ExcelText()
    warnings = Warnings()
    writer = _Writer(plan, words, warnings, today or date.today())
    workbook = writer.build(progress)
    write_atomically(Path(path), workbook.save)
    return ExportReport(Path(path), writer.sheet_names, warnings)


class _Writer:
    def __init__(self, plan: PlanSnapshot, words: ExcelText, warnings: Warnings, today: date) -> None:
        self.plan, self.words, self.warnings, self.today = plan, words, warnings, today
        self.sheet_names: dict[int, str] = {}
        self.workbook = Workbook()
        self._styles: dict[tuple[str, bool], object] = {}

    def build(self, progress: Progress | None) -> Workbook:
        workbook = self.workbook
        summary = workbook.active
        summary.title = self.words.sheet("summary")
        names = unique_sheet_names(
            [d.goal.title for d in self.plan.goals],
            reserved={summary.title, self.words.sheet("checkins"), ID_SHEET},
        )
        total = len(self.plan.goals) + 1  # the last step is writing the file, which takes about as long
        layouts = []
        for done, (data, name) in enumerate(zip(self.plan.goals, names, strict=True), start=1):
            self.sheet_names[data.goal.id] = name
            layouts.append(self._goal_sheet(workbook.create_sheet(name), data))
            if progress is not None and progress(done, total) is False:
                raise ExportCancelled
        self._summary(summary)
        self._checkins(workbook.create_sheet(self.words.sheet("checkins")))
        self._ids(workbook.create_sheet(ID_SHEET), layouts)
        self._properties()
        return workbook

    # -- cells -------------------------------------------------------------------------------------

    def _style(self, cell, number_format: str = "General", fill: PatternFill | None = None) -> None:
        """Give ``cell`` a number format (and fill), reusing the style built for the first such cell.

        Setting style properties one by one costs a lookup each; tens of thousands of cells share a
        handful of styles, so each is built once and copied (openpyxl's StyleArray).
        """
        key = (number_format, fill is not None)
        cached = self._styles.get(key)
        if cached is None:
            cell.number_format = number_format
            if fill is not None:
                cell.fill = fill
            self._styles[key] = copy(cell._style)
        else:
            cell._style = copy(cached)

    def _text(self, sheet: Worksheet, row: int, column: int, value: str, where: str):
        cell = sheet.cell(row, column)
        cell.value = safe_text(value, where, self.warnings)
        if isinstance(cell.value, str) and looks_like_formula(cell.value):
            cell.data_type = "s"  # text, never a formula: "=HYPERLINK(...)" in a note stays a note
            cell.quotePrefix = True  # and stays text when someone edits the cell in Excel
        return cell

    def _number(self, sheet: Worksheet, row: int, column: int, value, unit: str, where: str):
        cell = sheet.cell(row, column)
        cell.value = safe_number(value, where, self.warnings)
        self._style(cell, NUMBER_FORMATS.get(unit, "General"))
        return cell

    def _date(self, sheet: Worksheet, row: int, column: int, value: date | None):
        cell = sheet.cell(row, column)
        if value is not None and value < EXCEL_FIRST_DAY:
            cell.value = value.isoformat()  # as text: Excel has no dates before 1900 (and 1900 is off by one)
        else:
            cell.value = value
            self._style(cell, DATE_FORMAT)
        return cell

    # -- summary -----------------------------------------------------------------------------------

    def _summary(self, sheet: Worksheet) -> None:
        columns = HEADERS["summary"]
        for column, key in enumerate(columns, start=1):
            sheet.cell(1, column, self.words.header(key)).font = HEADER_FONT
        for row, data in enumerate(self.plan.goals, start=2):
            goal, latest = data.goal, _latest(data.checkins)
            where = self.words.where(goal.title, self.words.sheet("summary"))
            status = goal_status(goal, latest, _period_plan(goal, data.plan))
            values = {
                "goal": goal.title,
                "smart": self.words.sentence(goal),
                "owner": goal.owner,
                "metric": self.words.metric(goal),
                "unit": self.words.unit(goal.unit),
                "direction": self.words.direction(goal),
                "status": self.words.status(status.code),
            }
            for column, key in enumerate(columns, start=1):
                if key in values:
                    self._text(sheet, row, column, values[key], where)
            numbers = {"baseline": goal.baseline, "target": goal.target, "stretch": goal.stretch_target,
                       "latest": latest.actual if latest else None}  # fmt: skip
            for key, value in numbers.items():
                self._number(sheet, row, columns.index(key) + 1, value, goal.unit, where)
            self._date(sheet, row, columns.index("start") + 1, goal.start)
            self._date(sheet, row, columns.index("deadline") + 1, goal.deadline)
            self._date(sheet, row, columns.index("latest_on") + 1, latest.on if latest else None)
            link = self._text(sheet, row, columns.index("sheet") + 1, self.sheet_names[goal.id], where)
            link.hyperlink = f"#{quote_sheetname(self.sheet_names[goal.id])}!A1"
            link.style = "Hyperlink"
        last_row = max(2, len(self.plan.goals) + 1)
        last_column = get_column_letter(len(columns))
        if self.plan.goals:
            table = Table(displayName="Goals", ref=f"A1:{last_column}{last_row}")
            table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
            sheet.add_table(table)
            status_column = get_column_letter(columns.index("status") + 1)
            _status_formatting(sheet, f"{status_column}2:{status_column}{last_row}", self.words)
        sheet.freeze_panes = "B2"
        widths = {"goal": 30, "smart": 46, "owner": 18, "metric": 20, "unit": 9, "direction": 14,
                  "status": 13, "sheet": 20}  # fmt: skip
        for column, key in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = widths.get(key, 10.5)
        wrapped = [
            (columns.index(key) + 1, widths[key]) for key in ("goal", "smart", "owner", "metric", "direction")
        ]
        for row in range(2, last_row + 1):
            lines = 1
            for column, width in wrapped:
                cell = sheet.cell(row, column)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                lines = max(lines, _lines(str(cell.value or ""), width))
            for column in range(1, len(columns) + 1):
                if column not in dict(wrapped):
                    sheet.cell(row, column).alignment = Alignment(vertical="top")
            sheet.row_dimensions[row].height = 15 * min(lines, 12)  # spreadsheets do not size rows on open
        _print_setup(sheet, repeat_rows="1:1")

    # -- one goal ----------------------------------------------------------------------------------

    def _goal_sheet(self, sheet: Worksheet, data: GoalData) -> dict:
        goal, words = data.goal, self.words
        where = words.where(goal.title, sheet.title)
        self._text(sheet, 1, 1, goal.title, where).font = TITLE_FONT
        self._text(sheet, 2, 1, words.sentence(goal), where).alignment = Alignment(
            wrap_text=True, vertical="top"
        )
        sheet.merge_cells("A2:H2")
        # the sentence over the merged columns A:H (their widths are set below): three lines at least
        sheet.row_dimensions[2].height = 15 * min(max(3, _lines(words.sentence(goal), sum(GOAL_WIDTHS))), 12)
        facts = [
            ("owner", goal.owner, None),
            ("metric", f"{words.metric(goal)} · {words.direction(goal)}", None),
            ("baseline", goal.baseline, goal.unit),
            ("target", goal.target, goal.unit),
            ("stretch", goal.stretch_target, goal.unit),
            ("deadline", goal.deadline, "date"),
        ]
        if goal.direction == "range":
            number = self.words.number
            band = f"{number(goal.range_low)} – {number(goal.range_high)} {self.words.unit(goal.unit)}"
            facts.insert(4, ("band", band, None))
        for row, (key, value, kind) in enumerate(facts, start=4):
            sheet.cell(row, 1, words.header(key)).font = HEADER_FONT
            if kind == "date":
                self._date(sheet, row, 2, value)
            elif kind is not None:
                self._number(sheet, row, 2, value, kind, where)
            else:
                self._text(sheet, row, 2, str(value), where)
        baseline_cell = f"$B${4 + [f[0] for f in facts].index('baseline')}"
        period = status_period(goal)
        rows = _period_plan(goal, data.plan)
        self._text(sheet, PLAN_HEADER_ROW - 1, 1, words.plan_title(period), where).font = HEADER_FONT
        first, last = self._plan_table(sheet, data, rows, baseline_cell, where)
        other = "month" if period == "week" else "week"
        reference = sorted((s for s in data.plan if s.period == other), key=lambda s: s.period_start)
        self._reference_table(sheet, goal, reference, other, top=last + 3)
        if rows:
            self._chart(sheet, data, rows, first, last)
        sheet.freeze_panes = f"A{PLAN_HEADER_ROW + 1}"
        for column, width in zip("ABCDEFGH", GOAL_WIDTHS, strict=True):
            sheet.column_dimensions[column].width = width
        _print_setup(sheet, repeat_rows=None)  # a repeated header row would cut through the chart
        return {"sheet": sheet.title, "goal_id": goal.id, "period": period, "first": first, "last": last}

    def _plan_table(self, sheet, data: GoalData, rows: list[SubTarget], baseline_cell: str, where: str):
        goal, words = data.goal, self.words
        header = PLAN_HEADER_ROW
        for column, key in enumerate(PLAN_COLUMNS, start=1):
            sheet.cell(header, column, words.header(key)).font = HEADER_FONT
        by_period = latest_by_period(data.checkins, rows)
        first = header + 1
        for row, sub in enumerate(rows, start=first):
            sheet.cell(row, 1, sub.label)
            self._date(sheet, row, 2, sub.period_start)
            self._date(sheet, row, 3, sub.period_end)
            self._number(sheet, row, 4, round(sub.planned, 6), goal.unit, where)
            checkin = by_period.get(sub.label)
            if checkin is not None:  # empty input cells are not written: the column's style covers them
                self._number(sheet, row, ACTUAL_COLUMN, checkin.actual, goal.unit, where)
                if checkin.note:
                    self._text(sheet, row, NOTE_COLUMN, checkin.note, where)
            variance = sheet.cell(row, 6, f'=IF(ISNUMBER(E{row}),E{row}-D{row},"")')
            self._style(variance, NUMBER_FORMATS.get(goal.unit, "General"))
            share = f"(E{row}-{baseline_cell})/(D{row}-{baseline_cell})"
            formula = f'=IF(AND(ISNUMBER(E{row}),D{row}<>{baseline_cell}),{share},"")'
            self._style(sheet.cell(row, 7, formula), "0%")
        last = max(first, first + len(rows) - 1)
        if rows:
            table = Table(displayName=f"Plan_{goal.id}", ref=f"A{header}:H{last}")
            table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=False)
            sheet.add_table(table)
            self._validation(sheet, goal, f"E{first}:E{last}")
            # The cells to type into are yellow, and what is typed takes the metric's number format.
            input_rule = FormulaRule(formula=["TRUE"], fill=INPUT_FILL)
            sheet.conditional_formatting.add(f"E{first}:E{last} H{first}:H{last}", input_rule)
            sheet.column_dimensions["E"].number_format = NUMBER_FORMATS.get(goal.unit, "General")
            if goal.direction != "range":
                _achievement_formatting(sheet, f"G{first}:G{last}")
        return first, last

    def _validation(self, sheet: Worksheet, goal: Goal, cells: str) -> None:
        low, high, _metric = metric_bounds(goal)
        words = self.words
        if math.isfinite(low) and math.isfinite(high):
            rule = DataValidation(
                type="decimal", operator="between", formula1=_plain(low), formula2=_plain(high)
            )
            message = words.text(
                "range_rule", metric=words.metric(goal), low=words.number(low), high=words.number(high)
            )
        elif math.isfinite(low):
            rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1=_plain(low))
            message = words.text("min_rule", metric=words.metric(goal), low=words.number(low))
        else:
            rule = DataValidation(type="decimal", operator="between", formula1="-1E+300", formula2="1E+300")
            message = words.text("number_rule")
        message = plain_text(message)[:250]  # Excel's limit for validation messages
        rule.error, rule.errorTitle = message, words.text("rule_title")
        rule.prompt, rule.promptTitle = message, words.text("prompt_title")
        rule.showErrorMessage = rule.showInputMessage = True
        rule.allow_blank = True
        sheet.add_data_validation(rule)
        rule.add(cells)

    def _reference_table(
        self, sheet: Worksheet, goal: Goal, rows: list[SubTarget], period: str, top: int
    ) -> None:
        """The other period's plan, read-only, under the plan table (title at row ``top``)."""
        if not rows:
            return
        where = self.words.where(goal.title, sheet.title)
        sheet.cell(top, 1, self.words.reference_title(period)).font = HEADER_FONT
        header = top + 1
        for column, key in enumerate(REFERENCE_COLUMNS, start=1):
            sheet.cell(header, column, self.words.header(key)).font = HEADER_FONT
        for row, sub in enumerate(rows, start=header + 1):
            sheet.cell(row, 1, sub.label)
            self._date(sheet, row, 2, sub.period_start)
            self._date(sheet, row, 3, sub.period_end)
            self._number(sheet, row, 4, round(sub.planned, 6), goal.unit, where)
        table = Table(displayName=f"Reference_{goal.id}", ref=f"A{header}:D{header + len(rows)}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
        sheet.add_table(table)

    def _chart(self, sheet: Worksheet, data: GoalData, rows: list[SubTarget], first: int, last: int) -> None:
        goal = data.goal
        chart = LineChart()
        # Zoom the value axis onto the plan and what happened so far (Excel starts at 0 otherwise),
        # with room either side for actuals typed later, but never beyond what the metric can be.
        known = [s.planned for s in rows] + [c.actual for c in data.checkins]
        known += [v for v in (goal.baseline, goal.target, goal.stretch_target) if v is not None]
        low_bound, high_bound, _metric = metric_bounds(goal)
        span = (max(known) - min(known)) or abs(max(known)) or 1.0
        chart.y_axis.scaling.min = max(low_bound, min(known) - 0.25 * span)
        chart.y_axis.scaling.max = min(high_bound, max(known) + 0.25 * span)
        chart.title = self.words.chart_title()
        chart.y_axis.title = plain_text(f"{self.words.metric(goal)} · {self.words.direction(goal)}")
        chart.x_axis.title = self.words.header("period")
        chart.height, chart.width = 10, 18
        chart.y_axis.number_format = NUMBER_FORMATS.get(goal.unit, "General")
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        header = first - 1
        values = Reference(sheet, min_col=4, max_col=ACTUAL_COLUMN, min_row=header, max_row=last)
        chart.add_data(values, titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=last))
        planned, actual = chart.series
        planned.graphicalProperties.line.solidFill = "222222"
        planned.graphicalProperties.line.width = 22000
        planned.smooth = actual.smooth = False
        actual.graphicalProperties.line.solidFill = STATUS_LOOKS["on_track"].colour.lstrip("#")
        actual.marker.symbol = "circle"
        actual.marker.size = 6
        chart.legend.position = "b"
        sheet.add_chart(chart, "J2")

    # -- history and ids ---------------------------------------------------------------------------

    def _checkins(self, sheet: Worksheet) -> None:
        columns = HEADERS["checkins"]
        for column, key in enumerate(columns, start=1):
            sheet.cell(1, column, self.words.header(key)).font = HEADER_FONT
        row = 1
        for data in self.plan.goals:
            goal = data.goal
            where = self.words.where(goal.title, sheet.title)
            for checkin in sorted(data.checkins, key=lambda c: (c.on, c.id or 0)):
                row += 1
                self._text(sheet, row, 1, goal.title, where)
                self._date(sheet, row, 2, checkin.on)
                self._number(sheet, row, 3, checkin.actual, goal.unit, where)
                if checkin.numerator is not None:  # empty cells are simply not written
                    self._number(sheet, row, 4, checkin.numerator, "", where)
                if checkin.denominator is not None:
                    self._number(sheet, row, 5, checkin.denominator, "", where)
                if checkin.note:
                    self._text(sheet, row, 6, checkin.note, where)
        if row > 1:
            table = Table(displayName="CheckIns", ref=f"A1:{get_column_letter(len(columns))}{row}")
            table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
            sheet.add_table(table)
        sheet.freeze_panes = "B2"
        for column, width in zip("ABCDEF", (48, 12, 12, 12, 12, 60), strict=True):
            sheet.column_dimensions[column].width = width
        _print_setup(sheet, repeat_rows="1:1")

    def _ids(self, sheet: Worksheet, layouts: list[dict]) -> None:
        sheet.sheet_state = "hidden"
        sheet.append([MARKER, WORKBOOK_FORMAT])
        sheet.append(["plan_id", self.plan.plan_id])
        sheet.append(["plan", safe_text(self.plan.plan_name, ID_SHEET, self.warnings)])
        sheet.append(["exported", datetime.now().isoformat(timespec="seconds")])
        sheet.append(["today", self.today.isoformat()])
        sheet.append([])
        sheet.append(["sheet", "goal_id", "period", "first_row", "last_row", "actual_column", "note_column"])
        for layout in layouts:
            sheet.append([layout["sheet"], layout["goal_id"], layout["period"], layout["first"],
                          layout["last"], ACTUAL_COLUMN, NOTE_COLUMN])  # fmt: skip
        for cell in [sheet["B3"], *(row[0] for row in sheet.iter_rows(min_row=8))]:
            cell.data_type = "s"  # a plan or sheet name such as "=Sales" is text here too

    def _properties(self) -> None:
        properties = self.workbook.properties
        properties.title = plain_text(self.words.text("workbook_title", plan=self.plan.plan_name))
        properties.creator = "goalplanner"
        properties.lastModifiedBy = f"goalplanner {__version__}"
        properties.created = properties.modified = datetime.now()
        properties.subject = self.words.text("workbook_subject")


# -- helpers -------------------------------------------------------------------------------------


def _plain(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


def _latest(checkins) -> CheckIn | None:
    return max(checkins, key=lambda c: (c.on, c.id or 0)) if checkins else None


def _period_plan(goal: Goal, plan) -> list[SubTarget]:
    period = status_period(goal)
    return sorted((s for s in plan if s.period == period), key=lambda s: s.period_start)


def _status_formatting(sheet: Worksheet, cells: str, words: ExcelText) -> None:
    top_left = cells.split(":")[0]
    for code in ("off_track", "at_risk", "on_track", "achieved"):
        look = STATUS_LOOKS[code]
        colour = look.colour.lstrip("#")
        label = words.status(code).split(" ", 1)[1].replace('"', '""')
        rule = FormulaRule(
            formula=[f'ISNUMBER(SEARCH("{label}",{top_left}))'],
            fill=PatternFill("solid", start_color=_tint(colour), end_color=_tint(colour)),
            font=Font(color=colour, bold=True),
        )
        sheet.conditional_formatting.add(cells, rule)


def _achievement_formatting(sheet: Worksheet, cells: str) -> None:
    thresholds = DEFAULT_STATUS_THRESHOLDS
    for code, operator, formula in (
        ("on_track", "greaterThanOrEqual", [str(thresholds.on_track)]),
        ("at_risk", "between", [str(thresholds.at_risk), str(thresholds.on_track - 1e-9)]),
        ("off_track", "lessThan", [str(thresholds.at_risk)]),
    ):
        colour = STATUS_LOOKS[code].colour.lstrip("#")
        fill = PatternFill("solid", start_color=_tint(colour), end_color=_tint(colour))
        rule = CellIsRule(operator=operator, formula=formula, fill=fill, font=Font(color=colour))
        sheet.conditional_formatting.add(cells, rule)


def _tint(colour: str) -> str:
    """A pale version of a status colour, for cell backgrounds that keep the text readable."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return "".join(f"{round(c + (255 - c) * 0.8):02X}" for c in (red, green, blue))


def _print_setup(sheet: Worksheet, repeat_rows: str | None) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if repeat_rows:
        sheet.print_title_rows = repeat_rows


def _units(text: str) -> int:
    """Excel counts a sheet name's length in UTF-16 code units: an emoji is two."""
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` UTF-16 units, at a word boundary when one is near, with no
    apostrophe at either end (Excel refuses those in sheet names)."""
    cut = text
    while _units(cut) > limit:
        cut = cut[:-1]
    if cut != text:
        space = cut.rfind(" ")
        cut = cut[:space] if space >= len(cut) // 2 else cut
    return cut.strip(" '")


def unique_sheet_names(titles: list[str], reserved: set[str]) -> list[str]:
    """Valid, distinct sheet names from goal titles: no []:*?/\\, at most 31 characters, no repeats.

    Excel compares sheet names without regard to case; "History" is reserved by Excel itself.
    """
    taken = {name.casefold() for name in reserved} | {"history"}
    names = []
    for index, title in enumerate(titles, start=1):
        base = re.sub(r"[\[\]:*?/\\\x00-\x1f]", " ", title)
        base = " ".join(base.split()).strip(" '") or f"Goal {index}"
        name = _cut(base, SHEET_NAME_LIMIT)
        counter = 2
        while name.casefold() in taken:
            suffix = f" ({counter})"
            name = _cut(base, SHEET_NAME_LIMIT - len(suffix)) + suffix
            counter += 1
        taken.add(name.casefold())
        names.append(name)
    return names
