"""Charts built and drawn off the GUI thread: the window only shows the finished picture.

Building a goal chart and drawing it with Agg takes 0.2-0.5 s on the 10,000-goal plan's machine
(text measurement, constrained layout, ticks); done on the GUI thread, every goal chosen froze the
window that long. One worker thread now does it for every chart view, one chart at a time, so
matplotlib is never used by two threads at once (the GUI thread takes ``MATPLOTLIB`` too when it
saves a chart). A view keeps only its newest request: one superseded before it started is never
drawn, one that was being drawn when a newer came is dropped when it ends (the user moving quickly
through goals sees the last one's chart, never an older one).

The worker gets everything it needs in the request (the figure's factory holds the session's
evaluations, read on the GUI thread): it never reads the plan or touches a widget. What comes back
is a ``ChartPicture``: the figure (for saving and tests), its pixels as a ``QImage`` and where its
goal bars are, so a click can open that goal without matplotlib on the GUI thread.
"""

from __future__ import annotations

import atexit
import contextlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from goalplanner.charts.text import ChartLocale

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SCREEN_DPI = 100  # the builders' figures are laid out at 100 dots per inch
MIN_CANVAS = (280, 360)  # pixels: smaller, the titles and legend leave the axes no room (it scrolls)
MATPLOTLIB = threading.RLock()  # held by whichever thread builds or draws a figure


@dataclass
class ChartRequest:
    """One chart to make: ``factory(locale, size)`` for a pane of ``pane`` pixels.

    ``scroll_extent`` is the width a vertical scroll bar would take from the pane when the figure
    turns out taller than it (None: the bar already shows); ``ratio`` the screen's device pixel ratio.
    """

    owner: Any
    serial: int
    factory: Callable[[ChartLocale, tuple[float, float] | None], Figure]
    locale: ChartLocale
    size: tuple[float, float] | None
    pane: tuple[int, int]
    scroll_extent: int | None
    ratio: float = 1.0
    refit: int = 0  # asked again because a scroll bar came or went with the chart before
    superseded: bool = False  # its owner asked for a newer chart: not worth drawing any more
    picture: ChartPicture | None = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)
    delivered: bool = False


@dataclass
class ChartPicture:
    """A drawn chart: its figure, its pixels, its goal bars in widget pixels, the pane it was fitted to."""

    figure: Figure
    image: QImage
    goals: list[tuple[QRectF, int]]
    fits: tuple[int, int]
    height: int  # the figure's height in widget pixels


