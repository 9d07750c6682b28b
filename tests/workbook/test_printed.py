"""The exported workbook printed (LibreOffice to PDF) as a lead would print it: the Summary readable on
its own pages, nothing cut off the page, each goal one page wide."""

from __future__ import annotations

import re
import shutil
import subprocess
from statistics import median

import pytest

from goalplanner.workbook.writer import export_workbook
from tests.workbook.conftest import TODAY
from tests.workbook.libreoffice import printed

# A word's box in a PDF is about 1.16 times its font size high (ascent + descent of the usual sans fonts).
BOX_PER_POINT = 1.16
WORD = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'


def pages(pdf) -> list[tuple[float, list[tuple[float, float, float, float, str]]]]:
    """Each page's width and words as (x0, y0, x1, y1, text), in points (poppler's pdftotext)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    html = subprocess.run([tool, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    found = []
    for page in html.split("<page ")[1:]:
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        boxes = re.findall(WORD, page)
        words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in boxes]
        found.append((width, words))
    return found


def test_the_printed_summary_is_readable_and_whole(sample_store, tmp_path):
    report = export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY, exported_by="Mark")
    printout = pages(printed(report.path))
    width, summary = printout[0]
    heights = [(y1 - y0) / BOX_PER_POINT for _x0, y0, _x1, y1, word in summary if word.isalpha()]
    assert median(heights) >= 8  # points; 15 columns were about 4.5 pt before
    text = " ".join(word for *_box, word in summary)
    for shown in ("Goal plan: sample", "Exported on 2025-03-12 by Mark", "Latest", "actual", "With"):
        assert shown in text
    assert "…" not in text  # no header cut short ("Latest actu…")
    assert all(x0 > 0 and x1 < width for x0, _y0, x1, _y1, _word in summary)  # nothing off the page
    assert "Sheet" not in text.split()  # the links column is for the screen
    # every goal sheet is one page wide at a readable size: its plan's columns all on its first page
    for width, words in printout[1:]:
        assert all(x1 < width for _x0, _y0, x1, _y1, _word in words)
    goal_pages = [words for _width, words in printout if any(w == "Judged" for *_b, w in words)]
    assert len(goal_pages) == len(sample_store.list_goals())
    for words in goal_pages:
        header = {w for *_box, w in words}
        assert {"Period", "Planned", "Actual", "Variance", "Achievement", "Status", "Note"} <= header
        assert median((y1 - y0) / BOX_PER_POINT for _x0, y0, _x1, y1, w in words if w.isalpha()) >= 8
