"""Hostile and damaged workbooks: refused with a message, within a memory budget, nothing imported.

Each attack is made in the test from a real export (a few hundred kilobytes on disk at most) and
read in a child process under a 1 GB address-space limit, so a regression fails the test instead of
taking the machine down. No time is asserted (CI is a loaded 2-core machine); the work done is
counted instead: whether openpyxl was started at all, and how far the streaming got.
"""

from __future__ import annotations

import pickle
import resource
import zipfile
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

from goalplanner.files import ExportError
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.workbook import cells, screening
from goalplanner.workbook.data import snapshot
from goalplanner.workbook.importer import apply_actuals, read_actuals
from goalplanner.workbook.writer import export_workbook
from tests.reliability import workbook_bombs as bombs
from tests.workbook.conftest import TODAY

MEMORY_LIMIT = 1024 * 2**20


def _read_limited(workbook: str, plan: bytes) -> dict:
    """In the child: read the workbook under the memory limit; say how it ended and what ran."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    from goalplanner.workbook import importer

    opened = []
    original = importer.open_workbook

    def counting_open(path, screened):
        opened.append(path)
        return original(path, screened)

    importer.open_workbook = counting_open
    try:
        report = read_actuals(Path(workbook), pickle.loads(plan), today=TODAY)
    except MemoryError:
        return {"memory_error": True}
    except ExportError as error:
        return {"refused": str(error), "opened": len(opened), "count": getattr(error, "count", None)}
    return {"problems": [p.english() for p in report.problems], "changes": len(report.changes)}


def read_in_child(workbook: Path, store) -> dict:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(_read_limited, str(workbook), pickle.dumps(snapshot(store))).result()


@pytest.fixture
def sample_store(tmp_path: Path):
    with Store.open(tmp_path / "sample.goalplan") as store:
        write_sample_plan(store, TODAY)
        yield store


@pytest.fixture
def workbook(sample_store, tmp_path):
    return export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY).path


def _small(path: Path) -> None:
    assert path.stat().st_size < 2 * 2**20  # small on disk, however much it unpacks to


# -- refused before openpyxl parses anything -------------------------------------------------------


@pytest.mark.parametrize(
    ("attack", "size", "noise", "words"),
    [
        ("shared strings", 800_000, 16, "XML elements in its part xl/sharedStrings.xml"),
        ("styles", 25_000, 16, "XML elements in its part xl/styles.xml"),
        ("wide row", 3_100_000, 16, "XML elements in its part xl/worksheets/sheet2.xml"),
        ("billion laughs", 9, 0, "declares XML entities or a document type"),
    ],
)
def test_bombs_are_refused_before_they_are_parsed(sample_store, workbook, attack, size, noise, words):
    bombs.ATTACKS[attack](workbook, size, noise)
    _small(workbook)
    before = sample_store.counts()
    result = read_in_child(workbook, sample_store)
    assert "memory_error" not in result
    assert words in result["refused"] and "Nothing was imported" in result["refused"]
    assert result["opened"] == 0  # openpyxl never started
    assert sample_store.counts() == before


def test_a_zip_listing_more_parts_than_a_plan_has_is_refused_before_it_is_listed(sample_store, workbook):
    bombs.many_parts(workbook, screening.MAX_PARTS + 1)
    result = read_in_child(workbook, sample_store)
    assert "parts; at most 65,000 are expected" in result["refused"]
    assert result["opened"] == 0


def test_a_workbook_of_thousands_of_tiny_sheets_is_refused_before_it_is_opened(sample_store, workbook):
    bombs.tiny_sheets(workbook, 3_000)  # a 20,000-sheet one took 8.6 s to open before; 0.5 s to refuse now
    _small(workbook)
    result = read_in_child(workbook, sample_store)
    assert "has 3,010 sheets; at most 214 are expected" in result["refused"], result  # 10 + 3,000
    assert result["opened"] == 0


def test_sheets_a_colleague_added_are_room_enough(sample_store, workbook):
    bombs.tiny_sheets(workbook, 150)
    result = read_in_child(workbook, sample_store)
    assert result == {"problems": [], "changes": 0}


def test_a_part_that_unpacks_to_more_than_its_header_says_is_refused(sample_store, workbook):
    with zipfile.ZipFile(workbook) as archive:
        info = archive.getinfo(bombs.GOAL_SHEET)
    _lie_about_size(workbook, bombs.GOAL_SHEET, info.file_size // 10)
    with pytest.raises(ExportError, match=r"could not be read as a workbook .*sheet2\.xml: BadZipFile"):
        read_actuals(workbook, sample_store, today=TODAY)


def _lie_about_size(path: Path, name: str, size: int) -> None:
    """Write ``size`` as the unpacked size of ``name`` in its local header and its directory entry."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(name).header_offset
    data[offset + 22 : offset + 26] = size.to_bytes(4, "little")
    at = data.find(b"PK\x01\x02" + bytes(data[offset + 4 : offset + 16]))
    while data[at + 46 : at + 46 + len(name)] != name.encode():
        at = data.find(b"PK\x01\x02", at + 4)
    data[at + 24 : at + 28] = size.to_bytes(4, "little")
    path.write_bytes(bytes(data))


