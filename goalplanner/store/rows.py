"""Convert between core dataclasses and table rows (dates as ISO text, yes/no as 1/0)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from goalplanner.core.model import CheckIn, Goal, ResourceCheck, Resources, StaffingInputs, SubTarget


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


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
        "state": goal.state,
    }


def row_to_goal(row: dict[str, Any]) -> Goal:
    """The ``Goal`` a ``goals`` row describes."""
    resources = Resources(
        staff=ResourceCheck(_bool(row["staff_available"]), row["staff_plan"]),
        budget=ResourceCheck(_bool(row["budget_available"]), row["budget_plan"]),
        skills=ResourceCheck(_bool(row["skills_available"]), row["skills_plan"]),
        headcount=row["headcount"],
        budget_amount=row["budget_amount"],
        skills_needed=row["skills_needed"],
        staffing=StaffingInputs(**json.loads(row["staffing"])) if row["staffing"] else None,
        budget_contacts=row["budget_contacts"],
    )
    return Goal(
        id=row["id"],
        title=row["title"],
        team=row["team"],
        scope=row["scope"],
        owner=row["owner"],
        contributors=tuple(json.loads(row["contributors"])),
        reviewer=row["reviewer"],
        start=_date(row["start"]),
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
        state=row["state"],
    )


def checkin_to_row(checkin: CheckIn) -> dict[str, Any]:
    """A ``checkins`` row for ``checkin`` (without id and created)."""
    return {
        "goal_id": checkin.goal_id,
        "on_date": checkin.on.isoformat(),
        "actual": checkin.actual,
        "note": checkin.note,
        "numerator": checkin.numerator,
        "denominator": checkin.denominator,
    }


def row_to_checkin(row: dict[str, Any]) -> CheckIn:
    """The ``CheckIn`` a ``checkins`` row describes."""
    return CheckIn(
        goal_id=row["goal_id"],
        on=date.fromisoformat(row["on_date"]),
        actual=row["actual"],
        note=row["note"],
        numerator=row["numerator"],
        denominator=row["denominator"],
        id=row["id"],
    )


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
    """The ``SubTarget`` a ``subtargets`` row describes."""
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
