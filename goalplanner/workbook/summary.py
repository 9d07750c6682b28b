"""The Summary sheet: a title block (the plan, when and by whom it was exported, what the status
symbols mean) over one row per goal, laid out to print readable: landscape, one page wide at about
9 pt, headers wrapped and repeated on every page, no text cut or running into the next cell."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Protocol

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from goalplanner.core.closing import outcome_text
from goalplanner.core.model import Goal
from goalplanner.core.palette import STATUS_LOOKS
from goalplanner.core.progress import (
    ACHIEVED,
    AT_RISK,
    DEFAULT_STATUS_THRESHOLDS,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    Evaluation,
    RollUp,
)
from goalplanner.core.rollup import Guarded
from goalplanner.workbook import bulk
from goalplanner.workbook.data import GoalData, PlanSnapshot, Warnings, safe_text
from goalplanner.workbook.layout import (
    FONT_NAME,
    UNIT_SUFFIX,
    number_format,
    print_setup,
    row_height,
    status_formatting,
    text_lines,
)
from goalplanner.workbook.text import HEADERS, ExcelText

COLUMNS = HEADERS["summary"]
PRINTED = COLUMNS[: COLUMNS.index("sheet")]  # the links to the goal sheets are for the screen only
TITLE_ROW, EXPORTED_ROW, KEY_ROW = 1, 2, 3
HEADER_ROW = 5  # the goals' table starts here, under the title block (row 4 is a gap)
FIRST_ROW = HEADER_ROW + 1
# Column widths in characters: 148 printed, so a landscape page prints them at about 9 pt (the
# issue measured 5 pt with 259). The status wraps: "● On track · owner: At risk" takes two lines.
WIDTHS = {"goal": 29, "owner": 14, "metric": 22, "baseline": 9, "target": 13, "deadline": 11,
          "latest": 9, "latest_on": 11, "status": 17, "rollup": 13, "sheet": 24}  # fmt: skip
WRAPPED = ("goal", "owner", "metric", "status", "rollup")
RIGHT = ("baseline", "target", "deadline", "latest", "latest_on")  # numbers, dates, a band
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=16)
HEADER_FONT = Font(name=FONT_NAME, bold=True)


class SheetWriter(Protocol):
    """What the Summary needs of the workbook's writer: the plan as judged, its words, and its cells."""

    plan: PlanSnapshot
    words: ExcelText
    warnings: Warnings
    today: date
    rollups: dict[int, RollUp]
    guarded: dict[int, Guarded]
    evaluations: dict[int, Evaluation]
    goals: dict[int, Goal]
    parents: set[int | None]
    sheet_names: dict[int, str]

    def evaluation_of(self, data: GoalData) -> Evaluation: ...
    def band(self, goal: Goal) -> str | None: ...
    def text(self, sheet: Worksheet, row: int, column: int, value: str, where: str): ...
    def number(self, sheet: Worksheet, row: int, column: int, value, number_format: str, where: str): ...
    def date(self, sheet: Worksheet, row: int, column: int, value: date | None): ...