# -- refused while openpyxl streams, at the first element beyond the limit ------------------------


def test_a_row_wider_than_excel_is_refused_at_its_first_extra_cell(sample_store, workbook):
    bombs.wide_row(workbook, screening.MAX_ROW_CELLS + 5_000)
    result = read_in_child(workbook, sample_store)
    assert "cells in one row" in result["refused"]
    assert result["opened"] == 1 and result["count"] == screening.MAX_ROW_CELLS + 1


def test_deeply_nested_xml_is_refused_at_the_first_level_too_deep(sample_store, workbook):
    bombs.deep(workbook, 10_000)
    result = read_in_child(workbook, sample_store)
    assert "levels of nested XML elements" in result["refused"]
    assert result["count"] == screening.MAX_DEPTH + 1


# -- damaged cells and sheets: a problem that names the place --------------------------------------


def _problem(store, workbook) -> list:
    report = read_actuals(workbook, store, today=TODAY)
    assert not report.ok
    with pytest.raises(ValueError, match="not imported"):
        apply_actuals(store, report)
    return report.problems


def test_a_number_cell_holding_text_is_a_problem_at_that_cell(sample_store, workbook):
    bombs.sheet_cell(workbook, '<c r="E13" t="n"><v>abc</v></c>')
    before = sample_store.counts()
    [problem] = _problem(sample_store, workbook)
    assert (problem.cell, problem.template) == ("E13", cells.P_STORED_NUMBER)
    assert problem.params == {"value": "abc"}
    assert "stores “abc” in this cell as a number" in problem.english()
    assert sample_store.counts() == before


def test_a_shared_string_index_out_of_range_is_a_problem_at_that_cell(sample_store, workbook):
    strings = f'<sst xmlns="{bombs.MAIN}"><si><t>only one</t></si></sst>'.encode()
    bombs.rewrite(workbook, {"xl/sharedStrings.xml": lambda: iter([strings])}, shared_strings=True)
    bombs.sheet_cell(workbook, '<c r="E13" t="s"><v>7</v></c>')
    [problem] = _problem(sample_store, workbook)
    assert (problem.cell, problem.template) == ("E13", cells.P_NO_TEXT)
    assert problem.params == {"index": 7, "count": 1}


def test_a_format_that_does_not_exist_is_a_problem_at_that_cell(sample_store, workbook):
    bombs.sheet_cell(workbook, '<c r="E13" s="999"><v>80</v></c>')
    [problem] = _problem(sample_store, workbook)
    assert (problem.cell, problem.template) == ("E13", cells.P_NO_FORMAT)


def test_malformed_sheet_xml_is_a_problem_naming_the_line_and_column(sample_store, workbook):
    bombs.cut_sheet(workbook)
    [problem] = _problem(sample_store, workbook)
    assert problem.template == cells.P_BAD_XML and problem.cell == ""
    assert problem.params["line"] >= 1 and problem.params["column"] >= 1


def test_a_damaged_ids_sheet_refuses_the_workbook_naming_the_cell(sample_store, workbook):
    part = _ids_part(workbook)
    with zipfile.ZipFile(workbook) as archive:
        sheet = archive.read(part).decode()
    at = sheet.index('<c r="B2"')
    end = sheet.index("</c>", at) + 4
    damaged = sheet[:at] + '<c r="B2" t="n"><v>xyz</v></c>' + sheet[end:]
    bombs.rewrite(workbook, {part: lambda: iter([damaged.encode()])})
    with pytest.raises(ExportError, match=r"could not be read as a workbook \(.*!B2: .*“xyz”"):
        read_actuals(workbook, sample_store, today=TODAY)


def _ids_part(path: Path) -> str:
    """The part of the hidden sheet that says where each goal's rows are (the last sheet)."""
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    return max(sheets, key=lambda n: int(n.removeprefix("xl/worksheets/sheet").removesuffix(".xml")))


def test_an_export_of_the_plan_still_imports_through_the_screening(sample_store, workbook):
    result = read_in_child(workbook, sample_store)
    assert result == {"problems": [], "changes": 0}
