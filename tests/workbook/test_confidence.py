"""The owner's confidence and next step in the workbook: shown on each goal sheet beside the note, picked
from a drop-down by a colleague and brought back by the import; the Summary's status column with the
owner's word and a closed goal's outcome, worded as ``goalplanner status`` words it."""

from __future__ import annotations

from dataclasses import replace

import openpyxl

from goalplanner.core.closing import close_goal
from goalplanner.workbook.data import ID_SHEET
from goalplanner.workbook.importer import W_CONFIDENCE, W_NOT_RECORDED, apply_actuals, read_actuals
from goalplanner.workbook.summary import HEADER_ROW
from goalplanner.workbook.text import ExcelText
from goalplanner.workbook.writer import export_workbook
from tests.test_cli import goalplanner, table
from tests.workbook.conftest import TODAY, goal_id
from tests.workbook.test_importer import fill

WAIT = "Cut average support call wait"  # the sample's wait-time goal sheet; rows 13-17 hold check-ins
KOREAN = {"On track": "정상 진행", "At risk": "위험", "Off track": "궤도 이탈", "Confidence": "확신도"}


def korean(context: str, text: str, n: int = -1) -> str:
    """A translator for the workbook's words in Korean, as far as these tests read them."""
    return KOREAN.get(text, text)


def _said(store, goal):
    return {c.on: (c.actual, c.confidence, c.next_step) for c in store.checkins(goal)}


def test_a_colleagues_confidence_and_next_step_arrive_with_the_actual(sample_store, tmp_path):
    wait = goal_id(sample_store, "wait time")
    path = export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY).path
    sheet = next(s for s in openpyxl.load_workbook(path) if s.title.startswith(WAIT))
    assert [sheet.cell(12, column).value for column in (10, 11, 12)] == [
        "Note", "Confidence", "Blocker or next step"
    ]  # fmt: skip
    # this week's new actual, picked as a colleague types it (case and spaces as they come), and
    # week 2's check-in given a confidence alone
    typed = {"E18": 150, "K18": "  at  RISK ", "L18": "Waiting on the IVR change", "K14": "Off track"}
    fill(path, WAIT, typed)
    report = read_actuals(path, sample_store, today=TODAY)
    assert report.ok and report.warnings == []
    assert [(c.period, c.confidence, c.next_step) for c in report.changes] == [
        ("2025-W07", "off_track", ""),
        ("2025-W11", "at_risk", "Waiting on the IVR change"),
    ]
    apply_actuals(sample_store, report)
    history = _said(sample_store, wait)
    assert history[TODAY] == (150.0, "at_risk", "Waiting on the IVR change")
    week_two = sorted(history)[1]
    assert history[week_two][1:] == ("off_track", "")
    # exported again, each check-in shows its own; imported again, nothing more changes
    again = export_workbook(sample_store, tmp_path / "again.xlsx", today=TODAY).path
    sheet = next(s for s in openpyxl.load_workbook(again) if s.title.startswith(WAIT))
    assert (sheet["K14"].value, sheet["K18"].value, sheet["L18"].value) == (
        "Off track", "At risk", "Waiting on the IVR change"
    )  # fmt: skip
    assert read_actuals(again, sample_store, today=TODAY).changes == []
    history = openpyxl.load_workbook(again)["Check-ins"]
    header = [c.value for c in history[1]]
    assert header[-3:] == ["Note", "Confidence", "Blocker or next step"]
    rows = [[c.value for c in row] for row in history.iter_rows(min_row=2)]
    assert [row[-2:] for row in rows if row[-2] == "At risk"] == [["At risk", "Waiting on the IVR change"]]


def test_the_confidence_column_is_a_drop_down_in_the_workbooks_language(sample_store, tmp_path):
    words = ExcelText(translate=korean)
    path = export_workbook(sample_store, tmp_path / "ko.xlsx", today=TODAY, text=words).path
    sheet = next(s for s in openpyxl.load_workbook(path) if s.title.startswith(WAIT))
    (drop_down,) = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert drop_down.formula1 == '"정상 진행,위험,궤도 이탈"'
    assert str(drop_down.sqref).startswith("K13:K") and drop_down.showErrorMessage
    assert sheet.cell(12, 11).value == "확신도"
    # read back in the workbook's words, whatever language the app importing it speaks
    fill(path, WAIT, {"E18": 150, "K18": "위험"})
    (change,) = read_actuals(path, sample_store, today=TODAY).changes
    assert change.confidence == "at_risk"


