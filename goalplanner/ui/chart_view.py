"""A chart in the window: a matplotlib figure on a Qt canvas that can be saved as PNG or SVG or copied.

matplotlib is never imported at start-up: ``chart_loader`` loads it on a worker thread once the
window is shown, and a chart asked for before that shows a "Drawing…" placeholder until it is
ready. The view keeps the function that builds its figure: it builds it again for the pane's
width when the pane is resized (so titles wrap and legends stack instead of being cut off), and
once more at the standard size when the chart is saved (the same picture ``goalplanner chart`` writes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QResizeEvent
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
from goalplanner.ui.chart_loader import chart_loader
from goalplanner.ui.errors import export_error_text
from goalplanner.ui.formatting import format_value
from goalplanner.ui.language import ui_language

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Builds a figure in the given language, at the given size in inches (None: the standard size).
FigureFactory = Callable[[ChartLocale, "tuple[float, float] | None"], "Figure"]
SCREEN_DPI = 100  # the builders' figures are laid out at 100 dots per inch
MIN_FIT_WIDTH = 200  # narrower than this the pane is not laid out yet: draw at the standard size
MIN_CANVAS = (280, 360)  # pixels: smaller, the titles and legend leave the axes no room (it scrolls)
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

    A figure taller than the pane (a long portfolio, many sub-goals) scrolls.
    """

    goal_clicked = Signal(int)  # a bar or point that stands for a goal was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = None
        self.factory: FigureFactory | None = None
        self.file_stem = "chart"
        self._built_for: tuple[int, int] | None = None
        self._stale = False  # built in a language no longer in force
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
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
        self._waiting = False  # for the chart loader, with a factory to build when it is ready
        self._resize_timer = QTimer(self, singleShot=True, interval=200)
        self._resize_timer.timeout.connect(self._refit)
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
        """The figure on screen, None before the first chart and while "Drawing…" shows."""
        return self.canvas.figure if self.canvas is not None and not self._waiting else None

    def show_chart(self, factory: FigureFactory, file_stem: str = "chart") -> None:
        """Build the figure with ``factory`` for the pane's size and show it in place of the previous one.

        Before the charts have loaded, "Drawing…" shows instead, and the figure is built once they have.
        """
        previous = self.factory
        self.factory, self.file_stem = factory, file_stem
        loader = chart_loader()
        if not loader.is_ready:
            self._show_placeholder()
            if not self._waiting:
                self._waiting = True
                loader.ready.connect(self._charts_ready)
            loader.start()
            return
        try:
            self._build()
        except BaseException:
            self.factory = previous  # a chart that cannot be drawn is not retried on every resize
            raise

    def _show_placeholder(self) -> None:
        if self.canvas is not None:
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

    def _pane_size(self) -> tuple[int, int]:
        viewport = self.scroll.viewport().size()
        return viewport.width(), viewport.height()

    def _build(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        width, height = self._pane_size()
        # the canvas is never smaller than MIN_CANVAS (the pane scrolls): lay the figure out for that
        fitted = (max(width, MIN_CANVAS[0]) / SCREEN_DPI, max(height, MIN_CANVAS[1]) / SCREEN_DPI)
        size = fitted if width >= MIN_FIT_WIDTH else None
        locale = qt_chart_locale()
        figure = self.factory(locale, size)
        scroll_bar = self.scroll.verticalScrollBar()
        if (
            size is not None
            and not scroll_bar.isVisible()
            and figure.get_figheight() * SCREEN_DPI > height + 1
        ):
            # taller than the pane: a scroll bar is about to take its side, lay the chart out for the rest
            extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            figure = self.factory(locale, (max(width - extent, MIN_CANVAS[0]) / SCREEN_DPI, size[1]))
        self._stale = False
        self._built_for = (width, height)
        canvas = FigureCanvasQTAgg(figure)
        canvas.setObjectName("chart_canvas")
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # the view's menu serves both
        canvas.mpl_connect("pick_event", self._picked)
        figure_height = int(figure.get_size_inches()[1] * SCREEN_DPI)
        # Never smaller than a chart can be laid out in (a narrower pane scrolls instead).
        canvas.setMinimumSize(
            MIN_CANVAS[0], max(MIN_CANVAS[1], figure_height if figure_height > height + 1 else 0)
        )
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = canvas
        self.placeholder.hide()
        self._layout.addWidget(canvas)
        canvas.show()  # a widget added to a pane already on screen would otherwise wait for the event loop
        canvas.draw_idle()
        for action in (self.save_png_action, self.save_svg_action, self.copy_action):
            action.setEnabled(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.factory is not None and not self._waiting:
            self._resize_timer.start()  # rebuild once the user stops dragging

    def _refit(self) -> None:
        if self.factory is None or self._built_for is None:
            return
        width, height = self._pane_size()
        old_width, old_height = self._built_for
        if abs(width - old_width) > 0.03 * old_width or abs(height - old_height) > 0.1 * max(old_height, 1):
            self._build()

    def _picked(self, event) -> None:
        from matplotlib.backend_bases import MouseButton

        if event.mouseevent.button != MouseButton.LEFT:  # a right-click opens the menu, not the goal
            return
        gid = str(event.artist.get_gid() or "")
        if gid.startswith("goal:"):
            self.goal_clicked.emit(int(gid.removeprefix("goal:")))

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
            return save_figure(self.factory(qt_chart_locale(), None), path)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Chart not saved"), export_error_text(error))
        return None

    def copy_image(self) -> None:
        """Put the chart, as shown, on the clipboard (paste it into an e-mail or a slide)."""
        if self.canvas is not None:
            QGuiApplication.clipboard().setPixmap(self.canvas.grab())
