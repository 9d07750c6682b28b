"""The shape page's preview: core's monthly and weekly plan as two small tables, and what a rate reaches."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.i18n import QT_TRANSLATE_NOOP
from goalplanner.core.model import Goal, SubTarget
from goalplanner.core.shapes import RateOutcome, ShapeError
from goalplanner.ui.formatting import format_value
from goalplanner.ui.widgets import fit_table_width


def shape_error_text(error: ValueError) -> str:
    """Why a shape or its plan cannot be used, in the user's language."""
    if isinstance(error, ShapeError):
        return QCoreApplication.translate("PlanShape", error.message).format(*error.values)
    return QCoreApplication.translate("Breakdown", str(error))


def percent_text(rate: float) -> str:
    """A change per period as the manager types it: -0.05 reads "-5%", 0.0125 "+1.25%"."""
    locale = QLocale()
    number = locale.toString(rate * 100, "f", 2).rstrip("0").rstrip(locale.decimalPoint())
    return f"{'+' if rate > 0 else ''}{number}%"


def value_text(goal: Goal, value: float) -> str:
    """A planned value with the goal's unit, to one decimal: the preview's figures are a guide."""
    return format_value(round(value, 1), goal.unit, QLocale())


# Sentences about "x % every period", by period: each language words months and weeks its own way.
_SHORT = {
    "month": QT_TRANSLATE_NOOP("ShapePage", "{0} a month reaches {1} by the deadline, {2} short of {3}."),
    "week": QT_TRANSLATE_NOOP("ShapePage", "{0} a week reaches {1} by the deadline, {2} short of {3}."),
}
_NEEDED = {  # the weeks and the months both end in a step at the deadline
    "month": QT_TRANSLATE_NOOP(
        "ShapePage", "The plan then steps to the target at the deadline; {0} a month would get there."
    ),
    "week": QT_TRANSLATE_NOOP(
        "ShapePage", "The plan then steps to the target at the deadline; {0} a week would get there."
    ),
}
_EARLY = {
    "month": QT_TRANSLATE_NOOP("ShapePage", "{0} a month reaches {1} by {2} and holds it to the deadline."),
    "week": QT_TRANSLATE_NOOP("ShapePage", "{0} a week reaches {1} by {2} and holds it to the deadline."),
}
_EVEN = {
    "month": QT_TRANSLATE_NOOP("ShapePage", "An even {0} a month ends exactly at the target."),
    "week": QT_TRANSLATE_NOOP("ShapePage", "An even {0} a week ends exactly at the target."),
}


def _shape_text(table: dict[str, str], every: str) -> str:
    return QCoreApplication.translate("ShapePage", table[every])


def outcome_text(goal: Goal, outcome: RateOutcome) -> str:
    """Where "x % every period" gets to by the deadline, in plain words (and the rate that gets there)."""
    rate, target = percent_text(outcome.rate), value_text(goal, outcome.target)
    if outcome.short > 0:
        reached, short = value_text(goal, outcome.reached), value_text(goal, outcome.short)
        sentence = _shape_text(_SHORT, outcome.every).format(rate, reached, short, target)
        more = _shape_text(_NEEDED, outcome.every).format(percent_text(outcome.needed))
        return f"{sentence} {more}"
    when = QLocale().toString(QDate(outcome.reached_on or goal.deadline), QLocale.FormatType.ShortFormat)
    return _shape_text(_EARLY, outcome.every).format(rate, target, when)


def even_rate_text(rate: float, every: str) -> str:
    """The even rate, said when no rate is typed."""
    return _shape_text(_EVEN, every).format(percent_text(rate))


def halfway_text(goal: Goal, plan: list[SubTarget]) -> str:
    """Where the plan is halfway to the deadline: what tells a front-loaded plan from a back-loaded one."""
    weeks = [s for s in plan if s.period == "week"]
    if not weeks or goal.deadline is None:
        return ""
    middle = goal.start + (goal.deadline - goal.start) / 2
    week = min(weeks, key=lambda s: abs((s.period_end - middle).days))
    return QCoreApplication.translate(
        "ShapePage", "Halfway to the deadline, in the week ending {0}, the plan is at {1}."
    ).format(_short(week.period_end), value_text(goal, week.planned))


def _short(day: date) -> str:
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


def _month_name(sub: SubTarget) -> str:
    # A month as its language writes it: translators give "yyyy년 M월", "yyyy年M月", …
    month = QCoreApplication.translate("ShapePage", "MMM yyyy", "Qt date format: a month and its year")
    return QLocale().toString(QDate(sub.period_start), month)


class PlanPreview(QWidget):
    """The plan as it will be saved: one table of months, one of weeks, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months = self._table("preview_months")
        self.weeks = self._table("preview_weeks")
        self.heading = QLabel(wordWrap=True)
        tables = QHBoxLayout()
        tables.addWidget(self.months, 2)
        tables.addWidget(self.weeks, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(tables, 1)
        self.heading.setText(self.tr("The plan as it will be saved:"))
        self.months.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Plan")])
        self.weeks.setHorizontalHeaderLabels([self.tr("Week"), self.tr("Ends"), self.tr("Plan")])

    @staticmethod
    def _table(name: str) -> QTableWidget:
        table = QTableWidget(0, 3 if name == "preview_weeks" else 2, objectName=name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 6)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def show_plan(self, goal: Goal, plan: list[SubTarget]) -> None:
        """Show core's ``plan`` for ``goal`` (empty tables for no plan)."""
        months = [s for s in plan if s.period == "month"]
        weeks = [s for s in plan if s.period == "week"]
        self._fill(self.months, [(_month_name(s), value_text(goal, s.planned)) for s in months])
        self._fill(
            self.weeks,
            [(s.label.split("-")[-1], _short(s.period_end), value_text(goal, s.planned)) for s in weeks],
        )

    def plan_values(self, table: QTableWidget) -> list[str]:
        """The planned values a table shows, top to bottom (for tests and screenshots)."""
        column = table.columnCount() - 1
        return [table.item(row, column).text() for row in range(table.rowCount())]

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == len(cells) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        fit_table_width(table)
