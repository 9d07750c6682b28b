"""Agent goals in the window: splitting a team goal creates them (one undo step), the team fed by its
agents says where its actuals come from, an agent's average asks for its contacts, and the goal list,
``goalplanner status`` and the workbook's Summary agree on the team's status and actual."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date

import openpyxl
from PySide6.QtCore import QLocale, Qt

from goalplanner.cli import main as cli
from goalplanner.core.breakdown import plan_for
from goalplanner.store import Store
from goalplanner.ui.formatting import format_amount, format_value
from goalplanner.ui.goal_tree import LATEST
from goalplanner.workbook.data import snapshot
from goalplanner.workbook.summary import COLUMNS, FIRST_ROW
from goalplanner.workbook.text import ExcelText
from goalplanner.workbook.writer import export_workbook
from tests.agent_plans import aht_team, record, split_team, tickets_team
from tests.ui.conftest import open_plan
from tests.ui.surfaces import list_status, status_code

WORDS = ExcelText()


def open_team(qtbot, window, tmp_path, team):
    path = tmp_path / "team.goalplan"
    with Store.open(path) as store:
        team_id = store.save_goal(team, plan_for(team))
    assert open_plan(qtbot, window, path)
    window.show()
    window.select_goal(team_id)
    return team_id


def type_into(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_split_1200_tickets_among_four_agents_then_undo(window, tmp_path, qtbot):
    team_id = open_team(qtbot, window, tmp_path, tickets_team())
    detail = window.detail
    dialog = detail.plan_tab.split_period()
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.people_edit, "Ana, Ben, Chen, Dara")
    type_into(qtbot, dialog.weights_edit, "1; 1; 1; 0.5")
    total = format_value(1200, "tickets", QLocale())  # "1,200 tickets" where thousands are grouped
    assert dialog.result_label.text() == (
        f"Ana 343 tickets · Ben 343 tickets · Chen 343 tickets · Dara 171 tickets = {total}"
    )
    assert dialog.create_button.text() == "&Create 4 agent goals"
    assert dialog.from_agents.isChecked()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    agents = window.store.agents(team_id)
    assert [(a.person, a.target) for a in agents] == [
        ("Ana", 343),
        ("Ben", 343),
        ("Chen", 343),
        ("Dara", 171),
    ]
    assert all(window.store.subtargets(a.id) for a in agents)
    # the goal tree shows the agents under the team goal
    team_row = window.goal_list.model.index_of(team_id)
    children = [
        team_row.model().index(r, 0, team_row).data() for r in range(team_row.model().rowCount(team_row))
    ]
    assert children == [a.title for a in agents]
    # the team's detail says where its actuals come from, instead of its own check-in form
    window.select_goal(team_id)
    assert detail.agents_panel.isVisibleTo(detail)
    assert detail.agents_panel.summary_label.text().startswith("Actuals come from 4 agents (0 reported this")
    assert detail.checkin_form.isHidden()
    assert detail.history.delete_button.isHidden()
    # one undo step takes the whole split back
    window.session.undo_stack.undo()
    assert window.store.agents(team_id) == []
    assert window.store.get_goal(team_id).actuals_from == "own"
    window.select_goal(team_id)
    assert not detail.checkin_form.isHidden() and detail.agents_panel.isHidden()
    window.session.undo_stack.redo()
    assert [a.id for a in window.store.agents(team_id)] == [a.id for a in agents]


def test_a_team_switches_to_its_own_check_ins_and_back_undoably(window, tmp_path, qtbot):
    path = tmp_path / "team.goalplan"
    with Store.open(path) as store:
        team_id, agent_ids = split_team(store, tickets_team())
        record(store, agent_ids, date(2025, 3, 10), [300, 310, None, 290])
    open_plan(qtbot, window, path)
    window.select_goal(team_id)
    panel = window.detail.agents_panel
    qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)
    assert window.store.get_goal(team_id).actuals_from == "own"
    assert not window.detail.checkin_form.isHidden()
    assert (
        panel.summary_label.text() == "4 agent goals sit under this goal; it is judged on its own check-ins."
    )
    assert window.detail.history.checkin_model.rowCount() == 0  # its own: none yet
    window.session.undo_stack.undo()
    assert window.store.get_goal(team_id).actuals_from == "agents"
    assert window.detail.checkin_form.isHidden()
    history = window.detail.history.checkin_model
    assert history.rowCount() == 1  # the agents' March, as one team actual
    assert not history.flags(history.index(0, history.ACTUAL)) & Qt.ItemFlag.ItemIsEditable


def test_handle_time_team_takes_the_contact_weighted_average(window, tmp_path, qtbot):
    path = tmp_path / "aht.goalplan"
    with Store.open(path) as store:
        team_id, (ana_id, ben_id) = split_team(store, aht_team(), ["Ana", "Ben"])
    open_plan(qtbot, window, path)
    form = window.detail.checkin_form
    for agent_id, actual, contacts in ((ana_id, "300", "300"), (ben_id, "400", "100")):
        window.select_goal(agent_id)
        assert form.volume.isVisibleTo(window.detail)
        form.date_edit.set_value(date(2025, 1, 14))
        type_into(qtbot, form.actual_field, actual)
        type_into(qtbot, form.volume.field, contacts)
        qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
        assert window.store.checkins(agent_id)[-1].volume == float(contacts)
    team = window.session.state(team_id)
    assert team.latest.actual == 325.0  # (300 x 300 + 400 x 100) / 400, not 350
    team_row = window.goal_list.model.index_of(team_id)
    assert team_row.siblingAtColumn(LATEST).data() == "325 s"
    window.select_goal(team_id)
    assert window.detail.agents_panel.summary_label.text().startswith("Actuals come from 2 agents")
    assert form.volume.isHidden()  # the team itself types nothing


def test_the_list_cli_and_workbook_agree_on_a_team_fed_by_agents(qtbot, window, tmp_path):
    path = tmp_path / "team.goalplan"
    with Store.open(path) as store:
        team_id, agent_ids = split_team(store, tickets_team())
        store.add_checkin(team_id, date(2025, 3, 10), 5.0)  # its own: not what it is judged on
        record(store, agent_ids, date(2025, 2, 10), [280, 300, 290, 270])
        record(store, agent_ids, date(2025, 3, 10), [300, 310, None, 290])
        export = export_workbook(snapshot(store), tmp_path / "team.xlsx")
    open_plan(qtbot, window, path)
    state = window.session.state(team_id)
    assert state.latest.actual == 900.0  # Ana, Ben and Dara's March
    own, _together = list_status(window, team_id)
    assert own == state.status.code
    team_row = window.goal_list.model.index_of(team_id)
    assert team_row.siblingAtColumn(LATEST).data() == format_amount(state.goal, 900.0, QLocale())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli(["status", "--db", str(path), "--json"]) == 0
    entry = next(e for e in json.loads(out.getvalue()) if e["id"] == team_id)
    assert entry["status"] == state.status.code
    assert entry["checkins"][-1]["actual"] == 900.0
    assert entry["team_actual"]["missing"] == ["Chen"]
    sheet = openpyxl.load_workbook(export.path)[WORDS.sheet("summary")]
    column = {key: index for index, key in enumerate(COLUMNS, start=1)}
    row = next(
        r
        for r in range(FIRST_ROW, sheet.max_row + 1)
        if sheet.cell(r, column["goal"]).value == state.goal.title
    )
    assert sheet.cell(row, column["latest"]).value == 900.0
    assert status_code(sheet.cell(row, column["status"]).value) == state.status.code


def test_every_line_of_the_shares_shows(window, tmp_path, qtbot):
    """The shares wrap onto several lines for a larger team; the dialog makes room, none is cut off."""
    open_team(qtbot, window, tmp_path, tickets_team())
    dialog = window.detail.plan_tab.split_period()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    people = "Ana Lopez, Benjamin Okafor, Chen Wei, Dara O'Neill, Emil Johansson, Fatima Haddad, Gus Bauer"
    type_into(qtbot, dialog.people_edit, people)
    label = dialog.result_label
    assert "Gus Bauer" in label.text()
    assert label.heightForWidth(label.width()) > 2 * label.fontMetrics().lineSpacing()  # it wraps
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))


def test_enter_in_the_split_dialog_creates_the_agents(window, tmp_path, qtbot):
    """Enter presses Create (the default button), not Cancel."""
    team_id = open_team(qtbot, window, tmp_path, tickets_team())
    dialog = window.detail.plan_tab.split_period()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.people_edit, "Ana, Ben, Chen, Dara")
    qtbot.keyClick(dialog.people_edit, Qt.Key.Key_Return)
    assert [a.target for a in window.store.agents(team_id)] == [300, 300, 300, 300]


def test_names_typed_replace_the_contributors_offered(window, tmp_path, qtbot):
    """The contributors offered as people are selected: typing the agents' names replaces them."""
    open_team(qtbot, window, tmp_path, tickets_team(contributors=("Phone team A", "Phone team B")))
    dialog = window.detail.plan_tab.split_period()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.people_edit.text() == "Phone team A, Phone team B"
    qtbot.keyClicks(dialog.people_edit, "Ana, Ben")
    assert dialog.people() == ["Ana", "Ben"]


def test_a_goal_with_check_ins_of_its_own_keeps_them_when_split(window, tmp_path, qtbot):
    from goalplanner.core.model import CheckIn

    team = tickets_team()
    team_id = open_team(qtbot, window, tmp_path, team)
    window.store.add_checkins([CheckIn(team_id, team.start.replace(day=20), 1050.0)])
    window.session.notify({team_id})
    before = window.session.state(team_id).status.code
    dialog = window.detail.plan_tab.split_period()
    qtbot.addWidget(dialog)
    assert not dialog.from_agents.isChecked()  # its agents have nothing yet: it stays judged on its own
    assert "of its own" in dialog.from_agents.toolTip()
    type_into(qtbot, dialog.people_edit, "Ana, Ben")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert window.store.get_goal(team_id).actuals_from == "own"
    assert window.session.state(team_id).status.code == before != "no_data"
