"""Pages painted with Qt's own PDF and print support: QPdfWriter or QPrinter, a QTextDocument per page.

Each page is laid out at 96 pixels per inch, as wide as the paper's printable area, and scaled to the
device; a page taller than the paper is shrunk to fit, so a goal sheet is always one sheet of paper.
A4 or Letter follows the locale's measurement system.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from goalplanner.files import ExportCancelled, write_atomically
from goalplanner.ui.language import ui_language
from goalplanner.ui.report.pages import STYLE, Page

LAYOUT_DPI = 96  # the pages' HTML is laid out in pixels at this resolution
MARGIN_MM = 14
FOOTER_PX = 18
BODY_PX = 12
# The CJK face for the page's language first, so Han characters take the reader's regional forms.
CJK_FACES = {"zh": "Noto Sans CJK SC", "ko": "Noto Sans CJK KR", "ja": "Noto Sans CJK JP"}

Progress = Callable[[int, int], bool]  # (done, total) -> False to stop


def page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in inches (the US), A4 elsewhere."""
    system = (locale or QLocale()).measurementSystem()
    letter = system == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_layout(locale: QLocale | None = None) -> QPageLayout:
    """The page for reports: A4 or Letter, portrait, even margins."""
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    portrait, millimetres = QPageLayout.Orientation.Portrait, QPageLayout.Unit.Millimeter
    return QPageLayout(page_size(locale), portrait, margins, millimetres)


def body_font() -> QFont:
    """The report's text face: the app's, with the CJK face of the page's language before its fallbacks."""
    font = QFont()
    cjk = CJK_FACES.get(ui_language().split("_")[0])
    families = [font.family(), "Noto Sans", "DejaVu Sans"]
    font.setFamilies([*families, cjk] if cjk else families)
    font.setPixelSize(BODY_PX)
    return font


def content_width(layout: QPageLayout) -> int:
    """The printable width in layout pixels: how wide the pages' HTML is set."""
    return int(layout.paintRect(QPageLayout.Unit.Inch).width() * LAYOUT_DPI)


def _document(page: Page, size: QSizeF) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(body_font())
    document.setDefaultStyleSheet(STYLE)
    document.setDocumentMargin(0)
    for name, image in page.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(page.html)
    document.setPageSize(QSizeF(size.width(), 1e6))  # one long page: measured, then fitted below
    return document


def paint_pages(
    device: QPagedPaintDevice,
    pages: Iterable[Callable[[int], Page]],
    footer: Callable[[int, int], str],
    total: int,
    progress: Progress | None = None,
) -> None:
    """Paint each page the factories make (given the layout width) on ``device``, a footer under each.

    ``progress(done, total)`` after each page; False from it raises ExportCancelled.
    """
    rect = device.pageLayout().paintRectPixels(device.resolution())
    scale = device.resolution() / LAYOUT_DPI
    size = QSizeF(rect.width() / scale, rect.height() / scale)  # the page in layout pixels
    room = size.height() - FOOTER_PX
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the page could not be painted")
    try:
        for number, make in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            document = _document(make(int(size.width())), size)
            height = document.size().height()
            fit = min(1.0, room / height) if height > 0 else 1.0
            painter.save()
            painter.scale(scale, scale)
            painter.save()
            painter.scale(fit, fit)
            document.drawContents(painter, QRectF(0, 0, size.width() / fit, room / fit))
            painter.restore()
            font = body_font()
            font.setPixelSize(BODY_PX - 3)
            painter.setFont(font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(
                QRectF(0, room, size.width(), FOOTER_PX),
                int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight),
                footer(number, total),
            )
            painter.restore()
            if progress is not None and not progress(number, total):
                raise ExportCancelled
    finally:
        painter.end()


def write_pdf(
    path: Path,
    pages: list[Callable[[int], Page]],
    footer: Callable[[int, int], str],
    title: str,
    progress: Progress | None = None,
) -> Path:
    """Write ``pages`` as a PDF at ``path`` (atomically: a cancelled or failed report leaves no file)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("goalplanner")
    writer.setResolution(300)
    writer.setPageLayout(page_layout())
    paint_pages(writer, pages, footer, len(pages), progress)
    del writer  # finishes the file in the buffer
    buffer.close()
    return write_atomically(path, lambda file: file.write(bytes(data)))
