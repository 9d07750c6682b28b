"""A report from a read plan: one goal's sheet, or the meeting pack (cover, then a sheet per goal).

``write_report`` writes the PDF, ``print_report`` sends the same pages to a printer; the window and the
command line both call them, so paper, PDF and screen say the same.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QPagedPaintDevice

from goalplanner.ui.report.content import PlanReport
from goalplanner.ui.report.pages import Page, cover_page, sheet_page
from goalplanner.ui.report.pdf import Progress, paint_pages, write_pdf


def report_pages(plan: PlanReport) -> list[Callable[[int], Page]]:
    """The pages, each made when it is painted (a chart at a time): the cover first in a pack."""
    sheets = [partial(sheet_page, sheet) for sheet in plan.sheets]
    return [partial(cover_page, plan), *sheets] if plan.pack else sheets


def report_title(plan: PlanReport) -> str:
    """The PDF's title: the goal's for a sheet, "Meeting pack" with the plan's name for a pack."""
    if not plan.pack and plan.sheets:
        return plan.sheets[0].goal.title
    return QCoreApplication.translate("Report", "Meeting pack: {0}").format(plan.name)


def _footer(plan: PlanReport) -> Callable[[int, int], str]:
    day = QLocale().toString(QDate(plan.today), QLocale.FormatType.ShortFormat)

    def footer(number: int, total: int) -> str:
        text = QCoreApplication.translate("Report", "{0} · {1} · page {2} of {3}")
        return text.format(plan.name, day, number, total)

    return footer


def write_report(path: Path, plan: PlanReport, progress: Progress | None = None) -> Path:
    """Write ``plan``'s sheet or pack as a PDF at ``path``; ExportCancelled when ``progress`` says stop."""
    return write_pdf(path, report_pages(plan), _footer(plan), report_title(plan), progress)


def print_report(device: QPagedPaintDevice, plan: PlanReport) -> None:
    """Paint ``plan``'s sheet or pack on a printer (its page size and margins as the user chose them)."""
    pages = report_pages(plan)
    paint_pages(device, pages, _footer(plan), len(pages))
