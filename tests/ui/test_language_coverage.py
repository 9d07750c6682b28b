"""No English left behind: under a pseudo-language that brackets every translated text, whatever English
is still on screen was never translated.

Every text the translator sees comes back as ⟦text⟧. After removing the bracketed parts (innermost
first: translated words sit inside translated sentences), people's names, the abbreviations kept in
every language and key names, no word of two or more Latin letters may remain on any screen.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
    QWizard,
)

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan
from goalplanner.ui.main_window import MainWindow
from goalplanner.ui.wizard.wizard import REVIEW
from tests.ui.conftest import open_plan

KEPT = {
    # people in the sample plan, abbreviations every language keeps, key names, our name, file names
    "Dana", "Whitfield", "Mark", "Ellis", "Priya", "Nair", "Tomás", "Ortega", "Aisha", "Bello",
    "CSAT", "NPS", "FCR", "AHT", "ASA", "CES", "ACW", "SMART", "KPI", "Erlang", "Excel", "PNG", "SVG",
    "Ctrl", "Shift", "goalplanner", "goalplan", "sample", "plan",
}  # fmt: skip
# Lists whose items are names in their own right: languages in their own tongue, countries (Qt knows
# them in English only), a country's region codes.
NAMES_OF_THEIR_OWN = {"language", "country", "subdivision"}
INNERMOST = re.compile(r"⟦[^⟦⟧]*⟧")
TAG = re.compile(r"<[^<>]*>")
WORD = re.compile(r"[^\W\d_]*[A-Za-z][^\W\d_]+|[^\W\d_]+[A-Za-z]")  # words with Latin letters


class Brackets(QTranslator):
    """The pseudo-language: every text goalplanner or Qt asks for, in brackets."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"

    def isEmpty(self):
        return False


def english_left(text: str) -> list[str]:
    text = TAG.sub(" ", text)  # rich text's markup is not read
    text += "⟧" * (text.count("⟦") - text.count("⟧"))  # a title cut short with "…" lost its end
    while INNERMOST.search(text):
        text = INNERMOST.sub(" ", text)
    return [word for word in WORD.findall(text) if word not in KEPT]