def render(request: ChartRequest) -> ChartPicture:
    """Build the figure for the request's pane and draw it with Agg (on the worker thread)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    width, height = request.pane
    figure = request.factory(request.locale, request.size)
    fits = (width, height)
    if (
        request.size is not None
        and request.scroll_extent is not None
        and figure.get_figheight() * SCREEN_DPI > height + 1
    ):
        # taller than the pane: a scroll bar is about to take its side, lay the chart out for the rest
        fits = (width - request.scroll_extent, height)
        narrower = (max(fits[0], MIN_CANVAS[0]) / SCREEN_DPI, request.size[1])
        figure = request.factory(request.locale, narrower)
        if figure.get_figheight() * SCREEN_DPI <= height + 1:
            # no longer taller, so no scroll bar after all: as wide as the pane, as Qt's canvas made it
            fits = (width, height)
            figure.set_size_inches(max(width, MIN_CANVAS[0]) / SCREEN_DPI, figure.get_figheight())
    if request.superseded:
        raise SupersededError  # the user moved on while it was being built: its drawing is saved
    canvas = FigureCanvasAgg(figure)
    if request.ratio != 1.0:
        figure.set_dpi(SCREEN_DPI * request.ratio)  # sharp on a high-density screen, as Qt's canvas does
    canvas.draw()
    buffer = canvas.buffer_rgba()
    rows, columns = buffer.shape[0], buffer.shape[1]
    image = QImage(buffer.tobytes(), columns, rows, columns * 4, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(request.ratio)
    return ChartPicture(
        figure, image, _goal_areas(figure, canvas, request.ratio), fits, int(rows / request.ratio)
    )


def _goal_areas(figure: Figure, canvas, ratio: float) -> list[tuple[QRectF, int]]:
    """Where each clickable bar that stands for a goal (gid ``goal:<id>``) is, in widget pixels."""
    renderer = canvas.get_renderer()
    top = figure.bbox.height
    found = []
    for artist in figure.findobj(lambda a: str(a.get_gid() or "").startswith("goal:") and a.pickable()):
        box = artist.get_window_extent(renderer)
        area = QRectF(box.x0 / ratio, (top - box.y1) / ratio, box.width / ratio, box.height / ratio)
        found.append((area, int(str(artist.get_gid()).removeprefix("goal:"))))
    return found


class SupersededError(Exception):
    """A chart dropped half-made: a newer one for the same view was asked for meanwhile."""


class ChartRenderer(QObject):
    """The one worker thread that makes every chart; a request's picture comes back to its owner's
    ``_picture_ready`` on the GUI thread."""

    _finished = Signal(object)  # a ChartRequest, from the worker thread, queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready = threading.Condition()
        self._queue: dict[int, ChartRequest] = {}  # by owner: only its newest request waits
        self._thread: threading.Thread | None = None
        self._running: ChartRequest | None = None  # the request being made
        self._idle = threading.Event()  # set while no chart is being made
        self._idle.set()
        self._stopping = False
        # Closed by a request, opened once the GUI thread is back in its event loop: a chart is not
        # made while the window is still busy with what asked for it (showing the goal, the list's
        # selection). Python runs one thread at a time: both at once, the window's part took twice as long.
        self._open = False
        self._opening = QTimer(self, singleShot=True, interval=0)
        self._opening.timeout.connect(self.release)
        self._quitting = threading.Event()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting.set)
        atexit.register(self.stop)

    def stop(self, timeout: float = 30) -> bool:
        """Make no more charts, and wait for the one being made (at exit: an interpreter that ends while
        another thread is inside matplotlib's C++ aborts the process). True when none is being made."""
        with self._ready:
            self._stopping = True
            self._queue.clear()
        return self._idle.wait(timeout)

    def submit(self, request: ChartRequest) -> None:
        """Make ``request``'s chart, in place of any request of the same owner still waiting."""
        with self._ready:
            self._queue.pop(id(request.owner), None)
            self._queue[id(request.owner)] = request
            if self._running is not None and self._running.owner is request.owner:
                self._running.superseded = True
            self._open = False
        self.start()
        self._opening.start()

    def start(self) -> None:
        """Start the worker, unless it runs: it first draws a throwaway figure, so that its own fonts
        are loaded before the first chart (matplotlib keeps a thread's fonts to that thread)."""
        with self._ready:
            if self._thread is None:
                self._idle.clear()
                self._thread = threading.Thread(target=self._run, name="goalplanner-chart", daemon=True)
                self._thread.start()

    def release(self) -> None:
        """Let the worker make the charts asked for (the GUI thread is idle, or waits for one)."""
        with self._ready:
            self._open = True
            self._ready.notify()

    def _run(self) -> None:
        try:
            with MATPLOTLIB, contextlib.suppress(BaseException):  # a failure shows with the first chart
                from goalplanner.charts.figures import warm_up

                warm_up()
        finally:
            self._idle.set()
        while True:
            with self._ready:
                while not (self._queue and self._open) or self._stopping:
                    self._ready.wait()
                request = self._running = self._queue.pop(next(iter(self._queue)))
                self._idle.clear()
            try:
                with MATPLOTLIB:
                    request.picture = render(request)
            except BaseException as error:  # shown on the GUI thread, as any error there is
                request.error = error
            finally:
                self._running = None
                self._idle.set()
            request.done.set()
            if not self._quitting.is_set():
                with contextlib.suppress(RuntimeError):  # the application is gone already
                    self._finished.emit(request)

    def _deliver(self, request: ChartRequest) -> None:
        from shiboken6 import isValid

        if isValid(request.owner):  # a view closed meanwhile (another plan opened) gets nothing
            request.owner._picture_ready(request)


_renderer: ChartRenderer | None = None


def chart_renderer() -> ChartRenderer:
    """The application's one chart renderer (made on first use, on the GUI thread)."""
    global _renderer
    if _renderer is None:
        _renderer = ChartRenderer()
    return _renderer


def report(error: BaseException) -> None:
    """An error from the worker, shown as any error on the GUI thread is (the error dialog, the log)."""
    sys.excepthook(type(error), error, error.__traceback__)
