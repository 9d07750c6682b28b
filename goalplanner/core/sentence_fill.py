"""Filling a goal's empty fields from its sentence, and undoing exactly that.

Only fields nobody has set are filled: the metric while it is still Custom, the baseline and target
while empty, the deadline while it is the untouched default. What the manager typed (or a template
or a copy brought) is never overwritten. A fill remembers what it replaced, so one click restores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import Goal
from goalplanner.core.sentence import Reading, read_sentence

# The fields a sentence can fill; "kpi" brings its unit and direction (and an occupancy band) with it.
FILLABLE = ("kpi", "unit", "direction", "range_low", "range_high", "baseline", "target", "deadline")


@dataclass(frozen=True)
class SentenceFill:
    """What one reading of the sentence filled in: each field's value before and after."""

    title: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)

    def in_effect(self, goal: Goal) -> dict[str, Any]:
        """The filled values ``goal`` still holds (a field she has changed since is hers)."""
        return {name: value for name, value in self.after.items() if getattr(goal, name) == value}

    def without(self, names: set[str] | frozenset[str]) -> SentenceFill | None:
        """This fill less the fields ``names`` she has set since (None when nothing of it is left)."""
        after = {k: v for k, v in self.after.items() if k not in names}
        if not after:
            return None
        return SentenceFill(self.title, {k: self.before[k] for k in after}, after)

    def undone(self, goal: Goal) -> Goal:
        """``goal`` with the filled values it still holds put back as they were."""
        return replace(goal, **{name: self.before[name] for name in self.in_effect(goal)})

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, for a saved draft."""

        def plain(values: dict[str, Any]) -> dict[str, Any]:
            return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}

        return {"title": self.title, "before": plain(self.before), "after": plain(self.after)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SentenceFill:
        """The fill ``to_dict`` saved."""

        def typed(values: dict[str, Any]) -> dict[str, Any]:
            return {
                k: date.fromisoformat(v) if k == "deadline" and isinstance(v, str) else v
                for k, v in values.items()
                if k in FILLABLE
            }

        return cls(data.get("title", ""), typed(data.get("before", {})), typed(data.get("after", {})))


def fill_from_sentence(
    goal: Goal, touched: set[str] | frozenset[str], previous: SentenceFill | None = None
) -> SentenceFill:
    """What reading ``goal``'s sentence fills in among the fields not in ``touched``.

    A field the ``previous`` fill set (and she has not changed) counts as empty again, so reading an
    edited sentence replaces the earlier fill instead of stacking on it. Apply with ``apply``.
    """
    base = previous.undone(goal) if previous is not None else goal
    reading = read_sentence(goal.title, goal.start)
    changes = _metric(base, reading, touched)
    metric = replace(base, **changes)
    same_metric = reading.kpi.value == metric.kpi if reading.kpi else reading.unit in ("", metric.unit)
    if same_metric and reading.baseline is not None and _empty("baseline", base, touched):
        changes["baseline"] = reading.baseline.value
    target = reading.target_for(changes.get("baseline", base.baseline))
    if same_metric and target is not None and metric.direction != "range" and _empty("target", base, touched):
        changes["target"] = target.value
    if reading.deadline is not None and "deadline" not in touched and reading.deadline.value > base.start:
        changes["deadline"] = reading.deadline.value
    changes = {name: value for name, value in changes.items() if getattr(base, name) != value}
    return SentenceFill(goal.title, {name: getattr(base, name) for name in changes}, changes)


def apply(goal: Goal, fill: SentenceFill, previous: SentenceFill | None = None) -> Goal:
    """``goal`` with ``previous`` undone and ``fill`` filled in."""
    base = previous.undone(goal) if previous is not None else goal
    return replace(base, **fill.after)


def _empty(name: str, goal: Goal, touched: set[str] | frozenset[str]) -> bool:
    return name not in touched and getattr(goal, name) is None


def _metric(goal: Goal, reading: Reading, touched: set[str] | frozenset[str]) -> dict[str, Any]:
    if goal.kpi != "custom" or touched & {"kpi", "unit"}:
        return {}
    kpi = get_kpi(reading.kpi.value) if reading.kpi else None
    if kpi is None:  # a custom metric: its direction, and a unit such as "%", when the sentence says so
        changes: dict[str, Any] = {}
        if reading.direction is not None and "direction" not in touched:
            changes["direction"] = reading.direction.value
        if reading.unit and not goal.unit.strip():
            changes["unit"] = reading.unit
        return changes
    changes = {"kpi": kpi.key, "unit": kpi.unit, "direction": kpi.direction}
    if kpi.direction == "range" and goal.range_low is None and goal.range_high is None:
        changes |= {"range_low": kpi.healthy_low, "range_high": kpi.healthy_high}
    return changes
