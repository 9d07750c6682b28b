"""Goal -> Close...: how the goal ended, its final value, what was learned and the reviewer's sign-off.

The dialog only gathers and checks what is typed (``closed_goal``); the caller saves it as one undoable
step (``goalplanner.ui.loop_actions``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.checkins import check_actual
from goalplanner.core.closing import close_goal
from goalplanner.core.model import OUTCOMES, Goal
from goalplanner.ui.detail.checkin_form import impossible_text
from goalplanner.ui.formatting import state_label, unit_label
from goalplanner.ui.widgets import DateField, FieldMessage, NumberField, text_field


class CloseGoalDialog(QDialog):
    """Close ``goal``: ``final_value`` prefills the final value (the last check-in's actual) and
    ``outcome`` the choice (achieved when the goal's status says so)."""

    def __init__(
        self, goal: Goal, final_value: float | None, outcome: str = "achieved", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="close_goal_dialog")
        self.goal = goal
        self.setWindowTitle(self.tr("Close goal"))
        heading = QLabel(goal.title, wordWrap=True, objectName="close_goal_title")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Say how the goal ended and what the team learned. The goal leaves the list of open "
                "goals; Undo or Goal → Reopen brings it back."
            ),
            wordWrap=True,
        )
        self.outcomes = QButtonGroup(self)
        outcome_row = QHBoxLayout()
        hints = {
            "achieved": self.tr("The target was reached."),
            "missed": self.tr("The deadline came before the target."),
            "dropped": self.tr("Stopped on purpose: priorities changed."),
        }
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for name in OUTCOMES:
            button = QRadioButton(state_label(name), objectName=f"outcome_{name}", toolTip=hints[name])
            self.outcomes.addButton(button)
            self.outcome_buttons[name] = button
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)
        self.outcome_buttons.get(outcome, self.outcome_buttons["achieved"]).setChecked(True)

        self.final_field = NumberField(objectName="final_value_field")
        self.final_field.set_value(final_value)
        unit = unit_label(goal.unit)
        final_row = QHBoxLayout()
        final_row.addWidget(self.final_field, 1)
        final_row.addWidget(QLabel(unit))
        self.lessons_edit = QPlainTextEdit(objectName="lessons_field")
        self.lessons_edit.setPlaceholderText(
            self.tr("What worked, what did not, what the next goal should do differently")
        )
        self.lessons_edit.setPlainText(goal.lessons)
        self.lessons_edit.setTabChangesFocus(True)
        lines = self.lessons_edit.fontMetrics().lineSpacing()
        self.lessons_edit.setFixedHeight(lines * 5 + 12)  # room for a few sentences, no empty field
        self.reviewer_field = text_field(goal.signed_off_by or goal.reviewer, "signed_off_by_field")
        self.reviewer_field.setPlaceholderText(self.tr("The reviewer's name"))
        self.date_field = DateField(objectName="signed_off_on_field")
        self.date_field.set_value(goal.signed_off_on or date.today())
        sign_off = QHBoxLayout()
        sign_off.addWidget(self.reviewer_field, 2)
        sign_off.addWidget(QLabel(self.tr("on")))
        sign_off.addWidget(self.date_field, 1)
        self.message = FieldMessage(lines=1)
        self.message.setObjectName("close_problem")

        form = QFormLayout()
        form.addRow(self.tr("Outcome:"), outcome_row)
        form.addRow(self.tr("&Final value:"), final_row)
        form.addRow(self.tr("What was &learned:"), self.lessons_edit)
        form.addRow(self.tr("Signed off &by:"), sign_off)
        _buddies(form, (self.final_field, self.lessons_edit, self.reviewer_field))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.addButton(self.tr("&Close goal"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setObjectName("close_goal_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Only now: a default set before the button is in the dialog is lost, and Enter cancels.
        self.close_button.setDefault(True)
        self.resize(560, self.sizeHint().height())

    def outcome(self) -> str:
        """The outcome chosen."""
        return next(name for name, button in self.outcome_buttons.items() if button.isChecked())

    def problem(self) -> str:
        """Why what is typed cannot be saved ("" when it can)."""
        if self.final_field.problem():
            return self.final_field.problem()
        value = self.final_field.value()
        if value is not None and check_actual(self.goal, value) is not None:
            return impossible_text(self.goal, self.final_field.text().strip())
        if self.reviewer_field.text().strip() and (self.date_field.problem() or not self.date_field.text()):
            return self.date_field.problem() or self.tr("Enter the date of the sign-off.")
        return ""

    def closed_goal(self) -> Goal:
        """The goal as the dialog closes it (call when ``problem`` is "")."""
        reviewer = self.reviewer_field.text().strip()
        return close_goal(
            self.goal,
            self.outcome(),
            final_value=self.final_field.value(),
            lessons=self.lessons_edit.toPlainText().strip(),
            signed_off_by=reviewer,
            signed_off_on=self.date_field.value() if reviewer else None,
        )

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.show_message(problem, "error")
            return
        super().accept()


def _buddies(form: QFormLayout, fields: tuple[QWidget, ...]) -> None:
    """Alt+letter of each row's label moves to its field, also when the field sits in a row layout."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or item is None or not isinstance(label.widget(), QLabel):
            continue
        layout = item.layout()
        inner = [layout.itemAt(i).widget() for i in range(layout.count())] if layout is not None else []
        for field in fields:
            if field is item.widget() or field in inner:
                label.widget().setBuddy(field)
