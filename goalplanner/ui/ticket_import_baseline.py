"""The wizard's "Compute from an export…": a baseline (and its date) from a ticket export's or call
log's history, for the goal being entered. No plan file here: the wizard's pages may use it.

The value goes into the baseline field as if typed (Ctrl+Z in the field takes it back), so the
target follows it as it follows typing; a line under the field says what the baseline rests on.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from goalplanner.core.model import Goal
from goalplanner.core.ticket_checkins import baseline_from
from goalplanner.core.ticket_metrics import source_of
from goalplanner.tickets import ExportReading
from goalplanner.ui.ticket_import_dialog import BASELINE, TicketReadDialog
from goalplanner.ui.ticket_import_words import rests_on
from goalplanner.ui.widgets import NumberField, format_date


class BaselineFromExport(QWidget):
    """The button under the baseline field and the line saying what the baseline rests on."""

    def __init__(self, page: QWidget, baseline_field: NumberField, date_field: QLineEdit) -> None:
        super().__init__(page)
        self.page, self.baseline_field, self.date_field = page, baseline_field, date_field
        self.goal: Goal | None = None
        self.dialog: TicketReadDialog | None = None
        self.button = QPushButton(self.tr("Compute from an e&xport…"), objectName="baseline_from_export")
        self.button.clicked.connect(lambda _checked=False: self.open_dialog())
        self.source_label = QLabel(wordWrap=True, objectName="baseline_source")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.source_label, 1)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # choosing another metric moves no field below
        self.setSizePolicy(policy)

    def follow(self, goal: Goal, visible: bool = True) -> None:
        """Show the button while ``goal``'s metric can come from an export."""
        if self.goal is not None and self.goal.kpi != goal.kpi:
            self.source_label.clear()  # it was another metric's baseline
        self.goal = goal
        self.setVisible(visible and bool(source_of(goal.kpi)))

    def open_dialog(self, settings: QSettings | None = None) -> TicketReadDialog | None:
        """Choose and read an export for the goal being entered."""
        if self.goal is None:
            return None
        goal = self.goal
        self.dialog = TicketReadDialog(
            goal, [], settings or QSettings(), BASELINE, date.today(), self.window()
        )
        self.dialog.read_done.connect(lambda reading: self._read(goal, reading))
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def _read(self, goal: Goal, reading: ExportReading) -> None:
        found = baseline_from(reading.values, goal)
        kind = reading.mapping.kind if reading.mapping is not None else ""
        if found is None:
            self.source_label.setText(self.tr("The export holds no finished period: no baseline from it."))
            return
        value, day = found
        periods = [v for v in reading.values if not v.unfinished and v.count]
        _type(self.baseline_field, _number_text(value))
        _type(self.date_field, format_date(day))
        self.source_label.setText(
            self.tr("From an export: {0} over %n period(s), up to {1}.", "", len(periods)).format(
                rests_on(sum(v.count for v in periods), kind), format_date(day)
            )
        )


def _number_text(value: float) -> str:
    """``value`` as NumberField.set_value shows it."""
    locale = QLocale()
    if float(value).is_integer() and abs(value) < 1e15:
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 12)


def _type(field: QLineEdit, text: str) -> None:
    """Put ``text`` in ``field`` as typing does: one undo step, and the field's edit signals."""
    field.setFocus()
    field.selectAll()
    field.insert(text)
