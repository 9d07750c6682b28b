"""The wizard Plan page's "From an export…": last year's twelve months (a seasonal plan's profile) from
a ticket export's or call log's history. No plan file here: the wizard's pages may use it.

The export is read for the goal checked monthly and without a plan (``core.ticket_profile``), so its
periods are calendar months whatever the goal's own check-ins are; core picks the most recent twelve
finished months. The values go into the profile field as if typed (Ctrl+Z there takes them back); a
line beside the button says what they rest on, or which months the export lacks.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from goalplanner.core.model import Goal
from goalplanner.core.ticket_metrics import FEW, source_of
from goalplanner.core.ticket_profile import ProfileError, monthly_goal, profile_from
from goalplanner.tickets import ExportReading
from goalplanner.ui.ticket_import_dialog import PROFILE, TicketReadDialog
from goalplanner.ui.ticket_import_words import rests_on
from goalplanner.ui.widgets import ERROR_COLOUR, PLAIN_COLOUR


def month_text(day: date) -> str:
    """A month and its year as the Plan page's preview writes them ("Mar 2025", "2025년 3월")."""
    pattern = QCoreApplication.translate("ShapePage", "MMM yyyy", "Qt date format: a month and its year")
    return QLocale().toString(QDate(day), pattern)


class ProfileFromExport(QWidget):
    """The button under the profile field and the line saying what the months rest on."""

    def __init__(self, page: QWidget, profile_edit: QPlainTextEdit) -> None:
        super().__init__(page)
        self.profile_edit = profile_edit
        self.goal: Goal | None = None
        self.dialog: TicketReadDialog | None = None
        self.button = QPushButton(self.tr("From an &export…"), objectName="profile_from_export")
        self.button.clicked.connect(lambda _checked=False: self.open_dialog())
        self.source_label = QLabel(wordWrap=True, objectName="profile_source")
        # Room for two lines, always: what the months rest on (or which are missing) moves nothing.
        self.source_label.setMinimumHeight(self.source_label.fontMetrics().lineSpacing() * 2 + 4)
        self.source_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.source_label)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # a metric no export gives moves nothing below
        self.setSizePolicy(policy)

    def follow(self, goal: Goal, enabled: bool) -> None:
        """Show the button while ``goal``'s metric can come from an export; usable while ``enabled``
        (the seasonal shape is chosen)."""
        if self.goal is not None and self.goal.kpi != goal.kpi:
            self.source_label.clear()  # it was another metric's months
        self.goal = goal
        self.setVisible(bool(source_of(goal.kpi)))
        self.button.setEnabled(enabled)

    def open_dialog(self, settings: QSettings | None = None) -> TicketReadDialog | None:
        """Choose and read an export, by calendar month, for the goal being entered."""
        if self.goal is None:
            return None
        goal = self.goal
        self.dialog = TicketReadDialog(
            monthly_goal(goal), [], settings or QSettings(), PROFILE, date.today(), self.window()
        )
        self.dialog.read_done.connect(lambda reading: self._read(goal, reading))
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def _read(self, goal: Goal, reading: ExportReading) -> None:
        try:
            found = profile_from(reading.values, goal)
        except ProfileError as error:
            self._say(self._refusal(error), error=True)
            return
        locale = QLocale()
        _type(self.profile_edit, "; ".join(locale.toString(v, "g", 12) for v in found.profile))
        kind = reading.mapping.kind if reading.mapping is not None else ""
        text = self.tr("From an export: {0}, {1} to {2}.").format(
            rests_on(found.count, kind), month_text(found.first), month_text(found.last)
        )
        if found.few:
            text += " " + self.tr("%n month(s) rest on fewer than {0}.", "", len(found.few)).format(
                locale.toString(FEW)
            )
        self._say(text)

    def _refusal(self, error: ProfileError) -> str:
        if error.last is None:
            return self.tr("The export holds no finished month: no monthly values from it.")
        names = ", ".join(month_text(day) for day in error.missing)
        return self.tr(
            "The 12 months up to {0} are needed; the export has nothing for %n month(s): {1}. "
            "Nothing was changed.",
            "",
            len(error.missing),
        ).format(month_text(error.last), names)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.source_label.setStyleSheet(f"color: {ERROR_COLOUR if error else PLAIN_COLOUR};")
        self.source_label.setText(text)


def _type(edit: QPlainTextEdit, text: str) -> None:
    """Put ``text`` in ``edit`` as typing does: one undo step, and the edit's change signal."""
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    edit.setTextCursor(cursor)
