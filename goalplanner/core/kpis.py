"""The KPI catalogue: each customer-service metric's unit, direction, bounds and benchmark.

The data lives in ``resources/kpis.toml`` so it can be read, corrected and
translated without touching code; this module turns it into ``Kpi`` objects.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from goalplanner.core.model import DIRECTIONS, Goal
from goalplanner.core.resources import resource_path

# level: a rate or average read at a point in time; flow: a count that adds up over days;
# milestone: done or not (0 until done, 1 once done), for goals with no number ("launch chat by 1 March")
KINDS = ("level", "flow", "milestone")
# Units a catalogue entry may use. "%" values are 0-100, not 0-1; "" is a bare number (a milestone's 0 or 1).
UNITS = ("%", "s", "h", "points", "score", "currency", "contacts", "")


@dataclass(frozen=True)
class Kpi:
    """One metric of the catalogue."""

    key: str
    name: str
    unit: str
    direction: str  # "increase", "decrease" or "range"
    kind: str  # "level" or "flow"
    ratio: bool  # value = numerator / denominator
    min: float  # physical lower bound (-inf when unbounded)
    max: float  # physical upper bound (inf when unbounded)
    healthy_low: float | None
    healthy_high: float | None
    formula: str
    benchmark: str


def _parse_entry(key: str, entry: dict) -> Kpi:
    known = {
        "name", "unit", "direction", "kind", "ratio", "min", "max",
        "healthy_low", "healthy_high", "formula", "benchmark",
    }  # fmt: skip
    unknown = set(entry) - known
    if unknown:
        raise ValueError(f"KPI {key!r}: unknown field(s) {', '.join(sorted(unknown))}")
    kpi = Kpi(
        key=key,
        name=entry["name"],
        unit=entry["unit"],
        direction=entry["direction"],
        kind=entry.get("kind", "level"),
        ratio=bool(entry.get("ratio", False)),
        min=float(entry.get("min", -math.inf)),
        max=float(entry.get("max", math.inf)),
        healthy_low=entry.get("healthy_low"),
        healthy_high=entry.get("healthy_high"),
        formula=entry["formula"],
        benchmark=entry["benchmark"],
    )
    if kpi.direction not in DIRECTIONS:
        raise ValueError(f"KPI {key!r}: direction {kpi.direction!r} is not one of {DIRECTIONS}")
    if kpi.kind not in KINDS:
        raise ValueError(f"KPI {key!r}: kind {kpi.kind!r} is not one of {KINDS}")
    if kpi.unit not in UNITS:
        raise ValueError(f"KPI {key!r}: unit {kpi.unit!r} is not one of {UNITS}")
    if kpi.min >= kpi.max:
        raise ValueError(f"KPI {key!r}: min must be below max")
    if kpi.kind == "milestone" and (kpi.direction, kpi.min, kpi.max) != ("increase", 0, 1):
        raise ValueError(f"KPI {key!r}: a milestone runs from 0 (not done) up to 1 (done)")
    return kpi


def load_catalogue(path: Path | None = None) -> dict[str, Kpi]:
    """Read a catalogue file (the shipped one by default) into ``{key: Kpi}``, in file order."""
    path = path or resource_path("kpis.toml")
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return {key: _parse_entry(key, entry) for key, entry in data.items()}


@cache
def catalogue() -> dict[str, Kpi]:
    """The shipped catalogue, read once."""
    return load_catalogue()


def get_kpi(key: str) -> Kpi | None:
    """The catalogue entry for ``key``, or None for "custom" and unknown keys."""
    return catalogue().get(key)


def is_milestone(key: str) -> bool:
    """True for a yes/no metric: 0 until it is done, 1 once it is (see ``core.progress``)."""
    kpi = get_kpi(key)
    return kpi is not None and kpi.kind == "milestone"


class MetricBounds(NamedTuple):
    """The lowest and highest values a metric can take (infinite when unbounded), and its name."""

    low: float
    high: float
    metric: str  # the catalogue name (translated under "Kpi"), or a custom metric's unit


def metric_bounds(goal: Goal) -> MetricBounds:
    """What values ``goal``'s metric can physically take: the catalogue's bounds, 0-100 for a custom
    "%" metric, anything for other custom metrics."""
    kpi = get_kpi(goal.kpi)
    if kpi is not None:
        return MetricBounds(kpi.min, kpi.max, kpi.name)
    if goal.unit.strip() == "%":  # a custom share still runs from 0 to 100
        return MetricBounds(0.0, 100.0, goal.unit)
    return MetricBounds(-math.inf, math.inf, goal.unit)
