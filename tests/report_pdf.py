"""Reading back a report PDF as a reader would: its pages, its text, its fonts (poppler-utils)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)


def page_count(path: Path) -> int:
    """The PDF's pages, counted in its page objects (Qt writes them uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def flat(text: str) -> str:
    """Text with ligatures undone ("ﬀ" to "ff") and every run of white space one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text of the PDF (or of one page), flattened: lines wrapped on paper compare as one."""
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    result = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True)
    return flat(result.stdout)


def fonts(path: Path) -> list[tuple[str, bool]]:
    """Each font's name and whether it is embedded, as pdffonts lists them."""
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]
    return [(row[0], row[-5] == "yes") for row in rows]
