"""Marking text for translation in layers that cannot import Qt.

``pyside6-lupdate`` reads source files, not imports: any call spelled
``QT_TRANSLATE_NOOP("Context", "text")`` is extracted into the ``.ts`` files.
The function itself returns the English text unchanged; the UI translates it
with ``QCoreApplication.translate(context, text)`` when it shows it.

A ``Wording`` carries one language's translate function and number and date formats into the layers
below the UI, so messages built there (SMART findings, the goal's sentence) come out in it.

Counts use Qt's plural forms: a text with ``%n`` is translated with its count (``n``), and English has
its forms too (``resources/translations/goalplanner_en.ts``: "1 goal", "2 goals"), read here for the
command line and the tests, where there is no Qt, and compiled for the window.
"""

from __future__ import annotations

import functools
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from string import Formatter
from typing import Any

from goalplanner.core.resources import resource_path


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` unchanged; marks it for extraction under ``context``.

    A text with plural forms (``%n``) is written ``QT_TRANSLATE_NOOP(context, text, None, 1)``:
    lupdate files it as plural ("numerus") only when it sees a number as the fourth argument. The count
    itself is given where the text is shown (``Wording.text``'s ``n``).
    """
    del context, disambiguation, n
    return text


# Catalogue units written out after numbers ("12 points"); the others ("%", "s", "h") are symbols.
UNIT_WORDS = {
    "points": QT_TRANSLATE_NOOP("Unit", "points"),
    "contacts": QT_TRANSLATE_NOOP("Unit", "contacts"),
    "score": QT_TRANSLATE_NOOP("Unit", "score"),
}


ENGLISH_FORMS = "goalplanner_en.ts"  # English plural forms only ("%n goal(s)" -> "%n goal" / "%n goals")


@functools.cache
def english_plurals() -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) -> the English forms ("one", "other") of every finished plural text."""
    path = resource_path("translations", ENGLISH_FORMS)
    if not path.is_file():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):  # our own file, written by lupdate
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None or translation.get("type"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if len(forms) == 2 and all(forms):
                found[(context.findtext("name", ""), message.findtext("source", ""))] = forms
    return found


def english(context: str, text: str, n: int = -1) -> str:
    """``text`` in English: the source itself, or for a count ``n`` its English plural form with the
    count written in (``%n``, ``%Ln`` grouped: "1,200"), as Qt does with goalplanner_en.qm."""
    if n < 0:
        return text
    forms = english_plurals().get((context, text))
    # a text not in goalplanner_en.ts yet: "(s)" read by English's one rule
    chosen = forms[0 if n == 1 else 1] if forms is not None else text.replace("(s)", "" if n == 1 else "s")
    return chosen.replace("%Ln", f"{n:,}").replace("%n", str(n))


# Scripts written without spaces between words: Chinese characters, kana, their punctuation and
# full-width forms (brackets, commas). Hangul is not among them: Korean puts spaces between words.
_UNSPACED = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SENTENCE_END = re.compile(
    r"[\u3002\uff01\uff1f\uff1b\uff1a\uff09\u300d\u300f]$"
)  # full stop, ! ? ; : ) and closing quotes
NO_BREAK = "\u00a0"


def unspaced(char: str) -> bool:
    """Whether ``char`` belongs to a script that puts no spaces between words (Chinese, Japanese)."""
    return bool(char) and _UNSPACED.match(char) is not None


def filled(template: str, values: dict[str, str]) -> str:
    """``template.format(**values)`` without the template's own spaces between two Chinese characters.

    A translation puts spaces around its placeholders ("{scope} 的 {metric} 从 {baseline}"); Chinese
    writes no space between words, so a space of the template is dropped where the text on both sides
    is Chinese (or Japanese): "客服一组的平均来电等待时长从 240 s". Spaces inside the values (a name
    as typed) and spaces next to Latin letters and digits stay.
    """
    pieces: list[tuple[str, bool]] = []  # (text, whether it is the template's own)
    for literal, name, spec, conversion in Formatter().parse(template):
        pieces.append((literal, True))
        if name is not None:
            field_text = (
                "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            )
            pieces.append((field_text.format(**values), False))
    chars = [(char, own) for text, own in pieces for char in text]
    out: list[str] = []
    i = 0
    while i < len(chars):
        char, own = chars[i]
        if char != " " or not own:
            out.append(char)
            i += 1
            continue
        end = i
        while end < len(chars) and chars[end] == (" ", True):
            end += 1
        after = chars[end][0] if end < len(chars) else ""
        if not (out and unspaced(out[-1]) and unspaced(after)):
            out.append(" " * (end - i))
        i = end
    return "".join(out)


def keep_with_number(text: str) -> str:
    """No line break between a number and the unit or word after it: "150 s", "150 / s", "30 분"."""
    return re.sub(r"(?<=\d) (/ )?(?=\S)", lambda m: NO_BREAK + ("/" + NO_BREAK if m.group(1) else ""), text)


def join_sentences(sentences: Iterable[str]) -> str:
    """Sentences one after another: a space after each, except after a Chinese full stop ("。")."""
    joined = ""
    for text in sentences:
        if joined and text:
            joined += "" if _SENTENCE_END.search(joined) else " "
        joined += text
    return joined


def as_written(text: str) -> str:
    """``text`` unchanged: a ``Wording``'s finish for languages that need none."""
    return text


def _plain_number(value: float) -> str:
    """English without a locale: 12.5, 0.25, and whole numbers grouped (40,000)."""
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:g}"


def lower_first(text: str) -> str:
    """Sentence case inside a sentence: "Average wait time" -> "average wait time".

    Names stay as they are: "CSAT fell", "Net Promoter Score (NPS)". Scripts without case are unchanged.
    """
    words = text.split()
    if not words or len(words[0]) < 2 or not (words[0][0].isupper() and words[0][1].islower()):
        return text
    if any(word[0].isupper() for word in words[1:] if not word.startswith("(")):
        return text
    return text[0].lower() + text[1:]


def joined_reason(reason: str, names: Iterable[str] = ()) -> str:
    """A reason written as its own sentence, ready to follow "because": "A problem solved at once…"
    -> "a problem solved at once…", "Kunder som…" -> "kunder som…".

    Only the first letter changes, and only where it is a capital of a script with case (Chinese and
    Korean have none) starting an ordinary word: an acronym ("CSAT fell", "IVR"), a word with capitals
    inside ("iPhone", "McKinsey"), the English "I" and the start of one of ``names`` (the owner, the
    team: "Mark leads it") stay as written. Further sentences of the reason keep their own capitals.
    """
    text = reason.strip()
    found = re.match(r"\w+", text)
    first = found.group() if found else ""
    if not first or not first[0].isupper() or first[0].lower() == first[0]:
        return text
    if any(c.isupper() for c in first[1:]) or first == "I":
        return text
    if any(re.match(rf"{re.escape(first)}\b", name.strip()) for name in names):
        return text
    return text[0].lower() + text[1:]


@dataclass(frozen=True)
class Term:
    """A word to be translated where it is shown, e.g. a KPI's name inside a SMART finding."""

    context: str
    text: str
    inside_sentence: bool = False  # written in lower case unless it is a name


@dataclass(frozen=True)
class Phrase:
    """A translatable template with its own parameters, shown inside another message."""

    context: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Share:
    """A fraction shown as a percentage: Share(0.5) -> "50%", Share(0.765, 1) -> "76.5%".

    Whole percentages are rounded by ``shown_percent``, as spreadsheets round and as statuses are
    graded: a share never reads "90%" beside "At risk"."""

    value: float
    decimals: int = 0


def shown_percent(share: float) -> int:
    """The whole percentage ``share`` is shown as on every surface: half away from zero, as Excel and
    LibreOffice round, and blind to float noise (0.8999999999999994 is 90). Statuses are graded on it."""
    percent = round(share * 100, 6)
    return int(math.copysign(math.floor(abs(percent) + 0.5), percent))


def round_shown(value: float, decimals: int) -> float:
    """``value`` to ``decimals`` places as a spreadsheet shows it: halves away from zero, blind to float
    noise (145.65 -> 145.7, 228.5 -> 229), so a chart, a table and a workbook agree on the last digit."""
    scaled = round(value * 10**decimals, 6)
    return math.copysign(math.floor(abs(scaled) + 0.5), scaled) / 10**decimals


def fixed_number(value: float, decimals: int) -> str:
    """``value`` as an Excel number format with ``decimals`` places writes it in English: rounded by
    ``round_shown``, grouped, every place written (7,124 / 68.0 / 4.50), never "-0"."""
    return f"{round_shown(value, decimals) + 0.0:,.{decimals}f}"


@dataclass(frozen=True)
class Wording:
    """How texts come out in one language: Qt's translate, and the locale's numbers and dates.

    The defaults write English with plain numbers and ISO dates (the command line, tests); the window
    passes ``QCoreApplication.translate`` and ``QLocale`` formats.
    """

    translate: Callable[..., str] = english  # (context, text, n=-1): Qt's signature without disambiguation
    number: Callable[[float], str] = _plain_number
    day: Callable[[date], str] = date.isoformat
    finish: Callable[[str], str] = as_written  # the window's Korean and Chinese: keep_with_number

    def render(self, value: Any) -> str:
        """One parameter of a message, as this language writes it."""
        if isinstance(value, Term):
            text = self.translate(value.context, value.text)
            return lower_first(text) if value.inside_sentence else text
        if isinstance(value, Phrase):
            return self.text(value.context, value.template, value.params)
        if isinstance(value, Share):
            if value.decimals == 0:
                return self.number(shown_percent(value.value)) + "%"
            return self.number(round(100 * value.value, value.decimals)) + "%"
        if isinstance(value, bool) or value is None:
            return str(value)
        if isinstance(value, int | float):
            return self.number(value)
        if isinstance(value, date):
            return self.day(value)
        return str(value)

    def unit(self, unit: str) -> str:
        """A unit as written after a number in this language."""
        return self.translate("Unit", UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit

    def text(self, context: str, template: str, params: dict[str, Any] | None = None) -> str:
        """``template`` translated under ``context``, its ``{name}`` fields filled in this language.

        A parameter ``n`` is the message's count: the template is a plural text (``%n``, see
        ``QT_TRANSLATE_NOOP``) and comes out in the form for it ("1 agent", "2 agents").
        """
        params = dict(params or {})
        count = params.pop("n", None)
        rendered = {name: self.render(value) for name, value in params.items()}
        if count is None:
            translated = self.translate(context, template)
        else:
            translated = self.translate(context, template, int(count))
        return self.finish(filled(translated, rendered))


ENGLISH = Wording()
