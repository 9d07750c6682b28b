"""Every language fits: no button, label, tab or choice of the main window or the wizard is cut short.

A screenshot of each screen is taken per language; set GOALPLANNER_SHOTS to a folder to keep them and
look at them (``GOALPLANNER_SHOTS=/tmp/shots make pytest``).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
    QWizard,
)

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.goal_tree import STATUS
from goalplanner.ui.language import LANGUAGES, apply_language, remove_translations
from goalplanner.ui.main_window import MainWindow
from goalplanner.ui.wizard.wizard import REVIEW
from tests.ui.conftest import open_plan

SLACK = 2  # pixels of rounding a style may take


def cut_short(root: QWidget) -> list[str]:
    """Visible texts narrower on screen than they need to be shown whole."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + SLACK < widget.sizeHint().width():
                found.append(f"{name} {widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            needed = widget.minimumSizeHint().width()
            if widget.width() + SLACK < needed:
                found.append(f"{name} {widget.text()!r}: {widget.width()} < {needed}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() + SLACK < widget.tabSizeHint(index).width():
                    found.append(f"tab {widget.tabText(index)!r}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
            )
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if field.width() + SLACK < needed:
                found.append(f"{name} {widget.currentText()!r}: {field.width()} < {needed}")
        elif isinstance(widget, QHeaderView) and widget.isVisible():
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                needed = widget.sectionSizeFromContents(section).width()
                if widget.sectionSize(section) + SLACK < needed:
                    text = widget.model().headerData(section, widget.orientation())
                    found.append(f"column {text!r}: {widget.sectionSize(section)} < {needed}")
    return found


def save_shot(widget: QWidget, tmp_path: Path, name: str) -> None:
    folder = Path(os.environ.get("GOALPLANNER_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    picture = widget.grab()
    assert not picture.isNull()
    assert picture.save(str(folder / f"{name}.png"))


@pytest.fixture
def language(request, qapp):
    before = QLocale()
    apply_language(qapp, QLocale(request.param))
    QCoreApplication.processEvents()
    yield request.param
    remove_translations(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def plan(tmp_path, language):
    """The sample plan as a new user of ``language`` gets it from the empty window."""
    path = tmp_path / "sample.goalplan"
    with Store.open(path) as store:
        write_sample_plan(store, date.today(), QCoreApplication.translate)
    return path


@pytest.mark.parametrize("language", ["en", *LANGUAGES], indirect=True)
def test_the_main_window_fits_in_every_language(qtbot, settings, plan, tmp_path, language):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    open_plan(qtbot, window, plan)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.select_goal(None)
        tree = window.goal_list.tree
        assert tree.columnWidth(STATUS) >= tree.sizeHintForColumn(STATUS), "a status is cut short"
        for tab in range(window.detail.tabs.count()):
            window.detail.tabs.setCurrentIndex(tab)
            qtbot.wait(10)
            assert cut_short(window) == [], (language, window.detail.tabs.tabText(tab))
            save_shot(window, tmp_path, f"{language}-main-{tab}")
        window.main_tabs.setCurrentWidget(window.portfolio)
        qtbot.wait(10)
        assert cut_short(window) == []
        save_shot(window, tmp_path, f"{language}-portfolio")
        settings_dialog = window.open_settings()
        qtbot.waitExposed(settings_dialog)
        assert cut_short(settings_dialog) == []
        save_shot(settings_dialog, tmp_path, f"{language}-settings")
        settings_dialog.reject()
    finally:
        window.store.close()


@pytest.mark.parametrize("language", ["en", *LANGUAGES], indirect=True)
def test_every_wizard_page_fits_in_every_language(qtbot, settings, plan, tmp_path, language):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    open_plan(qtbot, window, plan)
    window.show()
    window.goals.new_goal()
    wizard = window.goals.wizard
    qtbot.waitExposed(wizard)
    try:
        start = wizard.currentPage()
        start.template_radio.setChecked(True)
        start.template_combo.setCurrentIndex(start.template_combo.findData("wait_time"))
        while True:
            qtbot.wait(10)
            assert cut_short(wizard) == [], (language, wizard.currentId())
            save_shot(wizard, tmp_path, f"{language}-wizard-{wizard.currentId()}")
            if wizard.currentId() == REVIEW:
                break
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    finally:
        wizard.done(QWizard.DialogCode.Rejected)
        window.store.close()
