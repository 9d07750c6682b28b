"""A team goal fed by its agents in the workbook: its sheet shows the agents' combined actuals, and an
actual typed over one of them is not imported and said by name (the agents' own actuals are where it
changes)."""

from __future__ import annotations

from datetime import date

import openpyxl

from goalplanner.store import Store
from goalplanner.workbook.importer import read_actuals
from goalplanner.workbook.writer import COLUMN, PLAN_HEADER_ROW, export_workbook
from tests.agent_plans import record, split_team, tickets_team

TODAY = date(2025, 3, 12)


def test_a_teams_combined_actual_is_shown_and_never_typed_over(tmp_path):
    with Store.open(tmp_path / "team.goalplan") as store:
        team_id, agent_ids = split_team(store, tickets_team())
        record(store, agent_ids, date(2025, 2, 20), [300, 290, 310, 250])
        export = export_workbook(store, tmp_path / "team.xlsx", today=TODAY)
        workbook = openpyxl.load_workbook(export.path)
        sheet = workbook[export.sheets[team_id]]
        february = PLAN_HEADER_ROW + 2  # January, then February
        cell = sheet.cell(february, COLUMN["actual"])
        assert cell.value == 1150.0  # the four agents' February
        assert read_actuals(export.path, store, today=TODAY).ok  # untouched: nothing to import
        cell.value = 999
        workbook.save(export.path)
        report = read_actuals(export.path, store, today=TODAY)
        assert report.changes == []  # never recorded: the agents' actuals are where it changes
        assert [w.english() for w in report.warnings if "takes its actuals from its agents" in w.english()]
