"""matplotlib and the chart builders, loaded on a worker thread once the window is on screen.

Importing them and drawing a first figure takes 1-3 s. Done on the GUI thread when the first goal
was charted, that was a frozen window; started here right after the window is shown, it is usually
over before the user picks a goal. A chart asked for sooner waits for ``ready`` behind a "Drawing…"
placeholder (``ChartView``).

The worker only imports and draws a throwaway figure; no chart is drawn on the GUI thread until it
has finished, so matplotlib is never used by two threads at once. It is a daemon thread: quitting
while it runs does not wait for it, and after ``aboutToQuit`` it no longer signals.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

MODULES = (
    "goalplanner.charts.figures",
    "matplotlib.backends.backend_agg",
)  # what the chart worker draws with


def load_charts() -> None:
    """Import the chart builders and Agg, and draw once to load the fonts."""
    for name in MODULES:
        importlib.import_module(name)
    from goalplanner.charts.figures import warm_up

    warm_up()


class ChartLoader(QObject):
    """Loads the charts once, off the GUI thread; ``ready`` fires on the GUI thread when they are."""

    ready = Signal()
    _loaded = Signal()  # from the worker thread, queued to the GUI thread

    def __init__(self, load: Callable[[], None] = load_charts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._thread: threading.Thread | None = None
        self._quitting = threading.Event()
        # Already imported (a test, or an earlier import in this process): nothing to wait for.
        self.is_ready = all(name in sys.modules for name in MODULES)
        self._loaded.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting.set)

    def start(self) -> None:
        """Begin loading on a worker thread, unless it is loaded or loading already."""
        if self.is_ready or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="goalplanner-charts", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has finished (tests); True when it has, or never started."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self._thread is None or not self._thread.is_alive()

    def _run(self) -> None:
        # A failure is not reported here: the first chart imports again on the GUI thread and says why.
        with contextlib.suppress(BaseException):
            self._load()
        if not self._quitting.is_set():
            self._loaded.emit()

    def _finish(self) -> None:
        from goalplanner.ui.chart_render import chart_renderer

        self.is_ready = True
        chart_renderer().start()  # the chart worker loads its own fonts while the window is idle
        self.ready.emit()


_loader: ChartLoader | None = None


def chart_loader() -> ChartLoader:
    """The application's one chart loader (made on first use, on the GUI thread)."""
    global _loader
    if _loader is None:
        _loader = ChartLoader()
    return _loader
