"""sqlite-utils, imported without the numpy and pandas support the plan never uses.

sqlite-utils imports numpy and pandas at import time when they are installed (matplotlib brings
numpy), only to convert their number types. That was about 60 ms of a 350 ms start-up for nothing:
the store never passes numpy values. They are hidden from sqlite-utils' import alone; once it is
loaded they import normally (charts still get numpy on first use).
"""

from __future__ import annotations

import sys

_hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
for _name in _hidden:
    sys.modules[_name] = None  # type: ignore[assignment]  # an import of it raises ImportError
try:
    import sqlite_utils
finally:
    for _name in _hidden:
        if sys.modules.get(_name) is None:
            del sys.modules[_name]

__all__ = ["sqlite_utils"]
