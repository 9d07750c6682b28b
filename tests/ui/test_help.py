"""The Help menu and window: each entry opens its section, in the window's language; the shortcuts are the
window's own; the sample plan and the folders open from the guide."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from goalplanner import paths
from goalplanner.core.guide import FIRST_WEEK, FOLDERS, SECTIONS, SHORTCUTS, SMART, plain_command
from goalplanner.core.resources import resource_path
from goalplanner.ui.language import LANGUAGES, apply_language, remove_translations
from tests.ui.conftest import wait_opened

ENTRIES = [
    ("guide_action", FIRST_WEEK, "Guide to the first week"),
    ("smart_action", SMART, "SMART goals in brief"),
    ("shortcuts_action", SHORTCUTS, "Keyboard shortcuts"),
    ("folders_action", FOLDERS, "Where your plan is kept"),
]


@pytest.fixture
def restore_language(qapp):
    """English and the formats back after a test that switches language."""
    before = QLocale()
    yield
    remove_translations(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def opened_folders(qapp):
    """The folders the desktop was asked to show (instead of showing them)."""

    class Recorder(QObject):
        def __init__(self):
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            self.urls.append(url)

    recorder = Recorder()
    QDesktopServices.setUrlHandler("file", recorder, "show")
    yield recorder.urls
    QDesktopServices.unsetUrlHandler("file")


def visible_section(dialog) -> str:
    """The section marked in the list, after checking its heading is in view in the guide."""
    anchor = dialog.sections.currentItem().data(Qt.ItemDataRole.UserRole)
    top, bar = dialog.heading_tops()[anchor], dialog.browser.verticalScrollBar()
    assert bar.value() <= top < bar.value() + dialog.browser.viewport().height(), anchor
    return anchor


def guide_headings(language: str) -> list[str]:
    text = resource_path("help", f"first_week.{language}.html").read_text(encoding="utf-8")
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h2>(.*?)</h2>", text)]


def activate_link(qtbot, browser: QTextBrowser, text: str, nth: int = 1) -> None:
    """Tab through the guide's links as a keyboard user does to the ``nth`` called ``text``; press Enter."""
    browser.setFocus()
    browser.moveCursor(QTextCursor.MoveOperation.Start)
    seen = 0
    for _ in range(60):
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        if browser.textCursor().selectedText() == text:
            seen += 1
            if seen == nth:
                qtbot.keyClick(browser, Qt.Key.Key_Return)
                return
    raise AssertionError(f"no link {text!r} reached with Tab")


def test_the_help_menu_offers_the_guide_its_sections_the_sample_plan_and_about(window):
    texts = [a.text().replace("&", "") for a in window.help_menu.actions() if not a.isSeparator()]
    assert texts == [entry[2] for entry in ENTRIES] + ["Open the sample plan", "About goalplanner"]
    assert window.help_menu.title() == "&Help"
    assert QKeySequence("F1") in window.help_menu.guide_action.shortcuts()


@pytest.mark.parametrize(("action", "anchor", "title"), ENTRIES)
def test_each_help_entry_opens_its_section(qtbot, sample_window, action, anchor, title):
    # from the other end first, so the window has to move
    sample_window.help_menu.show_section(FOLDERS if anchor == FIRST_WEEK else FIRST_WEEK)
    getattr(sample_window.help_menu, action).trigger()
    dialog = sample_window.help_menu.dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert visible_section(dialog) == anchor
    assert dialog.sections.currentItem().text() == guide_headings("en")[SECTIONS.index(anchor)]
    assert dialog.focusWidget() is dialog.browser  # arrows and Page Down scroll at once


def test_f1_opens_the_guide_and_esc_closes_it(qtbot, sample_window):
    sample_window.activateWindow()
    sample_window.goal_list.setFocus()
    qtbot.keyClick(sample_window.goal_list, Qt.Key.Key_F1)
    dialog = sample_window.help_menu.dialog
    assert dialog is not None and dialog.isVisible()
    assert visible_section(dialog) == FIRST_WEEK
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_choosing_a_section_in_the_list_shows_it(qtbot, sample_window):
    dialog = sample_window.help_menu.show_section(FIRST_WEEK)
    dialog.sections.setFocus()
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Down)
    assert visible_section(dialog) == SMART
    qtbot.keyClick(dialog.sections, Qt.Key.Key_End)
    assert visible_section(dialog) == FOLDERS


def test_a_link_in_the_guide_goes_to_its_section(qtbot, sample_window):
    dialog = sample_window.help_menu.show_section(FIRST_WEEK)
    activate_link(qtbot, dialog.browser, "SMART goals in brief", nth=2)  # the one in "Set one goal"
    assert visible_section(dialog) == SMART


def test_the_shortcuts_listed_are_the_windows_own(qtbot, sample_window):
    dialog = sample_window.help_menu.show_section(SHORTCUTS)
    native = QKeySequence.SequenceFormat.NativeText
    expected = {
        (", ".join(k.toString(native) for k in action.shortcuts()), plain_command(action.text()))
        for action in sample_window.findChildren(QAction)
        if action.shortcuts()
    }
    assert ("Ctrl+N", "New goal") in expected and ("Ctrl+2", "Portfolio chart") in expected
    listed = shortcuts_in(dialog)
    assert set(listed) == expected
    assert len(listed) == len(expected)  # each once
    assert any(keys.startswith("F1") and command == "Guide to the first week" for keys, command in listed)


def cell_text(table, row: int, column: int) -> str:
    return table.cellAt(row, column).firstCursorPosition().block().text()


