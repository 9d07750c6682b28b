"""A department head links three team leads' plans under one department goal and sees them rolled up,
read-only, without any team file being changed or locked."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog

from goalplanner.core.progress import SEVERITY_ORDER, evaluate
from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.goal_tree import ROLLUP, ROW_ID_ROLE, STATUS, TITLE
from goalplanner.ui.status_style import status_text
from tests.helpers import wait_goal
from tests.ui.conftest import open_plan

TEAMS = ("north", "south", "east")


def footprint(path: Path) -> tuple[bytes, int, list[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def share(tmp_path: Path) -> Path:
    """A shared folder with three team leads' plans (the sample plan, as each lead would have it)."""
    folder = tmp_path / "share"
    folder.mkdir()
    for team in TEAMS:
        Store.create(folder / f"{team}.goalplan", lambda store: write_sample_plan(store, date.today()))
    return folder


@pytest.fixture
def department(qtbot, window, tmp_path, share, monkeypatch):
    return open_department(qtbot, window, tmp_path, share, monkeypatch)


def open_department(qtbot, window, tmp_path, share, monkeypatch):
    """The department's plan open in the window, the three team plans linked under its one goal."""
    path = tmp_path / "department.goalplan"
    with Store.open(path, daily_backup=False) as store:
        store.save_goal(wait_goal(title="Department: answer every caller sooner"))
    open_plan(qtbot, window, path)
    window.resize(1280, 800)
    window.show()
    for team in TEAMS:
        window.select_goal(1)
        chosen = str(share / f"{team}.goalplan")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, c=chosen, **_k: (c, ""))
        window.team_plans.add_action.trigger()
        settled(window)
    return window


def settled(window):
    """Wait until every snapshot being taken is in (they are taken on a worker thread)."""
    from pytestqt.qtbot import QtBot

    QtBot(window).waitUntil(lambda: not window.session.reading(), timeout=30_000)


def rows_under(model, parent):
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def branch_rows(window):
    model = window.goal_list.model
    department = model.index_of(1)
    return [index for index in rows_under(model, department) if index.data(ROW_ID_ROLE) < 0]


def test_three_team_plans_show_under_the_department_goal_judged_as_their_leads_see_them(department, share):
    window, model = department, department.goal_list.model
    branches = branch_rows(window)
    assert [index.data() for index in branches] == [f"Team plan: {t} ({t}.goalplan)" for t in TEAMS]
    assert all(index.siblingAtColumn(STATUS).data().startswith("Read-only · as of") for index in branches)
    assert branches[0].data(Qt.ItemDataRole.FontRole).italic()
    # every team goal shows the status its lead's own goalplanner shows (core.progress.evaluate)
    with Store.open_reader(share / "north.goalplan") as lead:
        today = date.today()
        judged = [evaluate(g, lead.subtargets(g.id), lead.checkins(g.id), today) for g in lead.list_goals()]
        expected = {e.goal.title: status_text(e.status.code) for e in judged if e.goal.state == "active"}
    shown = {}
    pending = rows_under(model, branches[0])
    while pending:
        index = pending.pop()
        shown[index.data()] = index.siblingAtColumn(STATUS).data()
        pending += rows_under(model, index)
    assert {title: shown[title] for title in expected} == expected
    # the department goal's roll-up is the worst of its own status and every team's roll-up
    session = window.session
    tops = [s for b in session.team_branches() for s in b.states if s.goal.parent_id == 1]
    worst = min([session.state(1).status.code, *(s.rollup.code for s in tops)], key=SEVERITY_ORDER.index)
    department_row = model.index_of(1)
    assert department_row.siblingAtColumn(ROLLUP).data() == status_text(worst)
    tooltip = department_row.siblingAtColumn(ROLLUP).data(Qt.ItemDataRole.ToolTipRole)
    driver = session.linked_state(session.state(1).rollup.driver)
    assert driver is not None and f"driven by: {driver.goal.title} (" in tooltip


def test_team_files_are_never_changed_or_locked(qtbot, window, tmp_path, share, monkeypatch):
    before = {team: footprint(share / f"{team}.goalplan") for team in TEAMS}
    open_department(qtbot, window, tmp_path, share, monkeypatch)
    assert len(branch_rows(window)) == 3
    window.team_plans.refresh_action.trigger()
    settled(window)
    for team in TEAMS:
        assert footprint(share / f"{team}.goalplan") == before[team], team
    # a team lead writes to their file while the department plan shows it: nothing is locked
    conn = sqlite3.connect(share / "north.goalplan", timeout=0)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE goals SET owner = owner")
    conn.execute("COMMIT")
    conn.close()


def test_a_changed_team_file_is_shown_anew(department, share, qtbot):
    with Store.open(share / "south.goalplan", daily_backup=False) as lead:
        lead.save_goal(wait_goal(title="South: a goal added by the team lead"))

    def shown():
        model = department.goal_list.model
        branch = branch_rows(department)[1]
        return [index.data() for index in rows_under(model, branch)]

    qtbot.waitUntil(lambda: "South: a goal added by the team lead" in shown(), timeout=30_000)


