"""Adding or removing a team plan's link is one undo step, as every other change to the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt

from goalplanner.ui.goal_tree import ROW_ID_ROLE
from tests.ui.test_team_plans import TEAMS, branch_rows, department, footprint, settled, share  # noqa: F401


def shown_plans(window) -> list[str]:
    return [index.data() for index in branch_rows(window)]


def test_removing_a_link_undoes_and_redoes(department, share, qtbot):  # noqa: F811
    window = department
    everything = shown_plans(window)
    window.select_goal(branch_rows(window)[0].data(ROW_ID_ROLE))
    before = footprint(share / "north.goalplan")
    qtbot.mouseClick(window.team_plans.view.remove_button, Qt.MouseButton.LeftButton)
    assert shown_plans(window) == everything[1:]
    assert window.undo_action.text().startswith("&Undo Remove team plan link north")
    window.undo_action.trigger()
    settled(window)
    assert shown_plans(window) == everything  # back where it was, read again
    window.redo_action.trigger()
    assert shown_plans(window) == everything[1:]
    assert footprint(share / "north.goalplan") == before  # the lead's file is never touched


def test_adding_a_link_undoes_and_redoes(department):  # noqa: F811
    window = department
    everything = shown_plans(window)
    assert window.undo_action.text().startswith("&Undo Add team plan east")
    window.undo_action.trigger()
    assert shown_plans(window) == everything[:-1]
    assert len(window.store.linked_plans()) == len(TEAMS) - 1
    window.redo_action.trigger()
    settled(window)
    assert shown_plans(window) == everything
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert shown_plans(window) == [] and window.store.linked_plans() == []
