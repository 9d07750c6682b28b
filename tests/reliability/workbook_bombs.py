"""Hostile workbooks, made from a real export: one part replaced or added, written from generators.

Each maker takes the path of an exported workbook and rewrites it in place. ``size`` sets how many
strings, styles, cells or levels the hostile part holds; ``noise`` (0 for none) puts a random value
in every ``noise``-th item, so the part packs less well: with noise the parts stay under the old
checks (packed under 200 times, under 400 MB unpacked), as an attacker would tune them; without, a
test's file stays small on disk. Used by ``test_workbook_bombs.py`` and by ``measure_bombs.py``.
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
GOAL_SHEET = "xl/worksheets/sheet2.xml"  # the first goal's sheet (sheet1 is the summary)
FIRST_ROW = 13  # the first plan row of a goal sheet


Chunks = Callable[[], Iterator[bytes]]


def rewrite(path: Path, parts: dict[str, Chunks], shared_strings: bool = False) -> None:
    """Write the workbook at ``path`` again with ``parts`` (name: chunks) replacing or added."""
    with zipfile.ZipFile(path) as archive:
        kept = {name: archive.read(name) for name in archive.namelist() if name not in parts}
    if shared_strings:
        types = kept["[Content_Types].xml"].decode()
        if "sharedStrings" not in types:
            override = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SHARED_STRINGS}"/>'
            kept["[Content_Types].xml"] = types.replace("</Types>", override + "</Types>").encode()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in kept.items():
            archive.writestr(name, data)
        for name, chunks in parts.items():
            with archive.open(name, "w", force_zip64=True) as stream:
                for chunk in chunks():
                    stream.write(chunk)


def _batched(items: Iterator[str], per_chunk: int = 65_536) -> Iterator[bytes]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= per_chunk:
            yield "".join(batch).encode()
            batch = []
    if batch:
        yield "".join(batch).encode()


def _value(index: int, noise: int, rng: random.Random) -> str:
    return str(rng.randrange(10**9)) if noise and index % noise == 0 else "1"


def shared_strings(path: Path, size: int, noise: int = 0) -> None:
    """``size`` shared strings: openpyxl keeps every one in a list before any sheet is read."""
    rng = random.Random(1)

    def chunks():
        yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{size}">'.encode()
        yield from _batched(f"<si><t>{_value(i, noise, rng)}</t></si>" for i in range(size))
        yield b"</sst>"

    rewrite(path, {"xl/sharedStrings.xml": chunks}, shared_strings=True)


def styles(path: Path, size: int, noise: int = 0) -> None:
    """A styles part of ``size`` cell formats: openpyxl loads it whole and builds an object for each."""
    rng = random.Random(2)

    def chunks():
        yield (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
               '<fonts count="1"><font><sz val="11"/></font></fonts>'
               '<fills count="1"><fill><patternFill/></fill></fills>'
               '<borders count="1"><border/></borders>'
               f'<cellXfs count="{size}">').encode()  # fmt: skip
        yield from _batched(
            f'<xf numFmtId="{_value(i, noise, rng)[:3]}" fontId="0" fillId="0" borderId="0"/>'
            for i in range(size)
        )
        yield b"</cellXfs></styleSheet>"

    rewrite(path, {"xl/styles.xml": chunks})


def wide_row(path: Path, size: int, noise: int = 0) -> None:
    """The first goal sheet with one row of ``size`` cells: openpyxl builds a row whole."""
    rng = random.Random(3)

    def chunks():
        yield (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
               f'<dimension ref="A1:E{FIRST_ROW}"/><sheetData><row r="{FIRST_ROW}">').encode()  # fmt: skip
        yield from _batched(f"<c><v>{_value(i, noise, rng)}</v></c>" for i in range(size))
        yield b"</row></sheetData></worksheet>"

    rewrite(path, {GOAL_SHEET: chunks})


def deep(path: Path, size: int, noise: int = 0) -> None:
    """The first goal sheet with ``size`` levels of elements nested in one cell."""

    def chunks():
        yield (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
               f'<dimension ref="A1:E{FIRST_ROW}"/><sheetData><row r="{FIRST_ROW}">'
               f'<c r="E{FIRST_ROW}">').encode()  # fmt: skip
        yield from _batched("<a>" for _ in range(size))
        yield from _batched("</a>" for _ in range(size))
        yield b"</c></row></sheetData></worksheet>"

    rewrite(path, {GOAL_SHEET: chunks})


def many_parts(path: Path, size: int, noise: int = 0) -> None:
    """``size`` empty parts: ``zipfile`` builds an object for each entry of the directory."""
    with zipfile.ZipFile(path, "a") as archive:
        for index in range(size):
            archive.writestr(f"p/{index}", b"")


def tiny_sheets(path: Path, size: int, noise: int = 0) -> None:
    """``size`` more sheets, each a part of one cell: openpyxl reads every sheet's size on opening."""
    with zipfile.ZipFile(path) as archive:
        book = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
    sheets = "".join(
        f'<sheet xmlns:r="{relation.rsplit("/", 1)[0]}" name="T{i}" sheetId="{10_000 + i}" r:id="rTiny{i}"/>'
        for i in range(size)
    )
    links = "".join(
        f'<Relationship Id="rTiny{i}" Type="{relation}" Target="tiny/{i}.xml"/>' for i in range(size)
    )
    overrides = "".join(
        f'<Override PartName="/xl/tiny/{i}.xml" ContentType="{sheet_type}"/>' for i in range(size)
    )
    row = '<row r="1"><c r="A1"><v>1</v></c></row>'
    cell = f'<worksheet xmlns="{MAIN}"><sheetData>{row}</sheetData></worksheet>'
    parts = {
        "xl/workbook.xml": lambda: iter([book.replace("</sheets>", sheets + "</sheets>").encode()]),
        "xl/_rels/workbook.xml.rels": lambda: iter(
            [rels.replace("</Relationships>", links + "</Relationships>").encode()]
        ),
        "[Content_Types].xml": lambda: iter([types.replace("</Types>", overrides + "</Types>").encode()]),
    }
    parts |= {f"xl/tiny/{i}.xml": (lambda: iter([cell.encode()])) for i in range(size)}
    rewrite(path, parts)


