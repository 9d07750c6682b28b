"""Languages: each shipped one loads, switching in Settings retranslates at once, every layer follows."""

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTranslator

from goalplanner.core.i18n import filled
from goalplanner.core.resources import resource_path
from goalplanner.ui.goal_tree import DEADLINE
from goalplanner.ui.language import LANGUAGES, apply_language, install_translations, remove_translations
from tests.ui.conftest import wait_opened


def test_each_shipped_language_has_its_compiled_translations(qapp):
    for language in LANGUAGES:
        assert resource_path("translations", f"goalplanner_{language}.qm").is_file()
        installed = install_translations(qapp, QLocale(language))
        try:
            assert installed, language  # goalplanner's own file at least
        finally:
            remove_translations(qapp)


def test_english_loads_only_its_plural_forms(qapp):
    from goalplanner.ui.language import ui_language

    for locale in ("en_GB", "de_DE"):  # a language goalplanner does not speak reads English
        installed = install_translations(qapp, QLocale(locale))
        try:
            ours = [t.filePath() for t in installed if "goalplanner" in t.filePath()]
            assert [path.rsplit("/", 1)[-1] for path in ours] == ["goalplanner_en.qm"], locale
            assert ui_language() == "en"
            assert QCoreApplication.translate("ExcelTransfer", "Exported %n goal(s) to {0}", None, 1) == (
                "Exported 1 goal to {0}"
            )
            assert QCoreApplication.translate("ImportPreview", "%n cell(s) need correcting: nothing will be "
                                              "imported.", None, 1).startswith("1 cell needs")  # fmt: skip
            assert QCoreApplication.translate("DueListModel", "{0} — due {1}, %n day(s) late", None, 6) == (
                "{0} — due {1}, 6 days late"
            )
            assert QCoreApplication.translate("Kpi", "Customer satisfaction (CSAT)") == (
                "Customer satisfaction (CSAT)"  # every other text as written
            )
        finally:
            remove_translations(qapp)


def test_the_language_chosen_in_settings_is_kept_for_the_next_start(qtbot, settings, restore_language):
    from goalplanner.ui.language import chosen_language
    from goalplanner.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert {"한국어", "简体中文", "română", "norsk bokmål"} <= set(names)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ko"))
    dialog.accept()
    assert chosen_language(settings).name() == "ko_KR"