def test_linked_goals_are_read_only_and_only_the_link_can_be_removed(department, share, qtbot):
    window = department
    north = branch_rows(window)[0]
    first_goal = window.goal_list.model.index(0, 0, north)
    window.select_goal(first_goal.data(ROW_ID_ROLE))
    assert window.detail_stack.currentWidget() is window.team_plans.view
    view = window.team_plans.view
    assert view.title_label.text() == first_goal.data()
    assert view.status_label.text().startswith(first_goal.siblingAtColumn(STATUS).data())  # one truth
    assert window.goal_list.selected_goal() is None  # nothing to edit, move or delete
    assert not view.remove_button.isVisible()
    window.select_goal(north.data(ROW_ID_ROLE))
    assert view.remove_button.isVisible()
    before = footprint(share / "north.goalplan")
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert len(branch_rows(window)) == 2
    assert footprint(share / "north.goalplan") == before


def test_a_missing_or_damaged_team_file_says_why(department, share, tmp_path):
    window = department
    (share / "east.goalplan").rename(tmp_path / "east-moved.goalplan")  # the share mounted elsewhere
    (share / "south.goalplan").write_bytes(b"this is no plan" * 200)
    window.team_plans.refresh_action.trigger()
    settled(window)
    _north, south, east = branch_rows(window)
    assert east.siblingAtColumn(STATUS).data() == "Not found"
    assert str(share / "east.goalplan") in east.data(Qt.ItemDataRole.ToolTipRole)
    assert south.siblingAtColumn(STATUS).data() == "Cannot be read"
    window.select_goal(south.data(ROW_ID_ROLE))
    view = window.team_plans.view
    assert "not a goalplanner plan" in view.problem_label.text() or "SQLite" in view.problem_label.text()
    window.select_goal(east.data(ROW_ID_ROLE))
    assert "Locate…" in view.problem_label.text() and view.locate_button.isVisible()
    link = window.session.branch_of(east.data(ROW_ID_ROLE)).link
    window.team_plans.locate(link.id, str(tmp_path / "east-moved.goalplan"))
    settled(window)
    east = branch_rows(window)[2]
    assert east.siblingAtColumn(STATUS).data().startswith("Read-only")
    assert window.goal_list.model.rowCount(east) > 0


@pytest.mark.parametrize("language", ["en_US", "ko_KR"])
def test_screenshot_of_the_department_branch(qtbot, window, tmp_path, share, monkeypatch, qapp, language):
    from goalplanner.ui.language import install_translations, remove_translations

    install_translations(qapp, QLocale(language))
    try:
        open_department(qtbot, window, tmp_path, share, monkeypatch)
        window.session.reload()
        model = window.goal_list.model
        for branch in branch_rows(window)[:2]:
            window.goal_list.tree.expand(window.goal_list.proxy.mapFromSource(branch))
        north = branch_rows(window)[0]
        window.select_goal(model.index(0, 0, north).data(ROW_ID_ROLE))
        assert window.goal_list.model.index_of(1).siblingAtColumn(TITLE).data()
        shots = Path(os.environ.get("GOALPLANNER_SHOTS", "") or tmp_path)
        shots.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(shots / f"ag-dept-{language}.png"))
    finally:
        remove_translations(qapp)


def test_a_slow_share_never_holds_up_the_window(department, share, monkeypatch, qtbot):
    """Snapshots are taken on a worker thread: the row says so, and a refresh keeps what was shown."""
    import threading

    from goalplanner.ui import session as session_module

    release = threading.Event()
    real = session_module.read_team_plan

    def slow(link):
        release.wait(30)
        return real(link)

    monkeypatch.setattr(session_module, "read_team_plan", slow)
    model = department.goal_list.model
    shown = model.rowCount(branch_rows(department)[0])
    department.team_plans.refresh_action.trigger()
    assert department.session.reading()
    assert model.rowCount(branch_rows(department)[0]) == shown  # the last copy stays on show
    department.select_goal(1)
    department.team_plans.add_team_plan(str(share / "north.goalplan"))  # linked twice: a new reading
    assert branch_rows(department)[-1].siblingAtColumn(STATUS).data() == "Reading…"
    release.set()
    settled(department)
    assert branch_rows(department)[-1].siblingAtColumn(STATUS).data().startswith("Read-only")


def test_opening_another_plan_while_a_team_plan_is_read_is_quiet(department, tmp_path, monkeypatch, qtbot):
    import threading

    from goalplanner.ui import session as session_module

    release = threading.Event()
    real = session_module.read_team_plan
    monkeypatch.setattr(session_module, "read_team_plan", lambda link: release.wait(30) and real(link))
    department.team_plans.refresh_action.trigger()
    assert department.session.reading()
    other = tmp_path / "other.goalplan"
    assert open_plan(qtbot, department, other, create=True)
    release.set()
    qtbot.waitUntil(lambda: not session_module._RUNNING, timeout=30_000)
    assert department.session.team_branches() == []
