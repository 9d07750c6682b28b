"""A closed goal's outcome in the detail, where the check-in form is for an open goal: how it ended, its
final value and sign-off (``core.closing.outcome_summary``, whose outcome and final value are worded
as ``goalplanner status`` and the workbook word them), what was learned, and how to record more (reopen it).

It takes the check-in form's place (the detail hides the form for a closed goal): there is nothing to
record until the goal is reopened.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from goalplanner.core.closing import outcome_summary
from goalplanner.core.i18n import NO_BREAK
from goalplanner.core.model import Goal
from goalplanner.ui.detail.status_line import StatusLine
from goalplanner.ui.formatting import format_amount, ui_wording


class ClosedPanel(QWidget):
    """The outcome line, the lessons (two lines at most; the tooltip holds all) and the way back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal: Goal | None = None
        self.outcome_label = QLabel(wordWrap=True, objectName="detail_outcome")
        font = self.outcome_label.font()
        font.setBold(True)
        self.outcome_label.setFont(font)
        self.lessons_label = StatusLine(objectName="detail_lessons")  # never grows with a long lesson
        self.reopen_hint = QLabel(wordWrap=True, objectName="closed_hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lines up with the status line above, as the form does
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.lessons_label)
        layout.addWidget(self.reopen_hint)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.reopen_hint.setText(
            self.tr("This goal is closed. To record more check-ins, reopen it (Goal → Reopen goal).")
        )
        self.show_goal(self.goal)

    def show_goal(self, goal: Goal | None) -> None:
        """Show how ``goal`` ended (nothing for an open goal or none)."""
        self.goal = goal
        if goal is None or not goal.closed:
            self.outcome_label.clear()
            self.lessons_label.clear()
            return
        self.outcome_label.setText(outcome_text(goal))
        lessons = goal.lessons.strip()
        self.lessons_label.setText(
            self.tr("What was learned: {0}").format(lessons) if lessons else self.tr("No lessons recorded.")
        )


def outcome_text(goal: Goal) -> str:
    """``goal``'s outcome in the user's language, its final value at the metric's precision; the
    sign-off date is never split over two lines ("26. 11." / "26." in Korean)."""
    locale = QLocale()
    wording = ui_wording(locale)
    wording = replace(wording, day=lambda day, shown=wording.day: shown(day).replace(" ", NO_BREAK))
    return outcome_summary(goal, wording, lambda shown, value: format_amount(shown, value, locale))
