"""Settings: the working calendar plans are spread over (weekdays, public holidays) and the language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.calendar import MONDAY_TO_FRIDAY, WorkCalendar, public_holidays
from goalplanner.ui.language import LANGUAGES, SETTING, apply_language, chosen_language

CalendarFor = Callable[[date, date | None], WorkCalendar | None]


def _countries() -> dict[str, list[str]]:
    import holidays  # loaded when the dialog opens, not at start-up

    return holidays.list_supported_countries()


def calendar_from_settings(settings: QSettings) -> CalendarFor:
    """A function giving the working calendar for a goal's dates, or None to count calendar days."""

    def calendar_for(start: date, deadline: date | None) -> WorkCalendar | None:
        if settings.value("calendar/working_days", False, type=bool) is not True:
            return None
        weekdays = frozenset(int(d) for d in (settings.value("calendar/weekdays") or MONDAY_TO_FRIDAY))
        country = settings.value("calendar/country", "") or ""
        days_off: frozenset[date] = frozenset()
        if country:
            years = range(start.year, (deadline or start).year + 1)
            subdivision = settings.value("calendar/subdivision", "") or None
            days_off = public_holidays(country, years, subdivision)
        return WorkCalendar(weekdays or MONDAY_TO_FRIDAY, days_off)

    return calendar_for


class SettingsDialog(QDialog):
    """Choose whether plans count working days, which weekdays, and whose public holidays."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.working_check = QCheckBox(self.tr("Spread plans over &working days, not calendar days"))
        self.working_check.setObjectName("working_days")
        box = QGroupBox(self.tr("Working calendar"))
        days = QHBoxLayout()
        locale = QLocale()
        self.day_checks = []
        for day in range(7):
            check = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            check.setObjectName(f"weekday_{day}")
            self.day_checks.append(check)
            days.addWidget(check)
        self.country_combo = QComboBox(objectName="country")
        self.subdivision_combo = QComboBox(objectName="subdivision")
        self.countries = _countries()
        self.country_combo.addItem(self.tr("No public holidays"), "")
        names = sorted(
            (
                (QLocale.territoryToString(QLocale.codeToTerritory(code)) or code, code)
                for code in self.countries
            ),
            key=lambda pair: pair[0].casefold(),
        )
        for name, code in names:
            self.country_combo.addItem(f"{name} ({code})", code)
        self.country_combo.currentIndexChanged.connect(self._fill_subdivisions)
        form = QFormLayout(box)
        form.addRow(self.tr("Days worked"), days)
        form.addRow(self.tr("Public holidays of"), self.country_combo)
        form.addRow(self.tr("Region"), self.subdivision_combo)
        note = QLabel(
            self.tr("Changes apply to plans made or reset from now on; existing plans keep their values."),
            wordWrap=True,
        )
        self.language_combo = QComboBox(objectName="language")
        system = QLocale.system().nativeLanguageName()  # empty for the C locale of a bare system
        follow = self.tr("As the system ({0})").format(system) if system else self.tr("As the system")
        self.language_combo.addItem(follow, "")
        for code in ("en", *LANGUAGES):
            self.language_combo.addItem(QLocale(code).nativeLanguageName() or code, code)
        language_form = QFormLayout()
        language_form.addRow(self.tr("&Language"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.working_check)
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addLayout(language_form)
        layout.addWidget(buttons)
        self.working_check.toggled.connect(box.setEnabled)
        self._load()
        box.setEnabled(self.working_check.isChecked())

    def _load(self) -> None:
        s = self.settings
        self.working_check.setChecked(s.value("calendar/working_days", False, type=bool))
        weekdays = {int(d) for d in (s.value("calendar/weekdays") or MONDAY_TO_FRIDAY)}
        for day, check in enumerate(self.day_checks):
            check.setChecked(day in weekdays)
        self.country_combo.setCurrentIndex(
            max(0, self.country_combo.findData(s.value("calendar/country", "")))
        )
        self._fill_subdivisions()
        index = self.subdivision_combo.findData(s.value("calendar/subdivision", ""))
        self.subdivision_combo.setCurrentIndex(max(0, index))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(s.value(SETTING, ""))))

    def _fill_subdivisions(self) -> None:
        self.subdivision_combo.clear()
        self.subdivision_combo.addItem(self.tr("Whole country"), "")
        for code in self.countries.get(self.country_combo.currentData() or "", []):
            self.subdivision_combo.addItem(code, code)

    def accept(self) -> None:
        weekdays = [day for day, check in enumerate(self.day_checks) if check.isChecked()]
        if self.working_check.isChecked() and not weekdays:
            self.day_checks[0].setFocus()
            return  # a working week needs at least one day
        s = self.settings
        s.setValue("calendar/working_days", self.working_check.isChecked())
        s.setValue("calendar/weekdays", weekdays)
        s.setValue("calendar/country", self.country_combo.currentData() or "")
        s.setValue("calendar/subdivision", self.subdivision_combo.currentData() or "")
        language = self.language_combo.currentData() or ""
        if language != (s.value(SETTING, "") or ""):
            s.setValue(SETTING, language)
            apply_language(QCoreApplication.instance(), chosen_language(s))  # every window follows now
        super().accept()