def screen_texts(root: QWidget) -> list[str]:
    """The texts a user can read on ``root`` as it is shown now."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox) and widget.objectName() not in NAMES_OF_THEIR_OWN:
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts.append(widget.toolTip())
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            columns = range(model.columnCount())
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    return [t for t in texts if t]


def model_texts(model) -> list[str]:
    found = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        for column in range(model.columnCount(index.parent())):
            cell = index.siblingAtColumn(column)
            found += [
                str(cell.data(role) or "")
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            ]
        stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    return found


def menu_texts(window) -> list[str]:
    found = []
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.goal_menu, window.help_menu):
        found.append(menu.title())
        found += [action.text() for action in menu.actions() if not action.isSeparator()]
    return found


def figure_texts(figure) -> list[str]:
    # the chart's words (tick labels are numbers and QLocale's month names, not translations)
    texts = [t.get_text() for t in figure.texts]
    for axes in figure.axes:
        texts += [axes.get_title(), axes.get_xlabel(), axes.get_ylabel()] + [t.get_text() for t in axes.texts]
        legend = axes.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
    for legend in figure.legends:
        texts += [t.get_text() for t in legend.get_texts()]
    if figure._suptitle is not None:
        texts.append(figure._suptitle.get_text())
    return [t for t in texts if t]


@pytest.fixture
def pseudo(qapp):
    translator = Brackets()
    qapp.installTranslator(translator)
    QCoreApplication.processEvents()
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def translated_window(qtbot, settings, tmp_path, pseudo):
    """The main window, shown, on the sample plan as a new user in the pseudo-language gets it."""
    path = tmp_path / "sample.goalplan"
    with Store.open(path) as store:
        write_sample_plan(store, date.today(), QCoreApplication.translate)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    open_plan(qtbot, window, path)
    window.show()
    yield window
    if window.store is not None:
        window.store.close()


def assert_translated(texts: list[str]) -> None:
    # QLocale's own words (day names) follow the locale, not the translation
    locale = QLocale()
    kept = KEPT | {locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)}
    left = sorted(
        {f"{text!r}: {words}" for text in texts if not text.startswith(("/", "\\"))  # file paths
         for words in [[w for w in english_left(text) if w not in kept]] if words}
    )  # fmt: skip
    assert left == [], "\n".join(left)


def test_the_main_window_has_no_english_left(qtbot, translated_window):
    window = translated_window
    qtbot.waitExposed(window)
    texts = menu_texts(window) + model_texts(window.goal_list.model)
    texts += [
        window.goal_list.due_panel.model.index(r, 0).data()
        for r in range(window.goal_list.due_panel.model.rowCount())
    ]
    texts.append(window.goal_list.due_panel.heading.text())
    for goal_id in [g.id for g in window.store.list_goals()]:
        window.select_goal(goal_id)
        for tab in range(window.detail.tabs.count()):
            window.detail.tabs.setCurrentIndex(tab)
            qtbot.wait(5)
            texts += screen_texts(window)
        texts += model_texts(window.detail.history.checkin_model)
        texts += model_texts(window.detail.plan_tab.plan_model)
        texts += figure_texts(window.detail.chart_tab.chart_view.figure)
    window.main_tabs.setCurrentWidget(window.portfolio)
    qtbot.wait(5)
    texts += screen_texts(window) + figure_texts(window.portfolio.chart_view.figure)
    settings_dialog = window.open_settings()
    texts += screen_texts(settings_dialog)
    settings_dialog.reject()
    assert_translated(texts)


def test_the_wizard_has_no_english_left(qtbot, translated_window):
    window = translated_window
    window.goals.new_goal()
    wizard = window.goals.wizard
    qtbot.waitExposed(wizard)
    texts = []
    try:
        start = wizard.currentPage()
        start.template_radio.setChecked(True)
        start.template_combo.setCurrentIndex(start.template_combo.findData("csat_survey"))
        while True:
            qtbot.wait(5)
            page = wizard.currentPage()
            texts += [page.title(), page.subTitle(), *screen_texts(wizard)]
            if wizard.currentId() == REVIEW:
                break
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert_translated(texts)
    finally:
        wizard.done(QWizard.DialogCode.Rejected)


def test_the_dialogs_have_no_english_left(qtbot, tmp_path, translated_window):
    import openpyxl

    from goalplanner.ui.goal_tree import GOAL_ROLE
    from tests.ui.test_excel_window import finish
    from tests.ui.test_tracking import find_row

    window = translated_window
    texts = []
    window.plan_files.back_up_now()
    restore = window.plan_files.restore_from_backup()
    texts += screen_texts(restore)
    restore.reject()
    window.select_goal(find_row(window, "Cut support call volume").data(GOAL_ROLE).id)
    window.detail.tabs.setCurrentIndex(1)
    split = window.detail.plan_tab.split_period()
    texts += screen_texts(split)
    split.weights_edit.setText("1; x")
    texts += screen_texts(split)
    split.reject()
    workbook_path = tmp_path / "plan.xlsx"
    finish(qtbot, window.excel.export_excel(workbook_path))
    texts.append(window.statusBar().currentMessage())
    workbook = openpyxl.load_workbook(workbook_path)
    sheets = [s for s in workbook.worksheets if "Cut average" in s.title or "CSAT" in s.title]
    sheets[0]["E14"], sheets[1]["E14"] = 201, "eighty"  # a correction, and a value that is not one
    workbook.save(workbook_path)
    finish(qtbot, window.excel.import_actuals(workbook_path))
    preview = window.excel.import_preview
    texts += screen_texts(preview)
    texts += [preview.problems.item(i).text() for i in range(preview.problems.count())]
    texts += [preview.changes.item(0, c).text() for c in range(preview.changes.columnCount())]
    preview.reject()
    assert_translated(texts)
