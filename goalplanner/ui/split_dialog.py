"""Divide one period's team target between the people who contribute, equally or by weight."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from goalplanner.core.breakdown import split_target
from goalplanner.core.model import Goal, SubTarget
from goalplanner.ui.formatting import format_amount, format_value


class SplitDialog(QDialog):
    """A calculator: who contributes how much of ``period``'s planned total."""

    def __init__(self, goal: Goal, period: SubTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal, self.period = goal, period
        self.setWindowTitle(self.tr("Split {0} per person").format(period.label))
        self.people_edit = QLineEdit(", ".join(goal.contributors) or goal.owner, objectName="split_people")
        self.weights_edit = QLineEdit(objectName="split_weights")
        example = "; ".join(QLocale().toString(w) for w in (1, 1, 0.5))
        self.weights_edit.setPlaceholderText(self.tr("Optional, e.g. {0} for a part-timer").format(example))
        self.result_label = QLabel(wordWrap=True, objectName="split_result")
        form = QFormLayout()
        total = format_amount(goal, period.planned, QLocale())  # as the plan table shows it
        form.addRow(self.tr("Team target"), QLabel(total))
        form.addRow(self.tr("&People"), self.people_edit)
        form.addRow(self.tr("&Weights"), self.weights_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.people_edit.textChanged.connect(self._update)
        self.weights_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        people = [p.strip() for p in self.people_edit.text().split(",") if p.strip()]
        weights = None
        if self.weights_edit.text().strip():
            weights = []
            # ";" or spaces separate weights; "," too where it is not the decimal comma
            separators = ";" if QLocale().decimalPoint() == "," else ";,"
            text = self.weights_edit.text()
            for separator in separators:
                text = text.replace(separator, " ")
            for part in text.split():
                number, ok = QLocale().toDouble(part.strip())
                if not ok:
                    self.result_label.setText(self.tr("“{0}” is not a number.").format(part.strip()))
                    return
                weights.append(number)
        try:
            shares = split_target(self.period.planned, people, weights)
        except ValueError as error:
            self.result_label.setText(QCoreApplication.translate("Breakdown", str(error)))
            return
        locale = QLocale()
        self.result_label.setText(
            "\n".join(
                f"{person}: {format_value(share, self.goal.unit, locale)}" for person, share in shares.items()
            )
        )
