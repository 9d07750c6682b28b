"""A goal's state as the status surfaces write it, worded once (core.closing.outcome_text)."""

from __future__ import annotations

from datetime import date

from goalplanner.core.closing import close_goal, outcome_text
from goalplanner.core.model import Goal


def _goal(**changes) -> Goal:
    return Goal(title="Cut wait time", start=date(2025, 1, 6), deadline=date(2025, 3, 30),
                kpi="wait_time", unit="s", direction="decrease", baseline=240, target=120, state="active",
                **changes)  # fmt: skip


def amount(goal: Goal, value: float) -> str:
    return f"{value:.0f} {goal.unit}"


def test_a_closed_goal_says_its_outcome_and_final_value():
    closed = close_goal(_goal(), "achieved", final_value=119.6)
    assert outcome_text(closed, str.title, amount) == "Achieved (120 s)"
    assert outcome_text(closed, str, amount) == "achieved (120 s)"  # the command line's words


def test_a_goal_closed_without_a_final_value_or_still_running_says_its_state():
    assert outcome_text(close_goal(_goal(), "dropped", final_value=None), str.title, amount) == "Dropped"
    assert outcome_text(_goal(), str.title, amount) == "Active"
    assert (
        outcome_text(_goal(final_value=100.0), str.title, amount) == "Active"
    )  # only a closed goal's counts
