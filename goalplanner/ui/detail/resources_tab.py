"""The resources tab: who is on the goal, the staff, budget and skills answers with their plans, and the
agents the queue needs (Erlang C), as ``core.resource_summary`` words them; a button opens the wizard
at its Resources page to answer or change them (an undoable edit, like every wizard edit of a goal)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.model import Goal
from goalplanner.core.resource_summary import KEYS, LABELS, resource_lines, unanswered
from goalplanner.ui.formatting import ui_wording
from goalplanner.ui.widgets import WARNING_COLOUR

# The staffing result reads best a sentence a line: the agents, the headcount, what it was worked out for.
LINE_BREAKS = {"staffing": "\n"}
# The people on the goal come first, then what the goal needs; a gap parts them.
_FIRST_NEED = KEYS.index("staff")


class ResourcesTab(QWidget):
    """The goal's resources, read-only; ``edit_requested(goal_id)`` asks for the wizard's Resources page."""

    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal: Goal | None = None
        self.editable = True  # False while a damaged plan is only viewed
        self.intro = QLabel(wordWrap=True, objectName="resources_intro")
        self.edit_button = QPushButton(objectName="edit_resources")
        self.edit_button.clicked.connect(self._edit_clicked)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.headings: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        rows = QWidget()
        grid = QGridLayout(rows)  # a grid, not a form: a heading stays level with its text's first line
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(8)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for index, key in enumerate(KEYS):
            heading = QLabel()
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            value = QLabel(wordWrap=True, objectName=f"resource_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)  # names and plans as typed, never as markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row = index + (index >= _FIRST_NEED)  # a row left empty parts the people from the needs
            grid.addWidget(heading, row, 0, top_left)
            grid.addWidget(value, row, 1)  # no alignment: a wrapped label then gets the height it needs
            self.headings[key], self.values[key] = heading, value
        grid.setRowMinimumHeight(_FIRST_NEED, 6)
        grid.setRowStretch(len(KEYS) + 1, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def show_goal(self, goal: Goal | None) -> None:
        """Show ``goal``'s resources (None: nothing)."""
        self.goal = goal
        self.edit_button.setEnabled(goal is not None and self.editable)
        wording = ui_wording()
        lines = {line.key: line for line in resource_lines(goal)} if goal is not None else {}
        for key, value in self.values.items():
            line = lines.get(key)
            value.setText(line.text(wording, LINE_BREAKS.get(key)) if line is not None else "")
            # an open question stands out, as its warning does in the wizard
            open_question = line is not None and not line.answered
            value.setStyleSheet(f"color: {WARNING_COLOUR};" if open_question else "")
        self._retranslate()

    def set_editable(self, editable: bool) -> None:
        """Offer the wizard to change the resources, or not (a plan that is only viewed)."""
        self.editable = editable
        self.edit_button.setEnabled(self.goal is not None and editable)

    def _retranslate(self) -> None:
        wording = ui_wording()
        for key, heading in self.headings.items():
            heading.setText(wording.translate("Resources", LABELS[key]))
        still_open = unanswered(self.goal) if self.goal is not None else []
        if still_open:
            names = ", ".join(wording.translate("Resources", LABELS[key]) for key in still_open)
            self.intro.setText(
                self.tr("Not answered yet: {0}. Answer them to know whether the team can do it.").format(
                    names
                )
            )
            self.edit_button.setText(self.tr("&Answer the questions…"))
        else:
            self.intro.setText(self.tr("What the goal needs and who is on it, as answered in the wizard."))
            self.edit_button.setText(self.tr("C&hange resources…"))

    def _edit_clicked(self) -> None:
        if self.goal is not None and self.goal.id is not None:
            self.edit_requested.emit(self.goal.id)
