"""The plan as a working Excel workbook: a summary, a sheet per goal to fill in, the check-in history.

Each goal sheet holds the plan for the goal's check-in period with an *Actual* column to type into
(validated against what the metric can be), the planned value each row is *Judged against*, and
*Variance*, *Achievement* and *Status* as live formulas that say what the window says (see
``goalplanner.workbook.formulas``), and a native line chart of plan against actual that follows
what is typed. The other period's plan sits beside it for reference, and the goal's resources beside
its key facts (``goalplanner.workbook.resources_block``). A hidden sheet records the plan's id and
where each goal's rows are, so ``goalplanner.workbook.importer`` can bring the typed actuals back.
openpyxl is imported here only, and this module only when a workbook is made.
"""

from __future__ import annotations

import bisect
import getpass
import math
import re
from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from goalplanner import __version__
from goalplanner.core.kpis import metric_bounds
from goalplanner.core.linked import LinkedPlan, PlanRollUps, roll_up_with_teams
from goalplanner.core.model import CONFIDENCES, Goal, SubTarget
from goalplanner.core.palette import STATUS_LOOKS
from goalplanner.core.progress import (
    Evaluation,
    PlanLine,
    evaluate,
    judged_against,
    latest_by_period,
    status_period,
    status_plan,
)
from goalplanner.core.tasks import Progress
from goalplanner.files import ExportCancelled, write_atomically
from goalplanner.workbook import bulk, confidence, saving
from goalplanner.workbook.agents_sheet import AGENTS_ID_SHEET, goal_sheet_title, write_agent_sheets
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
from goalplanner.workbook.formulas import RowRule, milestone_level, planned_level
from goalplanner.workbook.formulas import number as formula_number
from goalplanner.workbook.history import PROSE, write_history
from goalplanner.workbook.layout import (
    DATE_FORMAT,
    FONT_NAME,
    INPUT_FILL,
    LINE_HEIGHT,
    number_format,
    print_setup,
    row_height,
    status_formatting,
    status_rules,
    text_lines,
)
from goalplanner.workbook.resources_block import write_resources
from goalplanner.workbook.summary import write_summary
from goalplanner.workbook.text import ExcelText

EXCEL_FIRST_DAY = date(1900, 3, 1)  # Excel counts 1900-02-29, which never was: earlier dates go as text
HEADER_FONT = Font(name=FONT_NAME, bold=True)
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
# shared by the cells they are set on: the workbook's style list knows them (bulk.remember_styles)
TOP_WRAPPED = Alignment(wrap_text=True, vertical="top")
TOP, TOP_RIGHT = Alignment(vertical="top"), Alignment(horizontal="right", vertical="top")
SHEET_NAME_LIMIT = 31
PLAN_HEADER_ROW = 12  # goal sheets: the plan table starts here, under the goal's key facts
# (first column, last column) of the plan table; the reference table starts two columns later.
PLAN_COLUMNS = (
    "period", "from", "to", "planned", "actual", "judged", "variance", "achievement", "status", "note",
    "confidence", "next_step",
)  # fmt: skip
REFERENCE_COLUMNS = ("period", "from", "to", "planned")
# Where each plan column is (1-based); the Actual stays in E, where colleagues have typed since version 1.
COLUMN = {key: index for index, key in enumerate(PLAN_COLUMNS, start=1)}
ACTUAL_COLUMN = COLUMN["actual"]
NOTE_COLUMN = COLUMN["note"]
CONFIDENCE_COLUMN, NEXT_STEP_COLUMN = COLUMN["confidence"], COLUMN["next_step"]
LAST_PLAN_LETTER = get_column_letter(len(PLAN_COLUMNS))

