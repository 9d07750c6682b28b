"""Actuals typed into an exported workbook come back: checked first, all or nothing, refusals named."""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import replace
from datetime import datetime

import openpyxl
import openpyxl.xml
import pytest

from goalplanner.files import ExportError
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.workbook.data import ID_SHEET
from goalplanner.workbook.importer import W_FAR, W_SAME_DAY, apply_actuals, read_actuals
from goalplanner.workbook.writer import export_workbook
from tests.workbook.conftest import TODAY, goal_id

FIRST_ROW = 13  # the first plan row of a goal sheet


@pytest.fixture
def workbook_path(sample_store, tmp_path):
    return export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY).path


def fill(path, sheet_title_part: str, cells: dict[str, object]) -> None:
    """Type values into the goal sheet whose name starts with ``sheet_title_part``, as a colleague would."""
    workbook = openpyxl.load_workbook(path)
    sheet = next(workbook[n] for n in workbook.sheetnames if n.startswith(sheet_title_part))
    for ref, value in cells.items():
        sheet[ref] = value
    workbook.save(path)


def test_an_untouched_export_imports_nothing(sample_store, workbook_path):
    report = read_actuals(workbook_path, sample_store, today=TODAY)
    assert report.ok and report.changes == []
    assert report.unchanged == sample_store.counts()["checkins"]  # each check-in fills its own row


def test_new_and_changed_actuals_come_back_in_one_transaction(sample_store, workbook_path):
    wait = goal_id(sample_store, "wait time")
    # week 6 (this week) is new; week 2 is corrected from 205 to 207 with a note
    fill(workbook_path, "Cut average support call wait", {"E18": 150, "E14": 207, "J14": "Recounted: 207"})
    before = sample_store.counts()["checkins"]
    report = read_actuals(workbook_path, sample_store, today=TODAY)
    assert report.ok
    assert [(c.period, c.actual, c.before is None) for c in report.changes] == [
        ("2025-W07", 207.0, False),
        ("2025-W11", 150.0, True),
    ]
    new = report.changes[1]
    assert new.on == TODAY  # this week's period has not ended: dated today, never in the future
    assert sample_store.counts()["checkins"] == before  # reading changes nothing
    added, changed = apply_actuals(sample_store, report)
    assert len(added) == 1 and len(changed) == 1
    history = {c.on: c for c in sample_store.checkins(wait)}
    assert history[TODAY].actual == 150
    corrected = changed[0][1]
    assert history[corrected.on].actual == 207 and history[corrected.on].note == "Recounted: 207"
    assert sample_store.counts()["checkins"] == before + 1
    again = read_actuals(workbook_path, sample_store, today=TODAY)
    assert again.ok and again.changes == []  # importing the same workbook twice changes nothing more


def test_a_blank_cell_never_deletes_a_checkin(sample_store, workbook_path):
    fill(workbook_path, "Cut average support call wait", {"E13": None, "E14": "  "})
    report = read_actuals(workbook_path, sample_store, today=TODAY)
    assert report.ok and report.changes == []


def test_ratio_counts_are_dropped_when_the_share_is_changed(sample_store, workbook_path):
    csat = goal_id(sample_store, "CSAT")
    fill(workbook_path, "Raise e-mail CSAT", {"E13": 70.0})
    report = read_actuals(workbook_path, sample_store, today=TODAY)
    apply_actuals(sample_store, report)
    first = min(sample_store.checkins(csat), key=lambda c: c.on)
    assert (first.actual, first.numerator, first.denominator) == (70.0, None, None)


