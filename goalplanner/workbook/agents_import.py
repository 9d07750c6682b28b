"""Read agents' actuals back from the "Agents – <team goal>" sheets (``workbook.agents_sheet``).

Every filled agent cell becomes a check-in of that agent's goal, checked and dated exactly as a goal
sheet's Actual is (``importer._change``: the same problems, warnings and verdict); the contacts typed
under an average or a share become the check-in's volume. A cell equal to what is recorded is not
imported again, nor is a value also typed, the same, into the agent's own goal sheet; typed there
differently, it is a problem to settle. A sheet whose team goal, or a row whose agent goal, is no
longer in the plan is skipped with a warning: the rest of the workbook still imports.

``read_workbook`` is the import of a whole workbook: ``importer.read_actuals`` reads the goal sheets
and hands this module's reader the agent sheets (this module builds on the importer, never the other
way round); an ``AgentChange`` writes itself when ``importer.apply_actuals`` applies the report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path

from openpyxl.utils import get_column_letter

from goalplanner.core.agents import RATIO, combine_rule
from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.model import CheckIn
from goalplanner.core.progress import latest_by_period, status_period, status_plan
from goalplanner.workbook.agents_sheet import (
    AGENTS_FORMAT,
    AGENTS_ID_SHEET,
    AGENTS_MARKER,
    FIRST_PERIOD_COLUMN,
    ID_COLUMN,
    ID_HEADER,
    LAYOUT_COLUMNS,
)
from goalplanner.workbook.cells import Damaged
from goalplanner.workbook.data import GoalData, PlanSnapshot, PlanSource
from goalplanner.workbook.importer import (
    MAX_GOAL_ROWS,
    MAX_SHEETS,
    P_CADENCE,
    P_MISSING_SHEET,
    P_PERIOD,
    ROW_SLACK,
    ActualChange,
    ImportReport,
    Problem,
    _as_metric,
    _cells,
    _change,
    _damage,
    _number,
    _period_word,
    _second_looks,
    _verdict,
    read_actuals,
)

W_NO_TEAM = QT_TRANSLATE_NOOP(
    "ImportProblem", "its team goal is no longer in the plan, so the agents' cells were not read"
)
W_NO_AGENT = QT_TRANSLATE_NOOP(
    "ImportProblem", "{person} is no longer one of the team's agents, so this row was not read"
)
W_OTHER_LAYOUT = QT_TRANSLATE_NOOP(
    "ImportProblem", "the agent sheets were laid out by another goalplanner version and were not read"
)
P_BOTH = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{person}'s {label} is {value} here but {other} on the agent's own sheet: keep one of them",
)
P_CONTACTS = QT_TRANSLATE_NOOP(
    "ImportProblem", "“{value}” is not a number of contacts: type a number of at least 0"
)

# An agent cell holds only a number: no note, confidence or next step (those keep what was recorded).
NOTHING_SAID = {"note": "", "next_step": "", "confidence": None}
MAX_AGENTS = 1_000  # rows of one block: a team of a thousand agents


@dataclass(frozen=True)
class AgentChange(ActualChange):
    """A check-in an agent sheet adds or changes, with the contacts typed under it (None: none) and,
    for a share, the counts they make with it (numerator, denominator): a share is then combined from
    counts, as ``core.agents`` combines shares exactly."""

    volume: float | None = None
    counts: tuple[float, float] | None = None

    def write_to(self, target, added: list, changed: list) -> None:
        """Record this change with its contacts and counts (``importer.apply_actuals`` calls it)."""
        if self.before is None:
            numerator, denominator = self.counts or (None, None)
            said = {"confidence": self.confidence, "next_step": self.next_step, "volume": self.volume}
            new = CheckIn(self.goal_id, self.on, self.actual, self.note, numerator, denominator, **said)
            added.extend(target.add_checkins([new]))
            return
        volume = self.before.volume if self.volume is None else self.volume  # a blank deletes nothing
        after = replace(self.before, actual=self.actual, note=self.note, volume=volume,
                        confidence=self.confidence, next_step=self.next_step)  # fmt: skip
        if after.actual != self.before.actual:
            after = replace(after, numerator=None, denominator=None)  # the counts no longer add up
        if self.counts is not None:
            after = replace(after, numerator=self.counts[0], denominator=self.counts[1])
        target.update_checkin(after)
        changed.append((self.before, after))


def read_workbook(path: Path, plan: PlanSource | PlanSnapshot, **options) -> ImportReport:
    """What importing the workbook at ``path`` would change: its goal sheets (``importer.read_actuals``,
    which takes the same ``options``) and its agent sheets; ``importer.apply_actuals`` writes it."""
    return read_actuals(path, plan, more_sheets=read_agent_sheets, **options)


def read_agent_sheets(workbook, current: PlanSnapshot, report: ImportReport, today: date) -> None:
    """Add what the workbook's agent sheets ask for to ``report`` (an older workbook has none)."""
    if AGENTS_ID_SHEET not in workbook.sheetnames:
        return
    ids = workbook[AGENTS_ID_SHEET]
    width = len(LAYOUT_COLUMNS)
    try:
        rows = _cells(lambda: list(ids.iter_rows(max_col=width, max_row=MAX_SHEETS + 2, values_only=True)))
    except Damaged as error:
        damage = _damage(workbook, report.path, ids, error)
        report.problems.append(Problem(AGENTS_ID_SHEET, damage.cell, damage.template, damage.params))
        return
    if not rows or tuple(rows[0][:2]) != (AGENTS_MARKER, AGENTS_FORMAT):
        report.warnings.append(Problem(AGENTS_ID_SHEET, "", W_OTHER_LAYOUT))
        return
    goals = {data.goal.id: data for data in current.goals}
    for row in rows[2:]:
        layout = dict(zip(LAYOUT_COLUMNS, tuple(row) + (None,) * width, strict=False))
        if _whole(layout):
            _read_sheet(workbook, layout, goals, report, today)
        elif layout["sheet"] is not None:
            report.warnings.append(Problem(str(layout["sheet"]), "", W_OTHER_LAYOUT))


