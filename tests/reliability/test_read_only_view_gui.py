"""A damaged plan viewed read-only in the window (issue 18, item 2): the goals that read fine are in the
list with their detail, the problems and the goals that cannot be read are shown, every action that
writes is disabled or refused, and the file (with its -wal) stays byte for byte as it was."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QAbstractItemView

from goalplanner import paths
from goalplanner.store import StoreError
from goalplanner.store.readable import ReadableStore
from tests.reliability.tampered import CASES, sample_plan, tamper
from tests.reliability.test_bad_files_gui import answer_with
from tests.ui.conftest import open_plan

BY_NAME = {case.name: case for case in CASES}
VIEW = "View what can be read"


def digest(path) -> str:
    """The plan file and its -wal (a -wal that is not there and an empty one both hold nothing)."""
    wal = path.with_name(path.name + "-wal")
    return hashlib.sha256(path.read_bytes() + b"|" + (wal.read_bytes() if wal.exists() else b"")).hexdigest()


def view(qtbot, window, plan):
    seen: list[tuple[str, str, list[str]]] = []
    answer_with(VIEW, seen)
    assert open_plan(qtbot, window, plan) is False  # refused for work; shown to be read
    text, details, buttons = seen[0]
    assert "is damaged" in text and VIEW in buttons and "Close" in buttons
    assert "view what can be read" in details
    assert isinstance(window.store, ReadableStore)
    return window.plan_files.read_only_view


def shown_ids(window) -> set[int]:
    return {state.goal.id for state in window.session.states()}


def tree_ids(model, parent=None) -> set[int]:
    """Every goal in the goal list's tree, at any depth."""
    from PySide6.QtCore import QModelIndex

    parent = parent if parent is not None else QModelIndex()
    found = set()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.add(index.internalId())
        found |= tree_ids(model, index)
    return found


def problems_shown(banner) -> list[str]:
    return [banner.problem_list.item(i).text() for i in range(banner.problem_list.count())]


CASES_SHOWN = {
    # case: (the goals in the list, the goals that cannot be read)
    "actual 'abc'": ({1, 2, 3, 4, 5, 6, 7}, set()),
    "a parent loop 2-3": ({1, 2, 3, 4, 5, 6, 7}, set()),
    "title stored as a blob": ({1, 2, 4, 5, 6, 7}, {3}),
    "a trigger that deletes goals": ({1, 2, 3, 4, 5, 6, 7}, set()),
    "start not a date": ({1, 3, 4, 5, 6, 7}, {2}),
}


@pytest.mark.parametrize("name", list(CASES_SHOWN))
def test_what_can_be_read_is_shown_the_rest_listed_nothing_written(qtbot, window, tmp_path, name):
    plan = tamper(tmp_path, BY_NAME[name])
    before = digest(plan)
    banner = view(qtbot, window, plan)
    window.show()
    readable, unreadable = CASES_SHOWN[name]

    assert shown_ids(window) == readable
    tree = window.goal_list.model
    assert tree_ids(tree) == readable  # none hidden, a loop of parents included
    assert window.pages.currentWidget() is window.main_tabs
    assert banner.banner.isVisible() and "read-only" in banner.heading.text()
    lines = problems_shown(banner)
    for says in BY_NAME[name].says:
        assert any(says in line for line in lines), (says, lines)
    for goal_id in unreadable:
        assert f"goal {goal_id}" in banner.unreadable_label.text()
    if not unreadable:
        assert "Every goal could be read" in banner.unreadable_label.text()

    for action in banner.writing_actions():
        assert not action.isEnabled(), action.text()
    assert "(read-only)" in window.windowTitle()
    window.select_goal(min(readable))
    detail = window.detail
    assert detail.goal is not None and detail.title_label.text()
    assert not detail.checkin_form.isEnabled()
    assert not detail.history.delete_button.isEnabled()
    assert not detail.plan_tab.reset_button.isEnabled()
    for table in (detail.history.checkin_view, detail.plan_tab.plan_view):
        assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    detail.show_chart()  # the chart draws from what can be read
    # whatever gets past the disabled actions is refused by the store itself, with a message
    with pytest.raises(StoreError, match="open only to be read"):
        window.store.add_checkin(min(readable), window.store.checkins(min(readable))[-1].on, 1.0)
    with pytest.raises(StoreError, match="open only to be read"):
        window.store.backup()

    window.plan_files.close()
    assert digest(plan) == before
    assert [p for p in paths.backups_dir().rglob("*") if p.is_file() and "tampered" in p.name] == []


def test_a_bad_check_in_leaves_the_others_of_its_goal_in_the_history(qtbot, window, tmp_path):
    plan = tamper(tmp_path, BY_NAME["actual 'abc'"])
    view(qtbot, window, plan)
    window.select_goal(2)
    rows = window.detail.history.checkin_model.rowCount()
    assert rows >= 1
    assert rows == len(window.store.checkins(2))  # the readable ones
    assert any(table == "checkins" for table, _row in window.store.skipped)
    window.plan_files.close()


def test_opening_a_good_plan_after_viewing_makes_it_editable_again(qtbot, window, tmp_path):
    plan = tamper(tmp_path, BY_NAME["a parent loop 2-3"])
    banner = view(qtbot, window, plan)
    good = sample_plan(tmp_path / "good.goalplan")
    assert open_plan(qtbot, window, good)
    assert not banner.banner.isVisible() and not isinstance(window.store, ReadableStore)
    assert window.new_goal_action.isEnabled() and window.edit_goal_action.isEnabled()
    assert "(read-only)" not in window.windowTitle()
    window.select_goal(2)
    assert window.detail.checkin_form.isEnabled()
    window.plan_files.close()


def test_the_banner_speaks_the_language_chosen_while_it_is_shown(qtbot, window, tmp_path, qapp):
    from PySide6.QtCore import QLocale

    from goalplanner.ui.language import remove_translations
    from tests.ui.test_language import choose_in_settings, settle, translation

    plan = tamper(tmp_path, BY_NAME["a parent loop 2-3"])
    banner = view(qtbot, window, plan)
    before = QLocale()
    try:
        choose_in_settings(window, "nb")
        settle()
        heading = translation(
            "nb",
            "ReadOnlyView",
            "This plan is damaged and shown read-only: nothing can be changed or saved, and the "
            "file is left as it is. What is wrong ({0}), as `goalplanner check` lists it:",
        )
        assert banner.heading.text() == heading.format(len(window.store.problems))
        title = translation("nb", "ReadOnlyView", "{0} (read-only) — goalplanner")
        assert window.windowTitle() == title.format(plan.name)
        assert not window.new_goal_action.isEnabled()  # still nothing that writes
    finally:
        remove_translations(qapp)
        QLocale.setDefault(before)
        window.plan_files.close()