def billion_laughs(path: Path, size: int = 8, noise: int = 0) -> None:
    """Entities that expand ten times at each of ``size`` levels, in the shared strings."""
    entities = "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "lol"}">' for i in range(size + 1)
    )
    text = (f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]><sst xmlns="{MAIN}">'
            f"<si><t>&lol{size};</t></si></sst>")  # fmt: skip
    rewrite(path, {"xl/sharedStrings.xml": lambda: iter([text.encode()])}, shared_strings=True)


def sheet_cell(path: Path, cell: str) -> None:
    """The first goal sheet with ``cell`` (XML) as its first plan row's Actual (E13)."""
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read(GOAL_SHEET).decode()
    if f'<c r="E{FIRST_ROW}"' in sheet:  # a check-in is there: replace it
        start = sheet.index(f'<c r="E{FIRST_ROW}"')
        end = sheet.index("</c>", start) + len("</c>")
    else:  # an empty input cell is not written: put it after the Planned cell
        start = end = sheet.index("</c>", sheet.index(f'<c r="D{FIRST_ROW}"')) + len("</c>")
    rewrite(path, {GOAL_SHEET: lambda: iter([(sheet[:start] + cell + sheet[end:]).encode()])})


def cut_sheet(path: Path) -> None:
    """The first goal sheet's XML broken in its plan table (a tag left open)."""
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read(GOAL_SHEET).decode()
    at = sheet.index(f'<row r="{FIRST_ROW + 1}"')
    rewrite(path, {GOAL_SHEET: lambda: iter([(sheet[:at] + "<row <c>" + sheet[at:]).encode()])})


ATTACKS = {
    "shared strings": shared_strings,
    "styles": styles,
    "wide row": wide_row,
    "deep nesting": deep,
    "many parts": many_parts,
    "billion laughs": billion_laughs,
}
