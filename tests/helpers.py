"""Small builders shared by the tests."""

from __future__ import annotations

from datetime import date

from goalplanner.core.model import Goal


def wait_goal(**changes: object) -> Goal:
    """The articles' worked example: cut average call wait time by 50% within six weeks."""
    values: dict[str, object] = {
        "title": "Cut average support call wait time by 50% within six weeks",
        "owner": "Mark (support lead)",
        "team": "Phone support",
        "start": date(2025, 1, 6),
        "deadline": date(2025, 2, 16),
        "kpi": "wait_time",
        "unit": "s",
        "direction": "decrease",
        "baseline": 240.0,
        "baseline_date": date(2025, 1, 5),
        "target": 120.0,
        "state": "active",
    }
    values.update(changes)
    return Goal(**values)
