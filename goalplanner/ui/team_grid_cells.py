"""The team week grid's headers and team row: a period named as a manager says it, and the team's value,
status and reason in one cell, as core worked them out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from goalplanner.core.model import Goal, SubTarget
from goalplanner.core.team_week import TeamPeriod
from goalplanner.ui.formatting import format_amount
from goalplanner.ui.status_style import status_colour, status_text
from goalplanner.ui.widgets import format_date


def period_title(period: SubTarget, today: date) -> str:
    """ "This week", "Week of 1/27/2025", "This month" or "January": a grid column's period."""
    current = period.period_start <= today <= period.period_end
    if period.period == "month":
        if current:
            return QCoreApplication.translate("TeamGrid", "This month")
        return QLocale().standaloneMonthName(period.period_start.month, QLocale.FormatType.LongFormat)
    if current:
        return QCoreApplication.translate("TeamGrid", "This week")
    return QCoreApplication.translate("TeamGrid", "Week of {0}").format(format_date(period.period_start))


class TeamCell(QWidget):
    """One period of the team row: the team's value and status on one line, why on the next."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value_label = QLabel(objectName=f"team_value_{index}")
        font = self.value_label.font()
        font.setBold(True)
        self.value_label.setFont(font)
        self.status_label = QLabel(objectName=f"team_status_{index}")
        self.note_label = QLabel(objectName=f"team_note_{index}")
        self.note_label.setStyleSheet("color: palette(placeholder-text);")
        line = QHBoxLayout()
        line.addWidget(self.value_label)
        line.addWidget(self.status_label)
        line.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(1)
        layout.addLayout(line)
        layout.addWidget(self.note_label)

    def show_period(self, team: Goal, period: TeamPeriod) -> None:
        """Show core's ``period`` of the team row."""
        actual = period.actual
        if actual is None:
            self.value_label.setText("—")
            self.status_label.setText("")
            self._set_note(self.tr("no values yet"))
            return
        self.value_label.setText(format_amount(team, actual.checkin.actual, QLocale()))
        code = period.status.code
        self.status_label.setText(status_text(code))
        self.status_label.setStyleSheet(f"color: {status_colour(code).name()}; font-weight: bold;")
        notes = []
        if period.driver:
            notes.append(self.tr("driven by: {0}").format(period.driver))
        if actual.missing:
            notes.append(self.tr("waiting for: {0}").format(", ".join(actual.missing)))
        if not actual.exact:
            notes.append(self.tr("not weighted: some counts are missing"))
        self._set_note(" · ".join(notes))

    def _set_note(self, text: str) -> None:
        """The reason line, ended with "…" where the column is too narrow; the tooltip holds all of it."""
        self.note_label.setToolTip(text)
        room = max(self.contentsRect().width(), 40)
        self.note_label.setText(
            self.note_label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_note(self.note())

    def note(self) -> str:
        """The whole reason line, however much of it fits."""
        return self.note_label.toolTip()
