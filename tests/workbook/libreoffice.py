"""A workbook as a colleague's spreadsheet program computes it: LibreOffice recalculates and saves a copy.

``recalculated(path)`` is the one way tests read computed formula values back (openpyxl writes
formulas without results). It fails when LibreOffice is missing on CI, where the cross-surface
tests must never be skipped, and skips elsewhere. Each call starts LibreOffice once (seconds), so
put several goals into one workbook rather than exporting one workbook per goal.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import pytest

# LibreOffice keeps the results Excel stored unless told otherwise; 0 = always recalculate on load,
# so a TODAY() in the file is today's and not the day it was last saved.
ALWAYS_RECALCULATE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def soffice() -> str:
    """The LibreOffice program; fails the test on CI (``CI`` set) without it, skips it elsewhere."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        message = "LibreOffice (soffice) is not installed: the workbook's formulas cannot be recalculated"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must install it: apt-get install libreoffice-calc)")
        pytest.skip(message)
    return found


@cache
def _profile() -> Path:
    """A LibreOffice user profile of this test run's own, set to recalculate every file it opens."""
    folder = Path(tempfile.mkdtemp(prefix="goalplanner-lo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    (folder / "user").mkdir()
    (folder / "user" / "registrymodifications.xcu").write_text(ALWAYS_RECALCULATE, encoding="utf-8")
    return folder


def recalculated(path: Path, timeout: float = 240) -> Path:
    """A copy of the workbook at ``path`` opened, recalculated and saved as .xlsx by LibreOffice
    (headless), with every formula's result stored: read it with openpyxl's ``data_only=True``.

    The copy is written to a folder ``recalculated`` beside ``path``; ``path`` is left as it is.
    """
    path = Path(path)
    program = soffice()
    out = path.parent / "recalculated"
    out.mkdir(exist_ok=True)
    result = out / (path.stem + ".xlsx")
    result.unlink(missing_ok=True)
    command = [
        program,
        f"-env:UserInstallation={_profile().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--calc",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        str(out),
        str(path),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0 or not result.exists():
        raise AssertionError(
            f"LibreOffice did not convert {path.name} (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
    return result


def shown_cells(path: Path, timeout: float = 240) -> dict[str, list[list[str]]]:
    """Every sheet of the workbook at ``path`` as LibreOffice shows its cells (number formats applied,
    formulas recalculated), by sheet name: the rows of displayed texts, as a reader sees them."""
    import csv

    path = Path(path)
    out = path.parent / "shown"
    out.mkdir(exist_ok=True)
    # CSV filter options: comma, double quote, UTF-8, from line 1, ..., cells "as shown", every sheet (-1)
    options = "44,34,76,1,,0,false,true,true,false,false,-1"
    command = [
        soffice(),
        f"-env:UserInstallation={_profile().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        f"csv:Text - txt - csv (StarCalc):{options}",
        "--outdir",
        str(out),
        str(path),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    sheets = {}
    for found in out.glob(f"{path.stem}-*.csv"):
        with found.open(encoding="utf-8", newline="") as rows:
            sheets[found.stem.removeprefix(f"{path.stem}-")] = list(csv.reader(rows))
    if done.returncode != 0 or not sheets:
        raise AssertionError(f"LibreOffice did not show {path.name} (exit {done.returncode}):\n{done.stderr}")
    return sheets


def printed(path: Path, timeout: float = 240) -> Path:
    """The workbook at ``path`` printed to PDF by LibreOffice, with its page setup (every sheet)."""
    path = Path(path)
    out = path.parent / "printed"
    out.mkdir(exist_ok=True)
    command = [soffice(), f"-env:UserInstallation={_profile().as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--convert-to", "pdf", "--outdir", str(out), str(path)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    result = out / (path.stem + ".pdf")
    if done.returncode != 0 or not result.exists():
        raise AssertionError(
            f"LibreOffice did not print {path.name} (exit {done.returncode}):\n{done.stderr}"
        )
    return result