def test_every_bad_cell_is_named_and_nothing_is_written(sample_store, workbook_path):
    fill(workbook_path, "Cut average support call wait", {"E18": 150})  # good, but not alone
    bad = {"E14": "abc", "E15": True, "E16": datetime(2025, 3, 1), "E17": 120, "E19": 90}  # 19: next week
    fill(workbook_path, "Raise e-mail CSAT", bad)
    fill(workbook_path, "Cut unnecessary transfers", {"A13": "2031-W01", "E13": 11.5})  # a moved row
    before = sample_store.counts()["checkins"]
    report = read_actuals(workbook_path, sample_store, today=TODAY)
    problems = [p.english() for p in report.problems]
    assert problems == [
        "'Raise e-mail CSAT 25% versus'!E14: “abc” is not a number",
        "'Raise e-mail CSAT 25% versus'!E15: “TRUE” is not a number",
        "'Raise e-mail CSAT 25% versus'!E16: a date or time, not a number",
        "'Raise e-mail CSAT 25% versus'!E17: 120 is impossible for Customer satisfaction (CSAT) (0 to 100)",
        f"'Raise e-mail CSAT 25% versus'!E19: {_label(sample_store, 'CSAT', 19)} has not started yet: "
        "actuals are recorded for periods that have begun",
        "'Cut unnecessary transfers 10%'!A13: “2031-W01” is not a period of the goal's plan any more "
        "(rows moved, or the plan was remade)",
    ]
    assert len(report.changes) == 1  # the good cell is listed, but
    with pytest.raises(ValueError):
        apply_actuals(sample_store, report)
    assert sample_store.counts()["checkins"] == before  # nothing is written while anything is wrong


def _label(store, title_part, row):
    goal = goal_id(store, title_part)
    weeks = sorted((s for s in store.subtargets(goal) if s.period == "week"), key=lambda s: s.period_start)
    return weeks[row - FIRST_ROW].label


def test_sheets_and_goals_that_went_missing_are_problems(sample_store, workbook_path):
    workbook = openpyxl.load_workbook(workbook_path)
    name = next(n for n in workbook.sheetnames if n.startswith("Raise e-mail CSAT"))
    workbook[name].title = "Renamed"
    workbook.save(workbook_path)
    sample_store.delete_goal(goal_id(sample_store, "beneficial transfers"))
    problems = [p.english() for p in read_actuals(workbook_path, sample_store, today=TODAY).problems]
    assert problems == [
        "'Raise e-mail CSAT 25% versus': the sheet is missing (renamed or deleted?)",
        "'Raise beneficial transfers to': its goal is no longer in the plan",
    ]


def test_a_workbook_from_another_plan_is_refused(workbook_path, tmp_path):
    with Store.open(tmp_path / "other.goalplan") as other:
        write_sample_plan(other, TODAY)
        with pytest.raises(ExportError, match=r"exported from another plan \(sample.goalplan\)"):
            read_actuals(workbook_path, other, today=TODAY)


def test_a_copy_of_the_plan_accepts_its_workbooks(sample_store, workbook_path, tmp_path):
    copy = tmp_path / "copy.goalplan"
    sample_store.backup("manual")
    shutil.copy(sample_store.backups()[0], copy)
    with Store.open(copy) as restored:
        assert restored.plan_id == sample_store.plan_id
        assert read_actuals(workbook_path, restored, today=TODAY).ok


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b""), "is not an Excel workbook"),
        (lambda p: p.write_bytes(b"\x00\x01garbage" * 100), "is not an Excel workbook"),
        (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), "is not an Excel workbook"),
        (lambda p: _plain_workbook(p), "was not exported by goalplanner"),
        (lambda p: _edit_ids(p, "B1", 99), "layout \\(version 99\\)"),
        (lambda p: _edit_ids(p, "A1", "something else"), "was not exported by goalplanner"),
        (lambda p: _zip_bomb(p), "is malformed"),
        (lambda p: _billion_laughs(p), "could not be read as a workbook"),
        (lambda p: _huge(p), "goalplanner reads workbooks of up to 50 MB"),
    ],
    ids=[
        "empty",
        "random bytes",
        "cut short",
        "not ours",
        "newer layout",
        "no marker",
        "zip bomb",
        "entity expansion",
        "too big",
    ],
)
def test_refused_workbooks_say_why_and_change_nothing(sample_store, workbook_path, make, message):
    make(workbook_path)
    before = sample_store.counts()
    with pytest.raises(ExportError, match=message):
        read_actuals(workbook_path, sample_store, today=TODAY)
    assert sample_store.counts() == before


def _plain_workbook(path):
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Actual"
    workbook.save(path)


def _edit_ids(path, ref, value):
    workbook = openpyxl.load_workbook(path)
    workbook[ID_SHEET][ref] = value
    workbook.save(path)


def _zip_bomb(path):
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (64 * 1024 * 1024))


