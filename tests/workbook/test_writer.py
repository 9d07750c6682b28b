"""The exported workbook, opened with openpyxl as a colleague's spreadsheet program would read it."""

from __future__ import annotations

import errno
import re
import zipfile
from datetime import date

import openpyxl
import pytest

from goalplanner.core.model import CheckIn, Goal
from goalplanner.files import ExportCancelled, ExportError, write_error
from goalplanner.workbook.data import (
    CELL_LIMIT,
    ID_SHEET,
    MARKER,
    GoalData,
    PlanSnapshot,
    unescape_cell_text,
)
from goalplanner.workbook.summary import HEADER_ROW, status_key
from goalplanner.workbook.text import ExcelText
from goalplanner.workbook.writer import CHART_ROWS, NOTE_COLUMN, export_workbook, unique_sheet_names
from tests.workbook.conftest import TODAY, goal_id
from tests.workbook.libreoffice import recalculated


@pytest.fixture
def exported(sample_store, tmp_path):
    report = export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY)
    return report, openpyxl.load_workbook(report.path)


def test_sheets_summary_one_per_goal_history_and_hidden_ids(exported, sample_store):
    report, workbook = exported
    goals = sample_store.list_goals()
    assert workbook.sheetnames == ["Summary", *[report.sheets[g.id] for g in goals], "Check-ins", ID_SHEET]
    assert workbook[ID_SHEET].sheet_state == "hidden"
    assert all(workbook[name].sheet_state == "visible" for name in workbook.sheetnames[:-1])
    ids = workbook[ID_SHEET]
    assert (ids["A1"].value, ids["B1"].value) == (MARKER, 1)
    assert ids["B2"].value == sample_store.plan_id
    assert workbook.properties.title == "Goal plan: sample.goalplan"
    assert workbook.properties.creator == "goalplanner"


def test_summary_is_a_filterable_table_with_units_and_status_colours(exported, sample_store):
    report, workbook = exported
    summary = workbook["Summary"]
    table = summary.tables["Goals"]
    assert table.ref == f"A{HEADER_ROW}:K{HEADER_ROW + 7}"  # 11 columns, header and 7 goals
    assert summary.freeze_panes == f"B{HEADER_ROW + 1}"  # the title block and the header stay in view
    header = [c.value for c in summary[HEADER_ROW]]
    assert header == ["Goal", "Owner", "Metric", "Baseline", "Target", "Deadline", "Latest actual",
                      "Latest on", "Status", "With sub-goals", "Sheet"]  # fmt: skip
    rows = {row[0].value: row for row in summary.iter_rows(min_row=HEADER_ROW + 1)}
    wait = rows[next(t for t in rows if "wait time" in t)]
    column = {name: header.index(name) for name in header}
    assert wait[column["Baseline"]].value == 240 and wait[column["Baseline"]].number_format == '#,##0" s"'
    assert wait[column["Metric"]].value == "Average call wait time\nlower is better"  # s: in the numbers
    csat = rows[next(t for t in rows if "CSAT" in t)]
    assert csat[column["Target"]].number_format == '#,##0.0"%"'
    assert csat[column["Status"]].value == "● On track"
    assert wait[column["Status"]].value == "■ Off track"
    volume = rows[next(t for t in rows if "call volume" in t)]
    assert volume[column["Metric"]].value == "Call volume\ncontacts · lower is better"
    vision = rows[next(t for t in rows if "leader" in t)]
    assert vision[column["Status"]].value == "● On track"  # its own check-in
    assert vision[column["With sub-goals"]].value == "■ Off track"  # the wait-time goal under it
    occupancy = rows[next(t for t in rows if "occupancy" in t)]
    assert occupancy[column["Target"]].value == "75.0% – 85.0%"  # a band, as the goal list writes it
    assert isinstance(wait[column["Deadline"]].value, type(wait[column["Latest on"]].value))  # real dates
    link = wait[column["Sheet"]]
    assert link.value == report.sheets[goal_id(sample_store, "wait time")]
    assert link.hyperlink.target == f"#'{link.value}'!A1"  # opens the goal's sheet
    rules = [rule for cf in summary.conditional_formatting for rule in cf.rules]
    assert any("Off track" in rule.formula[0] for rule in rules) and len(rules) == 8  # status, roll-up


