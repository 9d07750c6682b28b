"""Convert between core dataclasses and table rows (dates as ISO text, yes/no as 1/0).

A plan file can be edited by other programs, so a row is not trusted: reading one that the app could
not have written (a title stored as binary data, ``start='notadate'``, an actual of ``'abc'`` or
infinity, a bad cadence, broken JSON, a period ending before it starts, a missing column) raises
``BadRowError``, a ``StoreError`` naming the row and the field, never a raw ``ValueError``,
``TypeError`` or ``KeyError``. The ``*_problems`` functions say everything wrong with a row in plain
English; ``goalplanner.store.validate`` runs them over a whole plan.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections.abc import Callable
from dataclasses import asdict, fields
from datetime import date
from typing import Any

from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.linked import LinkedPlan
from goalplanner.core.model import (
    ACTUALS_FROM,
    CADENCES,
    CONFIDENCES,
    CURVES,
    DIRECTIONS,
    PERIODS,
    ROLLUP_RULES,
    STAFFING_SOLVE_FOR,
    STAFFING_VOLUMES,
    STATES,
    CheckIn,
    Goal,
    PlanShape,
    ResourceCheck,
    Resources,
    StaffingInputs,
    SubTarget,
)
from goalplanner.store.errors import CorruptFileError

# What each kind of row is called in messages, by table.
ROW_NAMES = {
    "goals": "goal",
    "subtargets": "sub-target",
    "checkins": "check-in",
    "wizard_drafts": "draft",
    "linked_plans": "linked team plan",
}


class BadRowError(CorruptFileError):
    """A row of the plan holds a value goalplanner could not have written; nothing was changed.

    ``table``, ``row_id``, ``goal_id`` and ``field`` say where; ``problem`` is the plain-English
    line (``goal 3, start: 'notadate' is not a date (YYYY-MM-DD)``).
    """

    template = QT_TRANSLATE_NOOP(
        "StoreError",
        "The plan file is damaged: {problem}. It was left untouched; `goalplanner check` lists every "
        "problem, or restore the plan from a backup.",
    )

    def __init__(self, table: str, row_id: object, goal_id: object, field: str, message: str) -> None:
        self.table, self.row_id, self.goal_id, self.field, self.message = (
            table,
            row_id,
            goal_id,
            field,
            message,
        )
        super().__init__("", problem=describe(table, row_id, goal_id, field, message))


def describe(table: str, row_id: object, goal_id: object, field: str, message: str) -> str:
    """One problem as a line: ``goal 3, start: …`` or ``goal 2, check-in 7, actual: …``."""
    where = []
    if goal_id is not None:
        where.append(f"goal {goal_id}")
    if table != "goals" and table in ROW_NAMES and row_id is not None:
        where.append(f"{ROW_NAMES[table]} {row_id}")
    if not where:
        where.append(f"the {table} table" if table else "the plan")
    place = ", ".join(where)
    return f"{place}, {field}: {message}" if field else f"{place}: {message}"


# -- checking one value ---------------------------------------------------------------------------

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _type_name(value: object) -> str:
    if value is None:
        return "missing (empty)"
    if isinstance(value, bytes):
        return "stored as binary data"
    if isinstance(value, bool | int | float):
        return f"the number {_shown(value)}"
    return f"the text {_shown(value)}"


def text_problem(value: object) -> str | None:
    if type(value) is str:
        return None
    return f"{_type_name(value)}, not text"


def date_problem(value: object, *, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if type(value) is not str:
        return f"{_type_name(value)}, not a date (YYYY-MM-DD)"
    if not _ISO_DATE.fullmatch(value):
        return f"{_shown(value)} is not a date (YYYY-MM-DD)"
    try:
        date.fromisoformat(value)
    except ValueError:
        return f"{value} is not a real date"
    return None


def number_problem(value: object, *, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if type(value) not in (int, float):
        return f"{_type_name(value)}, not a number"
    if not math.isfinite(value):
        return f"{value} is not a finite number"
    return None


def id_problem(value: object, *, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if type(value) is not int:
        return f"{_type_name(value)}, not a goal id"
    return None


def flag_problem(value: object, *, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if type(value) is not int or value not in (0, 1):
        return f"{_type_name(value)}, not 1 (yes) or 0 (no)"
    return None


def count_problem(value: object) -> str | None:
    if value is None:
        return None
    if type(value) is not int or value < 0:
        return f"{_type_name(value)}, not a whole number of people (0 or more)"
    return None


def choice_problem(value: object, choices: tuple[str, ...]) -> str | None:
    if type(value) is str and value in choices:
        return None
    shown = _shown(value) if type(value) is str else _type_name(value)
    return f"{shown} is not one of {', '.join(choices)}"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def _loads(text: str) -> Any:
    """JSON as Python's json reads it, without NaN and Infinity (not JSON, and not numbers we use)."""
    if not isinstance(text, str):
        raise TypeError(f"JSON must be text, not {type(text).__name__}")
    return _DECODER.decode(text)


