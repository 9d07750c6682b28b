"""When a goal's sentence says it ends: "within six weeks", "by end of Q2", "by 31 March", "this half".

Every date resolves against the goal's start: spans count from it ("in 6 weeks" is the start + 42 days),
a day without a year is the next such day on or after it, quarters and halves are calendar ones.
Two time phrases that name different dates say nothing for sure: no deadline is read then.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from goalplanner.core.sentence_words import (
    SPACED,
    Folded,
    Match,
    alternation,
    fold_word,
    period_phrases,
    words,
)

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}


@dataclass(frozen=True)
class TimeMatch:
    """A time phrase found in the sentence: where, and the day it names."""

    start: int
    end: int
    day: date


def month_end(year: int, month: int) -> date:
    """The last day of ``month`` in ``year``."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, kept within the month (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _quarter_end(year: int, quarter: int) -> date:
    return month_end(year, quarter * 3)


def _next_on_or_after(start: date, make, year: int | None) -> date | None:
    """``make(year)`` for the given year, or the first year whose day is not before ``start``."""
    try:
        if year is not None:
            return make(year)
        day = make(start.year)
        return day if day >= start else make(start.year + 1)
    except ValueError:  # 30 February, quarter 5
        return None


def _number(text: str) -> float | None:
    text = text.strip()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    return _number_words().get(fold_word(text))


@cache
def _number_words() -> dict[str, float]:
    return {
        fold_word(word): float(value)
        for table in words()["time"]["numbers"].values()
        for word, value in table.items()
    }


@cache
def _unit_of() -> dict[str, str]:
    return {fold_word(word): unit for unit, names in words()["time"]["unit"].items() for word in names}


@cache
def _month_of() -> dict[str, int]:
    return {
        fold_word(word): int(month) for month, names in words()["time"]["months"].items() for word in names
    }


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    time = words()["time"]
    unit = alternation(w for names in time["unit"].values() for w in names)
    number = r"\d+(?:[.,]\d+)?|" + alternation(_number_words())
    within_before = alternation(time["within"]["before"])
    within_after = alternation(time["within"]["after"])
    month = "(?P<month>" + alternation(_month_of()) + r")\.?"
    year = r"(?:,?\s*(?P<year>(?:19|20)\d\d)(?!\d))?"
    end_before = alternation(time["end_of"]["before"])
    end_after = alternation(time["end_of"]["after"])
    return {
        "span_before": re.compile(
            rf"{within_before}[\s\-]*(?P<number>{number})\s*(?P<unit>{unit})(?:\s*{within_after})?"
        ),
        "span_after": re.compile(rf"(?P<number>{number})\s*(?P<unit>{unit})\s*{within_after}"),
        "iso": re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
        "day_month": re.compile(
            rf"(?<![\d.,])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?{month}{year}"
        ),
        "month_day": re.compile(rf"{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d){year}"),
        "cjk_date": re.compile(
            r"(?:(?P<year>\d{4})\s*[年년]\s*)?(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日号일]"
        ),
        "end_of_month": re.compile(rf"{end_before}\s+(?:lui\s+)?{month}{year}"),
        "cjk_month_end": re.compile(
            rf"(?:(?P<year>\d{{4}})\s*[年년]\s*)?(?P<month>\d{{1,2}})\s*[月월]\s*{end_after}"
        ),
        "year_end": re.compile(
            rf"(?<!{SPACED})(?:by|before|until|in|innen|før|i|pana\s+in)\s+"
            r"(?:the\s+)?(?:end\s+of\s+|utgangen\s+av\s+|sfarsitul\s+(?:lui\s+)?)?"
            r"(?P<year>(?:19|20)\d\d)(?![\d.,%])|(?P<cjk>(?:19|20)\d\d)\s*(?:年\s*(?:底|末|年底)|년\s*말)"
        ),
        "quarter": re.compile(
            rf"(?:{end_before}\s+(?:the\s+)?)?(?:(?P<year0>\d{{4}})\s*[年년]?\s*)?(?:(?<!{SPACED})q(?P<q>[1-4])(?!{SPACED})"
            r"|(?P<nb>[1-4])\.\s*kvartal|trimestrul\s+(?:al\s+)?(?P<ro>[1-4]|iv|i{1,3})(?:-?lea)?(?!\w)"
            rf"|(?<!{SPACED})t(?P<t>[1-4])(?!{SPACED})|第?(?P<zh>[一二三四1-4])\s*季度|(?P<ko>[1-4])\s*분기)"
            r"(?:\s*(?P<year>(?:19|20)\d\d)(?!\d))?"
        ),
    }


