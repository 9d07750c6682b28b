"""The app's language: goalplanner's own translations and Qt's (dialog buttons), and number formats.

The language follows the system's unless Settings name one (``ui/language``); choosing another one
in Settings switches at once (every window retranslates on ``QEvent.LanguageChange``). The
translations are ``resources/translations/goalplanner_LANG.qm`` (see ``make translations``); English
loads ``goalplanner_en.qm``, which holds only the English plural forms of texts with a count.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

from goalplanner.core.resources import resource_path

# The languages goalplanner is translated into, besides English, by their Qt locale names.
LANGUAGES = ("zh_CN", "ko", "ro", "nb")
SETTING = "ui/language"
TRANSLATOR_NAME = "goalplanner-language"


def chosen_language(settings: QSettings) -> QLocale:
    """The language set in Settings, or the system's."""
    name = str(settings.value(SETTING, "") or "")
    return QLocale(name) if name else QLocale.system()


def install_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Load goalplanner's and Qt's translations for ``locale``; return those found (English: its plurals)."""
    installed = []
    for translator in _translators(locale):
        translator.setParent(app)
        translator.setObjectName(TRANSLATOR_NAME)
        app.installTranslator(translator)
        installed.append(translator)
    return installed


def _translators(locale: QLocale) -> list[QTranslator]:
    """goalplanner's and Qt's translations for ``locale``, loaded, not installed."""
    found = []
    ours = str(resource_path("translations"))
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own texts (dialog and wizard buttons, text field menus) come from Qt; for the languages Qt
    # ships none of (Romanian, Norwegian Bokmål) goalplanner carries its own qtbase_LANG.qm.
    for name, folders in (("goalplanner", (ours,)), ("qtbase", (qt, ours))):
        for folder in folders:
            translator = QTranslator()
            if translator.load(locale, name, "_", folder):
                found.append(translator)
                break
        else:
            # Any other language reads English, which has plural forms of its own ("1 goal", "2 goals"):
            # goalplanner_en.qm holds only those.
            translator = QTranslator()
            if name == "goalplanner" and translator.load(f"{name}_en", ours):
                found.append(translator)
    return found


def translation_files(locale: QLocale) -> list[Path]:
    """The files ``install_translations`` would load for ``locale`` (the packaging smoke test checks them)."""
    return [Path(translator.filePath()) for translator in _translators(locale)]


def format_locale(language: QLocale) -> QLocale:
    """Numbers and dates for ``language``: the system's own formats when it speaks that language
    (en_GB stays en_GB when English is chosen), else the language's usual ones."""
    system = QLocale.system()
    return system if system.language() == language.language() else QLocale(language.language())


def remove_translations(app: QCoreApplication) -> int:
    """Uninstall the translations ``install_translations`` installed (back to English); how many."""
    installed = app.findChildren(QTranslator, TRANSLATOR_NAME)
    for old in installed:
        app.removeTranslator(old)
        old.setParent(None)  # no longer found as installed, even before it is deleted
        old.deleteLater()
    return len(installed)


def apply_language(app: QCoreApplication, language: QLocale) -> list[QTranslator]:
    """Switch the running app to ``language``: translations, then number and date formats.

    Qt passes ``LanguageChange`` on to every window, which retranslates and redraws its texts.
    """
    removed = remove_translations(app)
    QLocale.setDefault(format_locale(language))
    installed = install_translations(app, language)
    if not removed and not installed:
        # Qt announces a change of translators itself; formats can change without one (English to
        # English, say en_US to en_GB): the windows redraw their numbers and dates on this event.
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    return installed


def ui_language() -> str:
    """The language the window speaks now: the one of goalplanner's installed translation, else "en".

    Not the formats' locale: a Taiwanese system that chose 简体中文 reads Simplified Chinese texts.
    """
    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME) if app is not None else []:
        if translator.filePath() and Path(translator.filePath()).name.startswith("goalplanner_"):
            return translator.language() or "en"
    return "en"
