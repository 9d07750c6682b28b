"""Translations are found for each language goalplanner ships, and English needs none."""

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from goalplanner.core.resources import resource_path
from goalplanner.ui.language import LANGUAGES, install_translations


def test_each_shipped_language_has_its_compiled_translations(qapp):
    for language in LANGUAGES:
        assert resource_path("translations", f"goalplanner_{language}.qm").is_file()
        installed = install_translations(qapp, QLocale(language))
        try:
            assert installed, language  # goalplanner's own file at least
        finally:
            for translator in installed:
                QCoreApplication.removeTranslator(translator)


def test_english_loads_no_goalplanner_translation(qapp):
    installed = install_translations(qapp, QLocale("en_GB"))
    try:
        assert not any("goalplanner" in t.filePath() for t in installed)
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_the_language_chosen_in_settings_is_used_at_the_next_start(qtbot, settings):
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
