"""The agent sheet of a team goal: agents × periods, the team row as formulas, and actuals read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from goalplanner.core.agents import agents_of, team_actuals
from goalplanner.workbook.agents_import import P_BOTH, W_NO_TEAM, W_OTHER_LAYOUT
from goalplanner.workbook.agents_import import read_workbook as read_actuals
from goalplanner.workbook.agents_sheet import AGENTS_ID_SHEET
from goalplanner.workbook.importer import P_FROM_AGENTS, apply_actuals, most_sheets
from goalplanner.workbook.importer import read_actuals as read_goal_sheets
from goalplanner.workbook.writer import SHEET_NAME_LIMIT, export_workbook
from tests.workbook.agents_plan import PEOPLE, TODAY, agents_store
from tests.workbook.libreoffice import recalculated

TICKETS_SHEET = "Agents – Resolve 1,200 tickets"
AHT_SHEET = "Agents – Handle time down to"
FCR_SHEET = "Agents – FCR to 78%"


@pytest.fixture
def exported(tmp_path: Path):
    store, ids = agents_store(tmp_path / "agents.goalplan")
    path = tmp_path / "agents.xlsx"
    report = export_workbook(store, path, today=TODAY)
    yield store, ids, path, report
    store.close()


def rows_by_name(sheet) -> dict[str, int]:
    """The row of each name in column A: the first block's (the actuals), not the contacts'."""
    rows: dict[str, int] = {}
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, 1).value:
            rows.setdefault(sheet.cell(row, 1).value, row)
    return rows


def column_of(sheet, label: str, header_row: int = 6) -> int:
    return next(c for c in range(3, sheet.max_column + 1) if sheet.cell(header_row, c).value == label)


def _core_actuals(store, team_id: int):
    goals = store.list_goals()
    team = next(g for g in goals if g.id == team_id)
    feeds = [(agent, store.checkins(agent.id)) for agent in agents_of(team, goals)]
    return team_actuals(team, feeds, store.subtargets(team_id))


def core_team_values(store, team_id: int) -> dict[date, float]:
    return {actual.start: actual.checkin.actual for actual in _core_actuals(store, team_id)}


def test_a_team_goal_with_agents_gets_an_agent_sheet_beside_its_own(exported):
    _store, _ids, path, report = exported
    workbook = openpyxl.load_workbook(path)
    names = workbook.sheetnames
    assert names.index(TICKETS_SHEET) == names.index(report.sheets[_ids["tickets"]]) + 1
    assert AHT_SHEET in names and workbook[AGENTS_ID_SHEET].sheet_state == "hidden"
    assert all(len(name) <= SHEET_NAME_LIMIT for name in names) and len(set(names)) == len(names)
    sheet = workbook[TICKETS_SHEET]
    assert sheet["A1"].value == "Resolve 1,200 tickets a month"
    assert "team row is computed from the agents" in sheet["A3"].value
    rows = rows_by_name(sheet)
    assert [name for name in rows if name in PEOPLE] == PEOPLE
    january = column_of(sheet, "2025-01")
    assert sheet.cell(rows["Ana"], january).value == 310
    assert sheet.cell(rows["Ana"], january).protection.locked is False
    team = sheet.cell(rows["Team (from the agents)"], january).value
    assert team.startswith("=") and "SUM(" in team
    assert sheet.column_dimensions["B"].hidden  # the agent goals' ids, for the import
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    aht = workbook[AHT_SHEET]  # twelve weeks: two pages of six, the names on both
    assert [b.id for b in aht.col_breaks.brk] == [2 + 6] and aht.print_title_cols == "$A:$B"
    assert aht.page_setup.orientation == "landscape" and aht.page_setup.scale == 80
    assert "Contacts handled" in rows_by_name(aht)
    assert "SUMPRODUCT(" in aht.cell(rows_by_name(aht)["Team (from the agents)"], 3).value


def test_libreoffice_computes_the_team_row_as_core_combines_the_agents(exported, tmp_path):
    store, ids, path, _report = exported
    computed = openpyxl.load_workbook(recalculated(path), data_only=True)
    for sheet_name, team_id, labels in ((TICKETS_SHEET, ids["tickets"], ("2025-01", "2025-02")),
                                        (AHT_SHEET, ids["aht"], ("2025-W06", "2025-W07")),
                                        (FCR_SHEET, ids["fcr"], ("2025-W06",))):  # fmt: skip
        sheet = computed[sheet_name]
        row = rows_by_name(sheet)["Team (from the agents)"]
        core = core_team_values(store, team_id)
        shown = {sheet.cell(7, column_of(sheet, label)).value: sheet.cell(row, column_of(sheet, label)).value
                 for label in labels}  # fmt: skip
        assert {_day(day): value for day, value in shown.items()} == pytest.approx(core)
    assert core_team_values(store, ids["tickets"])[date(2025, 1, 1)] == 1185  # 310 + 290 + 305 + 280
    tickets = computed[TICKETS_SHEET]
    reported = rows_by_name(tickets)["Agents reported"]
    february = next(a for a in _core_actuals(store, ids["tickets"]) if a.start == date(2025, 2, 1))
    assert february.missing == ("Chen",)
    assert tickets.cell(reported, column_of(tickets, "2025-02")).value == len(PEOPLE) - len(february.missing)
    assert core_team_values(store, ids["aht"])[date(2025, 2, 3)] == 336  # (340 x 400 + 320 x 100) / 500
    assert core_team_values(store, ids["fcr"])[date(2025, 2, 3)] == pytest.approx(100 * 230 / 300)


def _day(value) -> date:
    return value.date() if hasattr(value, "date") else value


def test_agents_cells_a_colleague_fills_in_become_the_agents_check_ins(exported):
    store, ids, path, exported_report = exported
    report_sheets = exported_report.sheets
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[TICKETS_SHEET]
    rows, march = rows_by_name(sheet), column_of(sheet, "2025-03")
    sheet.cell(rows["Ana"], march).value = 330
    sheet.cell(rows["Chen"], column_of(sheet, "2025-02")).value = 299  # a month not recorded yet
    aht = workbook[AHT_SHEET]
    aht_rows, week = rows_by_name(aht), column_of(aht, "2025-W07")
    ben = [row for row in range(1, aht.max_row + 1) if aht.cell(row, 1).value == "Ben"]
    aht.cell(ben[0], week).value = 315
    aht.cell(ben[1], week).value = 120  # Ben's contacts that week
    assert aht_rows["Ben"] == ben[0]
    workbook.save(path)

    report = read_actuals(path, store, today=TODAY)
    assert report.ok, [p.english() for p in report.problems]
    goal_sheets_only = read_goal_sheets(path, store, today=TODAY)
    assert report.unchanged == goal_sheets_only.unchanged  # an agent's value is counted once, on its sheet
    assert sorted((c.goal_title.rsplit("— ", 1)[1], c.period, c.actual) for c in report.changes) == [
        ("Ana", "2025-03", 330),
        ("Ben", "2025-W07", 315),
        ("Chen", "2025-02", 299),
    ]
    apply_actuals(store, report)
    ana, _ben, chen, _dee = ids["ticket_agents"]
    assert [(c.on, c.actual) for c in store.checkins(ana)][-1] == (date(2025, 3, 12), 330)  # today, in March
    assert [(c.on, c.actual) for c in store.checkins(chen)][-1] == (date(2025, 2, 28), 299)  # the month's end
    ben_checkins = store.checkins(ids["aht_agents"][1])
    assert [(c.on, c.actual, c.volume) for c in ben_checkins][-1] == (date(2025, 2, 16), 315, 120)
    assert core_team_values(store, ids["tickets"])[date(2025, 2, 1)] == 320 + 300 + 299 + 295

    again = read_actuals(path, store, today=TODAY)  # what is recorded now is not imported twice
    assert again.changes == []
    # the teams' sheets still show their combined actuals as exported, which the agents changed since:
    # said as not imported, never blocking the import
    stale = {(report_sheets[ids[team]], P_FROM_AGENTS) for team in ("tickets", "aht")}
    assert again.ok and {(p.sheet, p.template) for p in again.warnings} >= stale


def test_a_value_typed_on_both_sheets_is_imported_once_or_must_be_settled(exported):
    store, ids, path, report = exported
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[TICKETS_SHEET]
    march = column_of(sheet, "2025-03")
    ana_sheet = workbook[report.sheets[ids["ticket_agents"][0]]]
    ana_row = next(r for r in range(13, 30) if ana_sheet.cell(r, 1).value == "2025-03")
    sheet.cell(rows_by_name(sheet)["Ana"], march).value = 330
    ana_sheet.cell(ana_row, 5).value = 330
    workbook.save(path)
    once = read_actuals(path, store, today=TODAY)
    assert once.ok and [c.actual for c in once.changes] == [330]

    ana_sheet.cell(ana_row, 5).value = 331
    workbook.save(path)
    twice = read_actuals(path, store, today=TODAY)
    assert [p.template for p in twice.problems] == [P_BOTH]
    assert "Ana's 2025-03 is 330 here but 331" in twice.problems[0].english()


def test_an_agent_sheet_whose_team_goal_is_gone_warns_and_the_rest_imports(exported):
    store, ids, path, _report = exported
    workbook = openpyxl.load_workbook(path)
    aht = workbook[AHT_SHEET]
    aht.cell(rows_by_name(aht)["Ana"], column_of(aht, "2025-W08")).value = 320
    workbook[TICKETS_SHEET].cell(rows_by_name(workbook[TICKETS_SHEET])["Ana"], 5).value = 330
    workbook.save(path)
    store.delete_goal(ids["tickets"])
    report = read_actuals(path, store, today=TODAY)
    assert (TICKETS_SHEET, W_NO_TEAM) in [(w.sheet, w.template) for w in report.warnings]
    assert [(c.period, c.actual) for c in report.changes] == [("2025-W08", 320)]


def test_a_workbook_without_agent_sheets_imports_as_before(exported):
    store, ids, path, report = exported
    workbook = openpyxl.load_workbook(path)
    for name in (TICKETS_SHEET, AHT_SHEET, AGENTS_ID_SHEET):
        del workbook[name]
    ana_sheet = workbook[report.sheets[ids["ticket_agents"][0]]]
    march = next(r for r in range(13, 30) if ana_sheet.cell(r, 1).value == "2025-03")
    ana_sheet.cell(march, 5).value = 330
    workbook.save(path)
    found = read_actuals(path, store, today=TODAY)
    assert found.ok and [(c.goal_id, c.actual) for c in found.changes] == [(ids["ticket_agents"][0], 330)]


def test_the_sheet_count_of_an_export_with_agent_sheets_is_within_the_import_limit(exported):
    store, _ids, path, _report = exported
    sheets = openpyxl.load_workbook(path, read_only=True).sheetnames
    goals = len(store.list_goals())
    # a goal sheet each, an agent sheet per team (at most one per two goals), and four of our own
    assert len(sheets) == goals + 3 + 4
    assert len(sheets) <= goals + goals // 2 + 4 <= most_sheets(goals)


def test_agents_cells_take_the_metrics_bounds_and_impossible_values_are_problems(exported):
    store, _ids, path, _report = exported
    workbook = openpyxl.load_workbook(path)
    fcr = workbook[FCR_SHEET]
    rules = {
        str(rule.sqref): (rule.type, rule.formula1, rule.formula2)
        for rule in fcr.data_validations.dataValidation
    }
    ana, contacts = [row for row in range(1, fcr.max_row + 1) if fcr.cell(row, 1).value == "Ana"]
    week = column_of(fcr, "2025-W07")
    assert any(f"C{ana}" in where and found == ("decimal", "0", "100") for where, found in rules.items())
    assert any(f"C{contacts}" in where and found[:2] == ("decimal", "0") for where, found in rules.items())
    fcr.cell(ana, week).value = 120  # typed past the data validation, as a paste does
    fcr.cell(contacts, week).value = "many"
    fcr.cell(ana, week + 1).value = 75
    workbook.save(path)
    report = read_actuals(path, store, today=TODAY)
    letter = openpyxl.utils.get_column_letter(week)
    assert {p.english() for p in report.problems} == {
        f"'{FCR_SHEET}'!{letter}{ana}: 120 is impossible for First contact resolution (0 to 100)",
        f"'{FCR_SHEET}'!{letter}{contacts}: “many” is not a number of contacts: type a number of at least 0",
    }
    assert [c.actual for c in report.changes] == [75]  # the rest is read, and nothing applied while problems


def test_a_share_typed_with_its_base_is_recorded_with_its_counts(exported):
    store, ids, path, _report = exported
    workbook = openpyxl.load_workbook(path)
    fcr = workbook[FCR_SHEET]
    ana, ana_base = [row for row in range(1, fcr.max_row + 1) if fcr.cell(row, 1).value == "Ana"]
    week = column_of(fcr, "2025-W07")
    fcr.cell(ana, week).value = 76.5
    fcr.cell(ana_base, week).value = 200
    workbook.save(path)
    report = read_actuals(path, store, today=TODAY)
    assert report.ok and len(report.changes) == 1
    apply_actuals(store, report)
    latest = store.checkins(ids["fcr_agents"][0])[-1]
    assert (latest.actual, latest.numerator, latest.denominator, latest.volume) == (76.5, 153, 200, 200)
    goals = store.list_goals()
    team = next(g for g in goals if g.id == ids["fcr"])
    feeds = [(agent, store.checkins(agent.id)) for agent in agents_of(team, goals)]
    week_seven = team_actuals(team, feeds, store.subtargets(team.id))[-1]
    assert week_seven.exact and week_seven.checkin.actual == pytest.approx(76.5)


def test_a_tampered_list_of_agent_sheets_is_skipped_with_a_warning(exported):
    store, _ids, path, _report = exported
    workbook = openpyxl.load_workbook(path)
    workbook[AGENTS_ID_SHEET]["E3"] = 1_000_000  # the first agent row, far below the header
    workbook[AGENTS_ID_SHEET]["B4"] = "six"
    workbook.save(path)
    report = read_actuals(path, store, today=TODAY)
    assert report.ok and report.changes == []
    assert [(w.sheet, w.template) for w in report.warnings] == [
        (TICKETS_SHEET, W_OTHER_LAYOUT),
        (AHT_SHEET, W_OTHER_LAYOUT),
    ]


def test_rows_a_colleague_inserts_above_the_agents_do_not_lose_them(exported):
    store, ids, path, _report = exported
    workbook = openpyxl.load_workbook(path)
    aht = workbook[AHT_SHEET]
    aht.insert_rows(4, amount=2)  # a note of their own under the heading
    ana, ana_contacts = [r for r in range(1, aht.max_row + 1) if aht.cell(r, 1).value == "Ana"]
    aht.insert_rows(ana_contacts, amount=1)  # and a blank line in the contacts block
    week = column_of(aht, "2025-W08", header_row=8)
    aht.cell(ana, week).value = 322
    aht.cell(ana_contacts + 1, week).value = 410
    workbook.save(path)
    report = read_actuals(path, store, today=TODAY)
    assert report.ok and [(c.goal_id, c.period, c.actual, c.volume) for c in report.changes] == [
        (ids["aht_agents"][0], "2025-W08", 322, 410)
    ]
