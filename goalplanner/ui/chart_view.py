"""A chart in the window: a matplotlib figure drawn off the GUI thread, to save as PNG or SVG or copy.

matplotlib is never imported at start-up: ``chart_loader`` loads it on a worker thread once the
window is shown, and a chart asked for before that shows a "Drawing…" placeholder until it is
ready. Then every figure is built and drawn on the chart worker (``chart_render``) and the view
shows its pixels: the window answers while a chart is made, and only the newest chart asked for
is shown. The view keeps the function that builds its figure: it builds it again for the pane's
width when the pane is resized (so titles wrap and legends stack instead of being cut off), and
once more at the standard size when the chart is saved (the same picture ``goalplanner chart`` writes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from goalplanner.charts.text import ChartLocale
from goalplanner.files import ExportError
from goalplanner.ui.chart_image import ChartImage
from goalplanner.ui.chart_loader import chart_loader
from goalplanner.ui.chart_render import (
    MATPLOTLIB,
    MIN_CANVAS,
    SCREEN_DPI,
    ChartPicture,
    ChartRequest,
    chart_renderer,
    report,
)
from goalplanner.ui.errors import export_error_text
from goalplanner.ui.formatting import format_value
from goalplanner.ui.language import ui_language

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Builds a figure in the given language, at the given size in inches (None: the standard size).
FigureFactory = Callable[[ChartLocale, "tuple[float, float] | None"], "Figure"]
MIN_FIT_WIDTH = 200  # narrower than this the pane is not laid out yet: draw at the standard size
SLOW_MS = 250  # another chart stays on screen this long while the new one is drawn, then "Drawing…"
# A year in a Qt date pattern, with the separator that joins it to the day and month.
_YEAR = re.compile(r"^\s*y+[^dMy]*|[^dMy]*y+\s*$")


def day_month_pattern(locale: QLocale) -> str:
    """The locale's short date without its year: "M/d" in the US, "dd/MM" in Britain, "M. d." in Korea.

    So a chart's axis writes dates as the rest of the window does, only shorter.
    """
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    pattern = _YEAR.sub("", short).strip()
    return pattern if "d" in pattern and "M" in pattern else "d MMM"


def qt_chart_locale() -> ChartLocale:
    """Chart words in the user's language, numbers and dates in the user's locale."""
    locale = QLocale()

    # Qt date patterns, translatable: "2026年11月" reads right in Chinese, "Nov 2026" in English.
    month_year = QCoreApplication.translate("ChartView", "MMM yyyy", "date on a chart axis: month and year")
    month = QCoreApplication.translate("ChartView", "MMM", "date on a chart axis: month")
    day_month = day_month_pattern(locale)
    patterns = {
        (True, True): month_year,
        (True, False): month,
        (False, False): day_month,
        (False, True): day_month,
    }

    def tick(day: date, months: bool, with_year: bool) -> str:
        return locale.toString(QDate(day), patterns[months, with_year])

    return ChartLocale(
        translate=QCoreApplication.translate,
        format_number=lambda value: format_value(value, "", locale),
        format_date=lambda day: locale.toString(QDate(day), QLocale.FormatType.ShortFormat),
        format_tick=tick,
        language=ui_language(),
    )


class ChartView(QWidget):
    """Shows the figure a factory builds, fitted to the pane; right-click to save or copy it.

    The figure is built and drawn on the chart worker (``chart_render``); the window shows the
    picture when it is ready, and keeps answering meanwhile. A figure taller than the pane (a long
    portfolio, many sub-goals) scrolls.
    """

    goal_clicked = Signal(int)  # a bar or point that stands for a goal was clicked
    chart_shown = Signal()  # the chart asked for last is on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory: FigureFactory | None = None
        self.file_stem = "chart"
        self._waiting = False  # for the chart loader, with a factory to build when it is ready
        self._built_for: tuple[int, int] | None = None
        self._stale = False  # built in a language no longer in force
        self._serial = 0
        self._request: ChartRequest | None = None  # the newest chart asked of the worker
        self._picture: ChartPicture | None = None  # the chart on screen
        self._shown_factory: FigureFactory | None = None  # what the chart on screen was built with
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.viewport().installEventFilter(self)  # a scroll bar coming or going refits the chart
        self._holder = QWidget()
        self._layout = QVBoxLayout(self._holder)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self._holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.placeholder = QLabel(objectName="chart_placeholder", alignment=Qt.AlignmentFlag.AlignCenter)
        self.placeholder.hide()
        self._layout.addWidget(self.placeholder)
        self.canvas = ChartImage()
        self.canvas.setObjectName("chart_canvas")
        self.canvas.goal_clicked.connect(self.goal_clicked)
        self._layout.addWidget(self.canvas)
        self._resize_timer = QTimer(self, singleShot=True, interval=200)
        self._resize_timer.timeout.connect(self._refit)
        # Another goal's chart stays on screen while this one's is drawn, unless that takes long.
        self._slow_timer = QTimer(self, singleShot=True, interval=SLOW_MS)
        self._slow_timer.timeout.connect(self._show_placeholder)
        self.save_png_action = QAction(self)
        self.save_png_action.triggered.connect(lambda: self.save_dialog("png"))
        self.save_svg_action = QAction(self)
        self.save_svg_action.triggered.connect(lambda: self.save_dialog("svg"))
        self.copy_action = QAction(self)
        self.copy_action.triggered.connect(self.copy_image)
        for action in (self.save_png_action, self.save_svg_action, self.copy_action):
            action.setEnabled(False)
        self._retranslate()

    def _retranslate(self) -> None:
        self.placeholder.setText(self.tr("Drawing…"))
        self.save_png_action.setText(self.tr("Save chart as &PNG image…"))
        self.save_svg_action.setText(self.tr("Save chart as &SVG drawing…"))
        self.copy_action.setText(self.tr("&Copy chart"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.factory is not None and self.isVisible() and not self._stale:
                self._stale = True  # rebuilt once the switch is done, unless its owner shows a new chart
                QTimer.singleShot(0, self._rebuild_if_stale)
        super().changeEvent(event)

    def _rebuild_if_stale(self) -> None:
        if self._stale and self.factory is not None and not self._waiting:
            self._build()  # the chart's words and number formats in the new language

    @property
    def figure(self) -> Figure | None:
        """The figure of the chart asked for last, None before the first chart and while "Drawing…"
        shows as the charts load. One still being drawn on the worker is waited for (tests and
        scripts read it; the window itself shows the picture when ``chart_shown`` fires)."""
        while not self._waiting and self._request is not None and not self._request.delivered:
            request = self._request
            chart_renderer().release()
            request.done.wait()
            self._picture_ready(request)  # shown now (it may ask for a refit); the queued delivery is moot
        return self._picture.figure if self.shown else None

    def show_chart(self, factory: FigureFactory, file_stem: str = "chart") -> None:
        """Build the figure with ``factory`` for the pane's size and show it in place of the previous one.

        Before the charts have loaded, "Drawing…" shows instead, and the figure is built once they have.
        """
        self.factory, self.file_stem = factory, file_stem
        loader = chart_loader()
        if not loader.is_ready:
            self._request = None
            self._show_placeholder()
            if not self._waiting:
                self._waiting = True
                loader.ready.connect(self._charts_ready)
            loader.start()
            return
        self._build()

    def _show_placeholder(self) -> None:
        self.canvas.hide()  # another goal's chart: not shown as if it were this one's
        for action in (self.save_png_action, self.save_svg_action, self.copy_action):
            action.setEnabled(False)
        self.placeholder.show()

    def _charts_ready(self) -> None:
        chart_loader().ready.disconnect(self._charts_ready)
        self._waiting = False
        if self.factory is not None:
            self._build()

    @property
    def drawing(self) -> bool:
        """Whether the view is waiting for the charts to load, showing "Drawing…"."""
        return self._waiting

    @property
    def rendering(self) -> bool:
        """Whether the chart asked for last is not on screen yet (loading, or being drawn)."""
        return self._waiting or (self._request is not None and not self._request.delivered)

    @property
    def shown(self) -> bool:
        """Whether the chart asked for last is on screen (asked without waiting for it)."""
        request = self._request
        return request is not None and request.delivered and request.error is None

    def _pane_size(self) -> tuple[int, int]:
        viewport = self.scroll.viewport().size()
        return viewport.width(), viewport.height()

    def _build(self) -> None:
        """Ask the worker for the chart, fitted to the pane; ``_picture_ready`` shows it."""
        self._ask()

    def _ask(self, refit: int = 0) -> None:
        """Ask the worker for the chart, fitted to the pane.

        ``refit``: how many times in a row the chart came out narrower or wider than the canvas
        it was shown in, which is then the width it is laid out for.
        """
        width, height = self._pane_size()
        if refit:
            width = self.canvas.width()
        # the canvas is never smaller than MIN_CANVAS (the pane scrolls): lay the figure out for that
        fitted = (max(width, MIN_CANVAS[0]) / SCREEN_DPI, max(height, MIN_CANVAS[1]) / SCREEN_DPI)
        scroll_bar = self.scroll.verticalScrollBar()
        extent = (
            None
            if scroll_bar.isVisible()
            else self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        self._serial += 1
        self._request = ChartRequest(
            owner=self, serial=self._serial, factory=self.factory, locale=qt_chart_locale(),
            size=fitted if width >= MIN_FIT_WIDTH else None, pane=(width, height), scroll_extent=extent,
            ratio=self.devicePixelRatioF(), refit=refit,
        )  # fmt: skip
        self._stale = False
        self._built_for = (width, height)
        chart_renderer().submit(self._request)
        for action in (self.save_png_action, self.save_svg_action, self.copy_action):
            action.setEnabled(True)  # saving builds its own figure; copying waits for this one
        if self._shown_factory is not self.factory and not self._slow_timer.isActive():
            self._slow_timer.start()

    def _picture_ready(self, request: ChartRequest) -> None:
        """The worker has drawn ``request``: show it, unless a newer chart was asked for meanwhile."""
        if request.delivered:
            return
        request.delivered = True
        if request is not self._request:
            return  # an older goal's chart, finished after the user moved on: dropped
        self._slow_timer.stop()
        if request.error is not None:
            self._built_for = None  # a chart that cannot be drawn is not retried on every resize
            self.canvas.hide()  # not another goal's chart in its place
            self.placeholder.hide()
            report(request.error)
            return
        picture = request.picture
        self._picture, self._shown_factory = picture, request.factory
        self._built_for = picture.fits
        self.canvas.set_picture(picture, request.pane[1])
        self.placeholder.hide()
        self.canvas.show()
        for action in (self.save_png_action, self.save_svg_action, self.copy_action):
            action.setEnabled(True)  # again, if "Drawing…" showed while it took long
        # the pane's scroll bar comes or goes with the chart now, not at the next turn of the loop
        for _settled in range(3):  # a scroll bar going posts the viewport's own layout request
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        drawn_width = picture.image.width() / picture.image.devicePixelRatio()
        if abs(self.canvas.width() - drawn_width) > 1 and request.refit < 2:
            # the previous chart's scroll bar went with it (or one came): again, for the pane as it is now
            self._ask(refit=request.refit + 1)
            return
        self.chart_shown.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.factory is not None and not self._waiting:
            self._resize_timer.start()  # rebuild once the user stops dragging

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.factory is not None and not self._waiting:
            self._resize_timer.start()
        return super().eventFilter(watched, event)

    def _refit(self) -> None:
        if self.factory is None or self._built_for is None or self._waiting:
            return
        width, height = self._pane_size()
        old_width, old_height = self._built_for
        if abs(width - old_width) > 1 or abs(height - old_height) > 0.1 * max(old_height, 1):
            self._build()

    # -- saving and copying --------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """Save as PNG, save as SVG, copy."""
        menu = QMenu(self)
        menu.addActions([self.save_png_action, self.save_svg_action, self.copy_action])
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu().exec(event.globalPos())

    def save_dialog(self, kind: str = "png") -> Path | None:
        """Ask where to save the chart, then save it; the name suggested is the goal's."""
        if self.factory is None:
            return None
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        suggested = str(Path.home() / f"{self.file_stem}.{kind}")
        order = [filters[kind], *(text for key, text in filters.items() if key != kind)]
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), suggested, ";;".join(order)
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(f"{path.name}.{kind}")
        return self.save_to(path)

    def save_to(self, path: Path) -> Path | None:
        """Save the chart at the standard size as PNG or SVG; a failure is shown and nothing is lost."""
        from goalplanner.charts.figures import save_figure

        if self.factory is None:
            return None
        try:
            with MATPLOTLIB:  # not while the chart worker draws
                return save_figure(self.factory(qt_chart_locale(), None), path)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Chart not saved"), export_error_text(error))
        return None

    def copy_image(self) -> None:
        """Put the chart, as shown, on the clipboard (paste it into an e-mail or a slide)."""
        if self.figure is not None:  # the chart asked for last, once drawn
            QGuiApplication.clipboard().setImage(self._picture.image)
