"""The note that says what the wizard filled in from the goal's sentence, with one click to undo it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from goalplanner.core.kpis import get_kpi
from goalplanner.ui.formatting import format_value
from goalplanner.ui.widgets import INFO_COLOUR, format_date
from goalplanner.ui.wizard.draft import WizardDraft


def _direction_label(direction: str) -> str:
    # The Measure page's words for it (the same texts, so the same translations).
    if direction == "decrease":
        return QCoreApplication.translate("Direction", "Lower is better")
    return QCoreApplication.translate("Direction", "Higher is better")


class FillNote(QFrame):
    """ "Filled from your sentence: metric …, baseline …" and an Undo button; hidden when nothing is."""

    undone = Signal()  # the fill was undone: the page shows the fields as they are again

    def __init__(self, draft: WizardDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="fill_note")
        self.draft = draft
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#fill_note {{ border: 1px solid {INFO_COLOUR}; border-radius: 4px; }}")
        self.label = QLabel(wordWrap=True, objectName="fill_note_text")
        self.label.setStyleSheet(f"color: {INFO_COLOUR};")
        self.undo_button = QPushButton(self.tr("Undo"), objectName="undo_fill")
        self.undo_button.setToolTip(self.tr("Put back the fields as they were before the sentence was read"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self.undo_button.clicked.connect(self._undo)
        draft.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Say what the sentence's fill still holds, or hide."""
        fill = self.draft.fill
        goal = self.draft.goal
        filled = fill.in_effect(goal) if fill is not None else {}
        locale = QLocale()
        parts = []
        kpi = get_kpi(filled.get("kpi", ""))
        if kpi is not None:
            parts.append(self.tr("metric {0}").format(QCoreApplication.translate("Kpi", kpi.name)))
        elif "direction" in filled:
            parts.append(self.tr("direction {0}").format(_direction_label(filled["direction"])))
        if "unit" in filled and kpi is None:
            parts.append(self.tr("unit {0}").format(filled["unit"]))
        for name, text in (("baseline", self.tr("baseline {0}")), ("target", self.tr("target {0}"))):
            if name in filled:
                parts.append(text.format(format_value(filled[name], goal.unit, locale)))
        if "deadline" in filled:
            day = format_date(filled["deadline"])  # four-digit years, as the date fields show them
            parts.append(self.tr("deadline {0}").format(day))
        listed = locale.createSeparatedList(parts)
        self.label.setText(self.tr("Filled from your sentence: {0}.").format(listed))
        self.setVisible(bool(parts))

    def _undo(self) -> None:
        self.draft.undo_fill()
        self.undone.emit()
