"""Bring actuals typed into an exported workbook back into the plan, checked first, all or nothing.

``read_actuals`` opens the workbook without trusting it: the file size and the unpacked size are
checked before any XML is parsed (defusedxml guards the parser), the workbook must carry our
marker and the id of the plan it is imported into, and every filled-in Actual is checked like a
check-in typed in the window. It returns a report of what would change and of every problem, with
the sheet and cell. Values that are possible but deserve a second look (far outside what the goal
has seen, or landing on a day that already has another check-in) are listed as warnings, worded like
problems, and do not stop the import. ``apply_actuals`` writes the changes in one transaction, and
only when the report has no problems. A dry run is ``read_actuals`` alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Protocol

from goalplanner.core.checkins import (
    BELOW_MINIMUM,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    check_actual,
    check_plausible,
    same_day,
)
from goalplanner.core.i18n import ENGLISH, QT_TRANSLATE_NOOP, Share, Term
from goalplanner.core.model import CheckIn
from goalplanner.core.progress import Status, evaluate, latest_by_period, status_period
from goalplanner.core.tasks import Progress
from goalplanner.files import ExportCancelled, ExportError
from goalplanner.workbook import confidence
from goalplanner.workbook.cells import Damaged, find_damage
from goalplanner.workbook.data import (
    ID_SHEET,
    MARKER,
    WORKBOOK_FORMAT,
    GoalData,
    PlanSnapshot,
    PlanSource,
    cut_text,
    snapshot,
)
from goalplanner.workbook.rows import owner_said, plan_rows
from goalplanner.workbook.screening import SHEETS, TOO_MANY, UNREADABLE, Screened, open_workbook, screen

MAX_GOAL_ROWS = 1200  # a weekly plan over 20 years
MAX_SHEETS = 20_000
# An export has a sheet per goal and three of its own; goals deleted since the export and sheets a
# colleague added are the room. Opening a workbook reads every sheet's size (openpyxl), so a file
# of tens of thousands of tiny sheets would take minutes: it is refused before it is opened.
SHEET_ROOM = 200


def most_sheets(goals: int) -> int:
    """The most sheets a workbook to import into a plan of ``goals`` goals may have."""
    return min(2 * goals + SHEET_ROOM, MAX_SHEETS)


ROW_SLACK = 50  # rows a colleague may have inserted above a goal's last period

NOT_FOUND = QT_TRANSLATE_NOOP("ExportError", "{path} does not exist.")
NOT_OURS = QT_TRANSLATE_NOOP(
    "ExportError",
    "{path} was not exported by goalplanner, so there is nothing in it to import. Export the plan "
    "(File → Export to Excel), fill in the Actual column, and import that workbook.",
)
OTHER_VERSION = QT_TRANSLATE_NOOP(
    "ExportError",
    "{path} was exported by a goalplanner whose workbook layout (version {found}) this one does not "
    "read (version {ours}). Nothing was imported.",
)
OTHER_PLAN = QT_TRANSLATE_NOOP(
    "ExportError",
    "{path} was exported from another plan ({plan}), not from the plan that is open. Open that plan "
    "to import it. Nothing was imported.",
)
ROWS = QT_TRANSLATE_NOOP("ExportError", "rows")

OUTDATED = QT_TRANSLATE_NOOP(
    "ExportError",
    "The plan changed while {path} was being read (a check-in was recorded or edited). Nothing was "
    "imported; import the workbook again to see the changes against the plan as it is now.",
)

# Problems with single cells or sheets: all of them are listed, and nothing is imported.
P_MISSING_SHEET = QT_TRANSLATE_NOOP("ImportProblem", "the sheet is missing (renamed or deleted?)")
P_UNKNOWN_GOAL = QT_TRANSLATE_NOOP("ImportProblem", "its goal is no longer in the plan")
P_CADENCE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "the goal's check-ins are now {period}, but the sheet holds its {old} plan: export it again",
)
# The plan periods, as P_CADENCE names them.
PERIOD_WORDS = {
    "week": QT_TRANSLATE_NOOP("ImportProblem", "weekly"),
    "month": QT_TRANSLATE_NOOP("ImportProblem", "monthly"),
}
P_PERIOD = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{label}” is not a period of the goal's plan any more (rows moved, or the plan was remade)",
)
P_NOT_NUMBER = QT_TRANSLATE_NOOP("ImportProblem", "“{value}” is not a number")
P_DATE = QT_TRANSLATE_NOOP("ImportProblem", "a date or time, not a number")
P_IMPOSSIBLE = QT_TRANSLATE_NOOP("ImportProblem", "{value} is impossible for {metric} ({low} to {high})")
P_BELOW = QT_TRANSLATE_NOOP("ImportProblem", "{value} is impossible for {metric}: it cannot be below {low}")
# The words for each problem core.checkins finds with an actual.
ACTUAL_PROBLEMS = {OUT_OF_RANGE: P_IMPOSSIBLE, BELOW_MINIMUM: P_BELOW, NOT_A_NUMBER: P_NOT_NUMBER}
P_FROM_AGENTS = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "not imported: the goal takes its actuals from its agents; type theirs, or switch it back to its own "
    "check-ins",
)
P_TWICE = QT_TRANSLATE_NOOP("ImportProblem", "{label} appears twice in the sheet")
P_PERCENT = QT_TRANSLATE_NOOP(
    "ImportProblem", "{value} was typed as a percentage, but the metric is not measured in per cent"
)
P_FUTURE = QT_TRANSLATE_NOOP(
    "ImportProblem", "{label} has not started yet: actuals are recorded for periods that have begun"
)

# Warnings: worded like problems (same context, same Problem record), but the import goes ahead.
W_FAR = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{value} is far outside what this goal has seen for {metric} ({low} to {high}): check it is right",
)
W_CONFIDENCE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{value}” is not a confidence: choose {choices}, or leave it blank. The actual is imported without it",
)
W_NOT_RECORDED = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "a confidence or next step is recorded with the period's actual: type the actual too, or it is not "
    "imported",
)
W_SAME_DAY = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "another check-in of this goal is already recorded on {day} ({other}); it is kept, so that day will "
    "have two",
)


@dataclass(frozen=True)
class Problem:
    """Why one cell or sheet cannot be imported."""

    sheet: str
    cell: str
    template: str
    params: dict[str, object] = field(default_factory=dict)  # strings, numbers, Terms (see core.i18n)

    @property
    def where(self) -> str:
        """The place as a spreadsheet writes it: 'Sheet name'!E14."""
        sheet = (
            self.sheet if self.sheet.replace("_", "").isalnum() else "'" + self.sheet.replace("'", "''") + "'"
        )
        return f"{sheet}!{self.cell}" if self.cell else sheet

    def english(self) -> str:
        return f"{self.where}: {ENGLISH.text('ImportProblem', self.template, self.params)}"


def _period_word(period: str) -> Term | str:
    word = PERIOD_WORDS.get(period)
    return Term("ImportProblem", word) if word else period


@dataclass(frozen=True)
class ActualChange:
    """One check-in the import adds (``before`` is None) or changes."""

    goal_id: int
    goal_title: str
    unit: str
    period: str
    on: date
    actual: float
    note: str
    before: CheckIn | None
    sheet: str
    cell: str
    period_start: date | None = None
    period_end: date | None = None
    status: Status | None = None  # the verdict the window will give the value once imported (core)
    confidence: str | None = None  # the owner's, one of core.model.CONFIDENCES; None: not said
    next_step: str = ""


@dataclass
class ImportReport:
    """What importing the workbook would do: changes, problems that stop it, and warnings that do not
    (values to look at again before importing; a ``Problem`` record each, worded the same way)."""

    path: Path
    plan_name: str
    changes: list[ActualChange] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def added(self) -> list[ActualChange]:
        return [c for c in self.changes if c.before is None]

    @property
    def changed(self) -> list[ActualChange]:
        return [c for c in self.changes if c.before is not None]


class CheckInTarget(Protocol):
    """Where imported actuals are written (the store)."""

    def transaction(self): ...

    def checkins(self, goal_id: int) -> list[CheckIn]: ...

    def add_checkins(self, checkins: list[CheckIn]) -> list[CheckIn]: ...

    def update_checkin(self, checkin: CheckIn) -> None: ...


def read_actuals(
    path: Path,
    plan: PlanSource | PlanSnapshot,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    more_sheets: Callable | None = None,
) -> ImportReport:
    """Check the workbook at ``path`` against ``plan`` and list what importing it would change.

    ``more_sheets(workbook, plan, report, today)`` reads sheets other than the goal sheets into the
    report (``agents_import.read_workbook`` passes the agent sheets' reader).

    ``ExportError`` when the workbook as a whole is refused; cell problems are in the report.
    """
    path = Path(path)
    current = plan if isinstance(plan, PlanSnapshot) else snapshot(plan)
    screened = _screen(path)
    limit = most_sheets(len(current.goals))
    if screened.sheets > limit:
        raise ExportError(
            TOO_MANY, path=path, count=screened.sheets, what=Term("ExportError", SHEETS), limit=limit
        )
    try:
        workbook = open_workbook(path, screened)
    except ExportError:
        raise  # refused by the screening while openpyxl read: too many elements, too deep
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ExportError(UNREADABLE, path=path, reason=type(error).__name__) from error
    try:
        layouts, plan_name = _read_ids(workbook, path, current)
        report = ImportReport(path, plan_name)
        goals = {data.goal.id: data for data in current.goals}
        for done, layout in enumerate(layouts, start=1):
            _read_goal_sheet(workbook, layout, goals, report, today or date.today())
            if progress is not None and progress(done, len(layouts)) is False:
                raise ExportCancelled
        if more_sheets is not None:  # sheets beyond the goal sheets (agents_import: the agent sheets)
            more_sheets(workbook, current, report, today or date.today())
    finally:
        workbook.close()
    return report


def apply_actuals(
    target: CheckInTarget, report: ImportReport
) -> tuple[list[CheckIn], list[tuple[CheckIn, CheckIn]]]:
    """Write the report's changes in one transaction: (added check-ins, (before, after) of changed ones)."""
    if not report.ok:
        raise ValueError("a workbook with problems is not imported")
    added, changed = [], []
    try:
        with target.transaction():
            _write_changes(target, report, added, changed)
    except KeyError as error:  # a goal deleted since the workbook was read
        raise ExportError(OUTDATED, path=report.path) from error
    return added, changed


def _write_changes(target: CheckInTarget, report: ImportReport, added: list, changed: list) -> None:
    _still_current(target, report)
    for change in report.changes:
        if hasattr(change, "write_to"):  # a change that writes more than the actual (agents_import)
            change.write_to(target, added, changed)
            continue
        said = {"confidence": change.confidence, "next_step": change.next_step}
        if change.before is None:
            new = CheckIn(change.goal_id, change.on, change.actual, change.note, **said)
            added.extend(target.add_checkins([new]))
        else:
            after = replace(change.before, actual=change.actual, note=change.note, **said)
            if after.actual != change.before.actual:
                after = replace(after, numerator=None, denominator=None)  # the counts no longer add up
            target.update_checkin(after)
            changed.append((change.before, after))


def _still_current(target: CheckInTarget, report: ImportReport) -> None:
    """Refuse to write when the plan changed since the workbook was read (a check-in recorded meanwhile)."""
    for change in report.changes:
        try:
            checkins = target.checkins(change.goal_id)
        except KeyError:
            checkins = None
        if checkins is None:
            raise ExportError(OUTDATED, path=report.path)
        in_period = [c for c in checkins if change.period_start <= c.on <= change.period_end]
        now = max(in_period, key=lambda c: (c.on, c.id or 0)) if in_period else None
        if now != change.before:
            raise ExportError(OUTDATED, path=report.path)


# -- the workbook as a whole -----------------------------------------------------------------------


def _screen(path: Path) -> Screened:
    """Refuse, before parsing anything, what is too big, not a zip, or unpacks out of all proportion
    (``goalplanner.workbook.screening``)."""
    try:
        return screen(path)
    except FileNotFoundError as error:
        raise ExportError(NOT_FOUND, path=path) from error


def _read_ids(workbook, path: Path, current: PlanSnapshot) -> tuple[list[dict], str]:
    if ID_SHEET not in workbook.sheetnames:
        raise ExportError(NOT_OURS, path=path)
    sheet = workbook[ID_SHEET]
    try:
        rows = _cells(lambda: list(sheet.iter_rows(max_col=9, max_row=MAX_SHEETS + 10, values_only=True)))
    except Damaged as error:
        damage = _damage(workbook, path, sheet, error)
        where = Problem(ID_SHEET, damage.cell, damage.template, damage.params).english()
        raise ExportError(UNREADABLE, path=path, reason=where) from error
    if not rows or rows[0][0] != MARKER:
        raise ExportError(NOT_OURS, path=path)
    if rows[0][1] != WORKBOOK_FORMAT:
        raise ExportError(OTHER_VERSION, path=path, found=rows[0][1], ours=WORKBOOK_FORMAT)
    facts = {row[0]: row[1] for row in rows[1:6] if row and row[0]}
    if facts.get("plan_id") != current.plan_id:
        raise ExportError(OTHER_PLAN, path=path, plan=facts.get("plan") or "?")
    words = confidence.vocabulary(rows[5] if len(rows) > 5 else None)
    layouts, seen = [], set()
    for row in rows[7:]:
        if not row or row[0] is None:
            continue
        sheet, goal_id, period, first, last, *columns = (tuple(row) + (None,) * 9)[:9]
        actual_column, note_column, confidence_column, next_step_column = columns
        numbers = (goal_id, first, last, actual_column, note_column)
        if not all(_count(v) for v in numbers):
            raise ExportError(NOT_OURS, path=path)
        # Workbooks exported before the owner's confidence have neither of its columns: both or none.
        said = (confidence_column, next_step_column)
        if said != (None, None) and not all(_count(v) and v <= 50 for v in said):
            raise ExportError(NOT_OURS, path=path)
        if actual_column > 50 or note_column > 50 or last < first:
            raise ExportError(NOT_OURS, path=path)
        if goal_id in seen:  # one sheet per goal, or none is read
            raise ExportError(NOT_OURS, path=path)
        seen.add(goal_id)
        if last - first + 1 > MAX_GOAL_ROWS:
            raise ExportError(
                TOO_MANY,
                path=path,
                count=last - first + 1,
                what=Term("ExportError", ROWS),
                limit=MAX_GOAL_ROWS,
            )
        layouts.append({"sheet": str(sheet), "goal_id": goal_id, "period": period, "first": first,
                        "last": last, "actual": actual_column, "note": note_column,
                        "confidence": confidence_column, "next_step": next_step_column,
                        "words": words})  # fmt: skip
    return layouts, str(facts.get("plan") or "")


def _count(value) -> bool:
    """True for a whole number of at least 1 (a row or column of the ids sheet)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


# -- one goal sheet --------------------------------------------------------------------------------


def _read_goal_sheet(
    workbook, layout: dict, goals: dict[int, GoalData], report: ImportReport, today: date
) -> None:
    sheet_name = layout["sheet"]
    if sheet_name not in workbook.sheetnames:
        report.problems.append(Problem(sheet_name, "", P_MISSING_SHEET))
        return
    data = goals.get(layout["goal_id"])
    if data is None:
        report.problems.append(Problem(sheet_name, "", P_UNKNOWN_GOAL))
        return
    goal = data.goal
    period = status_period(goal)
    if period != layout["period"]:
        report.problems.append(
            Problem(
                sheet_name,
                "",
                P_CADENCE,
                {"period": _period_word(period), "old": _period_word(str(layout["period"]))},
            )
        )
        return
    sheet = workbook[sheet_name]
    if not hasattr(sheet, "iter_rows"):  # a chart sheet put in its place
        report.problems.append(Problem(sheet_name, "", P_MISSING_SHEET))
        return
    plan = {s.label: s for s in data.plan if s.period == period}
    latest = latest_by_period(data.checkins, list(plan.values()))
    # The typed texts' columns; a workbook exported before the owner's confidence has only the note.
    typed = {key: layout[key] for key in ("note", "confidence", "next_step") if layout[key] is not None}
    from openpyxl.utils import get_column_letter

    actual_letter = get_column_letter(layout["actual"])
    # Rows are found by their period label, not by position: a row inserted above the table moves
    # the last periods down, and they are still read (the table's own length plus some slack).
    last_row = layout["last"] + ROW_SLACK
    try:
        rows = _cells(lambda: plan_rows(sheet, layout["first"], last_row, layout["actual"], typed))
    except Damaged as error:
        damage = _damage(workbook, report.path, sheet, error)
        report.problems.append(Problem(sheet_name, damage.cell, damage.template, damage.params))
        return
    seen: set[str] = set()
    for row_number, label_value, actual_value, number_format, texts in rows:
        cell = f"{actual_letter}{row_number}"
        label = "" if label_value is None else str(label_value)
        value = _number(actual_value)
        said, unread = owner_said(texts, layout["words"])
        if value is None:  # blank: nothing typed, and a blank never deletes a check-in
            if said["confidence"] is not None or said["next_step"] or unread is not None:
                report.warnings.append(Problem(sheet_name, cell, W_NOT_RECORDED))
            continue
        if unread is not None:  # the actual is imported without it
            where = f"{get_column_letter(typed['confidence'])}{row_number}"
            choices = " / ".join(layout["words"].offered)
            report.warnings.append(
                Problem(sheet_name, where, W_CONFIDENCE, {"value": unread, "choices": choices})
            )
        if isinstance(value, Problem):
            report.problems.append(replace(value, sheet=sheet_name, cell=cell))
            continue
        value = _as_metric(value, number_format, goal.unit)
        if isinstance(value, Problem):
            report.problems.append(replace(value, sheet=sheet_name, cell=cell))
            continue
        sub = plan.get(label)
        if sub is None:
            report.problems.append(Problem(sheet_name, f"A{row_number}", P_PERIOD, {"label": label}))
            continue
        if label in seen:
            report.problems.append(Problem(sheet_name, f"A{row_number}", P_TWICE, {"label": label}))
            continue
        seen.add(label)
        change = _change(goal, sub, value, said, latest.get(label), today, sheet_name, cell)
        if isinstance(change, Problem):
            report.problems.append(change)
        elif change is None:
            report.unchanged += 1
        elif goal.actuals_from == "agents":  # its actuals are its agents' (Store.actuals), never typed:
            # said, not imported; a warning, since a sheet exported before its agents' values changed
            # shows the combined value of then, which must not block importing the agents' cells
            report.warnings.append(Problem(sheet_name, cell, P_FROM_AGENTS))
        else:
            report.changes.append(replace(change, status=_verdict(data, change, today)))
            report.warnings.extend(_second_looks(goal, data.checkins, change))


def _cells(read):
    """``read()``, with what openpyxl raises on a damaged sheet as ``Damaged``."""
    try:
        return read()
    except (ExportError, ExportCancelled):
        raise  # refused by the screening while the sheet was streamed
    except Exception as error:  # ValueError, IndexError, ParseError, BadZipFile...: the file is damaged
        raise Damaged(type(error).__name__) from error


def _damage(workbook, path: Path, sheet, error: Damaged):
    """Where openpyxl met the damage in ``sheet``, found by reading its part again."""
    part = getattr(sheet, "_worksheet_path", "")
    strings = len(getattr(sheet, "_shared_strings", ()))
    formats = len(getattr(workbook, "_cell_styles", ()))
    return find_damage(path, part, strings, formats, error.reason)


def _change(goal, sub, value, said, before, today, sheet_name, cell) -> ActualChange | Problem | None:
    """What one filled-in row asks for: a new check-in, a changed one, nothing (None), or a problem.
    ``said`` is the row's note, confidence and next step (``rows.owner_said``); a blank keeps what the
    check-in had, as a blank actual does."""
    problem = check_actual(goal, value)
    if problem is not None:
        return Problem(sheet_name, cell, ACTUAL_PROBLEMS[problem.code], problem.params)
    if sub.period_start > today:
        return Problem(sheet_name, cell, P_FUTURE, {"label": sub.label})
    note, step, code = said["note"], said["next_step"], said["confidence"]
    if before is None:
        on = min(sub.period_end, today)
        return ActualChange(goal.id, goal.title, goal.unit, sub.label, on, value, note, None, sheet_name,
                            cell, sub.period_start, sub.period_end, confidence=code,
                            next_step=step)  # fmt: skip
    # the workbook could only show the first 32,767 characters of a text
    note = before.note if not note or note == cut_text(before.note) else note
    step = before.next_step if not step or step == cut_text(before.next_step) else step
    code = code or before.confidence
    if math.isclose(before.actual, value, rel_tol=1e-12, abs_tol=1e-12):
        value = before.actual  # the same number, rounded by a spreadsheet: keep ours (and its counts)
        if (note, step, code) == (before.note, before.next_step, before.confidence):
            return None
    return ActualChange(goal.id, goal.title, goal.unit, sub.label, before.on, value, note, before, sheet_name,
                        cell, sub.period_start, sub.period_end, confidence=code,
                        next_step=step)  # fmt: skip


def _verdict(data, change: ActualChange, today: date) -> Status:
    """The status core's evaluation gives the imported value, among the goal's other check-ins."""
    others = [c for c in data.checkins if c is not change.before]
    new = CheckIn(change.goal_id, change.on, change.actual, change.note, id=-1)
    evaluation = evaluate(data.goal, data.plan, [*others, new], today)
    return next(j.status for j in evaluation.judged if j.checkin is new)


def _second_looks(goal, checkins, change: ActualChange) -> list[Problem]:
    """Warnings for one change: a value far outside what the goal has seen (its other actuals, its
    baseline, target and band: ``check_plausible``), and a date that already has another check-in."""
    found = []
    others = [c for c in checkins if c is not change.before]
    far = check_plausible(goal, change.actual, [c.actual for c in others])
    if far is not None:
        low, high = _round_out(far.params["low"], -1), _round_out(far.params["high"], 1)
        found.append(Problem(change.sheet, change.cell, W_FAR, dict(far.params, low=low, high=high)))
    twin = same_day(others, change.on)
    if twin is not None:
        found.append(Problem(change.sheet, change.cell, W_SAME_DAY, {"day": change.on, "other": twin.actual}))
    return found


def _round_out(value: float, side: int) -> float:
    """``value`` to three significant digits, rounded away from the range it bounds (``side`` -1 for
    its low end, 1 for its high end), so the rounded range never looks narrower than the rule's."""
    if value == 0 or not math.isfinite(value):
        return value
    step = 10 ** (math.floor(math.log10(abs(value))) - 2)
    rounded = (math.floor if side < 0 else math.ceil)(value / step) * step
    return float(round(rounded, 12))


def _as_metric(value: float, number_format: str, unit: str) -> float | Problem:
    """A value typed as a percentage ("76%", stored by Excel as 0.76) in the metric's own terms."""
    if not _is_percent_format(number_format):
        return value
    if unit.strip() == "%":
        return value * 100  # our percentages run from 0 to 100, as in the app
    return Problem("", "", P_PERCENT, {"value": Share(value, 6)})


def _is_percent_format(number_format: str) -> bool:
    """True for formats such as 0% or 0.0%, not for ours, 0.0"%", whose per cent sign is text."""
    outside_quotes = re.sub(r'"[^"]*"', "", number_format or "")
    return "%" in outside_quotes.replace("\\%", "")


def _number(value) -> float | Problem | None:
    """A cell's value as a finite number, None when blank, or the problem with it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return Problem("", "", P_NOT_NUMBER, {"value": str(value).upper()})
    if isinstance(value, datetime | date | time):
        return Problem("", "", P_DATE)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip()
        try:
            number = float(text)
        except ValueError:
            shown = text if len(text) <= 40 else text[:39] + "…"
            return Problem("", "", P_NOT_NUMBER, {"value": shown})
    if not math.isfinite(number):
        return Problem("", "", P_NOT_NUMBER, {"value": str(value)})
    return number
