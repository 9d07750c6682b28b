from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from goalplanner import paths
from goalplanner.store import Store
from goalplanner.store.backup import list_backups
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.goal_tree import OWNER
from goalplanner.ui.main_window import MainWindow
from tests.ui.conftest import open_plan, wait_opened


def menu_texts(menu):
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_new_plan_shows_what_to_do(qtbot, window, tmp_path):
    assert open_plan(qtbot, window, tmp_path / "new.goalplan", create=True)
    window.show()
    assert window.pages.currentWidget() is window.empty_state
    assert window.empty_state.primary.text() == "Create your first goal"
    assert window.empty_state.secondary.text() == "Open the sample plan"
    assert str(tmp_path / "new.goalplan") in window.file_label.text()


def test_no_plan_at_all_invites_opening_one(window):
    window.show()
    assert window.store is None
    assert window.empty_state.heading.text() == "No plan is open"
    assert not window.new_goal_action.isEnabled()


def test_menus_offer_the_file_edit_and_goal_commands(window):
    assert menu_texts(window.file_menu) == [
        "New plan file…",
        "Open plan…",
        "Open recent",
        "Open the sample plan",
        "Export to Excel…",
        "Import actuals from Excel…",
        "Import from a ticket or call export…",
        "Export check-in dates…",
        "Print goal sheet…",
        "Save goal sheet as PDF…",
        "Save meeting pack as PDF…",
        "Add a team's plan…",
        "Refresh team plans",
        "Remove team plan link",
        "Back up now",
        "Restore from backup…",
        "Settings…",
        "Quit",
    ]
    assert menu_texts(window.view_menu) == ["Goals and details", "Portfolio chart", "Weekly review…"]
    assert menu_texts(window.goal_menu)[0] == "New goal…"
    assert "Move under another goal…" in menu_texts(window.goal_menu)
    assert menu_texts(window.edit_menu)[-1] == "Find goals"


def test_sample_plan_button_fills_the_list(window, qtbot):
    window.show()
    qtbot.mouseClick(window.empty_state.secondary, Qt.MouseButton.LeftButton)
    wait_opened(qtbot, window)
    assert window.store.path == paths.sample_plan_path("en")
    assert window.pages.currentWidget() is window.main_tabs
    assert window.goal_list.model.goal_count() == 7
    assert window.goal_list.proxy.rowCount() == 1  # the vision; the team goals sit under it
    vision = window.goal_list.proxy.index(0, 0)
    titles = [
        window.goal_list.proxy.index(r, 0, vision).data()
        for r in range(window.goal_list.proxy.rowCount(vision))
    ]
    assert any("wait time by 50%" in t for t in titles)
    assert window.statusBar().currentMessage() == "Goals: 7"


def test_table_sorts_by_owner(qtbot, window, tmp_path):
    path = tmp_path / "s.goalplan"
    with Store.open(path) as store:
        write_sample_plan(store, date(2025, 3, 12))
    open_plan(qtbot, window, path)
    window.goal_list.tree.sortByColumn(OWNER, Qt.SortOrder.AscendingOrder)
    vision = window.goal_list.proxy.index(0, 0)
    owners = [
        window.goal_list.proxy.index(r, OWNER, vision).data()
        for r in range(window.goal_list.proxy.rowCount(vision))
    ]
    assert owners == sorted(owners, key=str.casefold)


def test_back_up_now_writes_a_backup_and_says_where(qtbot, window, tmp_path):
    open_plan(qtbot, window, tmp_path / "b.goalplan", create=True)
    window.backup_action.trigger()
    (written,) = list_backups(window.store.backup_dir, "manual")
    assert str(written) in window.statusBar().currentMessage()


def test_recent_files_remember_opened_plans(qtbot, window, tmp_path):
    for name in ("one", "two"):
        open_plan(qtbot, window, tmp_path / f"{name}.goalplan", create=True)
    window.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries[0].endswith("two.goalplan") and entries[1].endswith("one.goalplan")


def test_window_geometry_is_restored(qtbot, settings):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 530)
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 530)


def click_in_next_message_box(qtbot, button_text, seen):
    """Answer the next modal message box by clicking the button with ``button_text``."""

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, answer)


def test_a_bad_file_is_explained_and_left_alone(window, qtbot, tmp_path):
    bad = tmp_path / "broken.goalplan"
    bad.write_bytes(b"")
    seen = []
    click_in_next_message_box(qtbot, "Close", seen)
    assert not open_plan(qtbot, window, bad)
    assert "empty (0 bytes)" in seen[0]
    assert bad.read_bytes() == b""
    assert window.store is None


def test_a_damaged_plan_offers_a_copy_of_its_newest_backup(window, qtbot, tmp_path):
    plan = tmp_path / "team.goalplan"
    with Store.open(plan) as store:
        write_sample_plan(store, date(2025, 3, 12))
        store.backup()
    damaged = plan.read_bytes()[:5000]
    plan.write_bytes(damaged)
    seen = []
    click_in_next_message_box(qtbot, "Open a copy of the backup", seen)
    open_plan(qtbot, window, plan)
    assert "damaged" in seen[0]
    assert plan.read_bytes() == damaged  # never overwritten
    assert window.store.path != plan and "restored" in window.store.path.name
    assert window.goal_list.model.goal_count() == 7
