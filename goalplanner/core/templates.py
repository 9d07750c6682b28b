"""Goal templates: a head start for the wizard, read from ``resources/templates.toml``."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from goalplanner.core.kpis import get_kpi, is_milestone
from goalplanner.core.model import CADENCE_DAYS, CADENCES, DIRECTIONS, Goal
from goalplanner.core.resources import resource_path

CHANGE_KINDS = ("relative", "points", "value")


def target_from_change(baseline: float, change: float, kind: str) -> float:
    """The target ``change`` gives from ``baseline``: relative is a share of it (-0.25 is a 25 % cut),
    points are added in the metric's own unit (+3 FCR points: 70 % -> 73 %), value is the target itself."""
    if kind == "relative":
        return round(baseline * (1 + change), 6)
    if kind == "points":
        return round(baseline + change, 6)
    if kind == "value":
        return change
    raise ValueError(f"change kind must be one of {CHANGE_KINDS}; got {kind!r}")


def deadline_after(start: date, checkins: int, cadence: str) -> date:
    """The deadline of a goal that runs ``checkins`` check-ins of ``cadence`` from ``start``.

    The last day of the last check-in period: a six-week weekly goal runs 42 days, start and deadline
    both counted (a Monday to the Sunday six weeks on: six whole ISO weeks in its plan), and
    ``core.progress`` asks for exactly six check-ins, one a week, the last on the deadline.
    """
    return start + timedelta(days=checkins * CADENCE_DAYS[cadence] - 1)


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
    checkins: int  # how many check-ins of ``cadence`` the goal runs for (see ``deadline_after``)
    cadence: str
    why: str
    range_low: float | None = None
    range_high: float | None = None

    def target_for(self, baseline: float, change: float | None = None) -> float:
        """The target the suggested ``change`` (default: the realistic one) gives from ``baseline``."""
        return target_from_change(baseline, self.change if change is None else change, self.change_kind)

    @property
    def milestone(self) -> bool:
        """A yes/no goal ("launch chat by 1 March"): 0 until it is done, 1 once it is."""
        return is_milestone(self.kpi)

    def apply(self, goal: Goal, start: date | None = None) -> Goal:
        """``goal`` with this template's metric, sentence, cadence and dates; targets follow the baseline.

        A target that does not depend on the baseline ("down to 5 %") is filled at once; a milestone
        starts not done (0) on the start day, to be done (1) by the deadline.
        """
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
            deadline=deadline_after(start, self.checkins, self.cadence),
            range_low=self.range_low,
            range_high=self.range_high,
        )
        if self.milestone and goal.baseline is None:
            updated = replace(updated, baseline=0.0, baseline_date=start)
        if updated.baseline is not None:
            updated = replace(updated, **self.targets(updated.baseline))
        elif self.change_kind == "value":  # "down to 5 %" needs no baseline
            updated = replace(updated, **self.targets(self.change))
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
        checkins=int(entry["checkins"]),
        cadence=entry["cadence"],
        why=entry.get("why", ""),
        range_low=entry.get("range_low"),
        range_high=entry.get("range_high"),
    )
    if template.change_kind not in CHANGE_KINDS:
        raise ValueError(f"template {key!r}: change_kind must be one of {CHANGE_KINDS}")
    if template.cadence not in CADENCES or template.direction not in DIRECTIONS:
        raise ValueError(f"template {key!r}: unknown cadence or direction")
    if template.checkins < 1:
        raise ValueError(f"template {key!r}: a goal needs at least one check-in")
    return template


def load_templates(path: Path | None = None) -> dict[str, Template]:
    """Read a templates file (the shipped one by default) into ``{key: Template}``."""
    with (path or resource_path("templates.toml")).open("rb") as handle:
        return {key: _parse(key, entry) for key, entry in tomllib.load(handle).items()}


@cache
def templates() -> dict[str, Template]:
    """The shipped templates, read once."""
    return load_templates()