def shortcuts_in(dialog) -> list[tuple[str, str]]:
    """The (keys, command) rows of the shortcuts table as the guide shows it."""
    frames = [dialog.browser.document().rootFrame()]
    while frames:
        frame = frames.pop()
        frames += frame.childFrames()
        if hasattr(frame, "cellAt") and frame.columns() == 3:  # keys, command, menu
            return [(cell_text(frame, row, 0), cell_text(frame, row, 1)) for row in range(1, frame.rows())]
    raise AssertionError("no shortcuts table")


def test_a_shortcut_added_to_the_window_is_listed_at_once(qtbot, sample_window):
    extra = QAction("&Print the plan…", sample_window, shortcut=QKeySequence("Ctrl+P"))
    sample_window.addAction(extra)
    dialog = sample_window.help_menu.show_section(SHORTCUTS)
    assert ("Ctrl+P", "Print the plan") in shortcuts_in(dialog)


def test_the_guides_sample_plan_link_opens_the_sample_plan(qtbot, sample_window):
    assert sample_window.store.path != paths.sample_plan_path("en")
    dialog = sample_window.help_menu.show_section(FIRST_WEEK)
    activate_link(qtbot, dialog.browser, "Open the sample plan")
    qtbot.waitUntil(lambda: sample_window.store.path == paths.sample_plan_path("en"))
    assert sample_window.goal_list.model.goal_count() == 7
    assert str(paths.sample_plan_path("en")) in dialog.browser.toPlainText()  # the folders follow


def test_the_help_menus_sample_plan_entry_opens_the_sample_plan(qtbot, window):
    entry = next(a for a in window.help_menu.actions() if a.text() == "Open the &sample plan")
    entry.trigger()
    wait_opened(qtbot, window)
    assert window.store.path == paths.sample_plan_path("en")


def test_the_folders_shown_are_the_real_ones_and_open(qtbot, sample_window, opened_folders):
    store = sample_window.store
    dialog = sample_window.help_menu.show_section(FOLDERS)
    shown = dialog.browser.toPlainText()
    for folder in (store.path, store.backup_dir, paths.data_dir(), paths.log_dir()):
        assert str(folder) in shown
    assert store.backup_dir.parent == paths.backups_dir()
    activate_link(qtbot, dialog.browser, "Open the folder")  # this plan's
    activate_link(qtbot, dialog.browser, "Open the folder", nth=3)  # the data folder
    assert [Path(url.toLocalFile()) for url in opened_folders] == [store.path.parent, paths.data_dir()]


def test_a_backup_folder_not_made_yet_opens_where_it_will_be(qtbot, window, opened_folders, tmp_path):
    from goalplanner.ui.help_dialog import open_folder

    open_folder(tmp_path / "not" / "yet")
    assert [Path(url.toLocalFile()) for url in opened_folders] == [tmp_path]


def test_with_no_plan_open_the_folders_are_the_apps(qtbot, window):
    dialog = window.help_menu.show_section(FOLDERS)
    assert next(what for what, _path, _folder in dialog.folders()) == "Backups"
    assert str(paths.backups_dir()) in dialog.browser.toPlainText()


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_guide_is_in_the_windows_language(qtbot, qapp, restore_language, sample_window, language):
    apply_language(qapp, QLocale(language))
    QCoreApplication.sendPostedEvents()
    dialog = sample_window.help_menu.show_section(SMART)
    assert dialog.source == resource_path("help", f"first_week.{language}.html")
    assert dialog.source.stat().st_size > 5000
    headings = guide_headings(language)
    assert [dialog.sections.item(row).text() for row in range(dialog.sections.count())] == headings
    assert len(headings) == len(SECTIONS)
    assert visible_section(dialog) == SMART


def test_the_open_guide_follows_a_language_switch(qtbot, qapp, restore_language, sample_window):
    dialog = sample_window.help_menu.show_section(SMART)
    settings = sample_window.open_settings()
    settings.language_combo.setCurrentIndex(settings.language_combo.findData("ko"))
    settings.accept()
    qtbot.waitUntil(lambda: dialog.source == resource_path("help", "first_week.ko.html"))
    assert dialog.sections.currentItem().text() == guide_headings("ko")[1]
    assert visible_section(dialog) == SMART
    assert "새 목표" in dict(shortcuts_in(dialog)).values()  # the actions' texts, in Korean too


@pytest.mark.parametrize("language", ["en", "ko", "zh_CN"])
def test_the_guide_fits_its_window_at_both_sizes(
    qtbot, qapp, restore_language, sample_window, tmp_path, language
):
    """Nothing runs off the side at 1280x800 or 900x600; the screenshots are kept (GOALPLANNER_SHOTS)."""
    if language != "en":
        apply_language(qapp, QLocale(language))
        QCoreApplication.sendPostedEvents()
    shots = Path(os.environ.get("GOALPLANNER_SHOTS", "") or tmp_path)
    for width, height in ((1280, 800), (900, 600)):
        for anchor in (FIRST_WEEK, SHORTCUTS):
            dialog = sample_window.help_menu.show_section(anchor)
            dialog.resize(width, height)
            dialog.show_section(anchor)
            qtbot.waitExposed(dialog)
            assert dialog.browser.horizontalScrollBar().maximum() == 0
            assert dialog.sections.horizontalScrollBar().maximum() == 0  # section titles whole
            assert visible_section(dialog) == anchor
            dialog.grab().save(str(shots / f"help-{language}-{anchor}-{width}x{height}.png"))
