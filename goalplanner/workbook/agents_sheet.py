"""An "Agents – <team goal>" sheet for every team goal with agent goals: agents × check-in periods.

A colleague types each agent's actual for a week (or a month, for goals checked monthly) into the
yellow cells; the team row under the agents is a live formula combining them the way
``core.agents`` does (``combine_rule``), so Excel and LibreOffice show the team's number as it is
typed: counts add up, averages are weighted by contacts handled (a second block), a milestone is done
when every agent's is. A share (FCR, CSAT) is weighted by its base the same way: with the base as
the weight, the weighted mean of the agents' shares is exactly sum of numerators / sum of bases.

Each agent's recorded value is core's: ``team_actuals`` over that agent alone (their latest check-in
in the team's period). A hidden sheet lists where each agent sheet's blocks are; the agent goal's id
is in a hidden column beside the name, so ``goalplanner.workbook.agents_import`` reads rows by goal,
not by position.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from openpyxl.styles import Alignment, Border, Font, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from goalplanner.core.agents import ALL, MEAN, RATIO, SUM, agents_of, combine_rule, team_actuals
from goalplanner.core.model import SubTarget
from goalplanner.core.progress import status_period, status_plan
from goalplanner.workbook import bulk
from goalplanner.workbook.data import GoalData, plain_text
from goalplanner.workbook.layout import (
    FONT_NAME,
    INPUT_FILL,
    number_format,
    print_setup,
    row_height,
    text_lines,
)

# The hidden sheet listing the agent sheets (an older goalplanner ignores it and the sheets it names).
AGENTS_ID_SHEET = "goalplanner agents"
AGENTS_MARKER = "goalplanner agent sheets"
AGENTS_FORMAT = 1
LAYOUT_COLUMNS = ("sheet", "team_goal_id", "period", "header_row", "first_row", "last_row",
                  "volume_header_row", "volume_first_row", "volume_last_row")  # fmt: skip

SheetNames = Callable[..., list[str]]  # writer.unique_sheet_names(titles, reserved=...)
NAME_COLUMN, ID_COLUMN, FIRST_PERIOD_COLUMN = 1, 2, 3
ID_HEADER = "id"  # over the hidden ids: the import finds each block's header by it, wherever rows moved
NAME_WIDTH, PERIOD_WIDTH = 28, 11
# A landscape page (A4 or Letter, narrow margins) holds the names and 9 periods at 80 %: 9 pt or so
# (9.9 inches of the 10.2 a Letter page has); fewer periods are fitted one page wide, at 83 % or more.
PERIODS_PER_PAGE = 9
PRINT_SCALE = 80
TOP_ROW = 5  # the first block's title; rows 1-3 say what the sheet is
COUNT_FORMAT = "#,##0"
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
BOLD = Font(name=FONT_NAME, bold=True)
MUTED = Font(name=FONT_NAME, italic=True, color="555555")
TEAM_BORDER = Border(top=Side(style="thin", color="444444"))
RULE_KEYS = {rule: f"agents_rule_{rule}" for rule in (SUM, MEAN, RATIO, ALL)}


def goal_sheet_title(goal) -> str:
    """The title a goal's own sheet is named from: an agent goal's person first ("Ana – Resolve 1,200
    tickets a month"), so the 31 characters of a sheet name keep whose sheet it is."""
    if not goal.person:
        return goal.title
    team_title = goal.title.removesuffix(f" — {goal.person}")
    return f"{goal.person} – {team_title}"


def team_goals(plan) -> list[tuple[GoalData, list[GoalData]]]:
    """Each exported team goal with its exported agent goals (``core.agents.agents_of``), in plan order."""
    goals = [data.goal for data in plan.goals]
    by_id = {data.goal.id: data for data in plan.goals}
    found = []
    for data in plan.goals:
        agents = agents_of(data.goal, goals)
        if agents:
            found.append((data, [by_id[agent.id] for agent in agents]))
    return found


def write_agent_sheets(writer, workbook, taken: set[str], unique_sheet_names: SheetNames) -> None:
    """Add an agent sheet after each team goal's sheet, and the hidden list of them (none: nothing).

    ``writer`` is the workbook's writer (its cells and words); ``taken`` the sheet names already used
    or reserved; ``unique_sheet_names(titles, reserved)`` the writer's rule for valid, distinct names.
    """
    teams = team_goals(writer.plan)
    if not teams:
        return
    words = writer.words
    titles = [words.text("agents_sheet", goal=data.goal.title) for data, _agents in teams]
    names = unique_sheet_names(titles, reserved=taken | {AGENTS_ID_SHEET})
    layouts = []
    for (team, agents), name in zip(teams, names, strict=True):
        sheet = workbook.create_sheet(name)
        after = writer.sheet_names.get(team.goal.id)
        if after in workbook.sheetnames:  # beside the team goal's own sheet, where a lead looks for it
            workbook.move_sheet(sheet, workbook.sheetnames.index(after) + 1 - workbook.sheetnames.index(name))
        layouts.append(_AgentSheet(writer, sheet, team, agents).write())
    ids = workbook.create_sheet(AGENTS_ID_SHEET)
    ids.sheet_state = "hidden"
    ids.append([AGENTS_MARKER, AGENTS_FORMAT])
    ids.append(list(LAYOUT_COLUMNS))
    for layout in layouts:
        ids.append([layout[key] for key in LAYOUT_COLUMNS])
    for row in ids.iter_rows(min_row=3):
        row[0].data_type = "s"  # a sheet named "=Sales" is text here too


class _AgentSheet:
    def __init__(self, writer, sheet: Worksheet, team: GoalData, agents: list[GoalData]) -> None:
        self.writer, self.sheet, self.team, self.agents = writer, sheet, team, agents
        self.words = writer.words
        self.where = self.words.where(team.goal.title, sheet.title)
        self.rule = combine_rule(team.goal)
        self.periods: list[SubTarget] = status_plan(team.goal, team.plan)
        self.last_column = FIRST_PERIOD_COLUMN + max(len(self.periods), 1) - 1
        self.pages_across = len(self.periods) > PERIODS_PER_PAGE

    def write(self) -> dict:
        goal, words, sheet = self.team.goal, self.words, self.sheet
        self._heading()
        weighted = self.rule in (MEAN, RATIO)
        values, volumes = self._recorded()
        title = f"{words.header('actual')} · {words.metric(goal)}"
        header, first, last = self._block(TOP_ROW, title, values, number_format(goal))
        team_row = last + 1
        volume_rows = (None, None, None)
        if weighted:
            label = words.text("agents_volume_ratio" if self.rule == RATIO else "agents_volume")
            volume_rows = self._block(team_row + 4, label, volumes, COUNT_FORMAT, contacts=True)
        self._team_rows(team_row, first, last, volume_rows)
        self._validation(first, last, volume_rows)
        sheet.column_dimensions[get_column_letter(NAME_COLUMN)].width = NAME_WIDTH
        sheet.column_dimensions[get_column_letter(ID_COLUMN)].hidden = True  # the agent goal's id, for import
        for column in range(FIRST_PERIOD_COLUMN, self.last_column + 1):
            sheet.column_dimensions[get_column_letter(column)].width = PERIOD_WIDTH
        sheet.freeze_panes = sheet.cell(header + 2, FIRST_PERIOD_COLUMN).coordinate
        print_setup(sheet, repeat_rows=None, footer=words.text("agents_sheet", goal=goal.title))
        self._pages_across()
        return {
            "sheet": sheet.title,
            "team_goal_id": goal.id,
            "period": status_period(goal),
            "header_row": header,
            "first_row": first,
            "last_row": last,
            "volume_header_row": volume_rows[0],
            "volume_first_row": volume_rows[1],
            "volume_last_row": volume_rows[2],
        }

    def _pages_across(self) -> None:
        """A plan of up to ``PERIODS_PER_PAGE`` periods prints one page wide; a longer one (a year of
        weeks) a page per that many periods, the agents' names repeated, at a size still readable:
        fitted one page wide, 52 weeks would print at a quarter of it."""
        sheet = self.sheet
        if not self.pages_across:
            return
        sheet.sheet_properties.pageSetUpPr.fitToPage = False  # spreadsheets ignore breaks when fitting
        sheet.page_setup.scale = PRINT_SCALE
        sheet.print_title_cols = "A:B"
        pages = math.ceil(len(self.periods) / PERIODS_PER_PAGE)
        per_page = math.ceil(len(self.periods) / pages)  # even pages: twelve weeks print 6 and 6, not 9 and 3
        for last in range(per_page, len(self.periods), per_page):
            sheet.col_breaks.append(Break(id=FIRST_PERIOD_COLUMN + last - 1))

    # -- what the sheet says --------------------------------------------------------------------

    def _heading(self) -> None:
        goal, words, sheet = self.team.goal, self.words, self.sheet
        # The heading is read on screen as well as on paper: over the first columns at most, wrapped;
        # over the names' columns only when the plan prints several pages across, so that each page
        # (the names' columns repeat on it) shows it whole rather than its first words cut off.
        span = min(self.last_column, FIRST_PERIOD_COLUMN + 7)
        if self.pages_across:
            span = ID_COLUMN
        width = NAME_WIDTH + PERIOD_WIDTH * max(span - FIRST_PERIOD_COLUMN + 1, 0)
        unit = goal.unit.strip()
        metric = words.metric(goal)
        if unit and unit not in ("%", "currency") and words.unit(unit) != metric:
            metric = words.text("agents_metric_unit", metric=metric, unit=words.unit(unit))
        lines = [
            (goal.title, TITLE_FONT, 1.3),
            (f"{metric} · {words.direction(goal)}", BOLD, 1.0),
            (words.text("agents_intro", rule=words.text(RULE_KEYS[self.rule])), MUTED, 1.0),
        ]
        for row, (text, font, scale) in enumerate(lines, start=1):
            cell = self.writer.text(sheet, row, 1, text, self.where)
            cell.font, cell.alignment = font, Alignment(wrap_text=True, vertical="top")
            bulk.merge_row(sheet, row, 1, span)
            count = text_lines(text, width / scale)
            sheet.row_dimensions[row].height = scale * row_height(count, 8, text)

    def _recorded(self) -> tuple[dict, dict]:
        """Each agent's value and contacts by (agent goal id, period start), as core combines them."""
        values, volumes = {}, {}
        for agent in self.agents:
            for actual in team_actuals(self.team.goal, [(agent.goal, agent.checkins)], self.team.plan):
                key = (agent.goal.id, actual.start)
                values[key] = actual.checkin.actual
                weight = actual.checkin.volume
                if weight is None and self.rule == RATIO:  # a share's base weighs it exactly
                    weight = actual.checkin.denominator
                if weight is not None:
                    volumes[key] = weight
        return values, volumes

    def _block(self, top: int, title: str, recorded: dict, cell_format: str, contacts: bool = False):
        """A block title at ``top``, the periods' header, a row of start dates, a row per agent;
        (header row, first agent row, last agent row)."""
        sheet, writer, words = self.sheet, self.writer, self.words
        writer.text(sheet, top, NAME_COLUMN, title, self.where).font = BOLD
        header = top + 1
        sheet.cell(header, NAME_COLUMN, words.text("agents_agent")).font = BOLD
        sheet.cell(header, ID_COLUMN, ID_HEADER).font = BOLD
        dates = header + 1
        sheet.cell(dates, NAME_COLUMN, words.header("from")).font = MUTED
        for column, sub in enumerate(self.periods, start=FIRST_PERIOD_COLUMN):
            cell = sheet.cell(header, column, sub.label)
            cell.font, cell.alignment = BOLD, Alignment(horizontal="right")
            writer.date(sheet, dates, column, sub.period_start).font = MUTED
        first = dates + 1
        for row, agent in enumerate(self.agents, start=first):
            writer.text(sheet, row, NAME_COLUMN, agent.goal.person, self.where)
            sheet.cell(row, ID_COLUMN, agent.goal.id)
            for column, sub in enumerate(self.periods, start=FIRST_PERIOD_COLUMN):
                value = recorded.get((agent.goal.id, sub.period_start))
                cell = writer.number(sheet, row, column, value, cell_format, self.where)
                writer._style(cell, cell_format, fill=INPUT_FILL)
                cell.protection = Protection(locked=False)
        return header, first, first + len(self.agents) - 1

    def _team_rows(self, row: int, first: int, last: int, volume_rows: tuple) -> None:
        """The team's value as a live formula of the agents' cells, and the team's plan under it."""
        sheet, words, goal = self.sheet, self.words, self.team.goal
        label = sheet.cell(row, NAME_COLUMN, words.text("agents_team_row"))
        label.font, label.border = BOLD, TEAM_BORDER
        sheet.cell(row, ID_COLUMN).border = TEAM_BORDER
        sheet.cell(row + 1, NAME_COLUMN, words.text("agents_reported")).font = MUTED
        planned = sheet.cell(row + 2, NAME_COLUMN, words.text("agents_team_plan"))
        planned.font = MUTED
        unit_format = number_format(goal)
        _header, volume_first, volume_last = volume_rows
        for column, sub in enumerate(self.periods, start=FIRST_PERIOD_COLUMN):
            letter = get_column_letter(column)
            values = f"{letter}{first}:{letter}{last}"
            contacts = f"{letter}{volume_first}:{letter}{volume_last}" if volume_first else ""
            cell = sheet.cell(row, column, "=" + team_formula(self.rule, values, contacts))
            self.writer._style(cell, unit_format)
            cell.font, cell.border = BOLD, TEAM_BORDER
            # how many of the agents the team's number is made of so far ("3 / 4"), as core's missing
            reported = sheet.cell(row + 1, column, f"=COUNT({values})")
            self.writer._style(reported, f'0" / {len(self.agents)}"')
            reported.font = MUTED
            self.writer.number(sheet, row + 2, column, round(sub.planned, 6), unit_format, self.where)
            sheet.cell(row + 2, column).font = MUTED
            if volume_first:
                total = sheet.cell(volume_last + 1, column, f'=IF(COUNT({contacts})=0,"",SUM({contacts}))')
                self.writer._style(total, COUNT_FORMAT)
                total.font, total.border = BOLD, TEAM_BORDER
        if volume_first:
            total = sheet.cell(volume_last + 1, NAME_COLUMN, words.text("agents_team_total"))
            total.font, total.border = BOLD, TEAM_BORDER
            sheet.cell(volume_last + 1, ID_COLUMN).border = TEAM_BORDER

    def _validation(self, first: int, last: int, volume_rows: tuple) -> None:
        if not self.periods:
            return
        end = get_column_letter(self.last_column)
        start = get_column_letter(FIRST_PERIOD_COLUMN)
        self.writer._validation(self.sheet, self.team.goal, f"{start}{first}:{end}{last}")
        _header, volume_first, volume_last = volume_rows
        if volume_first:
            words = self.words
            label = words.text("agents_volume_ratio" if self.rule == RATIO else "agents_volume")
            rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
            message = plain_text(words.text("min_rule", metric=label, low=words.number(0)))[:250]
            rule.error, rule.errorTitle = message, words.text("rule_title")
            rule.prompt, rule.promptTitle = message, label[:32]
            rule.showErrorMessage = rule.showInputMessage = True
            rule.allow_blank = True
            self.sheet.add_data_validation(rule)
            rule.add(f"{start}{volume_first}:{end}{volume_last}")


def team_formula(rule: str, values: str, contacts: str = "") -> str:
    """The spreadsheet formula (without "=") of the team's value from its agents' ``values`` cells
    (and ``contacts`` cells, for averages and shares), as ``core.agents._combine`` computes it: only
    agents who reported count; empty while nobody has; unweighted where a reporting agent has no
    contacts (as core, which then says the value is not exact)."""
    empty = f'IF(COUNT({values})=0,"",'
    if rule == SUM:
        return f"{empty}SUM({values}))"
    if rule == ALL:
        return f"{empty}MIN({values}))"
    if not contacts:
        return f"{empty}AVERAGE({values}))"
    unweighted = f"SUMPRODUCT(ISNUMBER({values})*({contacts}<=0))>0"
    weighted = f"SUMPRODUCT({values},{contacts})/SUMPRODUCT(ISNUMBER({values})*{contacts})"
    return f"{empty}IF({unweighted},AVERAGE({values}),{weighted}))"
