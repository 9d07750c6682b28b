"""The owner's confidence in a goal sheet's check-in table: a drop-down of the workbook's own words
(On track / At risk / Off track, distinct from the computed status), and reading a chosen or typed
word back as one of core.model.CONFIDENCES.

The words the drop-down offers are also kept in the hidden ids sheet, so the importer reads them in
the workbook's language whatever language the app importing it runs in; English words and the codes
themselves are read too. openpyxl is imported here only when a workbook is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from goalplanner.core.model import CONFIDENCES
from goalplanner.core.progress import LABELS
from goalplanner.workbook.data import plain_text
from goalplanner.workbook.text import ExcelText

IDS_KEY = "confidence"  # the ids sheet's row of the drop-down's words: "confidence", then one per code
MESSAGE_LIMIT = 250  # Excel's limit for validation messages
LIST_LIMIT = 255  # Excel's limit for a drop-down's list written in its formula


def choices(words: ExcelText) -> list[str]:
    """The drop-down's words, in CONFIDENCES order, as a list a validation formula can hold (no
    comma or double quote, which would split or end it)."""
    return [" ".join(plain_text(words.confidence(code)).replace(",", " ").replace('"', "").split())
            for code in CONFIDENCES]  # fmt: skip


def add_drop_down(sheet, words: ExcelText, cells: str) -> None:
    """A drop-down of the confidence words on ``cells`` ("K13:K25"); a blank stays allowed (not said)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    shown = choices(words)
    listed = ",".join(shown)
    if len(listed) + 2 > LIST_LIMIT:  # a translation too long for a written list: the codes instead
        listed = ",".join(CONFIDENCES)
    rule = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
    message = plain_text(words.text("confidence_prompt", choices=" / ".join(shown)))[:MESSAGE_LIMIT]
    rule.prompt = rule.error = message
    rule.promptTitle = rule.errorTitle = plain_text(words.text("confidence_title"))[:32]
    rule.showErrorMessage = rule.showInputMessage = True
    rule.showDropDown = False  # openpyxl's name is backwards: False shows the arrow
    sheet.add_data_validation(rule)
    rule.add(cells)


def ids_row(words: ExcelText) -> list[str]:
    """The ids sheet's row naming the drop-down's words."""
    return [IDS_KEY, *choices(words)]


@dataclass(frozen=True)
class Vocabulary:
    """The words a workbook's Confidence column is read in: each folded (``fold``) to its code, and
    the ones its drop-down offered, for a warning to name."""

    codes: dict[str, str]
    offered: tuple[str, ...]


def vocabulary(row: Iterable[object] | None) -> Vocabulary:
    """The words read as a confidence: the workbook's own from its ids ``row`` (None for a workbook
    exported before confidences), English, and the codes themselves."""
    found = {}
    for code in CONFIDENCES:
        found[fold(code)] = code
        found[fold(code.replace("_", " "))] = code
        found[fold(LABELS[code])] = code  # English, the words' source
    offered = [LABELS[code] for code in CONFIDENCES]
    values = list(row or ())
    if values and values[0] == IDS_KEY:
        for index, (code, word) in enumerate(zip(CONFIDENCES, values[1:], strict=False)):
            if isinstance(word, str) and fold(word):
                found[fold(word)] = code
                offered[index] = " ".join(word.split())[:40]
    return Vocabulary(found, tuple(offered))


def fold(text: str) -> str:
    """``text`` as words are compared: case and spacing ignored ("  at  RISK " is "at risk")."""
    return " ".join(str(text).split()).casefold()


def read(value: object, words: Vocabulary) -> str | None:
    """The code of the confidence in a cell (None when blank); ``ValueError`` for any other text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    code = words.codes.get(fold(str(value)))
    if code is None:
        raise ValueError(value)
    return code