def test_the_summary_prints_readable_with_a_title_block(exported):
    """Landscape, one page wide and as long as it takes, the header row on every page, the links
    column (for the screen) left off the page, and a title block: the plan, when and by whom, the key."""
    report, _workbook = exported
    path = report.path.with_name("by.xlsx")
    export_workbook(PlanSnapshot("id", "Team plan.goalplan", []), path, today=TODAY, exported_by="mark")
    for book, who in ((openpyxl.load_workbook(report.path), None), (openpyxl.load_workbook(path), "mark")):
        summary = book["Summary"]
        setup = summary.page_setup
        assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
        assert summary.sheet_properties.pageSetUpPr.fitToPage
        assert summary.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
        assert summary.print_area.startswith("'Summary'!$A$1:$J$")  # not the links in K
        widths = [summary.column_dimensions[letter].width for letter in "ABCDEFGHIJ"]
        assert sum(widths) <= 150  # printed at about 9 pt: the issue found 5 pt at 259
        for cell in summary[HEADER_ROW][:10]:  # headers wrap instead of being cut ("Latest actu…")
            assert cell.alignment.wrap_text
            assert len(cell.value) <= 2 * summary.column_dimensions[cell.column_letter].width
        assert summary.row_dimensions[HEADER_ROW].height >= 30  # room for the wrapped headers
        exported_line = summary["A2"].value
        if who is None:
            assert summary["A1"].value == "Goal plan: sample"
            assert exported_line == "Exported on 2025-03-12"
        else:
            assert summary["A1"].value == "Goal plan: Team plan"
            assert exported_line == "Exported on 2025-03-12 by mark"
        key = summary["A3"].value
        for status in ("● On track", "▲ At risk", "■ Off track", "★ Achieved", "○ No check-in yet"):
            assert status in key
        assert "90% or more" in key and "75–89%" in key and "With sub-goals" in key
        assert "A3:J3" in {str(r) for r in summary.merged_cells.ranges}
        assert summary.oddFooter.right.text == "&P / &N"


def test_the_status_key_colours_each_status_as_its_cells_do(exported):
    report, _workbook = exported
    with zipfile.ZipFile(report.path) as book:
        summary = book.read("xl/worksheets/sheet1.xml").decode()
    for code, text in (("D55E00", "&#9632; Off track"), ("0072B2", "&#9679; On track")):
        assert f'<color rgb="00{code}"/></rPr><t>{text}</t>' in summary  # the palette's colour, bold
    grades, rest = str(status_key(ExcelText())).split("\n")  # the grades on one line, the rest after
    assert "Off track" in grades and "Achieved" not in grades and "With sub-goals" in rest


