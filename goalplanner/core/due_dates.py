"""The check-ins still ahead of a goal, for a calendar: one truth with the due list.

``core.progress.evaluate`` decides the next check-in (one cadence after the latest, never past the
deadline); the ones after it follow the same cadence, and the last is on the deadline, as
``Goal.checkins_until_deadline`` counts them. A goal ready to close, a draft or a closed goal has
none left (``next_due`` is None).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from goalplanner.core.model import CADENCE_DAYS
from goalplanner.core.progress import Evaluation


@dataclass(frozen=True)
class CheckinSchedule:
    """Check-ins every ``every_days`` from ``first`` while before ``deadline``, then one on the deadline.

    ``deadline`` is None for a goal without one: the check-ins then go on at the cadence.
    """

    first: date
    every_days: int
    deadline: date | None

    def cadence_dates(self) -> list[date]:
        """The check-ins on the cadence before the deadline (empty without a deadline: endless)."""
        if self.deadline is None:
            return []
        step = timedelta(days=self.every_days)
        found, day = [], self.first
        while day < self.deadline:
            found.append(day)
            day += step
        return found

    def dates(self) -> list[date]:
        """Every check-in still ahead, the deadline last (empty without a deadline: endless)."""
        if self.deadline is None:
            return []
        return [*self.cadence_dates(), self.deadline]


def checkin_schedule(evaluation: Evaluation) -> CheckinSchedule | None:
    """The check-ins ahead of ``evaluation.goal``, from its ``next_due``; None when none are due."""
    if evaluation.next_due is None:
        return None
    goal = evaluation.goal
    return CheckinSchedule(evaluation.next_due, CADENCE_DAYS[goal.checkin_cadence], goal.deadline)
