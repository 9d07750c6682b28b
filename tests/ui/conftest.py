from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a private ini file, so tests never read or write the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


OPENING_MS = 60_000  # a safety net for a hung worker, not a speed limit


def open_plan(qtbot, window, path, **options) -> bool:
    """Open ``path`` in ``window`` as the app does (``PlanFiles.open_plan``: on a worker thread) and wait
    until it has opened or been refused, its messages answered and what they led to (a copy or a backup
    opened) done too. True when ``path`` itself opened, False when it was refused (whatever followed)."""
    events = []

    def opened(_store) -> None:
        events.append("opened")

    def ended() -> None:
        events.append("ended")

    files = window.plan_files
    files.opened.connect(opened)
    files.opening_ended.connect(ended)  # after ``opened`` when it opened, alone when it was refused
    try:
        if not files.open_plan(path, **options):
            return False  # refused at once: another goalplanner has it
        qtbot.waitUntil(lambda: files.opening() is None, timeout=OPENING_MS)
    finally:
        files.opened.disconnect(opened)
        files.opening_ended.disconnect(ended)
    return events[:1] == ["opened"]


def wait_opened(qtbot, window) -> None:
    """Wait until the plan ``window`` is opening (from a menu, a button, a dialog, at start-up) has
    opened or been refused."""
    qtbot.waitUntil(lambda: window.plan_files.opening() is None, timeout=OPENING_MS)


@pytest.fixture
def window(qtbot, settings):
    win = MainWindow(settings)
    qtbot.addWidget(win)
    yield win
    if win.store is not None:
        win.store.close()


@pytest.fixture
def sample_window(qtbot, window, tmp_path):
    """The main window, shown, on a fresh copy of the sample plan."""
    path = tmp_path / "sample.goalplan"
    with Store.open(path) as store:
        write_sample_plan(store, date.today())
    open_plan(qtbot, window, path)
    window.show()
    return window


@pytest.fixture
def english(qapp):
    """English as the app runs it: with goalplanner_en.qm, its plural forms ("1 goal", "7 goals")."""
    from PySide6.QtCore import QLocale

    from goalplanner.ui.language import install_translations, remove_translations

    install_translations(qapp, QLocale("en_US"))
    yield
    remove_translations(qapp)


@dataclass
class Questions:
    """The check-in questions asked in a test: queue the answers (button object names) beforehand."""

    answers: list[str] = field(default_factory=list)  # "record_anyway", "replace_checkin", "keep_both"...
    asked: list[str] = field(default_factory=list)  # each question's text, a newline, its informative text
    defaults: list[str] = field(default_factory=list)  # the object name of each question's default button


@pytest.fixture
def real_questions():
    """Ask for it to let the check-in questions open their real message boxes (answer them yourself)."""


@pytest.fixture(autouse=True)
def questions(request, monkeypatch) -> Questions | None:
    """Answers the check-in questions (``ui.detail.questions.ask``) from ``questions.answers``; a question
    with no answer queued fails the test at once instead of waiting for a click that never comes."""
    if "real_questions" in request.fixturenames:
        return None
    from goalplanner.ui.detail import questions as module

    state = Questions()

    def ask(box: QMessageBox):
        state.asked.append(f"{box.text()}\n{box.informativeText()}")
        state.defaults.append(box.defaultButton().objectName() if box.defaultButton() else "")
        assert state.answers, f"a question nobody expected: {box.text()}"
        name = state.answers.pop(0)
        button = next((b for b in box.buttons() if b.objectName() == name), None)
        assert button is not None, f"no button {name!r} on {box.text()!r}"
        return button

    monkeypatch.setattr(module, "ask", ask)
    return state


@pytest.fixture(autouse=True, scope="session")
def charts_loaded():
    """Charts are loaded, as they are a moment after a real window is shown: a chart draws at once.
    (tests/ui/test_chart_pane.py replaces the loader to see the wait before that.)"""
    from goalplanner.ui.chart_loader import load_charts

    load_charts()
