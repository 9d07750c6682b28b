"""File → Import from a ticket or call export…, more of what a team lead meets: an Excel export, a
period whose value cannot be recorded, and the service level's threshold changing the numbers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableWidget

from goalplanner.core.breakdown import plan_for
from goalplanner.core.check_periods import CheckPeriod
from goalplanner.core.ticket_checkins import propose
from goalplanner.core.ticket_metrics import PeriodValue
from goalplanner.store import Store
from goalplanner.tickets import ExportReading, preset_mapping, read_export
from goalplanner.ui.detail.checkin_form import impossible_text
from goalplanner.ui.formatting import format_amount
from goalplanner.ui.ticket_import_preview import ACTION, VALUE, WARNINGS, PreviewStep
from goalplanner.ui.widgets import NumberField
from tests.helpers import wait_goal
from tests.tickets.exports import CALL_LOG, ZENDESK, write_csv, zendesk_rows
from tests.ui.conftest import open_plan
from tests.ui.test_ticket_import import _english_numbers, goal_of, open_import, read, table_column

__all__ = ["_english_numbers"]  # the autouse fixture: numbers as in English


def preview_values(dialog) -> list[str]:
    return table_column(dialog.findChild(QTableWidget, "ticket_periods"), VALUE)


def expected_values(window, goal, path, **options) -> list[str]:
    plan = window.store.subtargets(goal.id)
    reading = read_export(path, goal, plan, today=date.today(), **options)
    found = propose(goal, reading.values, window.store.checkins(goal.id), date.today(), plan)
    return [format_amount(goal, p.checkin.actual, QLocale()) for p in found]


def test_an_excel_export_is_read_through_the_same_dialog(sample_window, qtbot, tmp_path, monkeypatch):
    from openpyxl import Workbook

    window = sample_window
    goal = goal_of(window, "csat")
    window.select_goal(goal.id)
    book = Workbook()
    sheet = book.active
    sheet.append(ZENDESK)
    start = datetime.combine(goal.start, datetime.min.time())
    for row in zendesk_rows(300, start=start):  # dates as Excel keeps them: date cells, not text
        sheet.append([datetime.fromisoformat(c) if i in (4, 5) and c else c for i, c in enumerate(row)])
    path = tmp_path / "zendesk.xlsx"
    book.save(path)
    dialog = open_import(window, qtbot, monkeypatch, path)
    assert dialog.findChild(QComboBox, "ticket_layout").currentText() == "Zendesk"
    read(dialog, qtbot)
    assert dialog.findChild(QLabel, "ticket_summary").text().startswith("300 row")
    expected = expected_values(window, goal, path)
    assert expected and preview_values(dialog) == expected


def test_a_period_whose_value_cannot_be_recorded_is_shown_as_not_recorded(qtbot):
    # A file cannot give an impossible value any more (a duration beyond a century is a bad cell),
    # so the preview is given core's proposals for two weeks, one of them a wait below zero.
    goal = wait_goal(id=1)  # 240 s -> 120 s from Monday 6 January 2025
    weeks = [
        CheckPeriod(date(2025, 1, 6), date(2025, 1, 12)),
        CheckPeriod(date(2025, 1, 13), date(2025, 1, 19)),
    ]
    values = [PeriodValue(weeks[0], 230.0, 120, median=220.0), PeriodValue(weeks[1], -5.0, 90, median=1.0)]
    proposals = propose(goal, values, [], date(2025, 1, 29))
    preview = PreviewStep(goal)
    qtbot.addWidget(preview)
    reading = ExportReading(values, rows=210, used=210, mapping=preset_mapping("calls", CALL_LOG))
    preview.show_proposals(reading, proposals)
    table = preview.findChild(QTableWidget, "ticket_periods")
    assert table_column(table, VALUE) == ["230 s", "-5 s"]
    assert table_column(table, ACTION) == ["New check-in", "Not recorded"]
    assert table_column(table, WARNINGS)[1] == impossible_text(goal, "-5 s")  # says why
    assert preview.to_record() == 1
    assert "Import records 1 check-in" in preview.findChild(QLabel, "ticket_summary").text()


@pytest.fixture
def service_window(qtbot, window, tmp_path):
    """The window on a plan with one goal: 80 % of calls answered within the threshold."""
    goal = wait_goal(
        title="Answer 80% of calls in time",
        kpi="service_level",
        unit="%",
        direction="increase",
        baseline=70.0,
        target=80.0,
        start=date.today() - timedelta(days=21),
        deadline=date.today() + timedelta(days=70),
        baseline_date=date.today() - timedelta(days=22),
    )
    path = tmp_path / "service.goalplan"
    with Store.open(path) as store:
        store.save_goal(goal, plan_for(goal))
    open_plan(qtbot, window, path)
    window.show()
    return window


def test_the_service_levels_threshold_changes_the_values(service_window, qtbot, tmp_path, monkeypatch):
    window = service_window
    goal = goal_of(window, "service_level")
    window.select_goal(goal.id)
    start = datetime.combine(goal.start, datetime.min.time())
    waits = [5, 15, 25, 35, 45, 55, 65, 75, 85, 95]  # 20 s: 2 of 10 in time; 60 s: 6 of 10
    rows = [
        [(start + timedelta(hours=2 * i)).isoformat(sep=" "), "Service", "Ana", str(w), "100", "0", "0", "0"]
        for i, w in enumerate(waits)
    ]
    path = write_csv(tmp_path / "calls.csv", CALL_LOG, rows)
    dialog = open_import(window, qtbot, monkeypatch, path)
    field = dialog.findChild(NumberField, "ticket_service_seconds")
    assert field.isVisible()
    read(dialog, qtbot)
    assert preview_values(dialog) == ["20.0%"] == expected_values(window, goal, path)
    qtbot.mouseClick(dialog.findChild(QPushButton, "ticket_back"), Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "60")
    read(dialog, qtbot)
    assert preview_values(dialog) == ["60.0%"] == expected_values(window, goal, path, service_seconds=60)