def test_a_confidence_that_is_none_of_the_choices_is_a_warning_for_its_row(sample_store, tmp_path):
    path = export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY).path
    fill(path, WAIT, {"E18": 150, "K18": "fine, I think", "K13": 3, "L19": "Next week: rota"})
    report = read_actuals(path, sample_store, today=TODAY)
    assert report.ok  # the actuals are imported, without the confidence
    assert [(w.cell, w.template) for w in report.warnings] == [
        ("K13", W_CONFIDENCE), ("K18", W_CONFIDENCE), ("E19", W_NOT_RECORDED)
    ]  # fmt: skip
    assert report.warnings[1].english() == (
        "'Cut average support call wait'!K18: “fine, I think” is not a confidence: choose "
        "On track / At risk / Off track, or leave it blank. The actual is imported without it"
    )
    assert [(c.period, c.actual, c.confidence) for c in report.changes] == [("2025-W11", 150.0, None)]


def test_a_workbook_exported_before_confidences_still_imports(sample_store, tmp_path):
    """The layout before this change: no Confidence or next-step columns, and the ids sheet names
    only the Actual and Note columns (its confidence row blank, as the gap row was)."""
    path = export_workbook(sample_store, tmp_path / "old.xlsx", today=TODAY).path
    workbook = openpyxl.load_workbook(path)
    ids = workbook[ID_SHEET]
    for cell in ids[6]:
        cell.value = None
    for row in ids.iter_rows(min_row=7):
        row[7].value = row[8].value = None
    for sheet in workbook:
        if sheet.title.startswith(WAIT):
            sheet.data_validations.dataValidation = sheet.data_validations.dataValidation[:1]
            for row in sheet.iter_rows(min_row=12, min_col=11, max_col=12):
                for cell in row:
                    cell.value = None
            sheet["E18"], sheet["J18"], sheet["K18"] = 150, "Old layout", "Nonsense, never read"
    workbook.save(path)
    report = read_actuals(path, sample_store, today=TODAY)
    assert report.ok and report.warnings == []
    assert [(c.actual, c.note, c.confidence, c.next_step) for c in report.changes] == [
        (150.0, "Old layout", None, "")
    ]
    apply_actuals(sample_store, report)
    assert _said(sample_store, goal_id(sample_store, "wait time"))[TODAY] == (150.0, None, "")


def _status_cell(path, title):
    summary = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in summary[HEADER_ROW]]
    rows = {row[0].value: row for row in summary.iter_rows(min_row=HEADER_ROW + 1)}
    return rows[title][header.index("Status")].value


def test_the_summary_shows_the_owners_latest_confidence_beside_the_status(sample_store, tmp_path):
    wait = goal_id(sample_store, "wait time")
    latest = max(sample_store.checkins(wait), key=lambda c: c.on)
    sample_store.update_checkin(replace(latest, confidence="at_risk", next_step="Rota"))
    path = export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY).path
    title = sample_store.get_goal(wait).title
    status = _status_cell(path, title)
    assert status.endswith(" · owner: At risk") and not status.startswith("▲")  # computed, then said


def test_a_closed_goals_outcome_reads_as_the_command_lines_status(sample_store, tmp_path, private_home):
    wait = goal_id(sample_store, "wait time")
    goal = sample_store.get_goal(wait)
    sample_store.save_goal(close_goal(goal, "achieved", final_value=119.6))
    path = export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY).path
    in_workbook = _status_cell(path, goal.title)
    assert in_workbook.endswith(" · Achieved (120 s)")  # at the metric's precision
    sample_store.close()
    rows = table(goalplanner("status", "--db", sample_store.path, home=private_home).stdout)
    assert rows[wait][8] == "achieved (120 s)"
    assert in_workbook.split(" · ", 1)[1].casefold() == rows[wait][8]  # one wording, two surfaces
