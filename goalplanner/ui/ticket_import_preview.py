"""The preview of a ticket or call import: one row per period with the value, what it rests on, its
status (core's, coloured as the goal list colours it), what it replaces and what to be careful about.
Nothing here decides anything: the rows are core.ticket_checkins.propose's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.model import Goal
from goalplanner.core.ticket_checkins import NEW, REFUSED, REPLACE, SAME, Proposal
from goalplanner.tickets import ExportReading
from goalplanner.ui.detail.checkin_form import impossible_text
from goalplanner.ui.formatting import format_amount
from goalplanner.ui.status_style import status_colour, status_text
from goalplanner.ui.ticket_import_words import rests_on

# Plural texts of the summary (lupdate files them as plural from the 1).
ROWS_READ = QT_TRANSLATE_NOOP("PreviewStep", "%n row(s) read", None, 1)
SKIPPED = QT_TRANSLATE_NOOP("PreviewStep", "%n skipped (no value for the metric)", None, 1)
DUPLICATES = QT_TRANSLATE_NOOP("PreviewStep", "%n duplicate(s) counted once", None, 1)
FILTERED = QT_TRANSLATE_NOOP("PreviewStep", "%n left out by the filter", None, 1)
RECORDS = QT_TRANSLATE_NOOP("PreviewStep", "Import records %n check-in(s).", None, 1)
PERIOD, VALUE, COUNT, MEDIAN, STATUS, ACTION, WARNINGS = range(7)


class PreviewStep(QWidget):
    """What importing would record, before anything is written."""

    def __init__(self, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="ticket_preview")
        self.goal = goal
        self.proposals: list[Proposal] = []
        self.summary = QLabel(wordWrap=True, objectName="ticket_summary")
        self.table = QTableWidget(0, 7, objectName="ticket_periods")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Period"),
                self.tr("Value"),
                self.tr("Rests on"),
                self.tr("Median"),
                self.tr("Status"),
                self.tr("Recording it"),
                self.tr("Check"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WARNINGS, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_proposals(self, reading: ExportReading, proposals: list[Proposal]) -> None:
        """Show ``proposals`` made from ``reading``."""
        self.proposals = proposals
        kind = reading.mapping.kind if reading.mapping is not None else ""
        locale = QLocale()
        self.summary.setText(summary_text(reading, proposals))
        self.table.setRowCount(len(proposals))
        # a median stands beside a mean (times); shares and counts have none
        self.table.setColumnHidden(MEDIAN, all(p.source.median is None for p in proposals))
        for row, proposal in enumerate(proposals):
            source = proposal.source
            period = source.period
            day = QLocale.FormatType.ShortFormat
            span = f"{locale.toString(QDate(period.start), day)} – {locale.toString(QDate(period.end), day)}"
            cells = {
                PERIOD: f"{period.label} ({span})" if period.label else span,
                VALUE: format_amount(self.goal, proposal.checkin.actual, locale),
                COUNT: rests_on(source.count, kind),
                MEDIAN: format_amount(self.goal, source.median, locale) if source.median is not None else "",
                STATUS: status_text(proposal.status.code) if proposal.status is not None else "",
                ACTION: self._action_text(proposal, locale),
                WARNINGS: "; ".join(self._warnings(proposal, locale)),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (VALUE, COUNT, MEDIAN):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == STATUS and proposal.status is not None:
                    item.setForeground(status_colour(proposal.status.code))
                self.table.setItem(row, column, item)

    def _action_text(self, proposal: Proposal, locale: QLocale) -> str:
        if proposal.action == NEW:
            return self.tr("New check-in")
        if proposal.action == REPLACE:
            return self.tr("Replaces {0}").format(format_amount(self.goal, proposal.replaces.actual, locale))
        if proposal.action == SAME:
            return self.tr("Already recorded")
        return self.tr("Not recorded")

    def _warnings(self, proposal: Proposal, locale: QLocale) -> list[str]:
        source, found = proposal.source, []
        if proposal.action == REFUSED:
            found.append(
                impossible_text(self.goal, format_amount(self.goal, proposal.checkin.actual, locale))
            )
        if source.few:
            found.append(self.tr("Few to go on"))
        if source.unfinished:
            found.append(self.tr("Period not over"))
        if proposal.unusual is not None:
            found.append(self.tr("Far from what the goal has seen"))
        return found

    def to_record(self) -> int:
        """How many rows importing writes."""
        return sum(p.recorded for p in self.proposals)


def summary_text(reading: ExportReading, proposals: list[Proposal]) -> str:
    """ "1,200 rows read, 980 used (…)", and how the dates were read."""

    kind = reading.mapping.kind if reading.mapping is not None else ""
    parts = [
        QCoreApplication.translate("PreviewStep", ROWS_READ, "", reading.rows),
        QCoreApplication.translate("PreviewStep", "{0} used").format(rests_on(reading.used, kind)),
    ]
    if reading.skipped:
        parts.append(QCoreApplication.translate("PreviewStep", SKIPPED, "", reading.skipped))
    if reading.duplicates:
        parts.append(QCoreApplication.translate("PreviewStep", DUPLICATES, "", reading.duplicates))
    if reading.filtered_out:
        parts.append(QCoreApplication.translate("PreviewStep", FILTERED, "", reading.filtered_out))
    lines = [", ".join(parts) + "."]
    if reading.day_first_assumed is True:
        lines.append(
            QCoreApplication.translate(
                "PreviewStep",
                "Dates such as 03/04/2025 were read month first; choose the date order if that is wrong.",
            )
        )
    recorded = sum(p.recorded for p in proposals)
    if not proposals:
        lines.append(
            QCoreApplication.translate(
                "PreviewStep", "No period of the file falls within the goal's time: nothing to import."
            )
        )
    else:
        lines.append(QCoreApplication.translate("PreviewStep", RECORDS, "", recorded))
    return "\n".join(lines)
