"""Reading a date the user typed: in the order of their locale's short format, or ISO; never guessed.

A date field that "corrects" what it cannot read turns 1/7/27 into another day without a word. Here a
text is either read as exactly the day it names, or it has a problem the field says out loud.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

NOT_A_DATE = "not_a_date"  # no day, month and year can be read from the text
SHORT_YEAR = "short_year"  # a day and month with a two-digit year: which century is not ours to guess

EARLIEST_YEAR = 1900  # "0202" is a typo, not the year 202

# Year, month and day markers of the Chinese and Korean long formats ("2027年1月7日", "2027년 1월 7일").
_MARKERS = "年月日년월일"
_ALLOWED = re.compile(rf"[\d\s./\-,{_MARKERS}]+")


@dataclass(frozen=True)
class TypedDate:
    """What a typed text says: the day it names, or why it names none."""

    day: date | None = None
    problem: str = ""  # "", NOT_A_DATE or SHORT_YEAR
    meant: date | None = None  # for SHORT_YEAR: the day with the year taken as 20xx, to suggest


def field_order(date_format: str) -> str:
    """The order of year, month and day in a Qt date format: "M/d/yy" gives "MDY"."""
    order = ""
    for letter in re.findall(r"[dMy]", re.sub(r"'[^']*'", "", date_format)):
        part = {"d": "D", "M": "M", "y": "Y"}[letter]
        if part not in order:
            order += part
    return order if sorted(order) == ["D", "M", "Y"] else "YMD"


def four_digit_years(date_format: str) -> str:
    """``date_format`` with its year written in full: "M/d/yy" becomes "M/d/yyyy"."""
    return re.sub(r"y+", "yyyy", date_format)


def read_typed_date(text: str, order: str) -> TypedDate:
    """The day ``text`` names, its parts in ``order`` (see ``field_order``) or year first as in ISO.

    Empty text names no day and has no problem (the field decides whether a date is required).
    """
    text = text.strip()
    if not text:
        return TypedDate()
    if not _ALLOWED.fullmatch(text):
        return TypedDate(problem=NOT_A_DATE)
    numbers = re.findall(r"\d+", text)
    if len(numbers) != 3:
        return TypedDate(problem=NOT_A_DATE)
    parts = dict(zip(_order_of(text, order), numbers, strict=True))
    if len(parts["D"]) > 2 or len(parts["M"]) > 2:
        return TypedDate(problem=NOT_A_DATE)
    year, month, day = int(parts["Y"]), int(parts["M"]), int(parts["D"])
    if len(parts["Y"]) <= 2:
        meant = _day(2000 + year, month, day)
        return TypedDate(problem=SHORT_YEAR, meant=meant) if meant else TypedDate(problem=NOT_A_DATE)
    found = _day(year, month, day) if len(parts["Y"]) == 4 and year >= EARLIEST_YEAR else None
    return TypedDate(day=found) if found else TypedDate(problem=NOT_A_DATE)


def part_at(text: str, order: str, position: int) -> str:
    """Which part of a typed date ("D", "M" or "Y") the cursor at ``position`` is in (or just after)."""
    runs = list(re.finditer(r"\d+", text))
    order = _order_of(text, order)
    index = 0
    for number, run in enumerate(runs[: len(order)]):
        if run.start() <= position:
            index = number
    return order[index]


def part_end(text: str, order: str, part: str) -> int:
    """Where the ``part`` ("D", "M" or "Y") of a typed date ends in ``text`` (its length when not found)."""
    runs = list(re.finditer(r"\d+", text))
    index = _order_of(text, order).index(part)
    return runs[index].end() if index < len(runs) else len(text)


def stepped(day: date, part: str, steps: int) -> date:
    """``day`` moved by ``steps`` days, months or years (``part`` "D", "M" or "Y"); 31 January + 1 month
    is the last day of February."""
    if part == "D":
        return date.fromordinal(day.toordinal() + steps)
    months = day.year * 12 + day.month - 1 + (steps if part == "M" else 12 * steps)
    year, month = divmod(months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _order_of(text: str, order: str) -> str:
    numbers = re.findall(r"\d+", text)
    if (numbers and len(numbers[0]) == 4) or any(marker in text for marker in _MARKERS):
        return "YMD"  # 2027-01-07, 2027/1/7 and 2027년 1월 7일 are year first in every locale
    return order


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31 February, month 13
        return None
