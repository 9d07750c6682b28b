"""Roll-ups and guardrail pairs in the window: the same guarded status in the goal list, the command line
and the workbook; Goal -> Roll-up rule... and Goal -> Guardrail..., driven as a user drives them."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox, QLabel, QRadioButton, QWidget

from goalplanner.cli import main as goalplanner
from goalplanner.store import Store
from goalplanner.ui.goal_tree import ROLLUP, STATUS
from goalplanner.ui.status_style import status_colour
from goalplanner.workbook.summary import HEADER_ROW
from goalplanner.workbook.writer import export_workbook
from tests.rollup_plan import GUARDED, GUARDRAIL, TEAM, write_rollup_plan
from tests.ui.conftest import open_plan
from tests.ui.test_tracking import find_row


@pytest.fixture
def rollup_window(qtbot, window, tmp_path):
    path = tmp_path / "team.goalplan"
    ids = write_rollup_plan(path)
    open_plan(qtbot, window, path)
    window.resize(1280, 800)
    window.show()
    return window, path, ids


def without_symbol(text: str) -> str:
    return text.split(" ", 1)[1]


def test_the_same_guarded_status_and_reason_in_the_goal_list_the_cli_and_the_workbook(
    rollup_window, tmp_path, capsys
):
    window, path, ids = rollup_window
    guarded = find_row(window, GUARDED).siblingAtColumn(STATUS)
    listed = guarded.data()
    assert listed == "▲ On track · guardrail off track"  # coloured and marked at risk, never green
    assert guarded.data(Qt.ItemDataRole.ForegroundRole) == status_colour("at_risk")
    team_tip = find_row(window, TEAM).siblingAtColumn(ROLLUP).data(Qt.ItemDataRole.ToolTipRole)
    assert "weighted mean 87% · driven by: Chen's average handle time" in team_tip

    assert goalplanner(["status", "--db", str(path), "--json"]) == 0
    entries = {entry["id"]: entry for entry in json.loads(capsys.readouterr().out)}
    assert entries[ids[GUARDED]]["status_text"] == without_symbol(listed)
    assert entries[ids[GUARDED]]["status_shown"] == "at_risk"
    assert entries[ids[GUARDED]]["guardrail"] == {"id": ids[GUARDRAIL], "code": "off_track"}
    assert entries[ids[TEAM]]["rollup"]["reason"] in team_tip
    assert goalplanner(["status", "--db", str(path)]) == 0
    assert without_symbol(listed) in capsys.readouterr().out

    with Store.open(path, create=False, daily_backup=False) as store:
        export_workbook(store, tmp_path / "team.xlsx")
    summary = load_workbook(tmp_path / "team.xlsx").worksheets[0]
    header = [cell.value for cell in summary[HEADER_ROW]]
    rows = {row[0].value: row for row in summary.iter_rows(min_row=HEADER_ROW + 1) if row[0].value}
    assert rows[GUARDED][header.index("Status")].value == listed
    assert entries[ids[TEAM]]["rollup"]["reason"] in rows[TEAM][header.index("With sub-goals")].value


def rule_dialog(window):
    dialog = window.rollups.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_roll_up_rule_dialog_wants_100_percent_and_undo_restores_the_rule(rollup_window, qtbot):
    window, _path, ids = rollup_window
    window.select_goal(ids[TEAM])
    assert window.rollups.rule_action.isEnabled()
    window.rollups.rule_action.trigger()
    dialog = rule_dialog(window)
    assert dialog.findChild(QRadioButton, "rollup_weighted").isChecked()
    total = dialog.findChild(QLabel, "rollup_total")
    assert total.text() == "Total: 100.0%"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    chen = dialog.findChild(QDoubleSpinBox, f"weight_{ids['Chen']}")
    chen.selectAll()
    qtbot.keyClicks(chen, "30")
    assert total.text() == "Total: 110.0%"
    assert not ok.isEnabled()  # refused until the weights make 100 %
    assert dialog.findChild(QLabel, "rollup_problem").text() == "The weights must make 100%."
    for person in ("Ana", "Ben", "Chen"):  # all empty: equal shares
        spin = dialog.findChild(QDoubleSpinBox, f"weight_{ids[person]}")
        spin.selectAll()
        qtbot.keyClick(spin, Qt.Key.Key_Delete)
        qtbot.keyClicks(spin, "0")
    assert total.text() == "Equal shares: 33.3% each" and ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    session = window.session
    assert session.state(ids["Chen"]).goal.rollup_weight is None
    equal = session.state(ids[TEAM]).rollup.share
    assert equal == pytest.approx((0.9 + 1.0 + 0.6) / 3)  # 83 %
    window.undo_action.trigger()
    assert session.state(ids["Chen"]).goal.rollup_weight == 20.0
    assert session.state(ids[TEAM]).rollup.share == pytest.approx(0.87)
    # worst wins: the team's roll-up is the worst of its agents, Chen's off track
    window.rollups.rule_action.trigger()
    dialog = rule_dialog(window)
    dialog.findChild(QRadioButton, "rollup_worst").click()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    rollup = session.state(ids[TEAM]).rollup
    assert (rollup.rule, rollup.code, rollup.driver) == ("worst", "off_track", ids["Chen"])
    window.undo_action.trigger()
    assert session.state(ids[TEAM]).rollup.rule == "weighted"


def test_the_guardrail_dialog_links_a_partner_and_undo_unlinks_it(rollup_window, qtbot):
    window, _path, ids = rollup_window
    window.select_goal(ids["Ana"])
    window.rollups.guardrail_action.trigger()
    dialog = window.rollups.dialog
    choice = dialog.findChild(QComboBox, "guardrail_choice")
    assert choice.itemText(1) == GUARDRAIL  # the suggested quality partner first
    assert choice.findData(ids["Ana"]) == -1  # a goal cannot guard itself
    choice.setCurrentIndex(1)
    dialog.accept()
    status = find_row(window, "Ana's").siblingAtColumn(STATUS)
    assert status.data() == "▲ On track · guardrail off track"
    assert window.detail.status_label.text().startswith("▲ On track · guardrail off track")
    window.undo_action.trigger()
    assert find_row(window, "Ana's").siblingAtColumn(STATUS).data() == "● On track"
    window.redo_action.trigger()
    assert window.session.state(ids["Ana"]).goal.guardrail_id == ids[GUARDRAIL]


def test_the_store_refuses_a_goal_guarding_itself(rollup_window):
    window, _path, ids = rollup_window
    goal = window.session.state(ids[GUARDED]).goal
    with pytest.raises(ValueError, match="its own guardrail"):
        window.session.store.save_goal(replace(goal, guardrail_id=goal.id))


def test_typing_a_weight_does_not_squeeze_the_weights_table(rollup_window, qtbot):
    """The total and the problem appearing under the table take no rows away from it."""
    window, _path, ids = rollup_window
    window.select_goal(ids[TEAM])
    window.rollups.rule_action.trigger()
    dialog = rule_dialog(window)
    qtbot.waitExposed(dialog)
    dialog.findChild(QRadioButton, "rollup_worst").click()
    table = dialog.findChild(QWidget, "rollup_weights")
    height = table.height()
    dialog.findChild(QRadioButton, "rollup_weighted").click()
    chen = dialog.findChild(QDoubleSpinBox, f"weight_{ids['Chen']}")
    chen.selectAll()
    qtbot.keyClicks(chen, "30")
    assert dialog.findChild(QLabel, "rollup_problem").text() == "The weights must make 100%."
    assert table.height() == height
