"""The agent sheets through the window: exported, filled in by a colleague, imported, undone."""

from __future__ import annotations

from datetime import date

import openpyxl
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import open_plan
from tests.ui.test_excel_window import finish
from tests.workbook.agents_plan import agents_store


def test_agents_actuals_typed_into_the_agent_sheets_import_with_their_contacts_and_undo(
    window, qtbot, tmp_path, english
):
    path = tmp_path / "agents.goalplan"
    store, ids = agents_store(path)
    store.close()
    open_plan(qtbot, window, path)
    window.show()
    exported = tmp_path / "agents.xlsx"
    finish(qtbot, window.excel.export_excel(exported))
    workbook = openpyxl.load_workbook(exported)
    tickets = workbook["Agents – Resolve 1,200 tickets"]
    ana = next(r for r in range(1, 20) if tickets.cell(r, 1).value == "Ana")
    tickets.cell(ana, 5).value = 330  # March (columns C, D, E: January to March)
    aht = workbook["Agents – Handle time down to"]
    ben_value, ben_contacts = [r for r in range(1, 40) if aht.cell(r, 1).value == "Ben"]
    aht.cell(ben_value, 4).value = 315  # the week of 10 February
    aht.cell(ben_contacts, 4).value = 120
    workbook.save(exported)

    finish(qtbot, window.excel.import_actuals(exported))
    preview = window.excel.import_preview
    assert preview.isVisible() and preview.changes.rowCount() == 2
    assert preview.findChild(QLabel, "import_summary").text().startswith("2 new, 0 changed, ")
    assert preview.import_button.text() == "&Import 2 actuals"
    preview.import_button.click()
    ana_id, ben_id = ids["ticket_agents"][0], ids["aht_agents"][1]
    assert [(c.on, c.actual) for c in window.store.checkins(ana_id)][-1] == (date(2025, 3, 31), 330)
    assert [(c.actual, c.volume) for c in window.store.checkins(ben_id)][-1] == (315, 120)
    window.undo_action.trigger()
    assert [c.actual for c in window.store.checkins(ana_id)] == [310, 320]
    assert [c.actual for c in window.store.checkins(ben_id)] == [320]
    window.redo_action.trigger()
    assert [(c.actual, c.volume) for c in window.store.checkins(ben_id)][-1] == (315, 120)
