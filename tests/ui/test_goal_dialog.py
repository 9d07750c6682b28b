from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from goalplanner.ui.goal_dialog import GoalDialog
from tests.helpers import wait_goal


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_ok_waits_for_a_complete_goal(qtbot):
    dialog = GoalDialog()
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Answer e-mails within four hours")
    dialog.baseline_spin.setValue(12)
    dialog.target_spin.setValue(12)
    assert not ok_button(dialog).isEnabled()
    assert "must differ" in dialog.problem_label.text()
    dialog.target_spin.setValue(4)
    assert ok_button(dialog).isEnabled()
    dialog.deadline_edit.setDate(dialog.start_edit.date())
    assert not ok_button(dialog).isEnabled()
    assert "deadline must come after" in dialog.problem_label.text()


def test_catalogue_metric_fixes_unit_direction_and_bounds(qtbot):
    dialog = GoalDialog()
    qtbot.addWidget(dialog)
    dialog.kpi_combo.setCurrentIndex(dialog.kpi_combo.findData("csat"))
    assert dialog.unit_edit.text() == "%" and not dialog.unit_edit.isEnabled()
    assert dialog.direction_combo.currentData() == "increase"
    dialog.target_spin.setValue(120)
    assert dialog.target_spin.value() == 100  # CSAT cannot pass 100%
    dialog.kpi_combo.setCurrentIndex(dialog.kpi_combo.findData("custom"))
    assert dialog.unit_edit.isEnabled() and dialog.direction_combo.isEnabled()


def test_editing_keeps_what_the_form_does_not_show(qtbot):
    original = wait_goal(id=3, why="Waits are the top complaint", stretch_target=100.0, parent_id=1)
    dialog = GoalDialog(goal=original)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == original.title
    assert dialog.kpi_combo.currentData() == "wait_time"
    dialog.target_spin.setValue(110)
    dialog.deadline_edit.setDate(QDate(2025, 3, 2))
    edited = dialog.goal()
    assert (edited.id, edited.why, edited.stretch_target, edited.parent_id) == (3, original.why, 100.0, 1)
    assert edited.target == 110 and edited.deadline == date(2025, 3, 2)
    assert edited.direction == "decrease"


def test_new_goal_from_the_menu_is_saved_and_listed(window, qtbot, tmp_path, monkeypatch):
    window.open_plan(tmp_path / "p.goalplan", create=True)

    def fill_and_accept(dialog):
        dialog.title_edit.setText("Answer e-mails within four hours")
        dialog.owner_edit.setText("Priya")
        dialog.kpi_combo.setCurrentIndex(dialog.kpi_combo.findData("frt"))
        dialog.baseline_spin.setValue(12)
        dialog.target_spin.setValue(4)
        dialog.accept()
        return GoalDialog.DialogCode.Accepted

    monkeypatch.setattr(GoalDialog, "exec", fill_and_accept)
    window.new_goal_action.trigger()
    (goal,) = window.store.list_goals()
    assert (goal.title, goal.owner, goal.kpi, goal.unit, goal.direction) == (
        "Answer e-mails within four hours", "Priya", "frt", "h", "decrease"
    )  # fmt: skip
    assert window.pages.currentWidget() is window.table
    assert window.proxy.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == goal.title
