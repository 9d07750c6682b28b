"""What a workbook is made from, and what goes into a cell: plain data and safe values, no openpyxl.

``PlanSnapshot`` is what the writer and the importer work from. ``snapshot`` reads it through any
``PlanSource``: the window's store, or, on a worker thread, a ``Store.open_reader(path)`` of its own
(one SQLite connection per thread), so the GUI thread never waits for it.

``safe_text`` and ``safe_number`` make sure nothing a user typed becomes a formula in a colleague's
Excel, and that no value Excel cannot hold reaches a cell.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from goalplanner.core.i18n import ENGLISH, QT_TRANSLATE_NOOP
from goalplanner.core.model import CheckIn, Goal, SubTarget

# The layout version of our workbooks; import refuses other versions.
WORKBOOK_FORMAT = 1
# The (hidden) sheet with the ids import needs; its first cell marks the workbook as ours.
ID_SHEET = "goalplanner ids"
MARKER = "goalplanner workbook"
# Excel's limit on the characters in one cell.
CELL_LIMIT = 32_767
# Characters a cell cannot hold as they are: XML 1.0 forbids most control characters, and turns a
# carriage return into a line feed. Excel writes them as "_xHHHH_"; so do we, so they come back exact.
ESCAPED_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x0d\x0e-\x1f\ufffe\uffff]")
# An underscore that starts what looks like such an escape is itself escaped ("_x005F_" is "_").
LOOKS_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# A cell whose text starts like this would be read as a formula if it were typed into Excel.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class PlanSource(Protocol):
    """What the export reads from a plan (the store has these)."""

    path: Path

    @property
    def plan_id(self) -> str: ...

    def list_goals(self) -> list[Goal]: ...

    def subtargets(self, goal_id: int) -> list[SubTarget]: ...

    def checkins(self, goal_id: int) -> list[CheckIn]: ...

    def actuals(self, goal_id: int) -> list[CheckIn]: ...


@dataclass(frozen=True)
class GoalData:
    """One goal with its whole plan and the check-ins it is judged on (``Store.actuals``: a team fed by
    its agents has their combined ones, without ids)."""

    goal: Goal
    plan: Sequence[SubTarget]
    checkins: Sequence[CheckIn]


@dataclass(frozen=True)
class PlanSnapshot:
    """The goals to export, as read from one plan file."""

    plan_id: str
    plan_name: str
    goals: Sequence[GoalData]


def snapshot(source: PlanSource, goal_ids: Iterable[int] | None = None) -> PlanSnapshot:
    """Read the goals (all, or ``goal_ids`` in plan order) with their plans and check-ins."""
    wanted = set(goal_ids) if goal_ids is not None else None
    goals = [g for g in source.list_goals() if wanted is None or g.id in wanted]
    if wanted is not None and len(goals) != len(wanted):
        missing = sorted(wanted - {g.id for g in goals})
        raise KeyError(missing[0])
    data = [GoalData(g, source.subtargets(g.id), source.actuals(g.id)) for g in goals]
    return PlanSnapshot(source.plan_id, Path(source.path).name, data)


@dataclass
class Warnings:
    """What the export had to change to fit a value into Excel: shown to the user, never silent."""

    messages: list[tuple[str, dict[str, object]]] = field(default_factory=list)  # numbers stay numbers

    def add(self, template: str, **params: object) -> None:
        self.messages.append((template, dict(params)))

    def english(self) -> list[str]:
        return [ENGLISH.text("ExportWarning", template, params) for template, params in self.messages]


CUT_TEXT = QT_TRANSLATE_NOOP(
    "ExportWarning",
    "{where}: the text has {length} characters, more than the {limit} an Excel cell holds; the "
    "workbook shows the first {limit}, the plan keeps it all.",
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "ExportWarning", "{where}: {value} is not a number Excel can hold; left empty."
)


def safe_text(text: str, where: str, warnings: Warnings) -> str:
    """``text`` as a cell stores it: over-long text cut (with a warning), control characters escaped.

    Formula-like text is kept exactly; the writer stores it as text, never as a formula.
    """
    if len(text) > CELL_LIMIT:
        warnings.add(CUT_TEXT, where=where, length=len(text), limit=CELL_LIMIT)
        text = cut_text(text)
    return escape_cell_text(text)


def cut_text(text: str) -> str:
    """``text`` as a cell can show it: at most 32,767 characters, the last one "…" when cut."""
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"


def escape_cell_text(text: str) -> str:
    """Control characters and carriage returns as Excel's "_xHHHH_" escapes (see ``unescape_cell_text``)."""
    text = LOOKS_ESCAPED.sub("_x005F_", text)
    return ESCAPED_CHARACTERS.sub(lambda found: f"_x{ord(found.group()):04X}_", text)


def plain_text(text: str) -> str:
    """Text for the places outside cells (chart titles, validation messages, properties), where
    Excel reads no escapes: characters XML cannot hold become spaces."""
    return ESCAPED_CHARACTERS.sub(" ", text)


def unescape_cell_text(text: str) -> str:
    """The text a cell holds, its "_xHHHH_" escapes turned back into characters."""
    return ESCAPE.sub(lambda found: chr(int(found.group(1), 16)), text)


def safe_number(value: float | None, where: str, warnings: Warnings) -> float | None:
    """``value`` if Excel can hold it; None (an empty cell) with a warning for NaN and infinities."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        warnings.add(NOT_A_NUMBER, where=where, value=value)
        return None
    return float(value)


def looks_like_formula(text: str) -> bool:
    """True when Excel would treat ``text`` as a formula if it were typed in."""
    return text.startswith(FORMULA_START)