# Columns A-L of a goal's sheet, in characters: 151 in all, one landscape page wide at about 9 pt.
GOAL_WIDTHS = (10, 11, 11, 11, 11, 11, 10, 12, 13, 20, 11, 20)
CHART_SIZE = (10, 24)  # cm, high and wide: under the plan table, about as wide as its columns A-I
CHART_ROWS = 19  # the rows of 15 points the chart covers
PAGE_HEIGHT = 480  # points of rows a landscape page holds at full size, A4 or Letter, within margins


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
    exported_by: str | None = None,
    teams: Sequence[tuple[LinkedPlan, Mapping[int, Evaluation]]] = (),
) -> ExportReport:
    """Write the plan (or the ``goals`` ids of it) as an .xlsx workbook at ``path``, atomically.

    The Summary's title block says it was exported on ``today`` by ``exported_by`` (``login_name()``
    for the person at the computer), or only when, without a name. ``teams``: the team plans linked
    under the plan's goals, judged (``store.team_plans.judge_linked``): they count in the Summary's
    roll-ups as in the window, though their goals get no sheet.

    ``progress(done, total)`` is called after each goal sheet (``total`` counts writing the file as
    the last step, which cannot be interrupted); returning False cancels, leaving no
    file behind (``ExportCancelled``). ``ExportError`` when the file cannot be written.
    """
    whole = source if isinstance(source, PlanSnapshot) else snapshot(source)  # sub-goals count in roll-ups
    plan = whole
    if goals is not None:
        wanted = set(goals)
        plan = PlanSnapshot(whole.plan_id, whole.plan_name, [g for g in whole.goals if g.goal.id in wanted])
        missing = sorted(wanted - {data.goal.id for data in plan.goals})
        if missing and not isinstance(source, PlanSnapshot):
            raise KeyError(missing[0])
    words = text or ExcelText()
    warnings = Warnings()
    today = today or date.today()
    evaluations = {
        data.goal.id: evaluate(data.goal, data.plan, data.checkins, today)
        for data in whole.goals
        if data.goal.id is not None
    }
    writer = _Writer(plan, words, warnings, today, evaluations, roll_up_with_teams(evaluations, teams))
    writer.exported_by = exported_by
    workbook = writer.build(progress)
    write_atomically(Path(path), lambda stream: saving.save(workbook, stream))
    return ExportReport(Path(path), writer.sheet_names, warnings)


def login_name() -> str | None:
    """The name the person exporting is logged in with, None when the system does not say."""
    try:
        return getpass.getuser().strip() or None
    except (OSError, KeyError, ImportError):  # no user database entry, no environment variable
        return None


