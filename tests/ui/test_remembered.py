"""A restart shows what the user left: the window, the splitter, the detail's tab, the column widths the
user set, and in each plan the goal that was selected."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.goal_tree import KPI, OWNER, STATUS, TITLE
from goalplanner.ui.main_window import MainWindow
from tests.ui.conftest import open_plan


@pytest.fixture
def plans(tmp_path):
    made = []
    for name in ("team.goalplan", "other.goalplan"):
        path = tmp_path / name
        with Store.open(path) as store:
            write_sample_plan(store, date.today())
        made.append(path)
    return made


@pytest.fixture
def start(qtbot, settings):
    """Start a window as the app does: on ``settings``, opening ``path``."""

    def started(path) -> MainWindow:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        open_plan(qtbot, window, path)
        window.show()
        qtbot.waitExposed(window)
        return window

    return started


def click_row(qtbot, window: MainWindow, goal_id: int) -> None:
    """Click the goal's row in the list, as a user picks a goal."""
    tree = window.goal_list.tree
    index = window.goal_list.proxy.mapFromSource(window.goal_list.model.index_of(goal_id))
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())


def test_a_restart_shows_the_goal_tab_splitter_and_widths_left(qtbot, settings, plans, start):
    window = start(plans[0])
    window.resize(790, 560)  # the offscreen screen is 800 pixels wide: a restored window is kept on it
    goals = [s.goal for s in window.session.states()]
    chosen = goals[3]
    click_row(qtbot, window, chosen.id)
    assert window.detail.goal.id == chosen.id
    tabs = window.detail.tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    window.splitter.setSizes([300, 470])  # the user drags the splitter: a wide detail
    sizes = window.splitter.sizes()
    assert sizes[0] < sizes[1]
    window.goal_list.tree.header().resizeSection(OWNER, 151)  # dragged by the user
    automatic = window.goal_list.tree.columnWidth(KPI)
    geometry = window.geometry()
    window.close()
    settings.sync()

    again = start(plans[0])
    assert again.goal_list.selected_goal().id == chosen.id
    assert again.detail.goal.id == chosen.id
    assert again.detail.tabs.currentIndex() == 1
    assert again.splitter.sizes() == sizes
    assert again.size() == geometry.size()
    tree = again.goal_list.tree
    assert tree.columnWidth(OWNER) == 151
    assert again.goal_list.user_widths == {OWNER: 151}  # only what the user set is kept
    assert tree.columnWidth(KPI) == automatic and tree.columnWidth(TITLE) > tree.columnWidth(STATUS)
    again.close()


def test_each_plan_keeps_its_own_selected_goal(qtbot, settings, plans, start):
    window = start(plans[0])
    goals = [s.goal for s in window.session.states()]
    click_row(qtbot, window, goals[2].id)
    open_plan(qtbot, window, plans[1])  # another plan in the same window
    assert window.goal_list.selected_goal().id == goals[0].id  # nothing chosen there yet: the first goal
    click_row(qtbot, window, goals[4].id)
    open_plan(qtbot, window, plans[0])
    assert window.goal_list.selected_goal().id == goals[2].id
    window.close()

    again = start(plans[1])
    assert again.goal_list.selected_goal().id == goals[4].id
    again.close()


def test_a_goal_gone_since_selects_the_first_and_odd_settings_are_ignored(qtbot, plans, start, settings):
    window = start(plans[0])
    goals = [s.goal for s in window.session.states()]
    last = goals[-1]
    click_row(qtbot, window, last.id)
    window.close()
    with Store.open(plans[0]) as store:
        store.delete_goal(last.id)
    settings.setValue("detail/tab", "not a number")
    settings.setValue("goalList/columnWidths/owner", "wide")
    settings.setValue("window/splitter", "nonsense")

    again = start(plans[0])
    assert again.goal_list.selected_goal().id == goals[0].id
    assert again.detail.tabs.currentIndex() == 0
    assert again.goal_list.user_widths == {}
    again.close()


def test_with_nothing_remembered_the_window_has_its_default_size(tmp_path, qtbot):
    fresh = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1100, 700)  # nothing remembered: the default size
