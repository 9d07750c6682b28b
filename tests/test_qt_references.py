"""The Qt binding must not lose references to None, True or False (PySide6 6.12.0 did, on Python 3.11:
every call of a method returning nothing and every signal emitted took one away, and the app aborted
with "deallocating None" after typing some 800 characters into the wizard). Run in a child process,
since a binding with the fault can abort the interpreter before an assertion is reached."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("PySide6")  # the headless run (core and store without Qt) has no binding to check

CHILD = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()


class Source(QObject):
    fired = Signal(int)


source = Source()
source.fired.connect(lambda _value: None)
none, true = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(300):
    label.setText("x")
    source.fired.emit(1)
print(sys.getrefcount(None) - none, sys.getrefcount(True) - true)
"""


def test_calls_and_signals_keep_their_references_to_none_and_true():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lost_none, lost_true = (int(n) for n in result.stdout.split())
    # a few references come and go with the interpreter's own work; the fault lost 300 of each
    assert lost_none > -50 and lost_true > -50, (lost_none, lost_true)