class _Writer:
    def __init__(
        self,
        plan: PlanSnapshot,
        words: ExcelText,
        warnings: Warnings,
        today: date,
        evaluations: dict[int, Evaluation],
        together: PlanRollUps,
    ) -> None:
        self.plan, self.words, self.warnings, self.today = plan, words, warnings, today
        self.evaluations, self.rollups = evaluations, together.rollups
        self.guarded = together.guarded  # each status beside its guardrail's (core.rollup)
        self.goals = together.goals  # by id for roll-ups' reasons, a team plan's goal named with its plan
        self.parents = {goal.parent_id for goal in self.goals.values()}  # goals with sub-goals or team plans
        self.sheet_names: dict[int, str] = {}
        self.exported_by: str | None = None
        self.workbook = Workbook()
        bulk.remember_styles(self.workbook)
        self._styles: dict[tuple[str, bool], object] = {}
        # Every goal sheet's plan starts on the same row and adds the same conditional formats in the
        # same order: one set of rule objects serves them all (layout.status_formatting).
        status_cell = f"${get_column_letter(COLUMN['status'])}{PLAN_HEADER_ROW + 1}"
        self._rules = {
            "input": FormulaRule(formula=["TRUE"], fill=INPUT_FILL),
            "status_cell": status_cell,
            "status": status_rules(status_cell, words),
        }

    def build(self, progress: Progress | None) -> Workbook:
        workbook = self.workbook
        summary = workbook.active
        summary.title = self.words.sheet("summary")
        names = unique_sheet_names(
            [goal_sheet_title(d.goal) for d in self.plan.goals],
            reserved={summary.title, self.words.sheet("checkins"), ID_SHEET, AGENTS_ID_SHEET},
        )
        total = len(self.plan.goals) + 1  # the last step is writing the file, which takes about as long
        layouts = []
        for done, (data, name) in enumerate(zip(self.plan.goals, names, strict=True), start=1):
            self.sheet_names[data.goal.id] = name
            layouts.append(self._goal_sheet(workbook.create_sheet(name), data))
            if progress is not None and progress(done, total) is False:
                raise ExportCancelled
        taken = {summary.title, self.words.sheet("checkins"), ID_SHEET, *names}
        write_agent_sheets(self, workbook, taken, unique_sheet_names)  # after each team goal's sheet
        write_summary(self, summary, self.exported_by)
        write_history(self, workbook.create_sheet(self.words.sheet("checkins")))
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
            cell._style = cached.__copy__()  # a StyleArray of its own, without copy()'s dispatch

    def text(self, sheet: Worksheet, row: int, column: int, value: str, where: str):
        cell = sheet.cell(row, column)
        cell.value = safe_text(value, where, self.warnings)
        if isinstance(cell.value, str) and looks_like_formula(cell.value):
            cell.data_type = "s"  # text, never a formula: "=HYPERLINK(...)" in a note stays a note
            cell.quotePrefix = True  # and stays text when someone edits the cell in Excel
        return cell

    def number(self, sheet: Worksheet, row: int, column: int, value, number_format: str, where: str):
        """A number shown in ``number_format`` (``layout.number_format(goal)`` for a goal's values)."""
        cell = sheet.cell(row, column)
        cell.value = safe_number(value, where, self.warnings)
        self._style(cell, number_format)
        return cell

    def _exact(self, sheet: Worksheet, row: int, column: int, value, number_format: str, where: str):
        """A number the formulas compute with, to the last bit: openpyxl writes numbers with 16
        significant digits, which can land on the next double (226.66666666666666 comes back as
        226.66666666666671) and tip a status at a threshold; a formula constant carries all 17."""
        cell = self.number(sheet, row, column, value, number_format, where)
        if cell.value is not None and float(f"{cell.value:.16g}") != cell.value:
            cell.value = "=" + formula_number(cell.value)
        return cell

    def date(self, sheet: Worksheet, row: int, column: int, value: date | None):
        cell = sheet.cell(row, column)
        if value is not None and value < EXCEL_FIRST_DAY:
            cell.value = value.isoformat()  # as text: Excel has no dates before 1900 (and 1900 is off by one)
        else:
            self._style(cell, DATE_FORMAT)
            if value is None:
                cell.value = None
            else:
                bulk.dated(cell, value)
        return cell

    # -- one goal ----------------------------------------------------------------------------------

    def _goal_sheet(self, sheet: Worksheet, data: GoalData) -> dict:
        goal, words = data.goal, self.words
        where = words.where(goal.title, sheet.title)
        title = self.text(sheet, 1, 1, goal.title, where)
        title.font, title.alignment = TITLE_FONT, TOP_WRAPPED
        sentence = words.sentence(goal)  # worded once: it takes a while (text.ExcelText.sentence)
        self.text(sheet, 2, 1, sentence, where).alignment = TOP_WRAPPED
        # the title and the sentence wrap inside the printed width, A:J (their widths are set below)
        bulk.merge(sheet, f"A1:{LAST_PLAN_LETTER}1")
        bulk.merge(sheet, f"A2:{LAST_PLAN_LETTER}2")
        title_lines = text_lines(goal.title, sum(GOAL_WIDTHS) / 1.3)  # 14 pt: 1.3 times as wide
        sheet.row_dimensions[1].height = 1.3 * row_height(title_lines, 6, goal.title)
        sentence_lines = max(3, text_lines(sentence, sum(GOAL_WIDTHS)))  # three lines at least
        sheet.row_dimensions[2].height = row_height(sentence_lines, 12, sentence)
        unit_format = number_format(goal)
        band = self.band(goal)
        facts = [
            ("owner", goal.owner, None),
            ("metric", f"{words.metric(goal)} · {words.direction(goal)}", None),
            ("baseline", goal.baseline, "number"),
            ("target", goal.target, "number") if band is None else ("band", band, None),
            ("stretch", goal.stretch_target, "number"),
            ("deadline", goal.deadline, "date"),
        ]
        for row, (key, value, kind) in enumerate(facts, start=4):
            sheet.cell(row, 1, words.header(key)).font = HEADER_FONT
            if kind == "date":
                self.date(sheet, row, 2, value)
            elif kind is not None:
                self.number(sheet, row, 2, value, unit_format, where)
            else:
                self.text(sheet, row, 2, str(value), where)
            # level with the resources beside them, whose rows may be taller; a band under the baseline
            sheet.cell(row, 1).alignment = TOP
            sheet.cell(row, 2).alignment = TOP_RIGHT if key == "band" else TOP
        put_text = lambda on, row, column, text: self.text(on, row, column, text, where)  # noqa: E731
        write_resources(sheet, goal, words, put_text, GOAL_WIDTHS)  # beside the facts, for reading only
        period = status_period(goal)
        rows = status_plan(goal, data.plan)
        self.text(sheet, PLAN_HEADER_ROW - 1, 1, words.plan_title(period), where).font = HEADER_FONT
        first, last = self._plan_table(sheet, data, rows, where)
        below = last + 3
        if rows:  # under the plan, not beside it: the sheet prints one page wide at a readable size
            heights = sheet.row_dimensions  # .get: rows without a height get no dimension written
            above = sum(getattr(heights.get(r), "height", None) or LINE_HEIGHT for r in range(1, below))
            if above + CHART_ROWS * LINE_HEIGHT > PAGE_HEIGHT:  # printed, the chart starts a page
                sheet.row_breaks.append(Break(id=below - 1))
            # a row down from the break: a frame on the boundary would leave a line on the page before
            self._chart(sheet, data, rows, first, last, anchor=f"A{below + 1}")
            below += CHART_ROWS + 3
        other = "month" if period == "week" else "week"
        reference = sorted((s for s in data.plan if s.period == other), key=lambda s: s.period_start)
        self._reference_table(sheet, goal, reference, other, top=below)
        sheet.freeze_panes = f"A{PLAN_HEADER_ROW + 1}"
        for index, width in enumerate(GOAL_WIDTHS, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        # no repeated header row: on later pages it would sit over the chart or the other plan
        print_setup(sheet, repeat_rows=None, footer=goal.title)
        return {"sheet": sheet.title, "goal_id": goal.id, "period": period, "first": first, "last": last}

    def _plan_table(self, sheet, data: GoalData, rows: list[SubTarget], where: str):
        goal, words = data.goal, self.words
        header = PLAN_HEADER_ROW
        for column, key in enumerate(PLAN_COLUMNS, start=1):
            sheet.cell(header, column, words.header(key)).font = HEADER_FONT
        sheet.cell(header, COLUMN["judged"]).alignment = Alignment(wrap_text=True, vertical="bottom")
        sheet.row_dimensions[header].height = 30  # "Judged against" on two lines
        by_period = latest_by_period(data.checkins, rows)
        judged = {id(j.checkin): j for j in self.evaluation_of(data).judged}
        line = PlanLine(goal, rows)
        unit_format = number_format(goal)
        letter = {key: get_column_letter(index) for key, index in COLUMN.items()}
        first = header + 1
        tall = []  # rows whose note or next step takes more than a line
        for row, sub in enumerate(rows, start=first):
            sheet.cell(row, 1, sub.label)
            self.date(sheet, row, 2, sub.period_start)
            self.date(sheet, row, 3, sub.period_end)
            self.number(sheet, row, COLUMN["planned"], round(sub.planned, 6), unit_format, where)
            checkin = by_period.get(sub.label)
            if checkin is not None:  # empty input cells are not written: the column's style covers them
                self.number(sheet, row, ACTUAL_COLUMN, checkin.actual, unit_format, where)
                if self._said(sheet, row, checkin, where) > 1:
                    tall.append(row)
            # every day of a period has the period's footing: the check-in's, and the importer's
            planned, footing = judged_against(goal, line, sub.period_end)
            if checkin is not None:  # the plan on the check-in's date
                self._exact(sheet, row, COLUMN["judged"], judged[id(checkin)].planned, unit_format, where)
            else:
                self._judged_against(sheet, row, unit_format, line, sub, planned, where)
            actual, against = f"{letter['actual']}{row}", f"{letter['judged']}{row}"
            achievement = f"{letter['achievement']}{row}"
            variance = f'=IF(AND(ISNUMBER({actual}),ISNUMBER({against})),{actual}-{against},"")'
            self._style(bulk.formula(sheet, row, COLUMN["variance"], variance), unit_format)
            rule = RowRule(footing, words.status)
            achieved = "=" + rule.achievement(actual, against)
            self._style(bulk.formula(sheet, row, COLUMN["achievement"], achieved), "0%")
            bulk.formula(sheet, row, COLUMN["status"], "=" + rule.status(actual, against, achievement))
        for row in tall:  # each cell level with the first line of the texts, not under the last
            for cell in sheet[row][: len(PLAN_COLUMNS)]:
                cell.alignment = Alignment(wrap_text=cell.alignment.wrap_text, vertical="top")
        last = max(first, first + len(rows) - 1)
        if rows:
            table = Table(displayName=f"Plan_{goal.id}", ref=f"A{header}:{LAST_PLAN_LETTER}{last}")
            table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=False)
            bulk.add_table(sheet, table)
            inputs = letter["actual"]
            self._validation(sheet, goal, f"{inputs}{first}:{inputs}{last}")
            said = letter["confidence"]
            confidence.add_drop_down(sheet, words, f"{said}{first}:{said}{last}")
            # The cells to type into are yellow, and what is typed takes the metric's number format.
            typed = " ".join(f"{letter[key]}{first}:{letter[key]}{last}"
                             for key in ("actual", "note", "confidence", "next_step"))  # fmt: skip
            sheet.conditional_formatting.add(typed, self._rules["input"])
            sheet.column_dimensions[inputs].number_format = unit_format
            # the achievement and the status take the colour of the row's status
            cells = f"{letter['achievement']}{first}:{letter['status']}{last}"
            status_formatting(sheet, cells, self._rules["status_cell"], words, self._rules["status"])
        return first, last

    def _said(self, sheet: Worksheet, row: int, checkin, where: str) -> int:
        """A check-in's note, the owner's confidence (in the drop-down's words) and next step, the
        texts wrapped in their columns and the row as tall as the longest; the lines it takes."""
        texts = {"note": checkin.note, "next_step": checkin.next_step}
        lines = 1
        for key, text in texts.items():
            if text:
                cell = self.text(sheet, row, COLUMN[key], text, where)
                cell.alignment = TOP_WRAPPED
                lines = max(lines, text_lines(text, GOAL_WIDTHS[COLUMN[key] - 1] * PROSE))
        if checkin.confidence is not None:
            word = confidence.choices(self.words)[CONFIDENCES.index(checkin.confidence)]
            self.text(sheet, row, CONFIDENCE_COLUMN, word, where)
        if lines > 1:
            sheet.row_dimensions[row].height = row_height(lines, 6, *texts.values())
        return lines

    def _judged_against(
        self,
        sheet,
        row: int,
        unit_format: str,
        line: PlanLine,
        sub: SubTarget,
        planned: float | None,
        where: str,
    ) -> None:
        """What a value typed into an empty row will be judged against: a flow period's total, or
        the plan's level on the day the importer records it (a live formula: it moves with TODAY())."""
        right = bisect.bisect_left(line.days, sub.period_end)
        if line.flow or planned is None or right == 0:  # right == 0: a period ending on the first day
            self._exact(sheet, row, COLUMN["judged"], planned, unit_format, where)
            return
        formula = planned_level(line.days[right - 1], line.values[right - 1], sub.period_end,
                                line.values[right], sub.period_start)  # fmt: skip
        if line.milestone:  # done or not: the plan steps on the deadline
            formula = milestone_level(line.baseline, line.values[right], sub.period_end, sub.period_start)
        self._style(bulk.formula(sheet, row, COLUMN["judged"], "=" + formula), unit_format)

    def evaluation_of(self, data: GoalData) -> Evaluation:
        """The goal's one evaluation (core.progress), as of the export's today."""
        found = self.evaluations.get(data.goal.id)
        return found if found is not None else evaluate(data.goal, data.plan, data.checkins, self.today)

    def band(self, goal: Goal) -> str | None:
        """A range goal's band as text ("75.0% – 85.0%"), None for other goals."""
        if goal.direction != "range" or goal.range_low is None or goal.range_high is None:
            return None
        amount = self.words.amount
        return f"{amount(goal, goal.range_low)} – {amount(goal, goal.range_high)}"  # as the goal list

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
            self.date(sheet, row, 2, sub.period_start)
            self.date(sheet, row, 3, sub.period_end)
            self.number(sheet, row, 4, round(sub.planned, 6), number_format(goal), where)
        table = Table(displayName=f"Reference_{goal.id}", ref=f"A{header}:D{header + len(rows)}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
        bulk.add_table(sheet, table)

    def _chart(
        self, sheet: Worksheet, data: GoalData, rows: list[SubTarget], first: int, last: int, anchor: str
    ) -> None:
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
        chart.height, chart.width = CHART_SIZE
        chart.y_axis.number_format = number_format(goal)
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
        sheet.add_chart(chart, anchor)

    # -- history and ids ---------------------------------------------------------------------------

    def _ids(self, sheet: Worksheet, layouts: list[dict]) -> None:
        sheet.sheet_state = "hidden"
        sheet.append([MARKER, WORKBOOK_FORMAT])
        sheet.append(["plan_id", self.plan.plan_id])
        sheet.append(["plan", safe_text(self.plan.plan_name, ID_SHEET, self.warnings)])
        sheet.append(["exported", datetime.now().isoformat(timespec="seconds")])
        sheet.append(["today", self.today.isoformat()])
        sheet.append(confidence.ids_row(self.words))  # the drop-down's words, as the importer reads them
        sheet.append(["sheet", "goal_id", "period", "first_row", "last_row", "actual_column", "note_column",
                      "confidence_column", "next_step_column"])  # fmt: skip
        for layout in layouts:
            sheet.append([layout["sheet"], layout["goal_id"], layout["period"], layout["first"],
                          layout["last"], ACTUAL_COLUMN, NOTE_COLUMN, CONFIDENCE_COLUMN,
                          NEXT_STEP_COLUMN])  # fmt: skip
        for cell in [sheet["B3"], *sheet[6], *(row[0] for row in sheet.iter_rows(min_row=8))]:
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
