"""Each goal sheet shows the goal's resources beside its key facts, for a colleague to read; import
ignores them and brings back only the actuals."""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from goalplanner.core.model import ResourceCheck, Resources, StaffingInputs
from goalplanner.workbook.importer import apply_actuals, read_actuals
from goalplanner.workbook.writer import export_workbook
from tests.workbook.conftest import TODAY, goal_id

RESOURCES = Resources(
    staff=ResourceCheck(False, "Hire two agents by March"),
    budget=ResourceCheck(True),
    skills=ResourceCheck(None),
    headcount=16,
    budget_amount=12000,
    skills_needed="the new CRM",
    staffing=StaffingInputs(),
)


@pytest.fixture
def staffed_store(sample_store):
    wait = sample_store.get_goal(goal_id(sample_store, "wait time"))
    sample_store.save_goal(
        replace(wait, reviewer="Dana Whitfield", contributors=("Ana Ruiz", "Ben Okafor"), resources=RESOURCES)
    )
    return sample_store


def wait_sheet(path):
    workbook = openpyxl.load_workbook(path)
    return next(workbook[n] for n in workbook.sheetnames if n.startswith("Cut average support call wait"))


def block(sheet) -> dict[str, str]:
    """The resources block as a colleague reads it: each bold label in column F with the text beside it."""
    return {sheet[f"F{row}"].value: sheet[f"G{row}"].value for row in range(3, 10)}


def test_the_goal_sheet_shows_every_answer_plan_and_the_erlang_c_result(staffed_store, tmp_path):
    path = export_workbook(staffed_store, tmp_path / "plan.xlsx", today=TODAY).path
    sheet = wait_sheet(path)
    shown = block(sheet)
    assert shown["Resources"].startswith("For reading: change them in goalplanner.")
    assert shown["Reviewer"] == "Dana Whitfield"
    assert shown["Contributors"] == "Ana Ruiz, Ben Okafor"
    assert shown["Staff"] == "No, not yet. Headcount: 16. Plan: Hire two agents by March"
    assert shown["Budget"] == "Yes, available. Amount: 12,000."
    assert shown["Skills"] == "Not answered yet. Skills needed: the new CRM."
    agents = shown["Agents needed"].split("\n")
    # Solved for the sample wait goal's own target (an average wait of 120 s) in its busiest week: 10
    # Erlangs under the 85 % occupancy cap need 12 agents, 18 on the rota; 16 x 70 % leaves 11 on the phones.
    assert agents[0].startswith(
        "The busiest week needs 12 agents on the phones and 18 on the rota after shrinkage"
    )
    assert "64% answered within 20 s, average wait 40.4 s, occupancy 83.3%." in agents[0]
    assert agents[1] == "Headcount 16: 2 short on the rota."
    assert agents[2] == "6 of 6 weeks are short of agents; the worst, week 1, needs 12 and has 11."
    assert agents[3].startswith(
        "Worked out for 100 contacts every 30 minutes, handle time 180 s, an average wait of 120 s"
    )
    assert sheet["G9"].alignment.wrap_text and sheet.row_dimensions[9].height >= 4 * 15  # no cut text
    assert "G9:L9" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["A4"].value == "Owner" and sheet["B4"].value == "Mark Ellis (support lead)"  # facts stay


def test_a_goal_with_no_answers_says_so_in_its_sheet(sample_store, tmp_path):
    path = export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY).path
    workbook = openpyxl.load_workbook(path)
    occupancy = next(workbook[n] for n in workbook.sheetnames if n.startswith("Keep phone agents"))
    shown = block(occupancy)
    assert shown["Agents needed"].startswith("Not worked out.")
    assert shown["Reviewer"].startswith("Nobody named yet")


def test_import_ignores_the_block_and_brings_back_only_the_actuals(staffed_store, tmp_path):
    wait = goal_id(staffed_store, "wait time")
    before = staffed_store.get_goal(wait)
    path = export_workbook(staffed_store, tmp_path / "plan.xlsx", today=TODAY).path
    workbook = openpyxl.load_workbook(path)
    sheet = next(workbook[n] for n in workbook.sheetnames if n.startswith("Cut average support call wait"))
    sheet["E18"] = 150  # this week's actual
    sheet["G4"] = "Somebody else"  # a colleague overtypes the reviewer and the headcount
    sheet["G6"] = "Yes. Headcount: 40."
    workbook.save(path)
    report = read_actuals(path, staffed_store, today=TODAY)
    assert report.ok and [(c.period, c.actual) for c in report.changes] == [("2025-W11", 150.0)]
    apply_actuals(staffed_store, report)
    after = staffed_store.get_goal(wait)
    assert after == before  # the goal, its reviewer and its resources as they were
    assert 150.0 in [c.actual for c in staffed_store.checkins(wait)]
