"""The words a goal's sentence is read with (``resources/sentence_words.toml``) and how they are found.

Text is compared folded: lower case, accents dropped, full-width digits made plain, so "Așteptare",
"asteptare" and "așteptare" are one word. Each folded character remembers where it came from, so what
was read can be quoted from the sentence exactly as she typed it.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from goalplanner.core.resources import resource_path

# A letter or digit of a script that puts spaces between words. Chinese and Korean words are found
# anywhere; the others only as whole words (Python's \b would call "将CSAT" one word).
SPACED = r"[^\W\u2e80-\uffff]"


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept).casefold()


def fold_word(word: str) -> str:
    """``word`` as it is compared: lower case, without accents, with plain digits and spaces."""
    return "".join(_fold_char(c) for c in word)


@dataclass(frozen=True)
class Folded:
    """A sentence folded for reading, with the way back to the words as typed."""

    original: str
    text: str
    origin: tuple[int, ...]  # for each character of ``text``, its index in ``original``

    @classmethod
    def of(cls, original: str) -> Folded:
        """Fold ``original`` one character at a time, remembering where each piece came from."""
        pieces, origin = [], []
        for index, char in enumerate(original):
            folded = _fold_char(char)
            pieces.append(folded)
            origin.extend([index] * len(folded))
        return cls(original, "".join(pieces), tuple(origin))

    def quote(self, start: int, end: int) -> str:
        """The words of the original sentence behind ``text[start:end]``."""
        if start >= end:
            return ""
        return self.original[self.origin[start] : self.origin[end - 1] + 1].strip()


@dataclass(frozen=True)
class Match:
    """Where a phrase was found in folded text, and what it stands for."""

    start: int
    end: int
    key: Any

    def overlaps(self, other: Match) -> bool:
        """True when the two spans share a character."""
        return self.start < other.end and other.start < self.end


def phrase_pattern(word: str) -> str:
    """The regular expression finding ``word`` (see the rules at the top of sentence_words.toml)."""
    stem = word.endswith("*")
    folded = fold_word(word.rstrip("*")).strip()
    spaced = all(ord(c) < 0x2E80 for c in folded)
    joiner = r"[\s\-]+" if spaced else r"\s*"
    parts = [re.escape(part) for part in re.split(r"[\s\-]+", folded) if part]
    body = joiner.join(parts)
    if not spaced:
        return body
    before = rf"(?<!{SPACED})" if re.match(r"\w", folded) else ""
    after = rf"{SPACED}*" if stem else rf"(?!{SPACED})" if re.search(r"\w$", folded) else ""
    return before + body + after


class Phrases:
    """Phrases that each stand for a key; finds them without overlaps, the longest first."""

    def __init__(self, entries: Iterable[tuple[str, Any]]) -> None:
        self._patterns = [(re.compile(phrase_pattern(word)), key) for word, key in entries if word.strip()]

    def find(self, text: str) -> list[Match]:
        """Every phrase in folded ``text``; where two overlap, the longer (then the earlier) stays."""
        found = [
            Match(m.start(), m.end(), key) for pattern, key in self._patterns for m in pattern.finditer(text)
        ]
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        kept: list[Match] = []
        for match in found:
            if not any(match.overlaps(other) for other in kept):
                kept.append(match)
        return sorted(kept, key=lambda m: m.start)


def alternation(words: Iterable[str]) -> str:
    """One regular expression matching any of ``words`` (whole words where the script has spaces)."""
    unique = sorted({w for w in words if w.strip()}, key=lambda w: -len(fold_word(w)))
    return "(?:" + "|".join(phrase_pattern(w) for w in unique) + ")"


@cache
def words() -> dict[str, Any]:
    """The shipped word lists, read once."""
    with resource_path("sentence_words.toml").open("rb") as handle:
        return tomllib.load(handle)


def every_language(table: dict[str, list[str]]) -> list[str]:
    """The words of all languages of one table (``{"en": [...], "zh": [...], ...}``)."""
    return [word for language in table.values() for word in language]


@cache
def kpi_phrases() -> Phrases:
    """Every KPI's words, standing for its catalogue key."""
    return Phrases((word, key) for key, table in words()["kpi"].items() for word in every_language(table))


@cache
def direction_phrases() -> Phrases:
    """The words for "cut", "raise" and "improve", standing for decrease, increase and better."""
    table = words()["direction"]
    return Phrases(
        (word, way) for way in ("decrease", "increase", "better") for word in every_language(table[way])
    )


@cache
def period_phrases() -> Phrases:
    """Calendar periods named in words ("this quarter", "上半年"), standing for the period's name."""
    return Phrases(
        (word, name) for name, table in words()["period"].items() for word in every_language(table)
    )
