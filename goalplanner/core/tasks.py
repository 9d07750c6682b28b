"""What long work (export, import, a big chart) is told about the one who waits for it."""

from __future__ import annotations

from collections.abc import Callable

# Called as progress(done, total) while the work goes on; returning False asks the work to stop
# (it then raises ExportCancelled and writes nothing). None, or any other value, means go on.
Progress = Callable[[int, int], bool]
