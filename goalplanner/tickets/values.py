"""Reading one cell of a ticket or call export: dates, numbers, durations, yes/no and ratings.

Exports come from many systems and locales, so each reader accepts the common spellings and says
``None`` for an empty cell; a cell that is not empty and cannot be read raises ``BadValueError`` (the
caller names the row and column). Text that looks like a formula ("=1+2") is text: nothing here
evaluates anything.
"""

from __future__ import annotations

import re
from datetime import datetime

_EMPTY = {"", "-", "n/a", "na", "null", "none"}


class BadValueError(ValueError):
    """A cell that is not empty but cannot be read as what its column holds (``kind``)."""

    def __init__(self, kind: str, text: str) -> None:
        super().__init__(f"{text!r} is not a {kind}")
        self.kind, self.text = kind, text


def is_empty(text: str) -> bool:
    return text.strip().lower() in _EMPTY


# -- numbers -----------------------------------------------------------------------------------------


def parse_number(text: str, decimal_comma: bool = False) -> float | None:
    """A number as spreadsheets and exports write it: "1.5", "1,5" (with ``decimal_comma`` or when
    the comma cannot be a thousands separator), "1,234.5", "1.234,5", "1 234", "12%"."""
    try:  # the usual case, at C speed
        value = float(text)
    except ValueError:
        pass
    else:
        if value - value == 0:  # finite (and not "nan" or "inf" typed into a cell)
            return value
        raise BadValueError("number", text)
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").rstrip("%")
    if cleaned.lower() in _EMPTY:
        return None
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        head, _sep, tail = cleaned.rpartition(",")
        thousands = not decimal_comma and len(tail) == 3 and head.lstrip("-") not in ("", "0")
        cleaned = cleaned.replace(",", "") if thousands else head.replace(",", "") + "." + tail
    try:
        value = float(cleaned)
    except ValueError:
        raise BadValueError("number", text) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise BadValueError("number", text)
    return value


_CLOCK = re.compile(r"^(\d+):([0-5]?\d)(?::([0-5]?\d(?:\.\d+)?))?$")


# No ticket or call lasts a century: a longer "duration" is a wrong cell, and refusing it keeps a
# period's sum of durations a number (1e308 minutes would make a week's mean infinite).
LONGEST_SECONDS = 100 * 365.25 * 86400


def parse_duration(text: str, unit_seconds: float, decimal_comma: bool = False) -> float | None:
    """A duration in seconds: a number in the column's unit (``unit_seconds`` each) or a clock
    "h:mm" / "h:mm:ss" (a clock with no seconds is hours and minutes); never below 0 or above
    ``LONGEST_SECONDS``."""
    stripped = text.strip()
    match = _CLOCK.match(stripped)
    if match:
        hours, minutes, seconds = match.groups()
        value = int(hours) * 3600 + int(minutes) * 60 + float(seconds or 0)
    else:
        value = parse_number(stripped, decimal_comma)
        if value is None:
            return None
        value *= unit_seconds
    if not 0 <= value <= LONGEST_SECONDS:
        raise BadValueError("duration", text)
    return value


_YES = {"1", "true", "yes", "y", "abandoned", "x", "ja", "da", "是", "예", "sant", "adevărat"}
_NO = {"0", "false", "no", "n", "answered", "nei", "nu", "否", "아니요", "usant", "fals"}


def parse_flag(text: str) -> bool | None:
    """Yes or no: 1/0, true/false, yes/no (and the same in the app's other languages)."""
    lowered = text.strip().lower()
    if lowered in _EMPTY:
        return None
    if lowered in _YES:
        return True
    if lowered in _NO:
        return False
    raise BadValueError("yes or no", text)


# Satisfaction ratings: Zendesk's Good/Bad (Offered/Unoffered are not ratings), Freshdesk's faces.
_GOOD = {"good", "satisfied", "awesome", "happy", "very happy", "extremely happy", "positive", "great"}
_BAD = {"bad", "unsatisfied", "dissatisfied", "not good", "unhappy", "very unhappy", "extremely unhappy"}
_BAD |= {"negative", "poor"}
_NEUTRAL = {"neutral", "just okay", "okay", "ok"}
_UNRATED = {"offered", "unoffered", "not offered", "no rating"}


def parse_rating(text: str, scale: int) -> float | None:
    """A satisfaction rating: 1.0 good / 0.0 bad (neutral counts as rated, not good) on the Good/Bad
    scale (``scale`` 2), or the score itself on a 1-5 scale; None when not rated."""
    lowered = " ".join(text.strip().lower().replace("_", " ").split())
    if lowered in _EMPTY or lowered in _UNRATED:
        return None
    if scale == 5:
        value = parse_number(lowered)
        if value is None or not 1 <= value <= 5:
            raise BadValueError("rating from 1 to 5", text)
        return value
    if lowered in _GOOD:
        return 1.0
    if lowered in _BAD or lowered in _NEUTRAL:
        return 0.0
    raise BadValueError("rating", text)


# -- dates -------------------------------------------------------------------------------------------

_NUMERIC_DATE = re.compile(
    r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})"  # 2025-01-06, 06.01.2025, 1/6/2025
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?"  # 14:05, 2:05:09 PM
    r"\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$"  # a zone: the wall time as written is kept
)


class DateReader:
    """Reads the dates of one column. ISO dates (with or without a time and a zone) always; for
    "a/b/yyyy" the order is decided by the column: ``day_first`` when given, else the first value
    whose first number is above 12 makes it day first, one whose second is makes it month first, dots
    mean day first, and otherwise month first (as US exports write it) -- ``assumed`` says so."""

    def __init__(self, day_first: bool | None = None) -> None:
        self.day_first = day_first
        self.assumed = False

    def learn(self, samples: list[str]) -> None:
        """Decide the order from the column's first values (before reading any)."""
        if self.day_first is not None:
            return
        ambiguous = False
        for text in samples:
            match = _NUMERIC_DATE.match(text.strip())
            if match is None or len(match.group(1)) == 4:
                continue
            ambiguous = True
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12:
                self.day_first = True
                return
            if second > 12:
                self.day_first = False
                return
            if "." in text:
                self.day_first = True
                return
        self.day_first, self.assumed = False, ambiguous

    def __call__(self, text: str) -> datetime | None:
        try:  # ISO, the usual case, at C speed
            moment = datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            return moment if moment.tzinfo is None else moment.replace(tzinfo=None)
        stripped = text.strip()
        if stripped.lower() in _EMPTY:
            return None
        try:
            moment = datetime.fromisoformat(stripped)
        except ValueError:
            pass
        else:
            return moment if moment.tzinfo is None else moment.replace(tzinfo=None)
        match = _NUMERIC_DATE.match(stripped)
        if match is None:
            raise BadValueError("date", text)
        a, b, c, hour, minute, second, half = match.groups()
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        elif self.day_first:
            day, month, year = int(a), int(b), int(c)
        else:
            month, day, year = int(a), int(b), int(c)
        if year < 100:
            raise BadValueError("date with a four-digit year", text)
        hours = int(hour or 0)
        if half:
            if hours > 12:
                raise BadValueError("date", text)
            hours = hours % 12 + (12 if half.lower() == "pm" else 0)
        try:
            return datetime(year, month, day, hours, int(minute or 0), int(second or 0))
        except ValueError:
            raise BadValueError("date", text) from None
