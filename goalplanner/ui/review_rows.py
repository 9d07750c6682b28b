"""One row of the weekly review: a due goal, the fields typed for it, and what they would record.

A survey or ratio goal (CSAT, first-contact resolution, service level...) takes its actual as the share
or as its two counts, "45/50", as the detail's check-in form takes them in two fields: the counts are
kept as the check-in's numerator and denominator, and the share is worked out from them by core.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from goalplanner.core.checkins import FUTURE_DATE, NO_RESPONSES
from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import CheckIn, Goal, SubTarget
from goalplanner.core.review import BEFORE_START, is_typed, review_date_problem, share_of_counts
from goalplanner.ui.detail.checkin_form import impossible_text
from goalplanner.ui.formatting import note_text
from goalplanner.ui.widgets import NumberField, format_date


def takes_counts(goal: Goal) -> bool:
    """Whether ``goal``'s check-in may be two counts (a survey share), as the check-in form decides."""
    kpi = get_kpi(goal.kpi)
    return kpi is not None and kpi.ratio and kpi.unit == "%"


def _number(text: str) -> float | None:
    """``text`` read as a number in the user's locale (or with a point), None when it is not one."""
    number, ok = QLocale().toDouble(text.strip())
    if not ok:
        number, ok = QLocale.c().toDouble(text.strip().replace(",", "."))
    return number if ok and math.isfinite(number) else None


@dataclass
class ReviewRow:
    """One due goal in the review: its goal and plan, and the fields typed for it."""

    goal: Goal
    plan: list[SubTarget]
    actual: NumberField  # a plain NumberField: its messages keep NumberField's translations
    status: QLabel
    confidence: QComboBox
    note: QLineEdit
    next_step: QLineEdit
    hint: str = ""  # the actual's tooltip while nothing is wrong with it (what a survey share takes)

    @property
    def counts_allowed(self) -> bool:
        """Whether the actual may be typed as two counts, "45/50"."""
        return takes_counts(self.goal)

    def counts(self) -> tuple[float, float] | None:
        """The two counts typed as "counted/total", None when the text is not two numbers so written."""
        text = self.actual.text().strip()
        if not self.counts_allowed or text.count("/") != 1:
            return None
        counted, total = (_number(part) for part in text.split("/"))
        return None if counted is None or total is None else (counted, total)

    def value(self) -> float | None:
        """The actual typed, or the share its two counts give; None when there is none."""
        counts = self.counts()
        if counts is not None:
            return share_of_counts(counts[0], counts[1], self.goal.unit)
        return self.actual.value()

    def _typing_problem(self) -> str:
        counts = self.counts()
        if counts is None:
            return self.actual.problem()
        if min(counts) < 0:
            return QCoreApplication.translate("NumberField", "Enter {0} or more.").format(
                QLocale().toString(0)
            )
        if not counts[1]:
            return QCoreApplication.translate("CheckInForm", "The number of responses cannot be 0.")
        return ""

    def typed(self) -> bool:
        """Anything typed or chosen in the row (the date aside)."""
        return is_typed(
            self.actual.text(), self.note.text(), self.confidence.currentData(), self.next_step.text()
        )

    def fields(self) -> tuple[str, int, str, str]:
        """What was typed in the row (actual, confidence's index, note, next step), to put back."""
        return (self.actual.text(), self.confidence.currentIndex(), self.note.text(), self.next_step.text())

    def restore(self, fields: tuple[str, int, str, str]) -> None:
        """Put back what ``fields`` took from a row of the same goal."""
        actual, confidence, note, next_step = fields
        self.actual.setText(actual)
        self.confidence.setCurrentIndex(confidence)
        self.note.setText(note)
        self.next_step.setText(next_step)

    def checkin(self, on: date) -> CheckIn:
        """What the row records on ``on`` (its actual must be a number: see ``problem``)."""
        counts = self.counts()
        counted, total = counts if counts is not None else (None, None)
        return CheckIn(
            self.goal.id, on, self.value(), note_text(self.note.text()),
            counted, total, confidence=self.confidence.currentData(),
            next_step=note_text(self.next_step.text()),
        )  # fmt: skip

    def problem(self, on: date, today: date) -> str:
        """Why the typed actual cannot be recorded on ``on`` ("" when it can, or nothing is typed)."""
        problem = self._typing_problem()
        if problem or self.value() is None:
            return problem
        found = review_date_problem(self.goal, self.checkin(on), today)
        if found is None:
            return ""
        if found.code == FUTURE_DATE:  # the check-in form's own words
            return QCoreApplication.translate(
                "CheckInForm", "A check-in records what happened: choose today or an earlier date."
            )
        if found.code == NO_RESPONSES:
            return QCoreApplication.translate("CheckInForm", "The number of responses cannot be 0.")
        if found.code == BEFORE_START:
            return QCoreApplication.translate(
                "WeeklyReviewDialog", "“{0}” starts on {1}: choose a check-in date on or after it."
            ).format(self.goal.title, format_date(self.goal.start))
        return impossible_text(self.goal, self.actual.text().strip())