def json_problem(value: object, check: Callable[[Any], str | None]) -> str | None:
    if type(value) is not str:
        return f"{_type_name(value)}, not JSON text"
    try:
        parsed = _loads(value)
    except (ValueError, RecursionError) as exc:
        return f"not valid JSON ({str(exc)[:60]})"
    return check(parsed)


def _names(parsed: Any) -> str | None:
    if type(parsed) is not list or any(type(name) is not str for name in parsed):
        return "not a list of names"
    return None


STAFFING_FIELDS = tuple(f.name for f in fields(StaffingInputs))
STAFFING_CHOICES = {"solve_for": STAFFING_SOLVE_FOR, "volume": STAFFING_VOLUMES}


def _staffing(parsed: Any) -> str | None:
    if type(parsed) is not dict:
        return "not the staffing calculator's inputs (a JSON object)"
    unknown = sorted(set(parsed) - set(STAFFING_FIELDS))
    if unknown:
        return f"unknown staffing inputs: {', '.join(unknown)}"
    for name, value in parsed.items():
        if name in STAFFING_CHOICES:
            problem = choice_problem(value, STAFFING_CHOICES[name])  # says "x is not one of …"
            if problem:
                return problem
        elif name == "volume_profile":
            problem = _monthly_volumes(value)
        else:
            problem = number_problem(value)
        if problem:
            return f"{name} is {problem}"
    return None


PLAN_SHAPE_FIELDS = tuple(f.name for f in fields(PlanShape))


def _plan_shape(parsed: Any) -> str | None:
    if type(parsed) is not dict:
        return "not the plan's shape (a JSON object)"
    unknown = sorted(set(parsed) - set(PLAN_SHAPE_FIELDS))
    if unknown:
        return f"unknown parts of the plan's shape: {', '.join(unknown)}"
    if "curve" in parsed and (problem := choice_problem(parsed["curve"], CURVES)):
        return f"curve {problem}"
    if "every" in parsed and (problem := choice_problem(parsed["every"], PERIODS)):
        return f"every {problem}"
    if (problem := number_problem(parsed.get("rate"), required=False)) is not None:
        return f"rate is {problem}"
    profile = parsed.get("profile", [])
    if type(profile) is not list or any(number_problem(v) for v in profile):
        return "profile is not a list of numbers"
    try:
        PlanShape(**parsed)
    except (ValueError, TypeError) as exc:
        return str(exc)
    return None


def _read_plan_shape(text: str | None) -> PlanShape:
    return PlanShape(**_loads(text)) if text else PlanShape()


def _monthly_volumes(value: object) -> str | None:
    if type(value) is not list or len(value) not in (0, 12):
        return "not a list of 12 monthly volumes"
    for volume in value:
        problem = number_problem(volume)
        if problem:
            return problem
        if volume < 0:
            return f"{volume}, a negative volume"
    return None


def _object(parsed: Any) -> str | None:
    return None if type(parsed) is dict else "not a JSON object"


# -- what is wrong with a whole row ---------------------------------------------------------------

GOAL_TEXT = (
    "title",
    "team",
    "scope",
    "owner",
    "reviewer",
    "why",
    "strategy",
    "kpi",
    "unit",
    "staff_plan",
    "budget_plan",
    "skills_plan",
    "skills_needed",
    "lessons",
    "signed_off_by",
    "person",
)
GOAL_NUMBERS = (
    "baseline",
    "target",
    "stretch_target",
    "range_low",
    "range_high",
    "budget_amount",
    "budget_contacts",
    "final_value",
    "rollup_weight",
)
GOAL_FLAGS = ("staff_available", "budget_available", "skills_available")

