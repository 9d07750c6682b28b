"""The export's own way of saving (``workbook.saving``, ``workbook.bulk``) writes the workbook openpyxl's
conveniences would: the same cells, styles, drop-downs, colours, tables and charts, sheet by sheet,
for a plan with goals of every kind (a range goal, a survey ratio, a milestone, a closed goal, team
goals split per agent), and the workbook still does what a colleague relies on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from goalplanner.core.breakdown import plan_for
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.workbook import bulk, saving
from goalplanner.workbook.data import ID_SHEET
from goalplanner.workbook.importer import read_actuals
from goalplanner.workbook.writer import ACTUAL_COLUMN, CONFIDENCE_COLUMN, PLAN_HEADER_ROW, export_workbook
from tests.workbook.agents_plan import agents_store
from tests.workbook.conftest import TODAY, goal_id
from tests.workbook.same_workbook import contents
from tests.workbook.test_recalculated import checkins_for, constructed_goals

EXPORTED_AT = (f"{ID_SHEET}!B4",)  # the moment of export, to the second


def _openpyxl_ways(monkeypatch) -> None:
    """Export as before: openpyxl's merge_cells, add_table, value setter and Workbook.save."""
    monkeypatch.setattr(bulk, "merge", lambda sheet, ref: sheet.merge_cells(ref))
    monkeypatch.setattr(
        bulk,
        "merge_row",
        lambda sheet, row, first, last: sheet.merge_cells(
            start_row=row, start_column=first, end_row=row, end_column=last
        ),
    )
    monkeypatch.setattr(bulk, "add_table", lambda sheet, table: sheet.add_table(table))
    monkeypatch.setattr(bulk, "formula", lambda sheet, row, column, text: sheet.cell(row, column, text))
    monkeypatch.setattr(bulk, "dated", lambda cell, value: setattr(cell, "value", value))
    monkeypatch.setattr(saving, "save", lambda workbook, stream: workbook.save(stream))


@pytest.fixture
def every_kind(tmp_path: Path):
    """The sample plan (a range goal, a CSAT survey ratio), its CSAT goal closed, and a goal of each
    kind with check-ins (a milestone among them)."""
    with Store.open(tmp_path / "kinds.goalplan") as store:
        write_sample_plan(store, TODAY)
        csat = store.get_goal(goal_id(store, "CSAT"))
        store.save_goal(replace(csat, state="achieved", final_value=90.0))
        for goal in constructed_goals(TODAY):
            new_id = store.save_goal(replace(goal, id=None), plan_for(goal))
            store.add_checkins(replace(c, goal_id=new_id, id=None) for c in checkins_for(goal, TODAY))
        yield store


def _both(store, tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    fast = export_workbook(store, tmp_path / "fast.xlsx", today=TODAY).path
    with monkeypatch.context() as patched:
        _openpyxl_ways(patched)
        plain = export_workbook(store, tmp_path / "plain.xlsx", today=TODAY).path
    return fast, plain


def _assert_same(fast, plain) -> None:
    """Every sheet of ``fast`` holds what ``plain`` holds, sheet by sheet (named when one differs)."""
    written, expected = contents(fast, skip=EXPORTED_AT), contents(plain, skip=EXPORTED_AT)
    assert list(written) == list(expected)
    for name in expected:
        assert written[name] == expected[name], name


def test_every_sheet_holds_what_openpyxl_would_have_written(every_kind, tmp_path, monkeypatch):
    _assert_same(*_both(every_kind, tmp_path, monkeypatch))


def test_team_goals_agent_sheets_are_the_same_too(tmp_path, monkeypatch):
    store, _ids = agents_store(tmp_path / "agents.goalplan")
    with store:
        _assert_same(*_both(store, tmp_path, monkeypatch))


def test_the_drop_downs_colours_and_typed_actuals_still_work(every_kind, tmp_path):
    report = export_workbook(every_kind, tmp_path / "plan.xlsx", today=TODAY)
    workbook = openpyxl.load_workbook(report.path)
    wait = goal_id(every_kind, "wait time")
    sheet = workbook[report.sheets[wait]]
    first = PLAN_HEADER_ROW + 1
    validated = {str(cells) for dv in sheet.data_validations.dataValidation for cells in dv.sqref.ranges}
    actual = openpyxl.utils.get_column_letter(ACTUAL_COLUMN)
    said = openpyxl.utils.get_column_letter(CONFIDENCE_COLUMN)
    assert any(ref.startswith(f"{actual}{first}:") for ref in validated)  # the Actual takes numbers only
    assert any(ref.startswith(f"{said}{first}:") for ref in validated)  # the confidence, a drop-down
    coloured = [str(cf.sqref) for cf in sheet.conditional_formatting]
    assert any(ref.startswith(f"H{first}:I") for ref in coloured)  # achievement and status take colours
    empty = next(row for row in range(first, sheet.max_row) if sheet.cell(row, ACTUAL_COLUMN).value is None)
    sheet.cell(empty, ACTUAL_COLUMN, 150)  # a colleague types an actual
    workbook.save(report.path)
    result = read_actuals(report.path, every_kind, today=TODAY)
    assert result.ok
    assert [(c.goal_id, c.actual, c.before) for c in result.changes] == [(wait, 150.0, None)]