class Shouting(QTranslator):
    """A stand-in language: every template text in capitals, so its use is visible."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context == "Template" else ""


def test_a_template_fills_in_the_goal_in_the_users_language(qapp, qtbot, tmp_path):
    from goalplanner.store import Store
    from goalplanner.ui.wizard import GoalWizard
    from goalplanner.ui.wizard.start_review_pages import TEMPLATE

    translator = Shouting()
    qapp.installTranslator(translator)
    try:
        with Store.open(tmp_path / "plan.goalplan") as store:
            wizard = GoalWizard(store)
            qtbot.addWidget(wizard)
            wizard.start_from(TEMPLATE, "wait_time")
            assert wizard.goal.title == "CUT AVERAGE CALL WAIT TIME BY 25% WITHIN SIX WEEKS"
            assert wizard.goal.why.startswith("LONG WAITS ARE THE COMPLAINT")
            assert wizard.template.baseline_hint.startswith("AVERAGE WAIT OF ALL CALLS")
    finally:
        QCoreApplication.removeTranslator(translator)


# -- switching while the app runs ---------------------------------------------------------------


def translation(language: str, context: str, source: str) -> str:
    """What the shipped .ts file says for ``source`` in ``language``; fails if it is not translated."""
    root = ET.parse(resource_path("translations", f"goalplanner_{language}.ts")).getroot()
    for element in root.iter("context"):
        if element.findtext("name") == context:
            for message in element.iter("message"):
                if message.findtext("source") == source:
                    found = message.find("translation")
                    assert found.get("type") is None and found.text, f"{language}: {source!r} untranslated"
                    return found.text
    raise AssertionError(f"{context}: {source!r} is not in goalplanner_{language}.ts")


@pytest.fixture
def restore_language(qapp):
    """Put English and the formats back after a test that switches language."""
    before = QLocale()
    yield
    remove_translations(qapp)
    QLocale.setDefault(before)


def settle() -> None:
    """Deliver every posted event and run every due zero-delay timer, until nothing is left to do."""
    for _round in range(10):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def choose_in_settings(window, code: str) -> None:
    dialog = window.open_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(code))
    dialog.accept()


@pytest.mark.parametrize("language", LANGUAGES)
def test_choosing_a_language_in_settings_retranslates_the_open_window_at_once(
    sample_window, qtbot, restore_language, language
):
    window = sample_window
    tr = lambda context, source: translation(language, context, source)  # noqa: E731
    assert window.file_menu.title() == "&File"
    assert tr("MainWindow", "&File") not in ("", "&File")

    def retranslated() -> None:
        # menus at once; filters, statuses and the goal's detail in the refresh that follows the switch
        assert window.file_menu.title() == tr("MainWindow", "&File")
        assert window.main_tabs.tabText(1) == tr("MainWindow", "Portfolio")
        assert window.goal_list.owner_filter.itemText(0) == tr("GoalListPane", "All owners")
        assert window.goal_list.model.headerData(0, Qt.Orientation.Horizontal) == tr("GoalTreeModel", "Goal")
        assert window.detail.checkin_form.record_button.text() == tr("CheckInForm", "&Record")
        assert window.detail.tabs.tabText(1) == tr("GoalDetail", "&Plan")
        # the goal's sentence and status are written again in the new language
        assert "will raise" not in window.detail.sentence_label.text()
        assert tr("Status", "On track") in window.goal_list.model.index(0, 1).data()

    choose_in_settings(window, language)
    qtbot.waitUntil(retranslated)
    # and back to English, without a restart
    choose_in_settings(window, "en")
    qtbot.waitUntil(
        lambda: (
            window.file_menu.title() == "&File" and window.goal_list.owner_filter.itemText(0) == "All owners"
        )
    )
    assert window.detail.checkin_form.record_button.text() == "&Record"


def test_numbers_and_dates_follow_the_chosen_language(sample_window, qtbot, restore_language):
    window = sample_window
    start = QDate(window.detail.goal.start)
    before = QLocale().toString(start, QLocale.FormatType.ShortFormat)  # the test run's own locale
    assert before in window.detail.sentence_label.text()
    choose_in_settings(window, "ro")
    assert QLocale().language() == QLocale.Language.Romanian
    romanian = QLocale().toString(start, QLocale.FormatType.ShortFormat)
    assert romanian == start.toString("dd.MM.yyyy") != before
    qtbot.waitUntil(lambda: romanian in window.detail.sentence_label.text())
    assert QLocale().toString(12.5) == "12,5"
    # the goal list, the check-in date field and the undo menu follow too
    goal = window.detail.goal
    deadline = window.goal_list.model.index_of(goal.id).siblingAtColumn(DEADLINE).data()
    assert deadline == QDate(goal.deadline).toString("dd.MM.yyyy")
    assert window.detail.checkin_form.date_edit.text() == QDate.currentDate().toString("dd.MM.yyyy")
    assert window.undo_action.text() == translation("ro", "UndoActions", "&Undo")


def test_the_undo_menu_names_the_last_action_in_the_new_language(sample_window, qtbot, restore_language):
    window = sample_window
    window.detail.checkin_form.actual_field.setText("31")
    window.detail.checkin_form.record_checkin()
    assert window.undo_action.text().startswith("&Undo Record check-in")
    choose_in_settings(window, "nb")
    qtbot.waitUntil(lambda: window.undo_action.text() != "&Undo Record check-in 31 points")
    assert window.undo_action.text() == translation("nb", "UndoActions", "&Undo {0}").format(
        "Record check-in 31 points"
    )  # the action's own name stays as it was recorded


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_wizard_opens_in_the_chosen_language(sample_window, qtbot, restore_language, language):
    window = sample_window
    choose_in_settings(window, language)
    window.goals.new_goal()
    wizard = window.goals.wizard
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.windowTitle() == translation(language, "GoalWizard", "New goal")
    assert wizard.buttonText(wizard.WizardButton.FinishButton) == translation(
        language, "GoalWizard", "&Save goal"
    )
    # Qt's own buttons too (Qt's translation, or ours where Qt ships none: Romanian, Norwegian)
    assert "Next" not in wizard.buttonText(wizard.WizardButton.NextButton)
    assert "Cancel" not in wizard.buttonText(wizard.WizardButton.CancelButton)
    wizard.reject()


@pytest.mark.parametrize("language", LANGUAGES)
def test_smart_findings_come_out_in_the_chosen_language(qapp, restore_language, language):
    from goalplanner.core.model import Goal
    from goalplanner.core.smart import check
    from goalplanner.ui.formatting import ui_wording
    from goalplanner.ui.wizard.base import finding_text

    apply_language(qapp, QLocale(language))
    goal = Goal(start=date(2026, 1, 5), deadline=date(2026, 1, 20), checkin_cadence="monthly", kpi="csat",
                unit="%", direction="increase", baseline=70.5, target=140)  # fmt: skip
    findings = {f.code: f for f in check(goal)}
    impossible = findings["target_out_of_range"]
    template = translation(language, "Smart", impossible.template)
    assert template and template != impossible.template
    wording = ui_wording()
    metric = translation(language, "Kpi", "Customer satisfaction (CSAT)")
    # Korean and Chinese keep a number with its unit; Chinese has no spaces between its words
    expected = wording.finish(
        filled(template, dict(value=wording.number(140), unit="%", metric=metric, low="0", high="100"))
    )
    assert finding_text(impossible) == expected
    cadence = findings["no_checkin_before_deadline"]
    assert translation(language, "Smart", "every month") in finding_text(cadence)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workbook_is_written_in_the_chosen_language_and_still_imports(
    sample_window, qtbot, tmp_path, restore_language, language
):
    import openpyxl

    from goalplanner.workbook.importer import read_actuals
    from tests.ui.test_excel_window import finish

    window = sample_window
    choose_in_settings(window, language)
    target = tmp_path / "plan.xlsx"
    finish(qtbot, window.excel.export_excel(target))
    workbook = openpyxl.load_workbook(target)
    summary = workbook.worksheets[0]
    assert summary.title == translation(language, "Excel", "Summary")
    headers = [cell.value for cell in next(summary.iter_rows(max_row=1))] + [
        cell.value for row in summary.iter_rows(max_row=6) for cell in row
    ]
    assert translation(language, "Excel", "Owner") in headers
    assert "Owner" not in headers
    report = read_actuals(target, window.store)
    assert report.problems == []


def test_the_sample_plan_opens_in_the_chosen_language(window, qtbot, restore_language, tmp_path):
    choose_in_settings(window, "ko")
    window.plan_files.open_sample_plan()
    wait_opened(qtbot, window)
    assert window.store.path.name == "sample-plan-ko.goalplan"
    titles = [goal.title for goal in window.store.list_goals()]
    vision = "Be recognised as the leader in customer service in our market, measured by NPS"
    assert translation("ko", "Sample", vision) in titles and vision not in titles


@pytest.mark.parametrize("language", LANGUAGES)
def test_findings_about_units_and_open_ended_metrics_are_translated_whole(qapp, restore_language, language):
    from goalplanner.core.model import Goal
    from goalplanner.core.smart import check
    from goalplanner.ui.formatting import ui_wording
    from goalplanner.ui.wizard.base import finding_text

    apply_language(qapp, QLocale(language))
    nps = Goal(start=date(2026, 1, 5), deadline=date(2026, 6, 1), kpi="nps", unit="points",
               direction="increase", baseline=20, target=150)  # fmt: skip
    text = finding_text({f.code: f for f in check(nps)}["target_out_of_range"])
    assert translation(language, "Unit", "points") in text and "points" not in text
    aht = Goal(start=date(2026, 1, 5), deadline=date(2026, 6, 1), kpi="aht", unit="s",
               direction="decrease", baseline=300, target=-5)  # fmt: skip
    text = finding_text({f.code: f for f in check(aht)}["target_out_of_range"])
    assert "inf" not in text
    template = translation(
        language, "Smart", "{value} {unit} is impossible for {metric}, which cannot be below {low}."
    )
    wording = ui_wording()
    metric = translation(language, "Kpi", "Average handle time")
    assert text == wording.finish(
        filled(template, dict(value=wording.number(-5), unit="s", metric=metric, low="0"))
    )


def test_the_wizard_finds_vague_titles_in_the_chosen_language(qapp, qtbot, tmp_path, restore_language):
    from goalplanner.store import Store
    from goalplanner.ui.wizard import GoalWizard

    apply_language(qapp, QLocale("ko"))
    with Store.open(tmp_path / "plan.goalplan") as store:
        wizard = GoalWizard(store)
        qtbot.addWidget(wizard)
        wizard.update_goal(title="고객 만족도 향상", kpi="csat", unit="%")  # "better customer satisfaction"
        assert "vague_title" in {f.code for f in wizard.findings}
        wizard.update_goal(title="고객 만족도를 68%에서 85%로 향상")  # now it says how much
        assert "vague_title" not in {f.code for f in wizard.findings}
        wizard._discard_draft()


def test_a_switch_or_a_check_in_redraws_the_visible_chart_once(
    sample_window, qtbot, restore_language, monkeypatch
):
    from goalplanner.ui.chart_view import ChartView

    window = sample_window
    window.select_goal(None)
    window.detail.tabs.setCurrentWidget(window.detail.chart_tab)
    qtbot.waitUntil(lambda: window.detail.chart_tab.chart_view.figure is not None)
    builds = []
    real_build = ChartView._build
    monkeypatch.setattr(ChartView, "_build", lambda view: builds.append(view) or real_build(view))
    choose_in_settings(window, "ko")
    qtbot.waitUntil(lambda: bool(builds))
    settle()  # every deferred refresh has run
    assert len(builds) == 1  # ~0.1 s a chart: Qt sends several LanguageChange events for one switch
    builds.clear()
    window.detail.checkin_form.actual_field.setText("31")
    window.detail.checkin_form.record_checkin()
    qtbot.waitUntil(lambda: bool(builds))
    settle()
    assert len(builds) == 1
