"""One truth for a department goal rolled up with a linked team plan: the window's goal list,
``goalplanner status`` and the workbook's Summary say the same roll-up and name the same team goal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from goalplanner.cli import main
from goalplanner.core.linked import is_linked
from goalplanner.core.progress import LABELS
from goalplanner.core.rollup import roll_up_plan
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.goal_tree import ROLLUP
from tests.helpers import wait_goal
from tests.ui.conftest import open_plan
from tests.ui.test_excel_window import finish
from tests.ui.test_team_plans import settled


def department_plan(tmp_path: Path) -> Path:
    """A department goal with the sample plan of team North linked under it (the worst goal is North's)."""
    share = tmp_path / "share"
    share.mkdir()
    north = share / "north.goalplan"
    Store.create(north, lambda store: write_sample_plan(store, date.today()))
    path = tmp_path / "department.goalplan"
    with Store.open(path, daily_backup=False) as store:
        store.save_goal(wait_goal(title="Department goal"))
        store.add_linked_plan(1, north, "North")
    return path


def test_window_status_and_workbook_roll_up_the_team_plan_alike(window, qtbot, tmp_path, capsys, english):
    path = department_plan(tmp_path)
    open_plan(qtbot, window, path)
    window.resize(1280, 800)
    window.show()
    settled(window)
    session = window.session
    state = session.state(1)
    assert is_linked(state.rollup.driver)  # the worst sub-goal is the team plan's
    local_only = roll_up_plan({s.goal.id: s.evaluation for s in session.states()})[1]
    assert local_only.code != state.rollup.code  # counting the team plan changes what is shown
    driver = session.linked_state(state.rollup.driver).goal

    row = window.goal_list.model.index_of(1).siblingAtColumn(ROLLUP)
    in_window = row.data(Qt.ItemDataRole.ToolTipRole).removeprefix("With its sub-goals: ")
    assert f"driven by: {driver.title} (North)" in in_window

    assert main(["status", "--db", str(path)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.endswith("Department goal"))
    in_status = next(cell.strip() for cell in line.split("  ") if "driven by" in cell)
    assert in_status == in_window.split(" ", 1)[1]  # the same words, without the window's symbol
    assert in_status.startswith(LABELS[state.rollup.code])

    exported = tmp_path / "department.xlsx"
    finish(qtbot, window.excel.export_excel(exported))
    summary = openpyxl.load_workbook(exported).worksheets[0]
    rows = list(summary.iter_rows(values_only=True))
    header = next(r for r in rows if "With sub-goals" in r)
    department = next(r for r in rows if r[0] == "Department goal")
    assert department[header.index("With sub-goals")] == in_window


def test_the_pdf_report_rolls_up_the_team_plan_as_the_window(qtbot, window, tmp_path):
    from goalplanner.ui.report.content import read_plan

    path = department_plan(tmp_path)
    open_plan(qtbot, window, path)
    settled(window)
    shown = window.session.state(1).rollup
    with Store.open_reader(path) as plan:
        report = read_plan(plan, date.today(), 1)
    sheet = report.sheets[0]
    assert (sheet.rollup.code, sheet.rollup.rule) == (shown.code, shown.rule)  # window ids are its own
    assert sheet.driver.title == f"{window.session.linked_state(shown.driver).goal.title} (North)"
