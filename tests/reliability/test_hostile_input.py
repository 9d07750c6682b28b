"""Odd and hostile input, everywhere it enters: kept exactly, or refused with a message, never changed.

Text from every script and of any length goes through the plan file and the workbook byte for byte;
numbers a metric cannot take, and numbers no file can hold, are refused where they are typed.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.smart import check
from goalplanner.store import Store
from goalplanner.workbook.data import GoalData, PlanSnapshot, unescape_cell_text
from goalplanner.workbook.writer import export_workbook

ODD_TEXT = {
    "Chinese": "将平均等待时间缩短一半",
    "Korean": "평균 대기 시간을 절반으로 줄이기",
    "right to left": "קיצור זמן ההמתנה بمقدار النصف",
    "emoji with joiners": "👩\u200d💻 team 🎉🇳🇴",
    "combining marks": "e\u0301 n\u0303 a\u030a (decomposed, not NFC)",
    "formula": '=HYPERLINK("http://example.com","click")',
    "plus and minus": "+1 -1 @mention",
    "control characters": "tab\there\x07bell\x00nul\rcr",
    "40,000 characters": "wait " * 8000,
    "beyond the basic plane": "\U0001d50a\U0001d52c\U0001d51e\U0001d529 \U00010348",
}

DATES = [date(1, 1, 1), date(1899, 12, 30), date(1900, 2, 28), date(9999, 12, 31)]


def hostile_goal(text: str, **changes) -> Goal:
    values = dict(title=text, owner=text, team=text, scope=text, reviewer=text, why=text, strategy=text,
                  contributors=(text, "Ann"), kpi="custom", unit=text[:40], direction="increase",
                  baseline=1.0, target=2.0, start=date(2025, 1, 6), deadline=date(2025, 3, 30),
                  state="active")  # fmt: skip
    values.update(changes)
    return Goal(**values)


@pytest.mark.parametrize("name", ODD_TEXT)
def test_odd_text_round_trips_through_the_plan_file(tmp_path, name):
    text = ODD_TEXT[name]
    with Store.open(tmp_path / "plan.goalplan") as store:
        goal_id = store.save_goal(hostile_goal(text))
        store.add_checkin(goal_id, date(2025, 1, 10), 1.5, text)
    with Store.open(tmp_path / "plan.goalplan") as store:  # read back from disk, not from a cache
        goal = store.get_goal(goal_id)
        assert goal == replace(hostile_goal(text), id=goal_id)
        assert store.checkins(goal_id)[0].note.encode("utf-8") == text.encode("utf-8")


@pytest.mark.parametrize("name", ODD_TEXT)
def test_odd_text_round_trips_through_the_workbook(tmp_path, name):
    text = ODD_TEXT[name]
    goal = replace(hostile_goal(text), id=1)
    checkin = CheckIn(1, date(2025, 1, 10), 1.5, text, id=1)
    plan = PlanSnapshot("id", "plan.goalplan", [GoalData(goal, plan_for(goal), [checkin])])
    report = export_workbook(plan, tmp_path / "plan.xlsx")
    workbook = openpyxl.load_workbook(report.path)  # every part parses: no raw control character anywhere
    sheet = workbook[report.sheets[1]]
    title, note = unescape_cell_text(sheet["A1"].value), unescape_cell_text(sheet["J13"].value)
    if len(text) <= 32_767:
        assert title == text and note == text
        assert report.warnings.messages == []
    else:  # Excel's cell limit: cut, said, and the plan keeps the whole text
        assert title == text[:32_766] + "…"
        assert any("40,000 characters" in w for w in report.warnings.english())


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_numbers_no_file_can_hold_are_refused(value):
    with pytest.raises(ValueError, match="finite"):
        hostile_goal("x", target=value)
    with pytest.raises(ValueError, match="finite"):
        CheckIn(1, date(2025, 1, 10), value)


def test_minus_zero_is_zero_and_huge_numbers_are_kept_exactly(tmp_path):
    with Store.open(tmp_path / "plan.goalplan") as store:
        goal_id = store.save_goal(hostile_goal("x", baseline=-0.0, target=1e20))
        stored = store.add_checkin(goal_id, date(2025, 1, 10), -0.0)
        goal = store.get_goal(goal_id)
        assert math.copysign(1.0, goal.baseline) == 1.0 and goal.baseline == 0  # -0 is 0, said so plainly
        assert goal.target == 1e20
        assert math.copysign(1.0, store.checkins(goal_id)[0].actual) == 1.0 and stored.actual == 0


def test_a_negative_target_for_a_metric_that_cannot_be_negative_is_refused_by_the_checks():
    goal = hostile_goal(
        "Cut handle time", kpi="aht", unit="s", direction="decrease", baseline=300.0, target=-5.0
    )
    codes = {(f.code, f.severity) for f in check(goal)}
    assert ("target_out_of_range", "error") in codes


@pytest.mark.parametrize("day", DATES, ids=str)
def test_dates_at_the_ends_of_the_calendar_round_trip(tmp_path, day):
    deadline = day if day > date(1, 1, 1) else None
    goal = hostile_goal("Dates", start=min(day, date(9999, 1, 1)), deadline=deadline, baseline_date=day)
    with Store.open(tmp_path / "plan.goalplan") as store:
        goal_id = store.save_goal(goal)
        store.add_checkin(goal_id, day, 1.0)
        assert store.get_goal(goal_id).baseline_date == day
        assert store.checkins(goal_id)[0].on == day
    data = GoalData(replace(goal, id=goal_id), [], [CheckIn(goal_id, day, 1.0, id=1)])
    report = export_workbook(PlanSnapshot("id", "p", [data]), tmp_path / "dates.xlsx")
    history = openpyxl.load_workbook(report.path)["Check-ins"]
    shown = history["B2"].value
    # Excel has no dates before 1900-03-01: those are written as ISO text, the rest as real dates
    assert shown == day.isoformat() if day < date(1900, 3, 1) else shown.date() == day
