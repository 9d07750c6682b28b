"""Closing a goal (Goal -> Close..., ``goalplanner close``) and reopening it.

A closed goal keeps what the weekly review and the next period need: the outcome (its state), the
metric's final value, what was learned and the reviewer's sign-off. Closing and reopening only
change the goal; its plan and check-ins stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from goalplanner.core.i18n import QT_TRANSLATE_NOOP, Term, Wording
from goalplanner.core.model import OUTCOMES, CheckIn, Goal

# The outcome in words: the same texts (and context) as the goal list's state column.
OUTCOME_WORDS = {
    "achieved": QT_TRANSLATE_NOOP("GoalState", "Achieved"),
    "missed": QT_TRANSLATE_NOOP("GoalState", "Missed"),
    "dropped": QT_TRANSLATE_NOOP("GoalState", "Dropped"),
}


def final_value_for(checkins: Sequence[CheckIn]) -> float | None:
    """The value a close proposes: the latest check-in's actual (None without check-ins)."""
    latest = max(checkins, key=lambda c: (c.on, c.id or 0), default=None)
    return latest.actual if latest is not None else None


def close_goal(
    goal: Goal,
    outcome: str,
    *,
    final_value: float | None,
    lessons: str = "",
    signed_off_by: str = "",
    signed_off_on: date | None = None,
) -> Goal:
    """``goal`` closed as ``outcome`` (one of OUTCOMES); ``ValueError`` for any other outcome."""
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}; got {outcome!r}")
    return replace(
        goal,
        state=outcome,
        final_value=final_value,
        lessons=lessons,
        signed_off_by=signed_off_by,
        signed_off_on=signed_off_on if signed_off_by else None,
    )


def reopen_goal(goal: Goal) -> Goal:
    """``goal`` running again: active, without a final value or sign-off; what was learned stays."""
    return replace(goal, state="active", final_value=None, signed_off_by="", signed_off_on=None)


def outcome_text(goal: Goal, state_word: Callable[[str], str], amount: Callable[[Goal, float], str]) -> str:
    """A goal's state as the status surfaces write it (``goalplanner status``, the workbook's Summary):
    a closed goal's outcome with its final value, "Achieved (190 s)", else the state alone.

    ``state_word`` words the state in the surface's language; ``amount`` writes a value of the goal's
    metric at its precision, with its unit."""
    word = state_word(goal.state)
    if goal.closed and goal.final_value is not None:
        return f"{word} ({amount(goal, goal.final_value)})"
    return word


def outcome_summary(goal: Goal, wording: Wording, amount: Callable[[Goal, float], str]) -> str:
    """How a closed goal ended, in one line for the goal's detail: "Closed: Achieved (190 s) — signed
    off by Dana on 7/1/25" ("" for an open goal). The outcome and final value are ``outcome_text``'s,
    as ``goalplanner status`` and the workbook write them; ``amount`` as there."""
    if goal.state not in OUTCOME_WORDS:
        return ""
    parts = [closed_text(goal, wording, amount)]
    if goal.signed_off_by and goal.signed_off_on is not None:
        signed = QT_TRANSLATE_NOOP("Closing", "signed off by {name} on {day}")
        parts.append(wording.text("Closing", signed, {"name": goal.signed_off_by, "day": goal.signed_off_on}))
    elif goal.signed_off_by:
        signed = QT_TRANSLATE_NOOP("Closing", "signed off by {name}")
        parts.append(wording.text("Closing", signed, {"name": goal.signed_off_by}))
    return " — ".join(parts)


def closed_text(goal: Goal, wording: Wording, amount: Callable[[Goal, float], str]) -> str:
    """ "Closed: Achieved (190 s)": how a closed goal ended, without its sign-off ("" for an open goal).
    The detail's outcome line starts with it and its status line leads with it, so the two never
    disagree; the outcome and final value are ``outcome_text``'s, as ``goalplanner status`` writes them."""
    if goal.state not in OUTCOME_WORDS:
        return ""
    outcome = outcome_text(
        goal, lambda state: wording.render(Term("GoalState", OUTCOME_WORDS[state])), amount
    )
    return wording.text("Closing", QT_TRANSLATE_NOOP("Closing", "Closed: {outcome}"), {"outcome": outcome})
