"""The workbook agrees with the window: after LibreOffice recalculates it, every goal sheet's Judged
against, Achievement and Status are core's evaluation, for recorded check-ins and for values a
colleague types into empty rows (judged as the importer will record them: on min(period end, today)).

One workbook holds the sample plan and a goal of each kind (increase, decrease, range x level, flow x
weekly, biweekly, monthly, with partial first and last periods), so LibreOffice starts once.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import (
    PlanLine,
    evaluate,
    judged_against,
    latest_by_period,
    status_plan,
)
from goalplanner.core.rollup import roll_up_plan
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.workbook.data import GoalData, PlanSnapshot, snapshot
from goalplanner.workbook.importer import read_actuals
from goalplanner.workbook.summary import HEADER_ROW
from goalplanner.workbook.text import ExcelText
from goalplanner.workbook.writer import COLUMN, PLAN_HEADER_ROW, export_workbook
from tests.workbook.libreoffice import recalculated, soffice

WORDS = ExcelText()
PROBE = "Z1"  # a cell of the Summary where the test asks LibreOffice for its TODAY()
EXCEL_EPOCH = date(1899, 12, 30)


def constructed_goals(today: date) -> list[Goal]:
    """A goal of each kind, running from about seven weeks before ``today`` to six after, starting and
    ending mid-week and mid-month so the first and last periods are partial."""
    start = today - timedelta(days=50 + (today.weekday() - 2) % 7)  # a Wednesday
    deadline = today + timedelta(days=40 + (4 - today.weekday()) % 7)  # a Friday
    month_start = (today.replace(day=1) - timedelta(days=70)).replace(day=17)
    month_deadline = (today.replace(day=1) + timedelta(days=70)).replace(day=12)
    weekly = {"start": start, "deadline": deadline, "checkin_cadence": "weekly"}
    monthly = {"start": month_start, "deadline": month_deadline, "checkin_cadence": "monthly"}
    biweekly = {**weekly, "checkin_cadence": "biweekly"}
    kinds = [
        ("CSAT up, weekly", "csat", "%", "increase", 70.0, 85.0, None, weekly),
        ("FCR up, every two weeks", "fcr", "%", "increase", 66.0, 72.5, None, biweekly),
        ("Handle time down, monthly", "aht", "s", "decrease", 420.0, 360.0, None, monthly),
        ("Wait time down, weekly", "wait_time", "s", "decrease", 240.0, 120.0, None, weekly),
        ("Occupancy into band from above", "occupancy", "%", "range", 88.0, 80.0, (75.0, 85.0), weekly),
        ("Occupancy into band from below", "occupancy", "%", "range", 66.0, 80.0, (75.0, 85.0), monthly),
        ("Occupancy kept in band", "occupancy", "%", "range", 82.0, 80.0, (75.0, 85.0), weekly),
        ("Calls down, weekly", "call_volume", "contacts", "decrease", 1000.0, 800.0, None, weekly),
        ("Calls down, monthly", "call_volume", "contacts", "decrease", 12000.0, 6000.0, None, monthly),
        ("Calls up, every two weeks", "call_volume", "contacts", "increase", 500.0, 650.0, None, biweekly),
        ("Calls into a band", "call_volume", "contacts", "range", 1200.0, 900.0, (800.0, 1000.0), weekly),
        ("Chat launched (milestone)", "milestone", "", "increase", 0.0, 1.0, None, weekly),
    ]
    goals = []
    for number, (title, kpi, unit, direction, baseline, target, band, when) in enumerate(kinds, start=101):
        low, high = band or (None, None)
        goals.append(
            Goal(
                id=number,
                title=title,
                owner="Test",
                kpi=kpi,
                unit=unit,
                direction=direction,
                baseline=baseline,
                baseline_date=when["start"] - timedelta(days=1),
                target=target,
                range_low=low,
                range_high=high,
                state="active",
                **when,
            )
        )
    return goals


# Shares of the planned change the check-ins make, cycled: on plan, ahead, at risk, off track, worse
# than the baseline, beyond the target -- none at a threshold, where rounding could tip either way.
SHARES = (1.0, 0.93, 0.8, 0.5, -0.3, 1.7, 0.97, 0.6)


def checkins_for(goal: Goal, today: date) -> list[CheckIn]:
    """Check-ins in the periods that ended before ``today``: on varied days (the goal's first day, a
    period's last, in between), two in one period, one period left empty for a colleague to fill."""
    rows = status_plan(goal, plan_for(goal))
    line = PlanLine(goal, rows)
    found: list[CheckIn] = []
    for index, sub in enumerate(rows):
        if sub.period_end >= today or index == 1:
            continue
        days = [sub.period_end, sub.period_start + (sub.period_end - sub.period_start) // 2]
        if index == 0:
            days = [max(goal.start, sub.period_start)]  # judged against the baseline itself
        if index == 2:
            days = [sub.period_start, sub.period_end]  # two in one period: the row shows the later
        for offset, on in enumerate(days):
            value = _value(goal, line, on, SHARES[(index + offset) % len(SHARES)], index)
            found.append(CheckIn(goal.id, on, value, id=goal.id * 1000 + len(found)))
    return found


def _value(goal: Goal, line: PlanLine, on: date, share: float, index: int) -> float:
    planned, footing = judged_against(goal, line, on)
    if goal.direction != "range" and index == 3:
        value = footing.target  # the target reached early: achieved
    elif goal.direction == "range" and index % 3 == 1:  # inside the band, or just outside it
        low, high = footing.range_low, footing.range_high
        value = (low, high + 0.3 * (high - low), low - 0.1 * (high - low))[index % 2]
    else:
        value = footing.baseline + share * (planned - footing.baseline)
    return round(min(max(value, 0.0), 100.0 if goal.unit == "%" else value), 2)


@dataclass(frozen=True)
class Typed:
    goal: Goal
    sheet: str
    row: int
    value: float


@dataclass(frozen=True)
class Exported:
    plan: PlanSnapshot
    path: Path  # as exported, with the typed values
    typed: list[Typed]
    computed: openpyxl.Workbook  # as LibreOffice recalculated it
    today: date  # LibreOffice's TODAY() while it did


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Exported:
    """The sample plan and the constructed goals in one workbook, values typed into empty rows,
    recalculated by LibreOffice."""
    folder = tmp_path_factory.mktemp("recalculated")
    today = date.today()
    with Store.open(folder / "sample.goalplan") as store:
        write_sample_plan(store, today - timedelta(days=3))
        sample = snapshot(store)
    made = [GoalData(g, plan_for(g), checkins_for(g, today)) for g in constructed_goals(today)]
    plan = PlanSnapshot(sample.plan_id, sample.plan_name, [*sample.goals, *made])
    report = export_workbook(plan, folder / "plan.xlsx", today=today)
    typed = _type_into_empty_rows(report.path, plan, report.sheets, today)
    computed = openpyxl.load_workbook(recalculated(report.path), data_only=True)
    return Exported(plan, report.path, typed, computed, _as_date(computed.worksheets[0][PROBE].value))


def _type_into_empty_rows(path: Path, plan: PlanSnapshot, sheets: dict[int, str], today: date) -> list[Typed]:
    """Type a value into each goal's first empty past row and into the row of this period."""
    book = openpyxl.load_workbook(path)
    book.worksheets[0][PROBE] = "=TODAY()"
    typed = []
    for number, data in enumerate(plan.goals):
        goal, rows = data.goal, status_plan(data.goal, data.plan)
        filled = latest_by_period(data.checkins, rows)
        empty = [i for i, s in enumerate(rows) if s.label not in filled and s.period_start <= today]
        picks = {empty[0], empty[-1]} if empty else set()
        for index in sorted(picks):
            sub, line = rows[index], PlanLine(goal, rows)
            share = SHARES[(number + index) % len(SHARES)]
            value = _value(goal, line, min(sub.period_end, today), share, number + index)
            row = PLAN_HEADER_ROW + 1 + index
            book[sheets[goal.id]].cell(row, COLUMN["actual"], value)
            typed.append(Typed(goal, sheets[goal.id], row, value))
    book.save(path)
    return typed


def _as_date(value) -> date:
    """A date as LibreOffice stored it: a date, or a day number when the cell has no date format."""
    if isinstance(value, datetime):
        return value.date()
    return EXCEL_EPOCH + timedelta(days=int(value))


def _row(computed, sheet: str, row: int) -> tuple:
    cells = computed[sheet]
    return tuple(cells.cell(row, COLUMN[key]).value for key in ("judged", "achievement", "status"))


def _at_a_threshold(judged) -> bool:
    """An achievement within float noise of 90 % or 75 % (0.8999999999999994): both core and the
    spreadsheet grade the whole percentage shown, so these must agree too."""
    share = judged.status.achievement
    return share is not None and any(abs(share - edge) < 1e-9 for edge in (0.9, 0.75))


def _agrees(found: tuple, judged, where: str) -> None:
    against, achievement, status = found
    assert against == pytest.approx(judged.planned, abs=1e-6), where
    if judged.status.achievement is None:
        assert achievement in (None, ""), where
    else:
        assert achievement == pytest.approx(judged.status.achievement, abs=1e-6), where
    assert status == WORDS.status(judged.status.code), where


def test_every_recorded_check_in_reads_as_the_window_judges_it(workbook):
    compared = set()
    for found, judged, where in _recorded(workbook):
        _agrees(found, judged, where)
        compared.add(judged.status.code)
    assert compared == {"on_track", "at_risk", "off_track", "achieved"}  # every verdict was tried


def test_a_check_in_at_exactly_a_threshold_reads_as_the_window_judges_it(workbook):
    ties = [(found, judged, where) for found, judged, where in _recorded(workbook) if _at_a_threshold(judged)]
    assert ties  # the sample's wait-time goal: 228 s on its first Friday is 90 % of the planned change
    for found, judged, where in ties:
        _agrees(found, judged, where)


def _recorded(workbook: Exported):
    """(computed cells, core's judgement, where) for each check-in shown in a plan row."""
    plan, computed, today = workbook.plan, workbook.computed, workbook.today
    for data in plan.goals:
        goal = data.goal
        rows = status_plan(goal, data.plan)
        shown = latest_by_period(data.checkins, rows)
        evaluation = evaluate(goal, data.plan, data.checkins, today)
        judged = {id(j.checkin): j for j in evaluation.judged}
        sheet = next(name for name in computed.sheetnames if computed[name]["A1"].value == goal.title)
        for index, sub in enumerate(rows):
            checkin = shown.get(sub.label)
            if checkin is not None:
                where = f"{goal.title}, {sub.label}, {checkin.actual} on {checkin.on}"
                yield _row(computed, sheet, PLAN_HEADER_ROW + 1 + index), judged[id(checkin)], where


def test_a_value_typed_into_an_empty_row_reads_as_it_will_once_imported(workbook):
    plan, typed, computed, today = workbook.plan, workbook.typed, workbook.computed, workbook.today
    goals = {data.goal.id: data for data in plan.goals}
    assert {entry.goal.id for entry in typed} >= {goal.id for goal in constructed_goals(today)}
    # the importer says when each typed value is recorded; the window then judges it
    report = read_actuals(workbook.path, plan, today=today)
    assert report.ok and len(report.changes) == len(typed)
    changes = {(c.sheet, int(c.cell[1:])): c for c in report.changes}
    kinds = set()
    for entry in typed:
        change = changes[(entry.sheet, entry.row)]
        assert change.on <= today
        data = goals[entry.goal.id]
        new = CheckIn(entry.goal.id, change.on, entry.value, id=10**9)
        evaluation = evaluate(entry.goal, data.plan, [*data.checkins, new], today)
        judged = next(j for j in evaluation.judged if j.checkin is new)
        where = f"{entry.goal.title}: {entry.value} typed into {change.period}, recorded on {change.on}"
        _agrees(_row(computed, entry.sheet, entry.row), judged, where)
        kinds.add(judged.status.code)
    assert len(kinds) >= 3


def test_the_summary_shows_the_windows_own_and_rolled_up_status(workbook):
    plan, computed, today = workbook.plan, workbook.computed, workbook.today
    evaluations = {d.goal.id: evaluate(d.goal, d.plan, d.checkins, today) for d in plan.goals}
    rollups = roll_up_plan(evaluations)
    summary = computed.worksheets[0]
    header = [cell.value for cell in summary[HEADER_ROW]]
    rows = {row[0].value: row for row in summary.iter_rows(min_row=HEADER_ROW + 1) if row[0].value}
    for data in plan.goals:
        row = rows[data.goal.title]
        assert row[header.index("Status")].value == WORDS.status(evaluations[data.goal.id].status.code)
        together = row[header.index("With sub-goals")].value  # "■ Off track (worst wins · driven by: …)"
        assert together.partition(" (")[0] == WORDS.status(rollups[data.goal.id].code)
        if data.goal.direction == "range":  # the band as the goal list writes it: "75.0% – 85.0%"
            low, high = data.goal.range_low, data.goal.range_high
            band = f"{WORDS.amount(data.goal, low)} – {WORDS.amount(data.goal, high)}"
            assert row[header.index("Target")].value == band


def test_libreoffice_recalculates_a_stale_today(tmp_path):
    """A TODAY() whose stored result is from long ago comes back as today: the helper really recalculates."""
    path = tmp_path / "stale.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "=TODAY()"
    book.active["A2"] = "=A1+1"
    book.save(path)
    stale = tmp_path / "stale-cached.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(stale, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<f>TODAY()</f><v></v>", b"<f>TODAY()</f><v>1</v>")
                data = data.replace(b"<f>A1+1</f><v></v>", b"<f>A1+1</f><v>2</v>")
                assert b"<v>1</v>" in data  # the stale result is in the file
            target.writestr(item, data)
    computed = openpyxl.load_workbook(recalculated(stale), data_only=True).active
    assert _as_date(computed["A1"].value) in {date.today(), date.today() - timedelta(days=1)}  # midnight
    assert _as_date(computed["A2"].value) - _as_date(computed["A1"].value) == timedelta(days=1)


def test_without_libreoffice_ci_fails_and_a_developer_skips(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must install it"):
        soffice()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        soffice()


def test_half_percent_achievements_read_as_the_window_rounds_them(tmp_path):
    """186.3 s against a plan of 180 s (from 240 s) is 89.5 % up to float noise: 90 %, on track, in the
    window; 195.3 s is 74.5 %: 75 %, at risk. The recalculated workbook must say the same."""
    from dataclasses import replace as changed

    from tests.helpers import wait_goal

    day = date(2025, 1, 26)
    goals, made = [], []
    for number, actual in enumerate((186.3, 195.3), start=1):
        goal = changed(wait_goal(title=f"Wait {number}"), id=number)
        checkin = CheckIn(number, day, actual, id=number)
        goals.append(goal)
        made.append(GoalData(goal, plan_for(goal), [checkin]))
    plan = PlanSnapshot("half-percent", "half percent", made)
    report = export_workbook(plan, tmp_path / "half.xlsx", today=date(2025, 3, 1))
    computed = openpyxl.load_workbook(recalculated(report.path), data_only=True)
    expected = []
    for data in made:
        evaluation = evaluate(data.goal, data.plan, data.checkins, date(2025, 3, 1))
        judged = evaluation.judged[0]
        rows = status_plan(data.goal, data.plan)
        index = next(i for i, s in enumerate(rows) if s.period_start <= day <= s.period_end)
        found = _row(computed, report.sheets[data.goal.id], PLAN_HEADER_ROW + 1 + index)
        _agrees(found, judged, data.goal.title)
        expected.append(judged.status.code)
    assert expected == ["on_track", "at_risk"]
