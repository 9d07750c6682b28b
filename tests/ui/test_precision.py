"""Values read at their metric's precision, the same on every surface: the plan table, the goal list,
``goalplanner status`` and the exported workbook as a spreadsheet shows it (one rule, core.kpis.
decimals_for with core.i18n.round_shown; Excel keeps the full value and shows it rounded)."""

from __future__ import annotations

import contextlib
import io
import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale

from goalplanner.cli import main as cli
from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import status_period, status_plan
from goalplanner.store import Store
from goalplanner.ui.detail.models import CheckInTableModel, PlanTableModel
from goalplanner.ui.formatting import format_amount
from goalplanner.ui.goal_tree import LATEST, TARGET
from goalplanner.workbook.data import snapshot
from goalplanner.workbook.summary import HEADER_ROW
from goalplanner.workbook.writer import COLUMN, PLAN_HEADER_ROW, export_workbook
from tests.ui.conftest import open_plan
from tests.workbook.libreoffice import shown_cells

TODAY = date.today()
START = TODAY - timedelta(days=20)


def goal(title: str, kpi: str, unit: str, direction: str, baseline: float, target: float) -> Goal:
    return Goal(title=title, owner="Mark", start=START, deadline=START + timedelta(weeks=9), kpi=kpi,
                unit=unit, direction=direction, baseline=baseline, baseline_date=START, target=target,
                state="active")  # fmt: skip


# Targets and actuals with more decimals than their metrics are shown with.
GOALS = {
    "wait": (goal("Cut wait time", "wait_time", "s", "decrease", 240, 120.4), 228.84, "120 s"),
    "csat": (goal("Raise CSAT", "csat", "%", "increase", 68.07, 85.04), 68.55, "85.0%"),
    "cost": (goal("Cut cost per contact", "cpc", "currency", "decrease", 4.5, 3.999), 4.4449, "4.00"),
    "custom": (goal("More transfers", "custom", "transfers/week", "increase", 38, 42.005), 38.5, None),
}


@pytest.fixture
def plan_path(tmp_path):
    path = tmp_path / "precise.goalplan"
    with Store.open(path) as store:
        for goal_, actual, _target in GOALS.values():
            goal_id = store.save_goal(goal_, plan_for(goal_))
            store.add_checkins([CheckIn(goal_id, START + timedelta(days=4), actual)])
    return path


def number_of(goal_: Goal, text: str) -> str:
    """``text`` as a workbook cell shows it: a unit written out in words ("42.01 transfers/week") is in
    the Summary's Metric column rather than after every number; %, s and h are in the number format."""
    return text.removesuffix(" " + goal_.unit) if goal_.unit not in ("%", "s", "h") else text


def cli_status(path) -> dict[str, list[str]]:
    """``goalplanner status`` by goal title: its cells, split where two or more spaces separate them."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli(["status", "--db", str(path)]) == 0
    lines = out.getvalue().splitlines()
    header = re.split(r"\s{2,}", lines[0].strip())
    rows = [re.split(r"\s{2,}", line.strip()) for line in lines[1:]]
    return {row[-1]: dict(zip(header, row, strict=True)) for row in rows}


def test_a_planned_value_reads_the_same_in_the_plan_table_the_list_the_cli_and_the_workbook(
    window, qtbot, plan_path
):
    assert open_plan(qtbot, window, plan_path)
    window.show()
    with Store.open(plan_path) as store:
        goals = {g.title: g for g in store.list_goals()}
        plans = {g.id: store.subtargets(g.id) for g in goals.values()}
        report = export_workbook(snapshot(store), plan_path.with_suffix(".xlsx"), today=TODAY)
    shown = shown_cells(report.path)
    summary = shown["Summary"]
    header = summary[HEADER_ROW - 1]
    summary_rows = {row[0]: dict(zip(header, row, strict=False)) for row in summary[HEADER_ROW:]}
    status = cli_status(plan_path)
    for name, (_goal, actual, expected_target) in GOALS.items():
        goal_ = goals[_goal.title]
        rows = status_plan(goal_, plans[goal_.id])
        # the plan table, in the period type the workbook's goal sheet has
        window.select_goal(goal_.id)
        plan_tab = window.detail.plan_tab
        (plan_tab.weeks_radio if status_period(goal_) == "week" else plan_tab.months_radio).click()
        table = plan_tab.plan_model
        in_table = [table.index(r, PlanTableModel.PLANNED).data() for r in range(table.rowCount())]
        assert len(in_table) == len(rows) > 2, name
        # the goal sheet's Planned column, as LibreOffice shows its number format
        sheet = shown[report.sheets[goal_.id]]
        in_sheet = [sheet[PLAN_HEADER_ROW + i][COLUMN["planned"] - 1] for i in range(len(rows))]
        assert [number_of(goal_, text) for text in in_table] == in_sheet, name
        assert any(row.planned != round(row.planned, 2) for row in rows), name  # there was rounding to do
        # the last period's plan is the target: the goal list, the CLI and the Summary read it alike
        listed = window.goal_list.model.index_of(goal_.id)
        target = in_table[-1]
        assert listed.siblingAtColumn(TARGET).data() == target == status[goal_.title]["target"], name
        assert summary_rows[goal_.title]["Target"] == number_of(goal_, target), name
        if expected_target is not None:
            assert target == expected_target, name
        # the latest actual, rounded alike in the list, the CLI, the Summary and the history
        latest = listed.siblingAtColumn(LATEST).data()
        assert latest == status[goal_.title]["latest"], name
        assert number_of(goal_, latest) == summary_rows[goal_.title]["Latest actual"], name
        history = window.detail.history.checkin_model
        assert (
            history.index(0, CheckInTableModel.ACTUAL).data()
            == latest
            == format_amount(goal_, actual, QLocale())
        )
    assert status["More transfers"]["target"] == "42.01 transfers/week"  # two places for a unit of its own


def test_the_history_keeps_the_value_as_typed_in_its_tooltip(qtbot, window, plan_path):
    assert open_plan(qtbot, window, plan_path)
    wait = next(g for g in window.store.list_goals() if g.kpi == "wait_time")
    window.select_goal(wait.id)
    history = window.detail.history.checkin_model
    cell = history.index(0, CheckInTableModel.ACTUAL)
    assert cell.data() == "229 s"  # whole seconds
    assert "228.84 s" in cell.data(0x03)  # ToolTipRole: what was recorded
    assert cell.data(0x02) == 228.84  # EditRole: typing over it starts from the full value