_GOAL_CHECKS: dict[str, Callable[[object], str | None]] = {
    **{name: text_problem for name in GOAL_TEXT},
    "contributors": lambda v: json_problem(v, _names),
    "start": date_problem,
    "deadline": lambda v: date_problem(v, required=False),
    "baseline_date": lambda v: date_problem(v, required=False),
    "signed_off_on": lambda v: date_problem(v, required=False),
    "checkin_cadence": lambda v: choice_problem(v, CADENCES),
    "direction": lambda v: choice_problem(v, DIRECTIONS),
    "state": lambda v: choice_problem(v, STATES),
    "parent_id": lambda v: id_problem(v, required=False),
    "guardrail_id": lambda v: id_problem(v, required=False),
    "actuals_from": lambda v: choice_problem(v, ACTUALS_FROM),
    "rollup_rule": lambda v: choice_problem(v, ROLLUP_RULES),
    **{name: (lambda v: number_problem(v, required=False)) for name in GOAL_NUMBERS},
    **{name: (lambda v: flag_problem(v, required=False)) for name in GOAL_FLAGS},
    "headcount": count_problem,
    "staffing": lambda v: None if v is None or v == "" else json_problem(v, _staffing),
    "plan_shape": lambda v: None if v is None or v == "" else json_problem(v, _plan_shape),
}
_SUBTARGET_CHECKS: dict[str, Callable[[object], str | None]] = {
    "goal_id": id_problem,
    "period": lambda v: choice_problem(v, PERIODS),
    "label": text_problem,
    "period_start": date_problem,
    "period_end": date_problem,
    "planned": number_problem,
    "locked": flag_problem,
}
_CHECKIN_CHECKS: dict[str, Callable[[object], str | None]] = {
    "goal_id": id_problem,
    "on_date": date_problem,
    "actual": number_problem,
    "note": text_problem,
    "numerator": lambda v: number_problem(v, required=False),
    "denominator": lambda v: number_problem(v, required=False),
    "confidence": lambda v: None if v is None else choice_problem(v, CONFIDENCES),
    "next_step": text_problem,
    "volume": lambda v: number_problem(v, required=False),
}
_DRAFT_CHECKS: dict[str, Callable[[object], str | None]] = {
    "goal_id": lambda v: id_problem(v, required=False),
    "payload": lambda v: json_problem(v, _object),
    "updated": text_problem,
}
_LINKED_PLAN_CHECKS: dict[str, Callable[[object], str | None]] = {
    "goal_id": id_problem,
    "path": lambda v: text_problem(v) or (None if v.strip(" ") else "empty: no file is named"),
    "label": text_problem,
    "added": text_problem,
}
#: The fields the app reads of each table, with what a sound value is.
CHECKS = {
    "goals": _GOAL_CHECKS,
    "subtargets": _SUBTARGET_CHECKS,
    "checkins": _CHECKIN_CHECKS,
    "wizard_drafts": _DRAFT_CHECKS,
    "linked_plans": _LINKED_PLAN_CHECKS,
}

_MISSING = object()
_goal_texts = operator.itemgetter(*GOAL_TEXT)
_ONLY_TEXT = {str}


def row_problems(table: str, row: dict[str, Any]) -> list[tuple[str, str]]:
    """Everything wrong with one row of ``table``, as (field, message); [] for a sound row."""
    found = []
    for name, check in CHECKS[table].items():
        value = row.get(name, _MISSING)
        if value is _MISSING:
            found.append((name, "the column is missing from the file"))
            continue
        message = check(value)
        if message:
            found.append((name, message))
    dates_read = table == "subtargets" and not {"period_start", "period_end"} & {name for name, _ in found}
    if dates_read and row["period_end"] < row["period_start"]:
        found.append(
            (
                "period_end",
                f"the period ends ({row['period_end']}) before it starts ({row['period_start']})",
            )
        )
    return found


