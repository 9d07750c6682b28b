"""Goal -> Roll-up rule... and Goal -> Guardrail...: the dialogs setting how a status is judged with others.

The dialogs only gather and check the choice; the caller saves it as one undoable step
(``goalplanner.ui.rollup_actions``). What the choice does is ``core.rollup``'s.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.model import Goal
from goalplanner.core.rollup import WEIGHTED, WORST
from goalplanner.ui.widgets import FieldMessage

OK, CANCEL = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
TOLERANCE = 0.05  # weights typed to one decimal: 33.3 + 33.3 + 33.4 make 100


def _heading(text: str, name: str) -> QLabel:
    heading = QLabel(text, wordWrap=True, objectName=name)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


def child_name(goal: Goal) -> str:
    """A sub-goal as the weights table names it: its title, and its person for an agent's goal."""
    return f"{goal.title} ({goal.person})" if goal.person else goal.title


class RollupRuleDialog(QDialog):
    """Choose worst wins or weighted for ``goal``, and its direct ``children``'s weights (per cent)."""

    def __init__(self, goal: Goal, children: list[Goal], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="rollup_rule_dialog")
        self.goal, self.children = goal, children
        self.setWindowTitle(self.tr("Roll-up rule"))
        intro = QLabel(
            self.tr("How this goal's status together with its sub-goals is worked out."), wordWrap=True
        )
        self.worst = QRadioButton(
            self.tr("&Worst wins: the worst status of the goal and everything under it"),
            objectName="rollup_worst",
        )
        self.weighted = QRadioButton(
            self.tr("W&eighted: graded from the weighted mean of the sub-goals' achievement"),
            objectName="rollup_weighted",
        )
        explain = QLabel(
            self.tr(
                "Each sub-goal counts with its latest check-in's share of the planned change (at most "
                "100%); one without a check-in leaves the mean and the other weights are rescaled. "
                "Leave every weight empty for equal shares."
            ),
            wordWrap=True,
            objectName="rollup_explain",
        )
        self.table = QTableWidget(len(children), 2, objectName="rollup_weights")
        self.table.setHorizontalHeaderLabels([self.tr("Sub-goal"), self.tr("Weight")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: dict[int, QDoubleSpinBox] = {}
        for row, child in enumerate(children):
            item = QTableWidgetItem(child_name(child))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            spin = QDoubleSpinBox(objectName=f"weight_{child.id}", decimals=1, maximum=100.0, suffix=" %")
            spin.setSpecialValueText(self.tr("equal"))  # 0: no weight of its own, an equal share
            spin.setValue(child.rollup_weight or 0.0)
            spin.valueChanged.connect(self._update)
            self.table.setCellWidget(row, 1, spin)
            self.spins[child.id] = spin
        # The total and the problem keep their room while empty or hidden: their coming and going
        # would squeeze the table under the cursor of someone typing the weights.
        self.total = QLabel(objectName="rollup_total")
        keep = self.total.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.total.setSizePolicy(keep)
        self.message = FieldMessage(lines=2)
        self.message.setObjectName("rollup_problem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)  # the choices on one line each
        layout.addWidget(_heading(goal.title, "rollup_goal_title"))
        for widget in (intro, self.worst, self.weighted, explain, self.table, self.total, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        (self.weighted if goal.rollup_rule == WEIGHTED else self.worst).setChecked(True)
        self.worst.toggled.connect(self._update)
        self._update()

    def rule(self) -> str:
        """The chosen rule: ``'worst'`` or ``'weighted'``."""
        return WEIGHTED if self.weighted.isChecked() else WORST

    def weights(self) -> dict[int, float | None]:
        """Each sub-goal's weight in per cent, None for an equal share."""
        return {goal_id: spin.value() or None for goal_id, spin in self.spins.items()}

    def problem(self) -> str:
        """Why the weights cannot be saved ("" when they can): they make 100 %, or all are empty."""
        if self.rule() != WEIGHTED:
            return ""
        given = [weight for weight in self.weights().values() if weight is not None]
        if not given:
            return ""
        if len(given) < len(self.spins):
            return self.tr("Give every sub-goal a weight, or leave them all empty for equal shares.")
        if abs(sum(given) - 100.0) > TOLERANCE:
            return self.tr("The weights must make 100%.")
        return ""

    def _update(self) -> None:
        weighted = self.rule() == WEIGHTED
        self.table.setEnabled(weighted)
        locale = QLocale()
        given = [weight for weight in self.weights().values() if weight is not None]
        if given:
            self.total.setText(self.tr("Total: {0}%").format(locale.toString(sum(given), "f", 1)))
        elif self.spins:
            each = locale.toString(100.0 / len(self.spins), "f", 1)
            self.total.setText(self.tr("Equal shares: {0}% each").format(each))
        else:
            self.total.setText(self.tr("This goal has no sub-goals yet."))
        self.total.setVisible(weighted)
        problem = self.problem()
        self.message.show_message(problem, "error" if problem else "")
        self.buttons.button(OK).setEnabled(not problem)


class GuardrailDialog(QDialog):
    """Choose the goal guarding ``goal`` among ``partners`` (core.rollup.guardrail_partners), or none."""

    def __init__(self, goal: Goal, partners: list[Goal], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="guardrail_dialog")
        self.goal = goal
        self.setWindowTitle(self.tr("Guardrail"))
        intro = QLabel(
            self.tr(
                "A speed, cost or volume goal can hurt service when pushed alone. Choose the quality goal "
                "that guards it: its status is shown beside this goal's wherever it appears, and this goal "
                "is never shown on track while its guardrail is off track."
            ),
            wordWrap=True,
        )
        self.choice = QComboBox(objectName="guardrail_choice")
        self.choice.addItem(self.tr("None"), None)
        for partner in partners:
            self.choice.addItem(partner.title, partner.id)
        index = self.choice.findData(goal.guardrail_id) if goal.guardrail_id is not None else 0
        self.choice.setCurrentIndex(max(index, 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)  # the explanation in a few lines
        layout.addWidget(_heading(goal.title, "guardrail_goal_title"))
        layout.addWidget(intro)
        label = QLabel(self.tr("&Guarded by"))
        label.setBuddy(self.choice)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def guardrail_id(self) -> int | None:
        """The chosen guardrail's id, None for none."""
        return self.choice.currentData()
