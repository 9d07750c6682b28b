"""Which goals the weekly review asks about: the evaluation's own due dates, read for a whole week.

A goal is in the week's review when its check-in is due now (``due_now``, as the due list shows it) or
falls due later in the same week (``next_due`` up to Sunday): the team lead reviews the week's goals in
one sitting instead of one goal a day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from goalplanner.core.progress import Evaluation


def week_end(today: date) -> date:
    """The Sunday ending ``today``'s week (ISO weeks: Monday to Sunday)."""
    return today + timedelta(days=6 - today.weekday())


def due_this_week(evaluations: Iterable[Evaluation], today: date) -> list[Evaluation]:
    """The evaluations whose goal is due now or later this week, soonest first (then by title)."""
    end = week_end(today)
    due = [
        e
        for e in evaluations
        if e.next_due is not None
        and (e.due_now or (e.goal.state == "active" and e.goal.start <= today and e.next_due <= end))
    ]
    return sorted(due, key=lambda e: (e.next_due, e.goal.title))
