"""A check-in typed in the weekly review, or read from a workbook in the import's preview, shows its own
verdict beside the goal's guardrail as the goal list shows it: never plain "On track" beside an
off-track guardrail."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
from PySide6.QtCore import Qt

from goalplanner.core.progress import PlanLine, status_plan
from goalplanner.ui.status_style import status_colour
from tests.rollup_plan import GUARDED, write_rollup_plan
from tests.ui.conftest import open_plan
from tests.ui.review_helpers import open_review, review_field, unsaved  # noqa: F401
from tests.ui.test_excel_window import finish

GUARDED_TEXT = "▲ On track · guardrail off track"  # shown as at risk, as the goal list shows it


def open_rollup_plan(qtbot, window, tmp_path) -> dict[str, int]:
    path = tmp_path / "rollup.goalplan"
    ids = write_rollup_plan(path, date.today() - timedelta(days=7))  # a week on: its check-ins are due
    open_plan(qtbot, window, path)
    window.resize(1280, 800)
    window.show()
    return ids


def test_the_weekly_review_shows_an_on_plan_checkin_beside_its_off_track_guardrail(
    qtbot, window, tmp_path, english
):
    ids = open_rollup_plan(qtbot, window, tmp_path)
    assert window.session.state(ids[GUARDED]).guarded.guardrail_code == "off_track"
    dialog = open_review(qtbot, window)
    row = next(n for n, reviewed in enumerate(dialog.rows) if reviewed.goal.id == ids[GUARDED])
    reviewed = dialog.rows[row]
    on_plan = PlanLine(reviewed.goal, status_plan(reviewed.goal, reviewed.plan)).level(date.today())
    qtbot.keyClicks(review_field(dialog, "actual", row), f"{on_plan:.0f}")
    status = review_field(dialog, "status", row)
    assert status.text() == GUARDED_TEXT
    assert status_colour("at_risk").name() in status.styleSheet()
    dialog.resize(1280, 800)
    dialog.grab().save("/tmp/shots/fin22-review.png")


def test_the_import_preview_shows_an_imported_value_beside_its_off_track_guardrail(
    qtbot, window, tmp_path, english
):
    ids = open_rollup_plan(qtbot, window, tmp_path)
    exported = tmp_path / "rollup.xlsx"
    finish(qtbot, window.excel.export_excel(exported))
    latest = window.store.checkins(ids[GUARDED])[-1].actual
    workbook = openpyxl.load_workbook(exported)
    sheet = next(workbook[n] for n in workbook.sheetnames if n.startswith(GUARDED))
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == latest)
    cell.value = latest - 1  # a little better than planned: on track on its own
    workbook.save(exported)
    finish(qtbot, window.excel.import_actuals(exported))
    preview = window.excel.import_preview
    qtbot.waitUntil(preview.isVisible)
    assert preview.changes.rowCount() == 1
    assert preview.changes.item(0, 5).text().startswith(GUARDED_TEXT)
    preview.resize(1280, 800)
    preview.grab().save("/tmp/shots/fin22-import.png")
    preview.reject()
    assert preview.changes.item(0, 0).data(Qt.ItemDataRole.DisplayRole) == GUARDED
