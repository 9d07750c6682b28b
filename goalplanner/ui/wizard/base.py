"""What every wizard page shares: write-through to the draft goal, findings shown at the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from goalplanner.core.smart import Finding
from goalplanner.ui.formatting import ui_wording
from goalplanner.ui.widgets import SEVERITY_STYLE, DateField, FieldMessage, NumberField
from goalplanner.ui.wizard.draft import WizardDraft

_RANK = {"error": 0, "warning": 1, "info": 2}
TYPED_FIELDS = (NumberField, DateField)  # fields whose text may not be what they hold: see ``problem()``


def finding_text(finding: Finding) -> str:
    """A finding's message in the user's language."""
    return finding.text(ui_wording())


class WizardPage(QWizardPage):
    """A page that edits part of the draft goal and shows the findings about its fields."""

    shows_fill_note = False  # say at the page's foot what the sentence filled in (with its undo)

    def __init__(self, draft: WizardDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        draft.changed.connect(self._draft_changed)
        self._fields: dict[str, tuple[QWidget, FieldMessage]] = {}
        self.loading = False

    def make_form(self) -> QFormLayout:
        """The page's form, kept at the top: spare height goes below it, not into wrapped messages."""
        outer = self.scrolling_body()
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        if self.shows_fill_note:  # at the foot: appearing or going, it moves no field
            from goalplanner.ui.wizard.fill_note import FillNote

            self.fill_note = FillNote(self.draft)
            self.fill_note.undone.connect(self.initializePage)
            outer.addWidget(self.fill_note)
        return form

    def scrolling_body(self) -> QVBoxLayout:
        """The page's layout, inside a frameless scroll area: a small window scrolls the page instead
        of squeezing its rows (each keeps the lines reserved for its message)."""
        body = QWidget()
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a focus stop: the wizard gives a new page's first focusable widget the focus, and the
        # scroll area would take it, so the first thing typed on a page went nowhere.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scroll)
        return QVBoxLayout(body)

    def register(self, name: str, widget: QWidget, message: FieldMessage) -> None:
        """Make ``widget`` findable as ``name`` (its objectName) and give findings about it a place."""
        widget.setObjectName(name)
        self._fields[name] = (widget, message)
        if isinstance(widget, QLineEdit):
            # One height with and without a finding's border, so a border coming or going moves no row
            heights = []
            for style in (SEVERITY_STYLE["error"], ""):
                widget.setStyleSheet(style)
                widget.ensurePolished()
                heights.append(widget.sizeHint().height())
            widget.setMinimumHeight(max(heights))
        if isinstance(widget, TYPED_FIELDS):
            widget.value_changed.connect(self.completeChanged)
            # A typing problem shows at once, even when the goal itself did not change.
            widget.value_changed.connect(lambda _value: self.show_findings(self.draft.findings))

    def focus_first_field(self) -> None:
        """Put the cursor in the page's first field, so typing starts there (not in the note at its foot)."""
        for field, _message in self._fields.values():
            for widget in (field, *field.findChildren(QWidget)):  # a Yes/No pair: its first button
                if (
                    widget.isVisible()
                    and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                ):
                    widget.setFocus(Qt.FocusReason.TabFocusReason)
                    return

    def connect_date(self, field: DateField, name: str) -> None:
        """Write the date typed in ``field`` into the goal's ``name``; text naming no day is not written."""
        field.value_changed.connect(lambda day: None if field.problem() else self.update_goal(**{name: day}))

    def update_goal(self, **changes: object) -> None:
        """Write the user's edit into the draft goal (ignored while the page fills its fields)."""
        if not self.loading:
            self.draft.update(**changes)

    def initializePage(self) -> None:
        self.loading = True
        try:
            self.load()
        finally:
            self.loading = False
        self.show_findings(self.draft.findings)

    def load(self) -> None:
        """Fill the fields from the draft goal."""

    def _draft_changed(self) -> None:
        # Only the page in front shows findings as they change; the others catch up when shown.
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self.show_findings(self.draft.findings)

    def show_findings(self, findings: list[Finding]) -> None:
        """Show, under each field, its parse problem or the most serious finding about it."""
        by_field: dict[str, Finding] = {}
        for finding in findings:
            current = by_field.get(finding.field)
            if current is None or _RANK[finding.severity] < _RANK[current.severity]:
                by_field[finding.field] = finding
        for name, (widget, message) in self._fields.items():
            problem = widget.problem() if isinstance(widget, TYPED_FIELDS) else ""
            finding = by_field.get(name)
            if problem:
                message.show_message(problem, "error")
                severity = "error"
            elif finding is not None:
                message.show_message(finding_text(finding), finding.severity)
                severity = finding.severity
            else:
                message.show_message("", "")
                severity = ""
            style = SEVERITY_STYLE.get(severity, "")
            if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.styleSheet() != style:
                widget.setStyleSheet(style)

    def isComplete(self) -> bool:
        # Text that is not a number or a date never reaches the goal: the page cannot be left with it.
        return not any(isinstance(w, TYPED_FIELDS) and w.problem() for w, _ in self._fields.values())