def read_deadline(sentence: Folded, start: date) -> tuple[Match | None, list[TimeMatch]]:
    """The deadline the sentence names (a Match whose key is the date) and every time phrase found,
    so their numbers are not read as the metric's."""
    found: list[TimeMatch] = []
    found += _spans(sentence.text, start)
    found += _dates(sentence.text, start)
    found += _quarters(sentence.text, start)
    found += [
        TimeMatch(m.start(), m.end(), date(int(m.group("year") or m.group("cjk")), 12, 31))
        for m in _patterns()["year_end"].finditer(sentence.text)
    ]
    found += _periods(sentence.text, start)
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    kept: list[TimeMatch] = []
    for match in found:
        if not any(match.start < other.end and other.start < match.end for other in kept):
            kept.append(match)
    kept.sort(key=lambda m: m.start)
    days = {m.day for m in kept}
    if len(days) != 1:
        return None, kept
    first = kept[0]
    return Match(first.start, first.end, first.day), kept


def _spans(text: str, start: date) -> list[TimeMatch]:
    found = []
    patterns = _patterns()
    for name in ("span_before", "span_after"):
        for m in patterns[name].finditer(text):
            count = _number(m.group("number"))
            unit = _unit_of().get(fold_word(m.group("unit")).strip())
            if count is None or unit is None or count <= 0:
                continue
            if unit in ("day", "week"):
                days = count * (1 if unit == "day" else 7)
                if not days.is_integer():
                    continue
                day = start + timedelta(days=int(days))
            else:
                months = count * {"month": 1, "quarter": 3, "year": 12}[unit]
                if not months.is_integer():
                    continue
                day = add_months(start, int(months))
            found.append(TimeMatch(m.start(), m.end(), day))
    return found


def _dates(text: str, start: date) -> list[TimeMatch]:
    found = []
    patterns = _patterns()
    months = _month_of()
    for name in ("iso", "day_month", "month_day", "cjk_date", "end_of_month", "cjk_month_end"):
        for m in patterns[name].finditer(text):
            groups = m.groupdict()
            month_text = groups["month"]
            month = int(month_text) if month_text.isdigit() else months.get(fold_word(month_text).rstrip("."))
            year = int(groups["year"]) if groups.get("year") else None
            if month is None or not 1 <= month <= 12:
                continue
            if "day" in groups:
                day_number = int(groups["day"])
                day = _next_on_or_after(start, lambda y, d=day_number, mo=month: date(y, mo, d), year)
            else:
                day = _next_on_or_after(start, lambda y, mo=month: month_end(y, mo), year)
            if day is not None:
                found.append(TimeMatch(m.start(), m.end(), day))
    return found


def _quarters(text: str, start: date) -> list[TimeMatch]:
    found = []
    for m in _patterns()["quarter"].finditer(text):
        groups = m.groupdict()
        raw = next(groups[k] for k in ("q", "nb", "ro", "t", "zh", "ko") if groups[k])
        quarter = _ROMAN.get(raw) or _ZH_DIGITS.get(raw) or int(raw)
        year_text = groups["year"] or groups["year0"]
        day = _next_on_or_after(
            start, lambda y, q=quarter: _quarter_end(y, q), int(year_text) if year_text else None
        )
        if day is not None:
            found.append(TimeMatch(m.start(), m.end(), day))
    return found


def _periods(text: str, start: date) -> list[TimeMatch]:
    found = []
    quarter = (start.month - 1) // 3 + 1
    for match in period_phrases().find(text):
        year, begin, end = _year_beside(text, match)
        if match.key == "this_month":
            day = month_end(start.year, start.month)
        elif match.key == "this_quarter":
            day = _quarter_end(start.year, quarter)
        elif match.key == "next_quarter":
            day = _quarter_end(start.year + quarter // 4, quarter % 4 + 1)
        elif match.key == "this_half":
            day = month_end(start.year, 6 if start.month <= 6 else 12)
        elif match.key in ("first_half", "second_half"):
            month = 6 if match.key == "first_half" else 12
            day = _next_on_or_after(start, lambda y, mo=month: month_end(y, mo), year)
        else:  # this_year
            day = date(start.year, 12, 31)
        if day is not None:
            found.append(TimeMatch(begin, end, day))
    return found


def _year_beside(text: str, match: Match) -> tuple[int | None, int, int]:
    """A year written next to a period ("H1 2027", "first half of 2027", "2027年上半年"), and the span
    of the period with it."""
    after = re.match(r"\s*(?:of\s+|din\s+)?((?:19|20)\d\d)(?!\d)", text[match.end :])
    if after:
        return int(after.group(1)), match.start, match.end + after.end()
    before = re.search(r"(?<!\d)((?:19|20)\d\d)\s*[年년]?\s*$", text[: match.start])
    if before:
        return int(before.group(1)), before.start(), match.end
    return None, match.start, match.end
