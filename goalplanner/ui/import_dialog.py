"""What importing a workbook will change, shown before anything changes; problems stop it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.i18n import join_sentences
from goalplanner.core.rollup import Guarded, beside_guardrail
from goalplanner.ui.formatting import achievement_percent, format_value, ui_wording
from goalplanner.ui.status_style import guarded_text
from goalplanner.workbook.importer import ActualChange, ImportReport, Problem


def verdict_text(change: ActualChange, locale: QLocale, guarded: Guarded | None = None) -> str:
    """The status the window will give an imported value, as the history shows it: "▲ At risk · 80%";
    beside the goal's guardrail as the goal list shows it (``guarded``): "▲ On track · guardrail off
    track · 96%"."""
    if change.status is None:
        return ""
    text = guarded_text(beside_guardrail(change.status.code, guarded))
    if change.status.achievement is not None:
        text += f" · {achievement_percent(change.status.achievement, locale)}%"
    return text


def problem_text(problem: Problem) -> str:
    """A problem with its place, in the user's language: 'Wait time'!E14: “abc” is not a number."""
    message = ui_wording().text("ImportProblem", problem.template, problem.params)
    return f"{problem.where}: {message}"


class ImportPreview(QDialog):
    """The changes (new and changed actuals) and the problems; Import is offered only without problems."""

    def __init__(
        self,
        report: ImportReport,
        parent: QWidget | None = None,
        guarded: Mapping[int, Guarded] | None = None,
    ) -> None:
        """``guarded``: each goal's status beside its guardrail's as the goal list shows it (by goal id)."""
        super().__init__(parent)
        guarded = guarded or {}
        self.report = report
        self.setWindowTitle(self.tr("Import actuals from {0}").format(report.path.name))
        self.resize(820, 480)
        locale = QLocale()
        summary = QLabel(wordWrap=True, objectName="import_summary")
        counts = self.tr("{0} new, {1} changed, {2} unchanged.").format(
            len(report.added), len(report.changed), report.unchanged
        )
        if report.problems:
            counts = self.tr(
                "%n cell(s) need correcting: nothing will be imported.", "", len(report.problems)
            )
            counts = join_sentences(
                [
                    counts,
                    self.tr("{0} new, {1} changed, {2} unchanged.").format(
                        len(report.added), len(report.changed), report.unchanged
                    ),
                ]
            )
        if report.warnings:
            counts = join_sentences([counts, self.tr("%n value(s) to check.", "", len(report.warnings))])
        summary.setText(counts)
        self.changes = QTableWidget(len(report.changes), 7, objectName="import_changes")
        self.changes.setHorizontalHeaderLabels(
            [
                self.tr("Goal"),
                self.tr("Period"),
                self.tr("Date"),
                self.tr("Now"),
                self.tr("Imported"),
                self.tr("Status"),
                self.tr("Note"),
            ]
        )
        for row, change in enumerate(report.changes):
            before = (
                format_value(change.before.actual, change.unit, locale) if change.before else self.tr("new")
            )
            cells = (
                change.goal_title,
                change.period,
                locale.toString(QDate(change.on), QLocale.FormatType.ShortFormat),
                before,
                format_value(change.actual, change.unit, locale),
                verdict_text(change, locale, guarded.get(change.goal_id)),
                change.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.changes.setItem(row, column, item)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.verticalHeader().hide()
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.problems = QListWidget(objectName="import_problems")
        self.problems.addItems([problem_text(p) for p in report.problems])
        problems_label = QLabel(
            self.tr(
                "Nothing can be imported until these cells are corrected in the workbook "
                "(or emptied). Then import it again."
            ),
            wordWrap=True,
        )
        self.warnings = QListWidget(objectName="import_warnings")
        self.warnings.addItems([problem_text(w) for w in report.warnings])
        for messages in (self.problems, self.warnings):  # a message is read whole, not scrolled sideways
            messages.setWordWrap(True)
            messages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        warnings_label = QLabel(
            self.tr("Check these values: they will be imported as they are."), wordWrap=True
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import %n actual(s)", "", len(report.changes)), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(report.ok and bool(report.changes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.changes, 2)
        if report.problems:
            layout.addWidget(problems_label)
            layout.addWidget(self.problems, 1)
        if report.warnings:
            layout.addWidget(warnings_label)
            layout.addWidget(self.warnings, 1)
        elif not report.changes:
            layout.addWidget(QLabel(self.tr("The workbook holds no new or changed actuals."), wordWrap=True))
        layout.addWidget(buttons)