def _whole(layout: dict) -> bool:
    """True when a row of the hidden list names a sheet and blocks of believable size."""
    numbers = [layout[key] for key in LAYOUT_COLUMNS[1:] if key != "period"]
    volume = [layout[key] for key in LAYOUT_COLUMNS[-3:]]
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in numbers[:4]):
        return False
    if any(v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 1) for v in volume):
        return False
    blocks = [
        (layout["first_row"], layout["last_row"]),
        (layout["volume_first_row"], layout["volume_last_row"]),
    ]
    if not all(first is None or 0 <= (last or 0) - first < MAX_AGENTS for first, last in blocks):
        return False
    # the blocks lie under their header, close together: the rows read are bounded by the agents
    end = layout["volume_last_row"] or layout["last_row"]
    return layout["header_row"] < layout["first_row"] and end - layout["header_row"] <= 2 * MAX_AGENTS + 20


def _read_sheet(
    workbook, layout: dict, goals: dict[int, GoalData], report: ImportReport, today: date
) -> None:
    name = str(layout["sheet"])
    team = goals.get(layout["team_goal_id"])
    if name not in workbook.sheetnames or not hasattr(workbook[name], "iter_rows"):
        report.warnings.append(Problem(name, "", P_MISSING_SHEET))
        return
    if team is None:
        report.warnings.append(Problem(name, "", W_NO_TEAM))
        return
    period = status_period(team.goal)
    if period != layout["period"]:
        params = {"period": _period_word(period), "old": _period_word(str(layout["period"]))}
        report.warnings.append(Problem(name, "", P_CADENCE, params))
        return
    sheet = workbook[name]
    width = FIRST_PERIOD_COLUMN + min(len(status_plan(team.goal, team.plan)) + 10, MAX_GOAL_ROWS)
    # Rows a colleague inserted or deleted move the blocks: read around them and find each block by
    # the "id" over its hidden ids, its agents by their ids, as the goal sheets' rows by their labels.
    first = max(1, layout["header_row"] - ROW_SLACK)
    last = (layout["volume_last_row"] or layout["last_row"]) + ROW_SLACK
    try:
        rows = _cells(lambda: _read_rows(sheet, first, last, width))
    except Damaged as error:
        damage = _damage(workbook, report.path, sheet, error)
        report.problems.append(Problem(name, damage.cell, damage.template, damage.params))
        return
    headers = [row for row in sorted(rows) if rows[row].get(ID_COLUMN, (None,))[0] == ID_HEADER]
    if not headers:
        report.warnings.append(Problem(name, "", W_OTHER_LAYOUT))
        return
    ends = [*headers[1:], last + 1]
    labels = {column: str(value) for column, (value, _format) in rows[headers[0]].items()
              if column >= FIRST_PERIOD_COLUMN and str(value).strip()}  # fmt: skip
    volumes = {}
    if layout["volume_first_row"] is not None and len(headers) > 1:
        volumes = _by_agent(rows, headers[1] + 1, ends[1] - 1)
    for agent_id, (row_number, cells) in _by_agent(rows, headers[0] + 1, ends[0] - 1).items():
        agent = goals.get(agent_id)
        if agent is None or agent.goal.parent_id != team.goal.id or not agent.goal.person:
            person = cells.get(1, (None,))[0] or agent_id
            report.warnings.append(Problem(name, f"A{row_number}", W_NO_AGENT, {"person": str(person)}))
            continue
        contacts = volumes.get(agent_id, (None, {}))
        row = _AgentRow(name, team, agent, row_number, cells, contacts, report, today)
        for column, label in labels.items():
            row.read(column, label)


