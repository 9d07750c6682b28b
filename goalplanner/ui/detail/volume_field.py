"""The optional "Contacts handled" of an agent's check-in for an average (handle time, wait): the team's
average is weighted by it (core.agents), so an agent who took 300 contacts counts three times one who
took 100. Shown only on an agent goal whose metric is an average."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from goalplanner.core.agents import MEAN, combine_rule
from goalplanner.core.model import Goal
from goalplanner.ui.widgets import NumberField


class VolumeField(QWidget):
    """A labelled count of the contacts behind an agent's average; empty means not given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = NumberField(minimum=0, objectName="checkin_volume")
        self.label = QLabel(objectName="checkin_volume_label")
        self.label.setBuddy(self.field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        self.hide()
        self._retranslate()

    def show_goal(self, goal: Goal | None) -> None:
        """Show the field for an agent's average, hide (and empty) it for any other goal."""
        wanted = goal is not None and bool(goal.person) and combine_rule(goal) == MEAN
        if not wanted:
            self.field.clear()
        self.setVisible(wanted)

    def value(self) -> float | None:
        """The contacts typed, None when not given (or the field is hidden)."""
        return self.field.value() if not self.isHidden() else None

    def clear(self) -> None:
        self.field.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Contacts &handled"))
        self.field.setPlaceholderText(self.tr("optional"))
        self.field.setToolTip(
            self.tr(
                "How many contacts this average is over. The team's average weighs each agent by it; "
                "without it every agent counts the same."
            )
        )
        self.field.setAccessibleName(self.label.text().replace("&", ""))
