"""The wizard's "Compute from an export…": the baseline and its date from an export's history, typed
into the fields as the user would (so Ctrl+Z there takes it back)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from goalplanner.core.ticket_checkins import baseline_from
from goalplanner.store import Store
from goalplanner.tickets import read_export
from goalplanner.ui.widgets import format_date
from goalplanner.ui.wizard import GoalWizard
from goalplanner.ui.wizard.wizard import MEASURE, WHAT, WHO
from tests.tickets.exports import ZENDESK, write_csv, zendesk_rows
from tests.ui.test_wizard import choose, close_quietly, field, next_page, type_into


@pytest.fixture
def wizard(qtbot, tmp_path):
    with Store.open(tmp_path / "plan.goalplan") as store:
        wiz = GoalWizard(store)
        qtbot.addWidget(wiz, before_close_func=close_quietly)
        wiz.show()
        yield wiz


def test_the_measure_page_computes_the_baseline_from_an_export(qtbot, wizard, tmp_path, monkeypatch):
    wiz = wizard
    next_page(qtbot, wiz, WHAT)
    type_into(qtbot, wiz, "title", "Raise e-mail CSAT from where it is to 85% this quarter")
    type_into(qtbot, wiz, "scope", "E-mail channel")
    next_page(qtbot, wiz, WHO)
    type_into(qtbot, wiz, "owner", "Priya Nair")
    next_page(qtbot, wiz, MEASURE)
    choose(wiz, "kpi", "nps")
    button = field(wiz, "baseline_from_export")
    assert not button.isVisible()  # no export gives NPS
    choose(wiz, "kpi", "csat")
    assert button.isVisible()
    type_into(qtbot, wiz, "baseline", "70")
    path = write_csv(tmp_path / "zendesk.csv", ZENDESK, zendesk_rows(500))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = wiz.findChild(QPushButton, "ticket_choose_file").window()
    qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_choose_file"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_read"), Qt.MouseButton.LeftButton)
    goal = wiz.draft.goal
    value, day = baseline_from(read_export(path, goal).values, goal)
    assert goal.baseline == value and goal.baseline_date == day
    assert field(wiz, "baseline").value() == value
    assert field(wiz, "baseline_date").text() == format_date(day)
    assert "From an export: " in wiz.currentPage().findChild(QLabel, "baseline_source").text()
    baseline = field(wiz, "baseline")
    baseline.setFocus()
    qtbot.keyClick(baseline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone as typing is
    assert baseline.value() == 70 and wiz.draft.goal.baseline == 70