def _read_rows(sheet, first: int, last: int, width: int) -> dict[int, dict[int, tuple]]:
    """{row: {column: (value, number format)}} of the filled cells from ``first`` to ``last``."""
    found: dict[int, dict[int, tuple]] = {}
    for row_number, row in enumerate(sheet.iter_rows(min_row=first, max_row=last, max_col=width), first):
        for column, cell in enumerate(row, start=1):
            value = getattr(cell, "value", None)
            if value is not None:
                found.setdefault(row_number, {})[column] = (value, getattr(cell, "number_format", "General"))
    return found


def _by_agent(rows: dict, first: int | None, last: int | None) -> dict[int, tuple[int, dict]]:
    """The rows of one block by the agent goal id in their hidden id column."""
    if first is None or last is None:
        return {}
    found = {}
    for row_number in range(first, last + 1):
        cells = rows.get(row_number, {})
        agent_id = cells.get(ID_COLUMN, (None,))[0]
        if (
            isinstance(agent_id, int | float)
            and not isinstance(agent_id, bool)
            and float(agent_id).is_integer()
        ):
            found.setdefault(int(agent_id), (row_number, cells))
    return found


class _AgentRow:
    """One agent's row (and contacts row) of an agent sheet, read a period at a time."""

    def __init__(self, name, team, agent, row_number, cells, contacts, report, today) -> None:
        self.name, self.team, self.agent, self.report, self.today = name, team, agent, report, today
        self.row_number, self.cells = row_number, cells
        self.contacts_row, self.contacts = contacts
        self.plan = {s.label: s for s in status_plan(agent.goal, agent.plan)}
        self.latest = latest_by_period(agent.checkins, list(self.plan.values()))
        self.ratio = combine_rule(team.goal) == RATIO

    def read(self, column: int, label: str) -> None:
        goal, report, name = self.agent.goal, self.report, self.name
        cell = f"{get_column_letter(column)}{self.row_number}"
        raw, number_format = self.cells.get(column, (None, "General"))
        value = _number(raw)
        if value is None:
            return  # blank: nothing typed, and a blank never deletes a check-in
        if not isinstance(value, Problem):
            value = _as_metric(value, number_format, goal.unit)
        sub = self.plan.get(label)
        before = self.latest.get(label)
        if isinstance(value, Problem):
            change = replace(value, sheet=name, cell=cell)
        elif sub is None:
            change = Problem(name, cell, P_PERIOD, {"label": label})
        else:
            change = _change(goal, sub, value, NOTHING_SAID, before, self.today, name, cell)
        volume = self._volume(column)
        found = [problem for problem in (change, volume) if isinstance(problem, Problem)]
        if found:  # the value's and the contacts' problems both, so one pass finds them all
            report.problems.extend(found)
            return
        if change is None:  # the recorded value: only new contacts make a change
            if volume is None or before is None or math.isclose(volume, self._recorded_volume(before)):
                return  # not counted as unchanged: the agent's own goal sheet shows it too, and counts it
            start, end = sub.period_start, sub.period_end
            change = ActualChange(goal.id, goal.title, goal.unit, label, before.on, before.actual,
                                  before.note, before, name, cell, start, end,
                                  confidence=before.confidence, next_step=before.next_step)  # fmt: skip
        if self._typed_twice(change, label):
            return
        counts = None
        if self.ratio and volume:  # the share of its base: 76.5% of 200 contacts is 153 of 200
            counts = (round(change.actual * volume / 100, 9), volume)
        change = AgentChange(**{f.name: getattr(change, f.name) for f in fields(change)}, volume=volume,
                             counts=counts)  # fmt: skip
        report.changes.append(replace(change, status=_verdict(self.agent, change, self.today)))
        report.warnings.extend(_second_looks(goal, self.agent.checkins, change))

    def _volume(self, column: int) -> float | Problem | None:
        if self.contacts_row is None:
            return None
        raw, _format = self.contacts.get(column, (None, "General"))
        volume = _number(raw)
        if isinstance(volume, Problem) or (volume is not None and volume < 0):
            cell = f"{get_column_letter(column)}{self.contacts_row}"
            return Problem(self.name, cell, P_CONTACTS, {"value": str(raw)})
        return volume

    def _recorded_volume(self, before: CheckIn) -> float:
        """The contacts the sheet was exported with: the volume, or a share's base (agents_sheet)."""
        recorded = before.volume
        if recorded is None and self.ratio:
            recorded = before.denominator
        return math.nan if recorded is None else recorded

    def _typed_twice(self, change: ActualChange, label: str) -> bool:
        """True when the agent's own goal sheet already asks for this period: the same value is
        imported once; a different one is a problem."""
        other = next(
            (c for c in self.report.changes if c.goal_id == change.goal_id and c.period == label), None
        )
        if other is None:
            return False
        if not math.isclose(other.actual, change.actual, rel_tol=1e-12, abs_tol=1e-12):
            params = {
                "person": self.agent.goal.person,
                "label": label,
                "value": change.actual,
                "other": other.actual,
            }
            self.report.problems.append(Problem(self.name, change.cell, P_BOTH, params))
        return True
