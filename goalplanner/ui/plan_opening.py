"""Opening a plan on a worker thread, so the window keeps answering while a big plan is checked and read.

Checking a 10,000-goal plan (``validate`` over every check-in row, SQLite's page check), backing it up
and reading and judging every goal take seconds; done on the GUI thread they froze the window. The
worker does all of it with a store opened for handing over (``Store.open(handed_over=True)``) and gives
the GUI thread the store and the plan as read (:class:`OpenedPlan`); from then on only the GUI thread
uses the store. The one-window-per-plan guard's check stays on the GUI thread, before the worker starts
(see ``PlanFiles.open_plan``), and the plan is claimed until the worker reports.

Choice: the store's own connection is opened on the worker and handed over, rather than reading on the
worker through ``Store.open_reader`` and opening the writer on the GUI thread afterwards: opening the
writer is where the page check (``PRAGMA quick_check``), the -wal check and the daily backup are --
0.2-0.35 s on the 10,000-goal plan without the backup, measured -- which would stay on the GUI thread,
and a writer opened after the reading could see a file changed since. Handing over costs nothing.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtNetwork import QLocalServer

from goalplanner.core.tasks import Progress
from goalplanner.files import ExportCancelled
from goalplanner.store import Store
from goalplanner.store.validate import refuse_damaged, require_sound
from goalplanner.ui.background import BackgroundTask
from goalplanner.ui.session import PlanRead, read_plan

_RUNNING: set[BackgroundTask] = set()  # openings under way, kept until each reports (see ``Opening``)
_COLLECTING = threading.Lock()
_holding_off = 0  # openings reading with the garbage collector held off (see ``_collector_held_off``)
_was_enabled = True


@dataclass(frozen=True)
class OpenedPlan:
    """What the worker hands to the GUI thread: the open store (the worker no longer touches it) and
    the whole plan as read from it."""

    store: Store
    read: PlanRead


@dataclass(eq=False)
class Opening:
    """One plan being opened: its path, the guard's claim on it, the task doing the work. ``dropped``: it
    was superseded by another opening, or its window closed -- its result is closed, never shown."""

    path: Path
    claim: QLocalServer | None
    task: BackgroundTask | None = None
    dropped: bool = False

    def start(
        self,
        work: Callable[[Progress], OpenedPlan],
        on_success: Callable[[OpenedPlan], None],
        on_failure: Callable[[BaseException], bool],
    ) -> None:
        """Run ``work`` on a worker thread; the callbacks run on the GUI thread. The task is nobody's
        child: a window closed meanwhile must not delete the object its thread reports to (the result
        is then closed by ``on_success``, which looks at ``dropped`` first)."""
        task = BackgroundTask(work, on_success, on_failure, on_cancel=lambda: None)
        self.task = task
        _RUNNING.add(task)
        task.done.connect(lambda: _RUNNING.discard(task))
        task.start()

    def drop(self) -> None:
        """Never show this opening's result; stop its work at its next step."""
        self.dropped = True
        if self.task is not None:
            self.task.cancel()


def open_and_read(path: Path, *, create: bool, replace_unfinished: bool, progress: Progress) -> OpenedPlan:
    """Check, open, back up and read the plan at ``path`` (on a worker thread); raise what
    ``Store.open`` and ``refuse_damaged`` raise, ``ExportCancelled`` once ``progress`` says to stop.

    The plan is validated once: ``refuse_damaged`` reads it whole through a read-only connection
    before anything opens it to write (a refused plan stays byte-identical). Only when that reader
    could not read it -- a plan in an older format, which ``Store.open`` then migrates, or a plan just
    created -- is the opened plan validated again: migration rewrites its tables, so what was read
    before is not what will be shown.
    """
    steps = 4

    def going_on(step: int) -> None:
        if not progress(step, steps):  # dropped: ``BackgroundTask`` ends quietly on ExportCancelled
            raise ExportCancelled(path)

    validated = refuse_damaged(path)
    going_on(1)
    store = Store.open(
        path, create=create, replace_unfinished=replace_unfinished, daily_backup=False, handed_over=True
    )
    try:
        if not validated:
            require_sound(store)  # a damaged plan is never backed up as a good one, nor shown half
        going_on(2)
        store.daily_backup()
        going_on(3)
        with _collector_held_off():
            read = read_plan(store)
        going_on(4)
    except BaseException:
        store.close()
        raise
    return OpenedPlan(store, read)


@contextlib.contextmanager
def _collector_held_off() -> Iterator[None]:
    """Read a big plan without Python's garbage collector running, then freeze what is alive.

    Reading 10,000 goals makes about a million objects; the collector then walks every live object
    (0.1-0.25 s at a time, measured) holding the interpreter's lock, which freezes the GUI thread just as
    well as work done on it. So it is held off while the plan is read (the objects read live on in the
    session anyway), and what is alive then is frozen (``gc.freeze``): later collections, on whichever
    thread, no longer walk the plan. A plan closed later is still freed (its objects hold no cycles;
    reference counting frees them).
    """
    global _holding_off, _was_enabled
    with _COLLECTING:
        if _holding_off == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holding_off += 1
    try:
        yield
    finally:
        with _COLLECTING:
            _holding_off -= 1
            if _holding_off == 0:
                gc.freeze()
                if _was_enabled:
                    gc.enable()


def wait_for_openings(timeout: float) -> None:
    """Let openings still under way stop (each is told to at its window's closing) before the process
    ends: an interpreter that ends under a thread inside SQLite can leave a half-written backup."""
    for task in list(_RUNNING):
        task.cancel()
        task.wait(timeout)