def goal_id_of(table: str, row: dict[str, Any]) -> object:
    """The goal a row belongs to (its own id for a goal)."""
    return row.get("id") if table == "goals" else row.get("goal_id")


def _damaged(table: str, row: dict[str, Any], exc: BaseException) -> BadRowError:
    """The error for a row that could not be read: its first problem, or what went wrong."""
    problems = row_problems(table, row) or [("", f"it cannot be read ({type(exc).__name__}: {exc})")]
    field, message = problems[0]
    return BadRowError(table, row.get("id"), goal_id_of(table, row), field, message)


_READ_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)


# -- conversions ----------------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _require(ok: bool) -> None:
    if not ok:
        raise TypeError("a value of the wrong type")


def goal_to_row(goal: Goal) -> dict[str, Any]:
    """A ``goals`` row for ``goal`` (without id, created and updated)."""
    res = goal.resources
    return {
        "title": goal.title,
        "team": goal.team,
        "scope": goal.scope,
        "owner": goal.owner,
        "contributors": json.dumps(list(goal.contributors), ensure_ascii=False),
        "reviewer": goal.reviewer,
        "start": _iso(goal.start),
        "deadline": _iso(goal.deadline),
        "checkin_cadence": goal.checkin_cadence,
        "why": goal.why,
        "parent_id": goal.parent_id,
        "strategy": goal.strategy,
        "kpi": goal.kpi,
        "unit": goal.unit,
        "direction": goal.direction,
        "baseline": goal.baseline,
        "baseline_date": _iso(goal.baseline_date),
        "target": goal.target,
        "stretch_target": goal.stretch_target,
        "range_low": goal.range_low,
        "range_high": goal.range_high,
        "staff_available": _flag(res.staff.available),
        "staff_plan": res.staff.plan,
        "budget_available": _flag(res.budget.available),
        "budget_plan": res.budget.plan,
        "skills_available": _flag(res.skills.available),
        "skills_plan": res.skills.plan,
        "headcount": res.headcount,
        "budget_amount": res.budget_amount,
        "skills_needed": res.skills_needed,
        "staffing": json.dumps(asdict(res.staffing)) if res.staffing is not None else None,
        "budget_contacts": res.budget_contacts,
        "plan_shape": _plan_shape_json(goal.plan_shape),
        "state": goal.state,
        "final_value": goal.final_value,
        "lessons": goal.lessons,
        "signed_off_by": goal.signed_off_by,
        "signed_off_on": _iso(goal.signed_off_on),
        "person": goal.person,
        "actuals_from": goal.actuals_from,
        "rollup_rule": goal.rollup_rule,
        "rollup_weight": goal.rollup_weight,
        "guardrail_id": goal.guardrail_id,
    }


def _plan_shape_json(shape: PlanShape) -> str | None:
    """The shape as JSON; NULL for a straight line (as every goal saved before shapes)."""
    if shape == PlanShape():
        return None
    return json.dumps(asdict(shape) | {"profile": list(shape.profile)})


