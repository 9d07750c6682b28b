"""Goal templates: a head start for the wizard, read from ``resources/templates.toml``."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import CADENCES, DIRECTIONS, Goal
from goalplanner.core.resources import resource_path

CHANGE_KINDS = ("relative", "points", "value")


@dataclass(frozen=True)
class Template:
    """A typical customer-service goal with suggested numbers."""

    key: str
    name: str
    kpi: str
    unit: str
    direction: str
    title: str
    scope_hint: str
    baseline_hint: str
    change_kind: str
    change: float
    stretch: float | None
    horizon_weeks: int
    cadence: str
    why: str
    range_low: float | None = None
    range_high: float | None = None

    def target_for(self, baseline: float, change: float | None = None) -> float:
        """The target the suggested ``change`` (default: the realistic one) gives from ``baseline``."""
        change = self.change if change is None else change
        if self.change_kind == "relative":
            return round(baseline * (1 + change), 6)
        if self.change_kind == "points":
            return round(baseline + change, 6)
        return change

    def apply(self, goal: Goal, start: date | None = None) -> Goal:
        """``goal`` with this template's metric, sentence, cadence and dates; targets follow the baseline."""
        start = start or goal.start
        updated = replace(
            goal,
            kpi=self.kpi,
            unit=self.unit,
            direction=self.direction,
            title=self.title,
            why=goal.why or self.why,
            checkin_cadence=self.cadence,
            start=start,
            deadline=start + timedelta(weeks=self.horizon_weeks, days=-1),
            range_low=self.range_low,
            range_high=self.range_high,
        )
        if goal.baseline is not None:
            updated = replace(updated, **self.targets(goal.baseline))
        return updated

    def targets(self, baseline: float) -> dict[str, float | None]:
        """The suggested target and stretch target for ``baseline``, within the metric's bounds."""
        kpi = get_kpi(self.kpi)
        low, high = (kpi.min, kpi.max) if kpi else (-math.inf, math.inf)
        target = min(max(self.target_for(baseline), low), high)
        stretch = None
        if self.stretch is not None:
            stretch = min(max(self.target_for(baseline, self.stretch), low), high)
        return {"target": target, "stretch_target": stretch}


def _parse(key: str, entry: dict) -> Template:
    kpi = get_kpi(entry["kpi"])
    if kpi is None and entry["kpi"] != "custom":
        raise ValueError(f"template {key!r}: unknown KPI {entry['kpi']!r}")
    template = Template(
        key=key,
        name=entry["name"],
        kpi=entry["kpi"],
        unit=entry.get("unit", kpi.unit if kpi else ""),
        direction=entry.get("direction", kpi.direction if kpi else "increase"),
        title=entry["title"],
        scope_hint=entry.get("scope_hint", ""),
        baseline_hint=entry["baseline_hint"],
        change_kind=entry["change_kind"],
        change=float(entry["change"]),
        stretch=float(entry["stretch"]) if "stretch" in entry else None,
        horizon_weeks=int(entry["horizon_weeks"]),
        cadence=entry["cadence"],
        why=entry.get("why", ""),
        range_low=entry.get("range_low"),
        range_high=entry.get("range_high"),
    )
    if template.change_kind not in CHANGE_KINDS:
        raise ValueError(f"template {key!r}: change_kind must be one of {CHANGE_KINDS}")
    if template.cadence not in CADENCES or template.direction not in DIRECTIONS:
        raise ValueError(f"template {key!r}: unknown cadence or direction")
    return template


def load_templates(path: Path | None = None) -> dict[str, Template]:
    """Read a templates file (the shipped one by default) into ``{key: Template}``."""
    with (path or resource_path("templates.toml")).open("rb") as handle:
        return {key: _parse(key, entry) for key, entry in tomllib.load(handle).items()}


@cache
def templates() -> dict[str, Template]:
    """The shipped templates, read once."""
    return load_templates()