def test_each_goal_sheet_prints_one_page_wide_with_its_chart_under_the_plan(exported, sample_store):
    report, workbook = exported
    for goal in sample_store.list_goals():
        sheet = workbook[report.sheets[goal.id]]
        setup = sheet.page_setup
        assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
        assert sum(sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJKL") <= 152
        (chart,) = sheet._charts
        assert chart.anchor._from.col == 0  # under the table, inside the printed columns A-L
        assert {str(r) for r in sheet.merged_cells.ranges} >= {"A1:L1", "A2:L2"}  # title and sentence wrap
        # a chart that would not fit under the table starts a page rather than being cut in two
        breaks = [b.id for b in sheet.row_breaks.brk]
        assert not breaks or breaks == [chart.anchor._from.row - 1]


def test_goal_sheet_has_plan_actuals_live_formulas_validation_and_chart(exported, sample_store):
    report, workbook = exported
    wait_id = goal_id(sample_store, "wait time")
    sheet = workbook[report.sheets[wait_id]]
    assert sheet["A1"].value.startswith("Cut average support call wait time")
    header = [c.value for c in sheet[12]][:10]
    assert header == ["Period", "From", "To", "Planned", "Actual", "Judged against", "Variance",
                      "Achievement", "Status", "Note"]  # fmt: skip
    weeks = [s for s in sample_store.subtargets(wait_id) if s.period == "week"]
    assert [sheet.cell(13 + i, 1).value for i in range(len(weeks))] == [w.label for w in weeks]
    assert [sheet.cell(13 + i, 4).value for i in range(len(weeks))] == pytest.approx(
        [w.planned for w in weeks]
    )
    actuals = [c.actual for c in sample_store.checkins(wait_id)]
    assert [sheet.cell(13 + i, 5).value for i in range(5)] == actuals  # one check-in a week so far
    assert sheet.cell(13 + 5, 5).value is None  # this week: to be filled in
    assert sheet["F13"].value == "=226.66666666666666"  # the plan on the first Friday, to the last bit
    assert sheet["F18"].value.startswith("=140.0+(120.0-140.0)*(") and "TODAY()" in sheet["F18"].value
    assert sheet["G13"].value == '=IF(AND(ISNUMBER(E13),ISNUMBER(F13)),E13-F13,"")'
    share = 'IF(F13=240.0,"",(E13-240.0)/(F13-240.0))'
    assert sheet["H13"].value == f'=IF(ISNUMBER(E13),IF(ISNUMBER({share}),ROUND({share},8),""),"")'
    assert sheet["I13"].value.startswith('=IF(ISNUMBER(E13),IF(E13<=120.0,"★ Achieved",IF(E13>240.0,"■ Off')
    assert sheet["J16"].value == "Two agents off sick; call-backs paused."
    validation, drop_down = sheet.data_validations.dataValidation  # the actual's, the confidence's
    assert (drop_down.type, str(drop_down.sqref)) == ("list", f"K13:K{12 + len(weeks)}")
    assert str(validation.sqref) == f"E13:E{12 + len(weeks)}"
    assert (validation.type, validation.operator, validation.formula1) == (
        "decimal",
        "greaterThanOrEqual",
        "0",
    )
    (chart,) = sheet._charts
    series = [s.val.numRef.f for s in chart.series]
    assert series == [
        f"'{sheet.title}'!$D$13:$D${12 + len(weeks)}",
        f"'{sheet.title}'!$E$13:$E${12 + len(weeks)}",
    ]
    # the chart under the plan table (the sheet prints one page wide), then the other period's plan
    anchor = chart.anchor._from
    assert anchor.col == 0 and anchor.row + 1 > 12 + len(weeks)
    months = [s for s in sample_store.subtargets(wait_id) if s.period == "month"]
    reference_top = next(r for r in range(anchor.row + 1, 200) if sheet.cell(r, 1).value)
    assert reference_top >= anchor.row + 1 + CHART_ROWS
    assert sheet.cell(reference_top, 1).value == "Monthly plan (for reference)"
    assert sheet.cell(reference_top + 2, 1).value == months[0].label


def test_percentage_goals_validate_between_0_and_100(exported, sample_store):
    report, workbook = exported
    sheet = workbook[report.sheets[goal_id(sample_store, "CSAT")]]
    validation, _confidence = sheet.data_validations.dataValidation
    assert (validation.operator, validation.formula1, validation.formula2) == ("between", "0", "100")
    assert "0 to 100" in validation.error


INJECTIONS = ['=HYPERLINK("http://evil","x")', "+SUM(1,2)", "-2+3", "@cmd", "\tTabbed", "\rReturn"]


def one_goal_plan(title: str, owner: str, notes: list[str]) -> PlanSnapshot:
    goal = Goal(id=1, title=title, owner=owner, kpi="csat", unit="%", direction="increase", baseline=60.0,
                target=80.0, start=date(2025, 1, 6), deadline=date(2025, 3, 30), state="active")  # fmt: skip
    from goalplanner.core.breakdown import plan_for

    checkins = [
        CheckIn(1, date(2025, 1, 10 + 7 * i), 61.0 + i, note, id=i + 1) for i, note in enumerate(notes)
    ]
    return PlanSnapshot("abc", "test.goalplan", [GoalData(goal, plan_for(goal), checkins)])


def test_formula_like_text_is_stored_as_text_never_as_a_formula(tmp_path):
    plan = one_goal_plan(INJECTIONS[0], INJECTIONS[1], INJECTIONS[2:])
    report = export_workbook(plan, tmp_path / "x.xlsx", today=date(2025, 3, 1))
    workbook = openpyxl.load_workbook(report.path)
    sheet = workbook[report.sheets[1]]
    cells = [sheet["A1"], sheet["B4"], *(sheet.cell(13 + i, NOTE_COLUMN) for i in range(4))]
    assert [unescape_cell_text(c.value) for c in cells] == INJECTIONS
    assert all(c.data_type == "s" for c in cells)
    with zipfile.ZipFile(report.path) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
    formulas = re.findall(r"<f>(.*?)</f>", xml)
    assert formulas and not [f for f in formulas if "HYPERLINK" in f or "SUM(1" in f or "cmd" in f]
    assert report.warnings.messages == []


def test_overlong_text_is_cut_with_a_warning_and_control_characters_kept_as_excel_escapes(tmp_path):
    long_note = "x" * 40_000
    title = "Bell\x07, null\x00, CR\r and a literal _x0041_ in a title"
    plan = one_goal_plan(title, "Ann", [long_note])
    report = export_workbook(plan, tmp_path / "x.xlsx")
    sheet = openpyxl.load_workbook(report.path)[report.sheets[1]]
    assert sheet["A1"].value == "Bell_x0007_, null_x0000_, CR_x000D_ and a literal _x005F_x0041_ in a title"
    assert unescape_cell_text(sheet["A1"].value) == title  # what Excel shows, and what import reads back
    assert len(sheet["J13"].value) == CELL_LIMIT and sheet["J13"].value.endswith("…")
    warnings = report.warnings.english()  # the note is in the goal's sheet and in the history
    assert len(warnings) == 2 and all("40,000 characters" in w and "plan keeps it all" in w for w in warnings)


def test_sheet_names_are_valid_unique_and_keep_non_latin_titles():
    titles = ["Cut wait time: phase 1/2 [draft]?", "cut wait time: phase 1/2 [draft]?", "History",
              "将平均等待时间缩短一半", "'quoted'", "", "A" * 40]  # fmt: skip
    names = unique_sheet_names(titles, reserved={"Summary"})
    assert len({n.casefold() for n in names}) == len(names)
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)
    assert names[0] == "Cut wait time phase 1 2 draft"
    assert names[1] == "cut wait time phase 1 2 (2)"
    assert names[2] == "History (2)"  # Excel keeps "History" for itself
    assert names[3] == "将平均等待时间缩短一半"
    assert names[4] == "quoted" and names[5] == "Goal 6"