def _billion_laughs(path):
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{"&lol" + (str(i - 1) if i > 1 else "") + ";" * 1}' * 10 + '">'
                  for i in range(1, 9))
        + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol8;</t></si></sst>'
    )  # fmt: skip
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/sharedStrings.xml"] = laughs.encode()
    content_types = parts["[Content_Types].xml"].decode()
    if "sharedStrings" not in content_types:
        content_types = content_types.replace(
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
        parts["[Content_Types].xml"] = content_types.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _huge(path):
    with path.open("r+b") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: big on paper, nothing to read


def test_workbooks_are_parsed_with_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True


HOSTILE = ["将平均等待时间缩短一半", "שלום עולם", "emoji 👩\u200d💻🎉", "e\u0301 combining", "=1+1",
           "line\r\nbreak", "bell\x07", "_x0041_ literal"]  # fmt: skip


def test_odd_and_hostile_notes_round_trip_exactly(sample_store, workbook_path):
    cells = {f"J{FIRST_ROW + i}": note for i, note in enumerate(HOSTILE[:5])}
    workbook = openpyxl.load_workbook(workbook_path)
    sheet = next(workbook[n] for n in workbook.sheetnames if n.startswith("Cut average support call wait"))
    from goalplanner.workbook.data import escape_cell_text

    for ref, note in cells.items():
        sheet[ref] = escape_cell_text(note)  # what Excel stores for what a colleague types
        sheet[ref].data_type = "s"
    sheet[f"J{FIRST_ROW + 5}"] = escape_cell_text(HOSTILE[5] + HOSTILE[6] + HOSTILE[7])
    sheet[f"E{FIRST_ROW + 5}"] = 150
    workbook.save(workbook_path)
    report = read_actuals(workbook_path, sample_store, today=TODAY)
    assert report.ok
    apply_actuals(sample_store, report)
    notes = [
        c.note for c in sorted(sample_store.checkins(goal_id(sample_store, "wait time")), key=lambda c: c.on)
    ]
    assert notes[:5] == HOSTILE[:5]
    assert notes[5] == HOSTILE[5] + HOSTILE[6] + HOSTILE[7]
    # and they go out again exactly: a second export, read back, shows the same text
    again = export_workbook(sample_store, workbook_path.with_name("again.xlsx"), today=TODAY)
    report = read_actuals(again.path, sample_store, today=TODAY)
    assert report.ok and report.changes == []


def test_a_percentage_typed_as_76_percent_is_76_not_0_76(sample_store, workbook_path):
    workbook = openpyxl.load_workbook(workbook_path)
    csat = next(workbook[n] for n in workbook.sheetnames if n.startswith("Raise e-mail CSAT"))
    csat["E18"] = 0.76  # what Excel stores when "76%" is typed
    csat["E18"].number_format = "0%"
    wait = next(workbook[n] for n in workbook.sheetnames if n.startswith("Cut average support call wait"))
    wait["E18"] = 0.5
    wait["E18"].number_format = "0.00%"  # seconds typed as a percentage
    workbook.save(workbook_path)
    report = read_actuals(workbook_path, sample_store, today=TODAY)
    assert [c.actual for c in report.changes] == [76.0]
    assert [p.english() for p in report.problems] == [
        "'Cut average support call wait'!E18: 50% was typed as a percentage, but the metric is not "
        "measured in per cent"
    ]


def test_a_long_note_cut_in_the_workbook_comes_back_unchanged(sample_store, tmp_path):
    wait = goal_id(sample_store, "wait time")
    first = min(sample_store.checkins(wait), key=lambda c: c.on)
    sample_store.update_checkin(replace(first, note="n" * 40_000))
    path = export_workbook(sample_store, tmp_path / "long.xlsx", today=TODAY).path
    report = read_actuals(path, sample_store, today=TODAY)
    assert report.ok and report.changes == []  # not a change to 32,767 characters


def test_a_spreadsheets_rounding_of_a_value_keeps_ours_and_its_counts(sample_store, workbook_path):
    csat = goal_id(sample_store, "CSAT")
    first = min(sample_store.checkins(csat), key=lambda c: c.on)
    fill(workbook_path, "Raise e-mail CSAT", {"E13": float(f"{first.actual:.15g}") * (1 + 1e-15),
                                              "J13": "a note, nothing else"})  # fmt: skip
    apply_actuals(sample_store, read_actuals(workbook_path, sample_store, today=TODAY))
    after = min(sample_store.checkins(csat), key=lambda c: c.on)
    assert (after.actual, after.numerator, after.denominator) == (
        first.actual,
        first.numerator,
        first.denominator,
    )
    assert after.note == "a note, nothing else"


def test_rows_are_found_by_their_period_even_after_a_row_was_inserted(sample_store, workbook_path):
    workbook = openpyxl.load_workbook(workbook_path)
    sheet = next(workbook[n] for n in workbook.sheetnames if n.startswith("Cut average support call wait"))
    sheet.insert_rows(14)  # a colleague adds a blank row in the middle of the table
    sheet["E19"] = 150  # this week's row, one further down than exported
    sheet["A25"], sheet["E25"] = sheet["A19"].value, 151  # and the same period a second time
    workbook.save(workbook_path)
    report = read_actuals(workbook_path, sample_store, today=TODAY)
    assert [(c.period, c.actual) for c in report.changes] == [("2025-W11", 150.0)]
    assert [p.english() for p in report.problems] == [
        "'Cut average support call wait'!A25: 2025-W11 appears twice in the sheet"
    ]


@pytest.mark.parametrize(("ref", "value"), [("F8", 0), ("F8", True), ("B9", "B9")])
def test_crafted_ids_are_refused_not_crashed_on(sample_store, workbook_path, ref, value):
    if value == "B9":  # the same goal twice: two sheets could write one period twice
        workbook = openpyxl.load_workbook(workbook_path)
        workbook[ID_SHEET]["B9"] = workbook[ID_SHEET]["B8"].value
        workbook.save(workbook_path)
    else:
        _edit_ids(workbook_path, ref, value)
    with pytest.raises(ExportError, match="was not exported by goalplanner"):
        read_actuals(workbook_path, sample_store, today=TODAY)


def test_a_check_in_recorded_after_reading_stops_the_import(sample_store, workbook_path):
    wait = goal_id(sample_store, "wait time")
    fill(workbook_path, "Cut average support call wait", {"E18": 150, "E14": 207})
    report = read_actuals(workbook_path, sample_store, today=TODAY)
    assert report.ok and len(report.changes) == 2
    sample_store.add_checkin(wait, TODAY, 149.0, "recorded in the window meanwhile")
    before = sample_store.counts()["checkins"]
    with pytest.raises(ExportError, match="The plan changed while"):
        apply_actuals(sample_store, report)
    assert sample_store.counts()["checkins"] == before  # neither change was written


def test_a_value_far_from_what_the_goal_has_seen_is_a_warning_not_a_problem(sample_store, workbook_path):
    fill(workbook_path, "Cut average support call wait", {"E18": 99_999, "E14": 207})
    report = read_actuals(workbook_path, sample_store, today=TODAY)
    assert report.ok and len(report.changes) == 2  # it does not stop the import
    (warning,) = report.warnings  # 207 s is nothing unusual
    assert (warning.cell, warning.template) == ("E18", W_FAR)
    # seen: 100 s (stretch) to 240 s, widened by twice that span: 0 to 520 s
    assert warning.english().endswith(
        "E18: 99,999 is far outside what this goal has seen for Average call wait time (0 to 520): "
        "check it is right"
    )


def test_a_value_landing_on_a_day_with_another_check_in_is_a_warning(sample_store, tmp_path):
    wait = goal_id(sample_store, "wait time")
    second_friday = sorted(c.on for c in sample_store.checkins(wait))[1]
    sample_store.add_checkin(wait, second_friday, 210.0)  # a second check-in that day: the row shows it
    path = export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY).path
    fill(path, "Cut average support call wait", {"E14": 207})
    report = read_actuals(path, sample_store, today=TODAY)
    assert report.ok and [(c.before.actual, c.actual) for c in report.changes] == [(210.0, 207.0)]
    (warning,) = report.warnings
    assert (warning.cell, warning.template, warning.params) == (
        "E14",
        W_SAME_DAY,
        {"day": second_friday, "other": 205.0},
    )
    assert "already recorded on 2025-02-14 (205); it is kept" in warning.english()
