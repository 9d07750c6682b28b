"""A closed goal's outcome in one line for the detail, built on the outcome and final value every status
surface writes (``outcome_text``: ``goalplanner status``, the workbook's Summary)."""

from __future__ import annotations

from datetime import date

from goalplanner.core.closing import close_goal, outcome_summary, outcome_text, reopen_goal
from goalplanner.core.i18n import ENGLISH
from tests.core.test_continuation import aht_goal


def seconds(_goal, value: float) -> str:
    return f"{value:g} s"


def test_a_closed_goal_says_its_outcome_final_value_and_sign_off():
    goal = aht_goal(final_value=190.0, signed_off_on=date(2025, 7, 1))
    assert outcome_summary(goal, ENGLISH, seconds) == (
        "Closed: Achieved (190 s) — signed off by Dana on 2025-07-01"
    )


def test_the_outcome_is_the_one_the_status_surfaces_write():
    goal = aht_goal(state="missed", final_value=281.0)
    written = outcome_text(goal, str.capitalize, seconds)  # as the workbook words a state
    assert written == "Missed (281 s)"
    assert outcome_summary(goal, ENGLISH, seconds).startswith(f"Closed: {written} — ")


def test_only_what_was_recorded_is_said():
    missed = close_goal(aht_goal(state="active"), "missed", final_value=None)
    assert outcome_summary(missed, ENGLISH, seconds) == "Closed: Missed"
    unsigned_date = aht_goal(state="dropped", final_value=281.0, signed_off_on=None)
    assert outcome_summary(unsigned_date, ENGLISH, seconds) == "Closed: Dropped (281 s) — signed off by Dana"


def test_an_open_goal_has_no_outcome():
    assert outcome_summary(reopen_goal(aht_goal()), ENGLISH, seconds) == ""
    assert outcome_summary(aht_goal(state="draft"), ENGLISH, seconds) == ""


def test_the_amount_is_written_by_the_surface():
    goal = aht_goal(final_value=190.456)
    assert "(190.46 s)" in outcome_summary(goal, ENGLISH, lambda _goal, v: f"{v:.2f} s")