def test_a_cancelled_export_leaves_the_old_file_and_nothing_else(sample_store, tmp_path):
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"last week's workbook")
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 3

    with pytest.raises(ExportCancelled):
        export_workbook(sample_store, target, progress=progress)
    assert calls == [(1, 8), (2, 8), (3, 8)]  # 7 goal sheets, then the file
    assert target.read_bytes() == b"last week's workbook"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx" or ".partial" in p.name) == [
        "plan.xlsx"
    ]


def test_a_destination_that_cannot_be_replaced_gives_a_message_and_keeps_it(sample_store, tmp_path):
    folder = tmp_path / "plan.xlsx"
    folder.mkdir()  # a folder where the workbook should go: the move fails like a locked file would
    with pytest.raises(ExportError) as raised:
        export_workbook(sample_store, folder)
    assert "could not be written" in str(raised.value)
    assert folder.is_dir() and not list(tmp_path.glob(".plan.xlsx*"))


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "the folder is read-only"),
        (PermissionError(errno.EACCES, "Permission denied"), "open in another program"),
        (FileNotFoundError(errno.ENOENT, "No such file"), "the folder does not exist"),
    ],
)
def test_write_failures_say_what_to_do(tmp_path, error, says):
    assert says in str(write_error(tmp_path / "plan.xlsx", error))


def test_libreoffice_computes_the_formulas_of_a_typed_actual(sample_store, tmp_path):
    report = export_workbook(sample_store, tmp_path / "plan.xlsx", today=TODAY)
    workbook = openpyxl.load_workbook(report.path)
    sheet = workbook[report.sheets[goal_id(sample_store, "wait time")]]
    sheet["E18"] = 150  # a colleague types the last week's actual against a plan of 120
    workbook.save(report.path)
    computed = openpyxl.load_workbook(recalculated(report.path), data_only=True)[sheet.title]
    assert computed["F18"].value == pytest.approx(120)  # the week has ended: judged against its end
    assert computed["G18"].value == pytest.approx(30)  # variance: 150 - 120
    assert computed["H18"].value == pytest.approx(90 / 120)  # 90 of the 120 seconds planned
    assert computed["I18"].value == "▲ At risk"
    assert computed["H13"].value == pytest.approx(12 / (240 - 226.6667), abs=1e-4)  # 228 on the first Friday
    assert computed["G19"].value in (None, "") and computed["I19"].value in (None, "")  # nothing typed


def test_the_summary_says_a_closed_goal_is_closed_and_keeps_its_colour(sample_store, tmp_path):
    from dataclasses import replace

    csat = sample_store.get_goal(goal_id(sample_store, "CSAT"))
    sample_store.save_goal(replace(csat, state="achieved", final_value=90.0))
    report = export_workbook(sample_store, tmp_path / "closed.xlsx", today=TODAY)
    summary = openpyxl.load_workbook(report.path)["Summary"]
    header = [c.value for c in summary[HEADER_ROW]]
    rows = {row[0].value: row for row in summary.iter_rows(min_row=HEADER_ROW + 1)}
    status = rows[csat.title][header.index("Status")].value
    assert status == "● On track · Achieved (90.0%)"  # the outcome and the final value, as the CLI says
    rules = [rule.formula[0] for cf in summary.conditional_formatting for rule in cf.rules]
    assert 'LEFT(I6,10)="● On track"' in rules  # "begins with": the closed goal's row is coloured too
