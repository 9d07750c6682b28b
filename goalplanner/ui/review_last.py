"""The weekly review's "Last value" cell: the goal's latest value and, when the goal already has a
check-in on the review's date, that recording the row replaces it (as the check-in form's "Replace"
does: ``core.checkins.same_day`` finds it, ``core.checkins.replacing`` keeps its words).

Said before anything is recorded, in the row, so the team lead is never surprised by a replaced value.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidgetItem

from goalplanner.core.checkins import same_day
from goalplanner.core.model import CheckIn, Goal
from goalplanner.ui.formatting import format_amount
from goalplanner.ui.session import PlanSession
from goalplanner.ui.widgets import SEVERITY_COLOUR, format_date


def show_last(item: QTableWidgetItem, session: PlanSession, goal: Goal, on: date) -> CheckIn | None:
    """Write ``goal``'s last value in ``item``; return the check-in of ``on`` a row would replace
    (None when there is none), said in ``item`` in the warning colour with the whole of it in its tooltip."""
    state = session.state(goal.id)
    latest = state.latest if state is not None else None
    last = format_amount(goal, latest.actual, QLocale()) if latest is not None else "—"
    evaluation = session.evaluation(goal.id)
    existing = same_day([j.checkin for j in evaluation.judged] if evaluation else [], on)
    font = item.font()
    font.setItalic(existing is not None)
    item.setFont(font)
    if existing is None:
        item.setText(last)
        item.setToolTip(last)
        item.setData(Qt.ItemDataRole.ForegroundRole, None)  # the table's own text colour
        return None
    day = format_date(existing.on)
    said = QCoreApplication.translate("WeeklyReviewDialog", "{0} · replaces the check-in of {1}")
    item.setText(said.format(last, day))
    item.setForeground(QColor(SEVERITY_COLOUR["warning"]))
    item.setToolTip(
        QCoreApplication.translate(
            "WeeklyReviewDialog",
            "“{0}” already has a check-in on {1} ({2}). Recording this row replaces its value; its "
            "note, confidence and next step stay unless you type new ones.",
        ).format(goal.title, day, format_amount(goal, existing.actual, QLocale()))
    )
    return existing
