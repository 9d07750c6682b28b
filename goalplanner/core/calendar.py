"""Working days: which weekdays a team works and which public holidays it has off.

Pure data plus counting. ``public_holidays`` reads the ``holidays`` package (a
pure-Python table of holidays by country), imported only when asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

MONDAY_TO_FRIDAY = frozenset(range(5))  # date.weekday(): Monday is 0


@dataclass(frozen=True)
class WorkCalendar:
    """The days a team works: ``weekdays`` (0 = Monday) minus ``holidays``."""

    weekdays: frozenset[int] = MONDAY_TO_FRIDAY
    holidays: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.weekdays or not set(self.weekdays) <= set(range(7)):
            raise ValueError("a working week needs at least one weekday, numbered 0 (Monday) to 6")

    def working_days(self, first: date, last: date) -> int:
        """Working days from ``first`` through ``last``, both included (0 when last < first)."""
        if last < first:
            return 0
        total = (last - first).days + 1
        full_weeks, rest = divmod(total, 7)
        count = full_weeks * len(self.weekdays)
        count += sum(1 for i in range(rest) if (first + timedelta(days=i)).weekday() in self.weekdays)
        count -= sum(1 for day in self.holidays if first <= day <= last and day.weekday() in self.weekdays)
        return count


def public_holidays(country: str, years: Iterable[int], subdivision: str | None = None) -> frozenset[date]:
    """Public holidays of ``country`` (ISO code, "GB") and ``subdivision`` ("ENG") in ``years``."""
    import holidays  # the table of holidays loads only when a calendar is set up

    table = holidays.country_holidays(country, subdiv=subdivision, years=list(years))
    return frozenset(table.keys())
