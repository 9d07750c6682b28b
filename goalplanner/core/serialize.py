"""Goals as plain JSON-ready dicts, for wizard drafts and other round trips."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date
from typing import Any

from goalplanner.core.model import Goal, PlanShape, ResourceCheck, Resources, StaffingInputs

_DATE_FIELDS = ("start", "deadline", "baseline_date", "signed_off_on")


def goal_to_dict(goal: Goal) -> dict[str, Any]:
    """``goal`` as a dict of strings, numbers, lists and None (dates in ISO form)."""
    data = asdict(goal)
    for name in _DATE_FIELDS:
        data[name] = data[name].isoformat() if data[name] is not None else None
    data["contributors"] = list(goal.contributors)
    data["plan_shape"]["profile"] = list(goal.plan_shape.profile)
    return data


def goal_from_dict(data: dict[str, Any]) -> Goal:
    """The goal ``goal_to_dict`` described; unknown keys are ignored, missing ones take defaults."""
    known = {f.name for f in fields(Goal)}
    values = {key: value for key, value in data.items() if key in known}
    for name in _DATE_FIELDS:
        if values.get(name) is not None:
            values[name] = date.fromisoformat(values[name])
    if values.get("start") is None:
        values.pop("start", None)
    if "resources" in values:
        values["resources"] = resources_from_dict(values["resources"])
    if values.get("plan_shape") is not None:
        values["plan_shape"] = PlanShape(**values["plan_shape"])
    else:
        values.pop("plan_shape", None)
    return Goal(**values)


def resources_from_dict(data: dict[str, Any]) -> Resources:
    """The ``Resources`` that ``asdict`` produced ``data`` from."""
    values = dict(data)
    for name in ("staff", "budget", "skills"):
        if name in values:
            values[name] = ResourceCheck(**values[name])
    if values.get("staffing") is not None:
        values["staffing"] = StaffingInputs(**values["staffing"])
    return Resources(**values)
