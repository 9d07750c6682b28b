from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a private ini file, so tests never read or write the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    win = MainWindow(settings)
    qtbot.addWidget(win)
    yield win
    if win.store is not None:
        win.store.close()


@pytest.fixture
def sample_window(window, tmp_path):
    """The main window, shown, on a fresh copy of the sample plan."""
    path = tmp_path / "sample.goalplan"
    with Store.open(path) as store:
        write_sample_plan(store, date.today())
    window.plan_files.open_plan(path)
    window.show()
    return window
