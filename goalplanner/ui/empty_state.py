"""What the window shows when there is nothing to list: say what to do, with buttons to do it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred message with the one or two actions that get the user started."""

    create_goal = Signal()
    open_sample = Signal()
    open_file = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._has_plan = True
        self.heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.explanation.setFixedWidth(520)  # a fixed width lets the wrapped text get its full height
        self.primary = QPushButton()
        self.primary.setDefault(True)
        self.secondary = QPushButton()
        for button in (self.primary, self.secondary):
            button.setMinimumWidth(240)
        self.primary.clicked.connect(self._primary_clicked)
        self.secondary.clicked.connect(self.open_sample)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.explanation, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        for button in (self.primary, self.secondary):
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self._retranslate()

    def set_has_plan(self, has_plan: bool) -> None:
        """An open but empty plan invites a first goal; no plan at all invites opening one."""
        self._has_plan = has_plan
        self._retranslate()

    def _fit_explanation(self) -> None:
        # A wrapped label inside an aligned layout item gets its one-line height unless told.
        self.explanation.setFixedHeight(self.explanation.heightForWidth(self.explanation.width()))

    def _primary_clicked(self) -> None:
        (self.create_goal if self._has_plan else self.open_file).emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.secondary.setText(self.tr("Open the sample plan"))
        if self._has_plan:
            self.heading.setText(self.tr("No goals yet"))
            self.explanation.setText(
                self.tr(
                    "Turn a wish like “shorter waits” into a goal your team can meet: "
                    "what, who, by when, why, and the number that shows it. "
                    "Or look around the sample plan of a support department first."
                )
            )
            self.primary.setText(self.tr("Create your first goal"))
        else:
            self.heading.setText(self.tr("No plan is open"))
            self.explanation.setText(
                self.tr("Open a plan file, start a new one from the File menu, or look at the sample plan.")
            )
            self.primary.setText(self.tr("Open a plan…"))
        self._fit_explanation()
