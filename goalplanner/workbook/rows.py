"""What the importer reads of a goal sheet's plan rows: the period label, the actual with its number
format, and the texts typed beside it (the note, the owner's confidence and the next step), read from
openpyxl in one go; and the owner's words read from those texts."""

from __future__ import annotations

from goalplanner.workbook import confidence
from goalplanner.workbook.data import unescape_cell_text

SHOWN_LIMIT = 40  # characters of an unread confidence a warning repeats


def plan_rows(sheet, first: int, last: int, actual_column: int, typed: dict[str, int]) -> list[tuple]:
    """(row number, label, actual, the actual's number format, {key: typed text's value}) of the rows
    that may hold the plan, ``typed`` naming the columns of the note, the confidence and the next
    step: everything the import needs from openpyxl, read in one go (at most some 1,300 rows)."""
    found = []
    width = max(actual_column, *typed.values())
    rows = sheet.iter_rows(min_row=first, max_row=last, max_col=width)
    for row_number, row in enumerate(rows, start=first):
        row = tuple(row) + (None,) * (width - len(row))
        label, actual = row[0], row[actual_column - 1]
        value = None if actual is None else actual.value
        number_format = getattr(actual, "number_format", "General") if value is not None else "General"
        texts = {key: getattr(row[column - 1], "value", None) for key, column in typed.items()}
        found.append((row_number, None if label is None else label.value, value, number_format, texts))
    return found


def owner_said(texts: dict, words: confidence.Vocabulary) -> tuple[dict, str | None]:
    """The note, the owner's confidence (a code, None when blank) and the next step typed into a row,
    and the text of a confidence that is none of ``words`` (None when there is none), as a warning
    repeats it."""
    said = {key: typed_text(texts.get(key)) for key in ("note", "next_step")}
    said["confidence"], unread = None, None
    try:
        said["confidence"] = confidence.read(texts.get("confidence"), words)
    except ValueError:
        shown = typed_text(texts.get("confidence"))
        unread = shown if len(shown) <= SHOWN_LIMIT else shown[: SHOWN_LIMIT - 1] + "…"
    return said, unread


def typed_text(value) -> str:
    """A text cell's value as the check-in keeps it, "" when blank."""
    return "" if value is None else unescape_cell_text(str(value))