def row_to_goal(row: dict[str, Any]) -> Goal:
    """The ``Goal`` a ``goals`` row describes; ``BadRowError`` when the row is damaged."""
    try:
        _require(set(map(type, _goal_texts(row))) == _ONLY_TEXT)
        _require(row["parent_id"] is None or type(row["parent_id"]) is int)
        contributors = _loads(row["contributors"])
        _require(type(contributors) is list and all(type(name) is str for name in contributors))
        resources = Resources(
            staff=ResourceCheck(_bool(row["staff_available"]), row["staff_plan"]),
            budget=ResourceCheck(_bool(row["budget_available"]), row["budget_plan"]),
            skills=ResourceCheck(_bool(row["skills_available"]), row["skills_plan"]),
            headcount=row["headcount"],
            budget_amount=row["budget_amount"],
            skills_needed=row["skills_needed"],
            staffing=StaffingInputs(**_loads(row["staffing"])) if row["staffing"] else None,
            budget_contacts=row["budget_contacts"],
        )
        return Goal(
            id=row["id"],
            title=row["title"],
            team=row["team"],
            scope=row["scope"],
            owner=row["owner"],
            contributors=tuple(contributors),
            reviewer=row["reviewer"],
            start=date.fromisoformat(row["start"]),
            deadline=_date(row["deadline"]),
            checkin_cadence=row["checkin_cadence"],
            why=row["why"],
            parent_id=row["parent_id"],
            strategy=row["strategy"],
            kpi=row["kpi"],
            unit=row["unit"],
            direction=row["direction"],
            baseline=row["baseline"],
            baseline_date=_date(row["baseline_date"]),
            target=row["target"],
            stretch_target=row["stretch_target"],
            range_low=row["range_low"],
            range_high=row["range_high"],
            resources=resources,
            plan_shape=_read_plan_shape(row["plan_shape"]),
            state=row["state"],
            final_value=row["final_value"],
            lessons=row["lessons"],
            signed_off_by=row["signed_off_by"],
            signed_off_on=_date(row["signed_off_on"]),
            person=row["person"],
            actuals_from=row["actuals_from"],
            rollup_rule=row["rollup_rule"],
            rollup_weight=row["rollup_weight"],
            guardrail_id=row["guardrail_id"],
        )
    except _READ_ERRORS as exc:
        raise _damaged("goals", row, exc) from None


def checkin_to_row(checkin: CheckIn) -> dict[str, Any]:
    """A ``checkins`` row for ``checkin`` (without id and created)."""
    return {
        "goal_id": checkin.goal_id,
        "on_date": checkin.on.isoformat(),
        "actual": checkin.actual,
        "note": checkin.note,
        "numerator": checkin.numerator,
        "denominator": checkin.denominator,
        "confidence": checkin.confidence,
        "next_step": checkin.next_step,
        "volume": checkin.volume,
    }


def row_to_checkin(row: dict[str, Any]) -> CheckIn:
    """The ``CheckIn`` a ``checkins`` row describes; ``BadRowError`` when the row is damaged."""
    try:
        _require(type(row["goal_id"]) is int and type(row["note"]) is str and row["actual"] is not None)
        _require(type(row["next_step"]) is str and row["confidence"] in (None, *CONFIDENCES))
        return CheckIn(
            goal_id=row["goal_id"],
            on=date.fromisoformat(row["on_date"]),
            actual=row["actual"],
            note=row["note"],
            numerator=row["numerator"],
            denominator=row["denominator"],
            id=row["id"],
            confidence=row["confidence"],
            next_step=row["next_step"],
            volume=row["volume"],
        )
    except _READ_ERRORS as exc:
        raise _damaged("checkins", row, exc) from None


def subtarget_to_row(goal_id: int, sub: SubTarget) -> dict[str, Any]:
    """A ``subtargets`` row for ``sub`` of goal ``goal_id``."""
    return {
        "goal_id": goal_id,
        "period": sub.period,
        "label": sub.label,
        "period_start": sub.period_start.isoformat(),
        "period_end": sub.period_end.isoformat(),
        "planned": sub.planned,
        "locked": int(sub.locked),
    }


def row_to_subtarget(row: dict[str, Any]) -> SubTarget:
    """The ``SubTarget`` a ``subtargets`` row describes; ``BadRowError`` when the row is damaged."""
    try:
        _require(type(row["goal_id"]) is int and type(row["label"]) is str and row["planned"] is not None)
        return SubTarget(
            goal_id=row["goal_id"],
            period=row["period"],
            label=row["label"],
            period_start=date.fromisoformat(row["period_start"]),
            period_end=date.fromisoformat(row["period_end"]),
            planned=row["planned"],
            locked=bool(row["locked"]),
            id=row["id"],
        )
    except _READ_ERRORS as exc:
        raise _damaged("subtargets", row, exc) from None


def row_to_linked_plan(row: dict[str, Any]) -> LinkedPlan:
    """The ``LinkedPlan`` a ``linked_plans`` row describes; ``BadRowError`` when the row is damaged."""
    try:
        _require(not row_problems("linked_plans", row))
        return LinkedPlan(
            id=row["id"], goal_id=row["goal_id"], path=row["path"], label=row["label"], added=row["added"]
        )
    except _READ_ERRORS as exc:
        raise _damaged("linked_plans", row, exc) from None
