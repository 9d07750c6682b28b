"""``goalplanner status`` shows the team plans linked under a department goal, read from snapshots."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from goalplanner.cli import main
from goalplanner.core.progress import LABELS, evaluate
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from tests.helpers import wait_goal


def test_status_lists_linked_team_goals_under_the_department_goal(tmp_path: Path, capsys):
    share = tmp_path / "share"
    share.mkdir()
    north = share / "north.goalplan"
    Store.create(north, lambda store: write_sample_plan(store, date.today()))
    before = north.read_bytes(), north.stat().st_mtime_ns
    department = tmp_path / "department.goalplan"
    with Store.open(department, daily_backup=False) as store:
        store.save_goal(wait_goal(title="Department goal"))
        store.add_linked_plan(1, north, "North")
        store.add_linked_plan(1, share / "gone.goalplan", "Gone")
    assert main(["status", "--db", str(department)]) == 0
    lines = capsys.readouterr().out.splitlines()
    text = "\n".join(lines)
    assert "[team plan North] read-only copy of" in text
    assert f"[team plan Gone] not found: {share / 'gone.goalplan'}" in text
    with Store.open_reader(north) as lead:
        first = lead.list_goals()[0]
        own = evaluate(first, lead.subtargets(first.id), lead.checkins(first.id), date.today())
    row = next(line for line in lines if line.strip().startswith(f"North:{first.id} "))
    assert LABELS[own.status.code] in row and first.title in row
    department_row = next(line for line in lines if line.endswith("Department goal"))
    assert "(North))" in department_row or "North" not in department_row  # named with its plan, as the window
    assert (north.read_bytes(), north.stat().st_mtime_ns) == before


def test_goals_rolls_up_linked_team_plans_as_status_does(tmp_path: Path, capsys):
    share = tmp_path / "share"
    share.mkdir()
    north = share / "north.goalplan"
    Store.create(north, lambda store: write_sample_plan(store, date.today()))
    department = tmp_path / "department.goalplan"
    with Store.open(department, daily_backup=False) as store:
        store.save_goal(wait_goal(title="Department goal"))
        store.add_linked_plan(1, north, "North")

    def department_row(command: str) -> str:
        assert main([command, "--db", str(department)]) == 0
        return next(line for line in capsys.readouterr().out.splitlines() if line.endswith("Department goal"))

    status_row, goals_row = department_row("status"), department_row("goals")
    cells = status_row.split("  ")
    driven = next(cell for cell in cells if "driven by:" in cell and "(North)" in cell).strip()
    assert driven in goals_row
