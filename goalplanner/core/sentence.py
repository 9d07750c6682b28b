"""Reading the goal's one sentence: which metric, from where to where, which way, by when.

"Cut average call wait time from 240 s to 120 s within six weeks" gives the metric ``wait_time``,
baseline 240, target 120, direction decrease and a deadline six weeks after the start, each with the
words it was read from. The words of all five languages live in ``resources/sentence_words.toml``.
What is not clear is not read: a field the sentence leaves in doubt stays None, so nothing the
wizard fills in is a guess. ``disagreements`` says where the sentence and the goal's fields differ.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Generic, TypeVar

from goalplanner.core.i18n import QT_TRANSLATE_NOOP, Term
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import Goal
from goalplanner.core.sentence_time import read_deadline
from goalplanner.core.sentence_words import (
    SPACED,
    Folded,
    Match,
    alternation,
    direction_phrases,
    fold_word,
    kpi_phrases,
    words,
)
from goalplanner.core.smart import BETTER_WORDS, Finding, Rule

T = TypeVar("T")

# How many seconds each time unit written after a number holds.
_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600}
_KPI_SECONDS = {"s": 1, "h": 3600}


@dataclass(frozen=True)
class Clue(Generic[T]):
    """One thing read from the sentence, and the words it was read from (as she typed them)."""

    value: T
    text: str


@dataclass(frozen=True)
class Change:
    """A change the sentence asks for: "by 50 %" (relative, a share of the baseline in %) or
    "by 3 points" / "by 30 s" (points: an amount in the metric's own unit). Always positive;
    the direction says which way."""

    amount: float
    kind: str  # "relative" or "points"


@dataclass(frozen=True)
class Reading:
    """What a sentence says about the goal; None where it says nothing for sure."""

    kpi: Clue[str] | None = None
    baseline: Clue[float] | None = None
    target: Clue[float] | None = None
    change: Clue[Change] | None = None
    direction: Clue[str] | None = None  # "increase" or "decrease"
    deadline: Clue[date] | None = None
    unit: str = ""  # the unit baseline and target are in: the metric's, or as written without one

    def target_for(self, baseline: float | None) -> Clue[float] | None:
        """The target the sentence names, or the one its change gives from ``baseline``."""
        if self.target is not None:
            return self.target
        if self.change is None or baseline is None or self.direction is None:
            return None
        change = self.change.value
        sign = -1 if self.direction.value == "decrease" else 1
        if change.kind == "points":
            value = baseline + sign * change.amount
        elif self.unit == "%":  # "by 5 %" of a percentage: 5 points or 5 % of it? Not for sure.
            return None
        else:
            value = baseline * (1 + sign * change.amount / 100)
        return Clue(round(value, 6), self.change.text)


@dataclass(frozen=True)
class Quantity:
    """A number in the sentence with its unit, where it stands and what it is."""

    start: int
    end: int
    value: float
    unit: str  # "seconds", "minutes", "hours", "percent", "points", "currency", "contacts" or ""
    role: str  # "from", "to", "by" or "" (no word says what it is)


def read_sentence(sentence: str, start: date) -> Reading:
    """Read ``sentence``; dates resolve against ``start`` (the goal's start)."""
    folded = Folded.of(sentence)
    deadline, time_phrases = read_deadline(folded, start)
    kpi = _the_one(kpi_phrases().find(folded.text))
    quantities = [
        q
        for q in _quantities(folded.text)
        if not any(q.start < t.end and t.start < q.end for t in time_phrases)
    ]
    kpi_key = kpi.key if kpi else None
    catalogue = get_kpi(kpi_key) if kpi_key else None
    unit = catalogue.unit if catalogue else _common_unit(quantities)
    baseline = _value(folded, quantities, "from", unit)
    target = _value(folded, quantities, "to", unit)
    change = _change(folded, quantities, unit)
    direction = _direction(folded, baseline, target, catalogue.direction if catalogue else None)
    return Reading(
        kpi=Clue(kpi.key, folded.quote(kpi.start, kpi.end)) if kpi else None,
        baseline=baseline,
        target=target,
        change=change,
        direction=direction,
        deadline=Clue(deadline.key, folded.quote(deadline.start, deadline.end)) if deadline else None,
        unit=unit if catalogue else _written_unit(unit),
    )


def _the_one(matches: list[Match]) -> Match | None:
    """The only key found; two different ones ("wait time … without hurting CSAT") leave it in doubt."""
    keys = {m.key for m in matches}
    return matches[0] if len(keys) == 1 else None


# -- numbers ---------------------------------------------------------------------------------------


@cache
def _number_patterns() -> tuple[re.Pattern[str], dict[str, str], dict[str, re.Pattern[str]]]:
    units = words()["unit"]
    unit_of = {fold_word(w): kind for kind, names in units.items() for w in names}
    number = re.compile(
        rf"(?<!{SPACED})(?<![.,:/])(?P<sign>[-+\u2212]\s?)?"
        r"(?P<int>\d{1,3}(?:[,. \u00a0]\d{3})+(?![\d])|\d+)"
        r"(?:[.,](?P<frac>\d+))?(?![\d:/])(?:\s?(?P<unit>" + alternation(unit_of) + "))?"
    )
    cue = words()["cue"]
    cues = {
        f"{role}_{side}": re.compile(
            (alternation(cue[role][side]) + r"\s*[$€£]?\s*$")  # "to $4"
            if side == "before"
            else (r"^\s*" + alternation(cue[role][side]))
        )
        for role in ("from", "to", "by")
        for side in ("before", "after")
    }
    return number, unit_of, cues


def _quantities(text: str) -> list[Quantity]:
    number, unit_of, cues = _number_patterns()
    found = []
    for m in number.finditer(text):
        integer = re.sub(r"[,. \u00a0]", "", m.group("int"))
        value = float(f"{integer}.{m.group('frac')}" if m.group("frac") else integer)
        if m.group("sign") and m.group("sign").strip() in "-\u2212":
            value = -value
        unit = unit_of.get(m.group("unit") or "", "")
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 12]
        if not unit and re.search(r"(?:[$€£]|百分之)\s*$", before):
            unit = "percent" if before.rstrip().endswith("百分之") else "currency"
        role = ""
        for candidate in ("from", "to", "by"):
            if cues[f"{candidate}_before"].search(before) or cues[f"{candidate}_after"].search(after):
                role = candidate
                break
        found.append(Quantity(m.start(), m.end(), value, unit, role))
    return _share_units(found)


def _share_units(found: list[Quantity]) -> list[Quantity]:
    """ "From 4 to 2 minutes": a bare number of a from/to pair takes the unit of the other."""
    written = {q.unit for q in found if q.role in ("from", "to") and q.unit}
    if len(written) != 1:
        return found
    (unit,) = written
    return [
        Quantity(q.start, q.end, q.value, unit, q.role) if q.role in ("from", "to") and not q.unit else q
        for q in found
    ]


def _common_unit(quantities: list[Quantity]) -> str:
    """Without a metric: the one unit the baseline and target are written in ("" when none or mixed)."""
    units = {q.unit for q in quantities if q.role in ("from", "to")}
    return units.pop() if len(units) == 1 else ""


def _written_unit(unit: str) -> str:
    return {"seconds": "s", "minutes": "min", "hours": "h", "percent": "%", "points": "points"}.get(unit, "")


def _in_unit(quantity: Quantity, unit: str) -> float | None:
    """``quantity`` in the metric's ``unit``, or None when it cannot be a value of it."""
    written = quantity.unit
    if not written or written == unit:
        return quantity.value
    if unit in _KPI_SECONDS and written in _SECONDS:
        return round(quantity.value * _SECONDS[written] / _KPI_SECONDS[unit], 6)
    compatible = {"%": {"percent"}, "currency": {"currency"}, "contacts": {"contacts"}, "points": {"points"}}
    return quantity.value if written in compatible.get(unit, set()) else None


def _value(folded: Folded, quantities: list[Quantity], role: str, unit: str) -> Clue[float] | None:
    values = {}
    for q in quantities:
        if q.role == role and q.unit != "points":
            value = _in_unit(q, unit)
            if value is not None:
                values.setdefault(value, folded.quote(_cue_start(folded.text, q), q.end))
    if len(values) != 1:
        return None
    ((value, text),) = values.items()
    return Clue(value, text)


def _cue_start(text: str, quantity: Quantity) -> int:
    """Where the words before a number that say what it is begin ("from 240 s", "under 2 minutes")."""
    _number, _units, cues = _number_patterns()
    before = text[max(0, quantity.start - 30) : quantity.start]
    for role in ("from", "to", "by"):
        m = cues[f"{role}_before"].search(before)
        if m:
            return quantity.start - len(before) + m.start()
    return quantity.start


def _change(folded: Folded, quantities: list[Quantity], unit: str) -> Clue[Change] | None:
    changes = {}
    for q in quantities:
        bare_share = not q.role and q.unit == "percent" and unit not in ("%", "percent")
        if q.role != "by" and not bare_share:
            continue
        if q.unit == "percent" and unit not in ("%", "percent"):
            change = Change(abs(q.value), "relative")
        elif not unit:  # no metric to say what the number is in: as written
            change = Change(abs(q.value), "points")
        elif q.unit == "percent" or (q.unit == "points" and unit in ("%", "percent", "points", "score")):
            change = Change(abs(q.value), "relative" if q.unit == "percent" else "points")
        else:
            value = _in_unit(q, unit)
            if value is None:
                continue
            change = Change(abs(value), "points")
        changes.setdefault(change, folded.quote(_cue_start(folded.text, q), q.end))
    halve = re.search(r"\b(?:halve|cut in half)\b|减半|절반으로|halver|înjumătăț|injumatat", folded.text)
    if halve and not changes:
        changes[Change(50.0, "relative")] = folded.quote(halve.start(), halve.end())
    if len(changes) != 1:
        return None
    ((change, text),) = changes.items()
    return Clue(change, text)


# -- direction ------------------------------------------------------------------------------------


def _direction(
    folded: Folded, baseline: Clue[float] | None, target: Clue[float] | None, kpi_direction: str | None
) -> Clue[str] | None:
    """Which way the words ("cut", "raise") and the numbers (from 240 to 120) say; in doubt, None."""
    said: dict[str, str] = {}
    for match in direction_phrases().find(folded.text):
        way = match.key
        if way == "better":
            if kpi_direction not in ("increase", "decrease"):
                continue
            way = kpi_direction
        said.setdefault(way, folded.quote(match.start, match.end))
    if len(said) > 1:
        return None
    if baseline is not None and target is not None and baseline.value != target.value:
        by_numbers = "decrease" if target.value < baseline.value else "increase"
        if said and by_numbers not in said:
            return None
        if not said:
            return Clue(by_numbers, f"{baseline.text} … {target.text}")
    if not said:
        return None
    ((way, text),) = said.items()
    return Clue(way, text)


# -- where the sentence and the fields disagree ------------------------------------------------------

METRIC_DIFFERS = Rule("specific", "warning", "sentence_metric", "kpi", QT_TRANSLATE_NOOP(
    "Smart", "The sentence speaks of {said} (“{text}”), but the metric chosen is {metric}."
))  # fmt: skip
BASELINE_DIFFERS = Rule("measurable", "warning", "sentence_baseline", "baseline", QT_TRANSLATE_NOOP(
    "Smart", "The sentence says “{text}”, but the baseline is {value}."
))  # fmt: skip
TARGET_DIFFERS = Rule("measurable", "warning", "sentence_target", "target", QT_TRANSLATE_NOOP(
    "Smart", "The sentence says “{text}”, but the target is {value}."
))  # fmt: skip
CHANGE_DIFFERS = Rule("measurable", "warning", "sentence_target", "target", QT_TRANSLATE_NOOP(
    "Smart",
    "The sentence says “{text}”, which from the baseline makes {expected}, but the target is {value}.",
))  # fmt: skip
DIRECTION_DIFFERS = Rule("measurable", "warning", "sentence_direction", "direction", QT_TRANSLATE_NOOP(
    "Smart", "The sentence says “{text}”, but the goal counts {better} as better."
))  # fmt: skip
DEADLINE_DIFFERS = Rule("time_bound", "warning", "sentence_deadline", "deadline", QT_TRANSLATE_NOOP(
    "Smart", "The sentence says “{text}” ({day}), but the deadline is {deadline}."
))  # fmt: skip


def disagreements(goal: Goal, reading: Reading | None = None) -> list[Finding]:
    """A warning for each field that says something else than the goal's sentence (read if not given)."""
    reading = reading if reading is not None else read_sentence(goal.title, goal.start)
    found = []
    kpi = get_kpi(goal.kpi)
    if reading.kpi is not None and kpi is not None and reading.kpi.value != kpi.key:
        said = Term("Kpi", get_kpi(reading.kpi.value).name, inside_sentence=True)
        metric = Term("Kpi", kpi.name, inside_sentence=True)
        found.append(METRIC_DIFFERS.finding(said=said, text=reading.kpi.text, metric=metric))
    same_metric = reading.kpi.value == goal.kpi if reading.kpi else (reading.unit or goal.unit) == goal.unit
    if same_metric and goal.direction != "range":
        found += _number_disagreements(goal, reading)
    if (
        reading.direction is not None
        and goal.direction in BETTER_WORDS
        and reading.direction.value != goal.direction
    ):
        where = "title" if kpi is not None else "direction"  # a catalogue metric fixes the direction
        better = Term("Smart", BETTER_WORDS[goal.direction])
        found.append(DIRECTION_DIFFERS.finding(where, text=reading.direction.text, better=better))
    if reading.deadline is not None and goal.deadline is not None:
        said = reading.deadline.value
        allowed = max(DEADLINE_SLACK_DAYS, abs((said - goal.start).days) * DEADLINE_SLACK_SHARE)
        if abs((goal.deadline - said).days) > allowed:
            found.append(
                DEADLINE_DIFFERS.finding(text=reading.deadline.text, day=said, deadline=goal.deadline)
            )
    return found


# A deadline this close to the sentence's agrees with it: "within six weeks" may end on the Friday before.
DEADLINE_SLACK_DAYS = 3
DEADLINE_SLACK_SHARE = 0.1


def _number_disagreements(goal: Goal, reading: Reading) -> list[Finding]:
    found = []
    if (
        reading.baseline is not None
        and goal.baseline is not None
        and not _same(reading.baseline.value, goal.baseline)
    ):
        found.append(BASELINE_DIFFERS.finding(text=reading.baseline.text, value=goal.baseline))
    if goal.target is None:
        return found
    if reading.target is not None:
        if not _same(reading.target.value, goal.target):
            found.append(TARGET_DIFFERS.finding(text=reading.target.text, value=goal.target))
        return found
    expected = reading.target_for(goal.baseline)
    if expected is not None and not _same(expected.value, goal.target):
        found.append(CHANGE_DIFFERS.finding(text=expected.text, expected=expected.value, value=goal.target))
    return found


def _same(said: float, typed: float) -> bool:
    """Equal but for rounding: 71.4 typed for a 5 % rise from 68 (71.4) agrees."""
    return math.isclose(said, typed, rel_tol=1e-3, abs_tol=0.05)
