"""The goal list's columns: the goal's sentence takes the room, statuses are never cut, numbers stay
compact, and at 1280 pixels wide nothing scrolls sideways; a width the user set stays."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import QTreeView

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.goal_columns import fit_widths
from goalplanner.ui.goal_tree import DEADLINE, OWNER, STATUS_COLUMNS, TITLE
from goalplanner.ui.language import apply_language, remove_translations
from goalplanner.ui.main_window import MainWindow
from tests.ui.conftest import open_plan


@pytest.fixture(params=["en", "ko"])
def language(request, qapp):
    before = QLocale()
    apply_language(qapp, QLocale(request.param))
    QCoreApplication.processEvents()
    yield request.param
    remove_translations(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def open_window(qtbot, settings, tmp_path, language):
    """A function showing the main window at a size on the sample plan in ``language``."""
    path = tmp_path / "sample.goalplan"
    with Store.open(path) as store:
        write_sample_plan(store, date.today(), QCoreApplication.translate)
    windows = []

    def open_at(width: int, height: int) -> MainWindow:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.resize(width, height)
        open_plan(qtbot, window, path)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_at
    for window in windows:
        if window.store is not None:
            window.store.close()


def rows(tree: QTreeView):
    model = tree.model()
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        yield index
        stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]


def assert_statuses_whole(tree: QTreeView) -> None:
    metrics = tree.fontMetrics()
    for index in rows(tree):
        for column in STATUS_COLUMNS:
            text = index.siblingAtColumn(column).data() or ""
            width = tree.columnWidth(column)
            assert metrics.horizontalAdvance(text) <= width, (text, width)


@pytest.mark.parametrize("size", [(1280, 800), (900, 600)])
def test_statuses_are_whole_and_the_goal_is_the_widest_column(open_window, qtbot, size):
    window = open_window(*size)
    tree = window.goal_list.tree
    window.select_goal(None)
    assert_statuses_whole(tree)
    widths = [tree.columnWidth(c) for c in range(tree.model().columnCount())]
    assert widths[TITLE] == max(widths) and widths.count(widths[TITLE]) == 1, widths
    if size[0] >= 1280:
        assert sum(widths) <= tree.viewport().width()  # the goal takes the slack, no more
        qtbot.waitUntil(lambda: not tree.horizontalScrollBar().isVisible())  # Qt hides it when it gets to it


def test_a_status_that_changes_with_a_check_in_is_still_whole(open_window, qtbot):
    window = open_window(1280, 800)
    tree = window.goal_list.tree
    off_track = next(s.goal for s in window.session.states() if s.status.code == "off_track")
    window.select_goal(off_track.id)
    form = window.detail.checkin_form
    qtbot.keyClicks(form.actual_field, QLocale().toString(off_track.target))  # the target: achieved
    qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    assert window.session.state(off_track.id).status.code == "achieved"
    assert_statuses_whole(tree)


def test_the_goal_takes_room_the_window_gains(open_window, qtbot):
    window = open_window(1280, 800)
    tree = window.goal_list.tree
    narrow = tree.columnWidth(TITLE)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: tree.columnWidth(TITLE) > narrow)
    qtbot.waitUntil(lambda: not tree.horizontalScrollBar().isVisible())


def test_a_width_the_user_set_stays_when_the_pane_changes(open_window, qtbot):
    window = open_window(1280, 800)
    tree = window.goal_list.tree
    tree.header().resizeSection(OWNER, 150)  # the user drags the Owner column's edge
    title = tree.columnWidth(TITLE)
    window.resize(1500, 850)
    qtbot.waitUntil(lambda: tree.columnWidth(TITLE) > title)  # the list was sized again
    window.session.reload()  # the plan shown again (a language switch, an undo)
    assert tree.columnWidth(OWNER) == 150
    assert window.goal_list.user_widths == {OWNER: 150}


def test_names_give_way_before_numbers_and_never_below_their_least():
    wanted = {1: 80, 2: 80, 3: 140, 4: 140, 5: 100, 6: 100, 7: 64}
    least = {1: 80, 2: 80, 3: 64, 4: 64, 5: 72, 6: 72, 7: 64}
    groups = ((3, 4), (5, 6, 7))
    widths, title = fit_widths(wanted, least, groups, room=1400)
    assert widths == wanted and title == 1400 - sum(wanted.values())  # room enough: the goal takes the rest
    widths, title = fit_widths(wanted, least, groups, room=900)
    assert widths[3] < 140 and widths[4] < 140 and widths[5] == 100  # names first
    assert title + sum(widths.values()) == 900
    widths, title = fit_widths(wanted, least, groups, room=750)
    assert widths[3] == widths[4] == 64 and 72 <= widths[5] < 100  # then numbers
    widths, title = fit_widths(wanted, least, groups, room=400)
    assert widths == least and title == 200  # narrower than everything: the list scrolls sideways


def test_the_column_sorted_by_makes_room_for_its_arrow(open_window, qtbot):
    window = open_window(1280, 800)
    header = window.goal_list.tree.header()
    before = header.sectionSizeFromContents(DEADLINE).width()
    middle = QPoint(header.sectionViewportPosition(DEADLINE) + header.sectionSize(DEADLINE) // 2, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert header.sortIndicatorSection() == DEADLINE
    assert header.sectionSizeFromContents(DEADLINE).width() > before  # the arrow's room
    assert header.sectionSize(DEADLINE) >= header.sectionSizeFromContents(DEADLINE).width()


def test_a_wider_value_from_a_check_in_gets_its_room_and_keeps_it_on_a_resize(open_window, qtbot, questions):
    """A check-in measures only the goals it changed (a big plan is not measured again), and the room
    its value needs stays when the pane is resized (the goals are not measured anew then)."""
    from goalplanner.ui.goal_columns import MAX_NUMBER_WIDTH
    from goalplanner.ui.goal_tree import LATEST

    window = open_window(2400, 900)  # room for every column at its width: none gives way
    tree = window.goal_list.tree
    goal = next(s.goal for s in window.session.states() if s.goal.unit == "s")
    window.select_goal(goal.id)
    questions.answers = ["record_anyway"] * 3  # far from the plan: recorded anyway
    form = window.detail.checkin_form
    qtbot.keyClicks(form.actual_field, QLocale().toString(88888.0))
    qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    index = window.goal_list.proxy.mapFromSource(window.goal_list.model.index_of(goal.id))
    text = index.siblingAtColumn(LATEST).data()
    width = tree.columnWidth(LATEST)
    assert "88" in text
    assert width == MAX_NUMBER_WIDTH or tree.fontMetrics().horizontalAdvance(text) < width
    title = tree.columnWidth(TITLE)
    window.resize(2600, 950)
    qtbot.waitUntil(lambda: tree.columnWidth(TITLE) > title)  # the list was fitted again
    assert tree.columnWidth(LATEST) == width
