"""The app's language: goalplanner's own translations and Qt's (dialog buttons), loaded at start-up.

The language follows the system's unless Settings name one (``ui/language``). The translations are
``resources/translations/goalplanner_LANG.qm`` (see ``make translations``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from goalplanner.core.resources import resource_path

# The languages goalplanner is translated into, besides English, by their Qt locale names.
LANGUAGES = ("zh_CN", "ko", "ro", "nb")
SETTING = "ui/language"


def chosen_language(settings: QSettings) -> QLocale:
    """The language set in Settings, or the system's."""
    name = str(settings.value(SETTING, "") or "")
    return QLocale(name) if name else QLocale.system()


def install_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Load goalplanner's and Qt's translations for ``locale``; return those found (none for English)."""
    installed = []
    for name, folder in (
        ("goalplanner", str(resource_path("translations"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