def write_summary(writer: SheetWriter, sheet: Worksheet, exported_by: str | None) -> None:
    """Fill ``sheet`` with the plan's title block and one row per goal of ``writer``'s plan."""
    _title_block(writer, sheet, exported_by)
    for column, key in enumerate(COLUMNS, start=1):
        cell = sheet.cell(HEADER_ROW, column, writer.words.header(key))
        cell.font = HEADER_FONT
        cell.alignment = _alignment(key, wrap=True, vertical="bottom")
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[key]
    header_lines = max(text_lines(writer.words.header(key), WIDTHS[key] - 2) for key in PRINTED)
    headers = [writer.words.header(key) for key in PRINTED]
    sheet.row_dimensions[HEADER_ROW].height = row_height(header_lines, 3, *headers)
    for row, data in enumerate(writer.plan.goals, start=FIRST_ROW):
        _goal_row(writer, sheet, row, data)
    last_row = max(FIRST_ROW, HEADER_ROW + len(writer.plan.goals))
    if writer.plan.goals:
        last_column = get_column_letter(len(COLUMNS))
        table = Table(displayName="Goals", ref=f"A{HEADER_ROW}:{last_column}{last_row}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        bulk.add_table(sheet, table)
        for key in ("status", "rollup"):
            letter = get_column_letter(COLUMNS.index(key) + 1)
            cells = f"{letter}{FIRST_ROW}:{letter}{last_row}"
            status_formatting(sheet, cells, f"{letter}{FIRST_ROW}", writer.words)
    sheet.freeze_panes = f"B{FIRST_ROW}"
    title = writer.words.text("workbook_title", plan=plan_title(writer.plan.plan_name))
    print_setup(sheet, repeat_rows=f"{HEADER_ROW}:{HEADER_ROW}", footer=title)
    sheet.print_area = f"A1:{get_column_letter(len(PRINTED))}{last_row}"


def plan_title(plan_name: str) -> str:
    """The plan's name as people say it: its file name without ".goalplan"."""
    return plan_name.removesuffix(".goalplan") or plan_name


# -- the title block -----------------------------------------------------------------------------


def _title_block(writer: SheetWriter, sheet: Worksheet, exported_by: str | None) -> None:
    words, where = writer.words, writer.words.sheet("summary")
    title = words.text("workbook_title", plan=plan_title(writer.plan.plan_name))
    sheet.cell(TITLE_ROW, 1, safe_text(title, where, writer.warnings)).font = TITLE_FONT
    sheet.row_dimensions[TITLE_ROW].height = 24
    day = words.day(writer.today)
    exported = (
        words.text("exported_by", day=day, person=exported_by)
        if exported_by
        else words.text("exported_on", day=day)
    )
    sheet.cell(EXPORTED_ROW, 1, safe_text(exported, where, writer.warnings))
    key = status_key(words)
    cell = sheet.cell(KEY_ROW, 1, key)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = get_column_letter(len(PRINTED))
    bulk.merge(sheet, f"A{KEY_ROW}:{last}{KEY_ROW}")
    printed = sum(WIDTHS[key] for key in PRINTED)
    sheet.row_dimensions[KEY_ROW].height = row_height(text_lines(str(key), printed - 4), 4, key)


def status_key(words) -> CellRichText:
    """What each status means, each in its own colour: the grades on one line ("● On track: 90% or
    more of the planned change made   ▲ At risk: 75–89%   …"), the rest and "With sub-goals" on the next."""
    thresholds = DEFAULT_STATUS_THRESHOLDS
    on, risk = round(thresholds.on_track * 100), round(thresholds.at_risk * 100)
    number = words.number
    entries = [
        (ON_TRACK, words.text("key_on_track", status="{status}", percent=number(on))),
        (AT_RISK, words.text("key_at_risk", status="{status}", low=number(risk), high=number(on - 1))),
        (OFF_TRACK, words.text("key_off_track", status="{status}", percent=number(risk))),
        (ACHIEVED, words.text("key_achieved", status="{status}")),
        (NO_DATA, "{status}"),
    ]
    runs: list[TextBlock | str] = []
    for code, template in entries:
        before, _field, after = template.partition("{status}")
        colour = STATUS_LOOKS[code].colour.lstrip("#")
        gap = "\n" if code == OFF_TRACK else "   "  # the grades on one line, the rest on the next
        runs += [
            before,
            TextBlock(InlineFont(rFont=FONT_NAME, color=colour, b=True), words.status(code)),
            after + gap,
        ]
    before, _field, after = words.text("key_rollup", status="{status}").partition("{status}")
    runs += [before, TextBlock(InlineFont(rFont=FONT_NAME, b=True), words.header("rollup")), after]
    return CellRichText([run for run in runs if not isinstance(run, str) or run])


# -- one goal ------------------------------------------------------------------------------------


def _goal_row(writer: SheetWriter, sheet: Worksheet, row: int, data: GoalData) -> None:
    words = writer.words
    goal = data.goal
    latest = max(data.checkins, key=lambda c: (c.on, c.id or 0)) if data.checkins else None
    where = words.where(goal.title, words.sheet("summary"))
    evaluation = writer.evaluation_of(data)
    rollup = writer.rollups.get(goal.id)
    guarded = writer.guarded.get(goal.id)
    together = words.status(rollup.code if rollup else evaluation.status.code)
    if rollup is not None and goal.id in writer.parents:  # team plans linked under it count, as in the window
        together = words.rollup(goal.id, rollup, writer.goals)
    texts = {
        "goal": goal.title,
        "owner": goal.owner,
        "metric": metric_text(words, goal),
        "status": status_text(words, evaluation, guarded),
        "rollup": together,
    }
    numbers = {"baseline": goal.baseline, "target": goal.target, "latest": latest.actual if latest else None}
    band = writer.band(goal)
    if band is not None:  # a range goal's target is its band, not the point its plan slides to
        texts["target"] = band
        del numbers["target"]
    column = {key: index for index, key in enumerate(COLUMNS, start=1)}
    for key, text in texts.items():
        writer.text(sheet, row, column[key], text, where)
    for key, value in numbers.items():
        writer.number(sheet, row, column[key], value, number_format(goal), where)
    writer.date(sheet, row, column["deadline"], goal.deadline)
    writer.date(sheet, row, column["latest_on"], latest.on if latest else None)
    name = writer.sheet_names[goal.id]
    link = writer.text(sheet, row, column["sheet"], name, where)
    link.hyperlink = f"#{quote_sheetname(name)}!A1"
    link.style = "Hyperlink"
    lines = 1
    for key in PRINTED:
        cell = sheet.cell(row, column[key])
        cell.alignment = _alignment(key, wrap=key in WRAPPED, vertical="top")
        if key in WRAPPED:
            lines = max(lines, text_lines(str(cell.value or ""), WIDTHS[key] - 1))
    sheet.row_dimensions[row].height = row_height(lines, 12, *texts.values())


def status_text(words, evaluation: Evaluation, guarded: Guarded | None = None) -> str:
    """The Status column: the computed status, then what else a lead reads beside it. A goal that is
    not running says so, a closed one with its outcome and final value as ``goalplanner status``
    words it ("● Achieved · Achieved (190 s)", "▲ At risk · Draft"); a running one the owner's own
    confidence at its latest check-in, when given ("● On track · owner: At risk"). ``guarded``: the
    status beside its guardrail's, as the goal list shows it ("▲ On track · guardrail off track")."""
    goal, latest = evaluation.goal, evaluation.latest
    shown = words.guarded(guarded) if guarded is not None else words.status(evaluation.status.code)
    if goal.state != "active":
        return f"{shown} · {outcome_text(goal, words.state, words.amount)}"
    if latest is not None and latest.checkin.confidence is not None:
        said = words.text("owner_confidence", confidence=words.confidence(latest.checkin.confidence))
        return f"{shown} · {said}"
    return shown


def metric_text(words, goal: Goal) -> str:
    """The metric on its first line; the unit (where the numbers do not show it) and the direction on
    the second: "Call volume / contacts · lower is better"."""
    metric = words.metric(goal)
    unit = words.unit(goal.unit)
    shown = goal.unit.strip() in UNIT_SUFFIX or not unit.strip() or unit == metric
    second = words.direction(goal) if shown else f"{unit} · {words.direction(goal)}"
    return f"{metric}\n{second}"


@cache  # one object per alignment: the workbook's style list knows it (bulk.remember_styles)
def _alignment(key: str, *, wrap: bool, vertical: str) -> Alignment:
    """Numbers, dates and a band ("75.0% – 85.0%") line up on the right under right-aligned headers;
    text is indented a little, so it never runs into the number to its left."""
    if key in RIGHT:
        return Alignment(wrap_text=wrap, vertical=vertical, horizontal="right")
    return Alignment(wrap_text=wrap, vertical=vertical, horizontal="left", indent=0 if key == "goal" else 1)
