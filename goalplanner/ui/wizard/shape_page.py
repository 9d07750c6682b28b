"""The wizard's Plan page: how the goal gets from the baseline to the target, with a preview of the plan.

The choice is kept on the goal (``Goal.plan_shape``), so Save and every later re-spreading of the
plan follow it. The preview shows core's plan (``plan_for``), never a plan worked out here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.breakdown import plan_for
from goalplanner.core.calendar import WorkCalendar
from goalplanner.core.model import CURVES, PlanShape, SubTarget
from goalplanner.core.shapes import ShapeError, even_rate, parse_profile, plan_target, rate_outcome
from goalplanner.ui.ticket_import_profile import ProfileFromExport
from goalplanner.ui.widgets import ERROR_COLOUR, PLAIN_COLOUR, NumberField
from goalplanner.ui.wizard.base import WizardPage
from goalplanner.ui.wizard.draft import WizardDraft
from goalplanner.ui.wizard.shape_preview import (
    PlanPreview,
    even_rate_text,
    halfway_text,
    outcome_text,
    shape_error_text,
)

CalendarFor = Callable[[date, date | None], WorkCalendar | None]


class ShapePage(WizardPage):
    """Straight, "x % every period", front- or back-loaded, or like last year's months."""

    def __init__(
        self,
        draft: WizardDraft,
        calendar_for: CalendarFor,
        previous: Sequence[SubTarget] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(draft, parent)
        self.calendar_for = calendar_for
        self.previous = list(previous)  # an edited goal's plan: the periods locked by hand stay
        self.problem = ""  # why the shape as typed cannot make a plan
        self._complete = True  # what Next and Save were last told
        self.setTitle(self.tr("How should the plan get there?"))
        self.setSubTitle(
            self.tr(
                "The pace from the baseline to the target. Each week's and month's check-in is judged "
                "against this plan."
            )
        )
        self.choices = QButtonGroup(self)
        labels = {
            "linear": self.tr("S&traight line: the same step every week"),
            "geometric": self.tr("&A steady percentage every month or week"),
            "front": self.tr("&Front-loaded: most of the change early"),
            "back": self.tr("Bac&k-loaded: most of the change near the deadline"),
            "seasonal": self.tr("&Like last year: progress comes in the months that went well last year"),
        }
        self.buttons = {}
        for index, curve in enumerate(CURVES):
            button = QRadioButton(labels[curve], objectName=f"shape_{curve}")
            self.choices.addButton(button, index)
            self.buttons[curve] = button
        self.rate_edit = NumberField(objectName="rate")
        self.rate_edit.setMaximumWidth(self.rate_edit.fontMetrics().horizontalAdvance("-000.00") + 24)
        self.every_combo = QComboBox(objectName="rate_every")
        self.every_combo.addItem(self.tr("every month"), "month")
        self.every_combo.addItem(self.tr("every week"), "week")
        self.profile_edit = QPlainTextEdit(objectName="profile")
        self.profile_edit.setTabChangesFocus(True)
        self.profile_edit.setFixedHeight(self.profile_edit.fontMetrics().lineSpacing() * 2 + 14)
        self.profile_edit.setPlaceholderText(
            self.tr("Paste last year's 12 months (a column or a row), or type them: 120 110 130 …")
        )
        self.profile_read = QLabel(wordWrap=True, objectName="profile_read")
        self.from_export = ProfileFromExport(self, self.profile_edit)
        self.outcome = QLabel(wordWrap=True, objectName="shape_outcome")
        # Room for three lines, always: a message appearing moves nothing below it.
        self.outcome.setMinimumHeight(self.outcome.fontMetrics().lineSpacing() * 3 + 4)
        self.profile_read.setMinimumHeight(self.profile_read.fontMetrics().lineSpacing() * 2 + 4)
        self.preview = PlanPreview()
        self._lay_out()
        self.choices.idClicked.connect(lambda _id: self._shape_edited())
        self.rate_edit.textEdited.connect(lambda _text: self._shape_edited())
        self.every_combo.activated.connect(lambda _i: self._shape_edited())
        self.profile_edit.textChanged.connect(self._shape_edited)

    def _lay_out(self) -> None:
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_edit)
        rate_row.addWidget(QLabel("%"))
        rate_row.addWidget(self.every_combo)
        rate_row.addStretch(1)
        indent = self.style().pixelMetric(self.style().PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        choices = QGridLayout()
        choices.setColumnMinimumWidth(0, indent)
        choices.setColumnStretch(1, 1)
        row = 0
        for curve, button in self.buttons.items():
            choices.addWidget(button, row, 0, 1, 2)
            row += 1
            if curve == "geometric":
                choices.addLayout(rate_row, row, 1)
                row += 1
            elif curve == "seasonal":
                choices.addWidget(self.profile_edit, row, 1)
                choices.addWidget(self.from_export, row + 1, 1)
                choices.addWidget(self.profile_read, row + 2, 1)
                row += 3
        left = QVBoxLayout()
        left.addLayout(choices)
        left.addWidget(self.outcome)
        left.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 1)
        outer.addWidget(self.preview, 1)

    # -- from the goal to the fields, and back -----------------------------------------------------

    def load(self) -> None:
        shape = self.draft.goal.plan_shape
        self.buttons[shape.curve].setChecked(True)
        self.rate_edit.set_value(None if shape.rate is None else round(shape.rate * 100, 10))
        self.every_combo.setCurrentIndex(self.every_combo.findData(shape.every))
        locale = QLocale()
        self.profile_edit.setPlainText(" ".join(locale.toString(v, "g", 12) for v in shape.profile))

    def _curve(self) -> str:
        return CURVES[max(self.choices.checkedId(), 0)]

    def _typed_shape(self) -> PlanShape | None:
        """The shape the fields say, or None (with ``problem`` saying why) when it cannot be used."""
        curve, every = self._curve(), self.every_combo.currentData()
        rate, profile = None, ()
        self.problem = ""
        rate_problem = self.rate_edit.problem()
        percent = self.rate_edit.value()
        if not rate_problem and percent is not None:
            rate = percent / 100
            if not -1 < rate <= 10:
                rate_problem = self.tr("Enter a change above -100% and at most 1000%.")
        if rate_problem:
            rate = None
        try:
            text = self.profile_edit.toPlainText()
            profile = parse_profile(text, QLocale().decimalPoint()) if text.strip() else ()
            profile_problem = "" if text.strip() else self.tr("Paste or type last year's 12 monthly values.")
        except ShapeError as error:
            profile_problem = shape_error_text(error)
        if curve == "geometric" and rate_problem:
            self.problem = rate_problem
        elif curve == "seasonal" and profile_problem:
            self.problem = profile_problem
        if self.problem:
            return None
        return PlanShape(curve, rate=rate, every=every, profile=profile)

    def _shape_edited(self) -> None:
        if self.loading:
            return
        shape = self._typed_shape()
        if shape is not None and shape != self.draft.goal.plan_shape:
            self.update_goal(plan_shape=shape)  # the draft says it changed: show_findings refreshes
        else:
            self._refresh()

    def show_findings(self, findings) -> None:
        super().show_findings(findings)
        self._refresh()

    # -- what the shape makes ----------------------------------------------------------------------

    def _refresh(self) -> None:
        """Show the plan the goal's shape makes (core's), what a rate reaches, or why there is none."""
        goal = self.draft.goal
        curve = self._curve()
        self.rate_edit.setEnabled(curve == "geometric")
        self.every_combo.setEnabled(curve == "geometric")
        self.profile_edit.setEnabled(curve == "seasonal")
        self.from_export.follow(goal, curve == "seasonal")
        typed = self._typed_shape()
        self._show_profile(typed.profile if typed is not None else ())
        plan: list[SubTarget] = []
        if not self.problem:
            try:
                plan = plan_for(goal, self.calendar_for(goal.start, goal.deadline), previous=self.previous)
                text = self._describe(goal) or halfway_text(goal, plan)
            except ValueError as error:
                self.problem = shape_error_text(error)
        self.preview.show_plan(goal, plan)
        if self.problem:
            self._say(self.problem, error=True)
        elif not plan:
            self._say(self.tr("The preview appears once the goal has a baseline, a target and a deadline."))
        else:
            self._say(text)
        if self._complete != self.isComplete():  # only on a change: PySide6 6.12 leaks a ref per emit
            self._complete = self.isComplete()
            self.completeChanged.emit()

    def _describe(self, goal) -> str:
        shape = goal.plan_shape
        target = plan_target(goal)
        if shape.curve != "geometric" or goal.baseline is None or target is None or goal.deadline is None:
            return ""
        if goal.deadline <= goal.start:
            return ""
        outcome = rate_outcome(goal)
        if outcome is not None:
            return outcome_text(goal, outcome)
        needed = even_rate(goal.baseline, target, goal.start, goal.deadline, shape.every)
        self.rate_edit.setPlaceholderText(QLocale().toString(round(needed * 100, 2)))
        return even_rate_text(needed, shape.every) + " " + self.tr("Type a rate to plan with your own.")

    def _show_profile(self, profile: tuple[float, ...]) -> None:
        if not profile or self._curve() != "seasonal":
            self.profile_read.setText("")
            return
        locale = QLocale()
        months = (locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))
        pairs = zip(months, profile, strict=True)
        read = " · ".join(f"{name} {locale.toString(value, 'g', 12)}" for name, value in pairs)
        self.profile_read.setText(self.tr("Read: {0}").format(read))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.outcome.setStyleSheet(f"color: {ERROR_COLOUR if error else PLAIN_COLOUR};")
        self.outcome.setText(text)

    def isComplete(self) -> bool:
        return super().isComplete() and not self.problem
