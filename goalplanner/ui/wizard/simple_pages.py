"""The wizard's plain pages: What (specific), Who, Why (relevant) and When (time-bound)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from goalplanner.core.model import CADENCES
from goalplanner.ui.widgets import DateField, text_field, with_message
from goalplanner.ui.wizard.base import WizardPage
from goalplanner.ui.wizard.draft import WizardDraft


def cadence_label(cadence: str) -> str:
    """A check-in cadence in the user's language."""
    from PySide6.QtCore import QCoreApplication

    return {
        "weekly": QCoreApplication.translate("Cadence", "Weekly"),
        "biweekly": QCoreApplication.translate("Cadence", "Every two weeks"),
        "monthly": QCoreApplication.translate("Cadence", "Monthly"),
    }[cadence]


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class WhatPage(WizardPage):
    """Specific: the goal in one sentence and what it covers."""

    shows_fill_note = True

    def __init__(self, draft: WizardDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("What will the team achieve?"))
        self.setSubTitle(
            self.tr(
                "One sentence with the number that changes and by how much, e.g. “Cut average call wait "
                "time by 50% within six weeks”. Avoid “improve” or “better” on their own."
            )
        )
        self.title_edit = text_field()
        self.title_edit.setPlaceholderText(self.tr("Cut average call wait time by 50% within six weeks"))
        self.scope_edit = text_field()
        self.scope_edit.setPlaceholderText(self.tr("e.g. inbound support queue, e-mail channel"))
        self.team_edit = text_field()
        form = self.make_form()
        for name, label, widget in (
            ("title", self.tr("&Goal"), self.title_edit),
            ("scope", self.tr("&Covers"), self.scope_edit),
            ("team", self.tr("&Team"), self.team_edit),
        ):
            box, message = with_message(widget, lines=2 if name == "title" else 1)  # a vague title's is long
            form.addRow(label, box)
            self.register(name, widget, message)
        self.title_edit.textEdited.connect(lambda text: self.update_goal(title=text))
        self.scope_edit.textEdited.connect(lambda text: self.update_goal(scope=text))
        self.team_edit.textEdited.connect(lambda text: self.update_goal(team=text))

    def validatePage(self) -> bool:
        # Going on is when the sentence is finished: fill what it says into the fields nobody set.
        self.draft.fill_from_sentence()
        return True

    def load(self) -> None:
        goal = self.draft.goal
        self.title_edit.setText(goal.title)
        self.scope_edit.setText(goal.scope)
        self.team_edit.setText(goal.team)


class WhoPage(WizardPage):
    """Who: the owner who champions it, the people who contribute, and a second manager to review it."""

    shows_fill_note = True  # the page she lands on after the sentence was read

    def __init__(self, draft: WizardDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("Who owns it?"))
        self.setSubTitle(
            self.tr(
                "One named owner drives the goal. List who contributes, and ask a second manager to "
                "review it: a reality check before the team commits."
            )
        )
        self.owner_edit = text_field()
        self.owner_edit.setPlaceholderText(self.tr("e.g. Mark Ellis (support lead)"))
        self.contributors_edit = text_field()
        self.contributors_edit.setPlaceholderText(self.tr("Names or teams, separated by commas"))
        self.reviewer_edit = text_field()
        form = self.make_form()
        for name, label, widget in (
            ("owner", self.tr("&Owner"), self.owner_edit),
            ("contributors", self.tr("&Contributors"), self.contributors_edit),
            ("reviewer", self.tr("&Reviewer"), self.reviewer_edit),
        ):
            box, message = with_message(widget)
            form.addRow(label, box)
            self.register(name, widget, message)
        self.owner_edit.textEdited.connect(lambda text: self.update_goal(owner=text))
        self.contributors_edit.textEdited.connect(
            lambda text: self.update_goal(contributors=tuple(n.strip() for n in text.split(",") if n.strip()))
        )
        self.reviewer_edit.textEdited.connect(lambda text: self.update_goal(reviewer=text))

    def load(self) -> None:
        goal = self.draft.goal
        self.owner_edit.setText(goal.owner)
        self.contributors_edit.setText(", ".join(goal.contributors))
        self.reviewer_edit.setText(goal.reviewer)


class WhyPage(WizardPage):
    """Relevant: why it matters, and what it serves (a parent goal or the strategy)."""

    def __init__(self, draft: WizardDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("Why does it matter?"))
        self.setSubTitle(
            self.tr(
                "Say what customers and the team gain, and link the goal to the goal above it or to the "
                "company strategy, so everyone sees what it serves."
            )
        )
        self.why_edit = _text_box()
        self.parent_combo = QComboBox()
        self.strategy_edit = text_field()
        self.strategy_edit.setPlaceholderText(self.tr("e.g. Win on service, not on price"))
        self.guardrail_label = QLabel(wordWrap=True)
        form = self.make_form()
        for name, label, widget in (
            ("why", self.tr("&Why"), self.why_edit),
            ("parent", self.tr("&Serves goal"), self.parent_combo),
            ("strategy", self.tr("Or s&trategy"), self.strategy_edit),
        ):
            box, message = with_message(widget, lines=2 if name == "why" else 1)
            form.addRow(label, box)
            self.register(name, widget, message)
            if name == "why":  # under the suggestion to pair the goal with a quality goal
                form.addRow("", self._guardrail_row())
        self.why_edit.textChanged.connect(lambda: self.update_goal(why=self.why_edit.toPlainText()))
        self.parent_combo.activated.connect(
            lambda _i: self.update_goal(parent_id=self.parent_combo.currentData())
        )
        self.strategy_edit.textEdited.connect(lambda text: self.update_goal(strategy=text))

    def _guardrail_row(self) -> QWidget:
        """ "Link as guardrail: [quality goal]", shown when the plan has a partner the wizard suggests."""
        self.guardrail_check = QCheckBox(self.tr("&Link as guardrail:"), objectName="link_guardrail")
        self.guardrail_combo = QComboBox(objectName="guardrail_partner")
        self.guardrail_row = QWidget()
        row = QVBoxLayout(self.guardrail_row)  # the combo as wide as the parent's: goal titles are long
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.guardrail_check)
        row.addWidget(self.guardrail_combo)
        self.guardrail_check.toggled.connect(lambda _on: self._link_guardrail())
        self.guardrail_combo.activated.connect(lambda _i: self._link_guardrail())
        return self.guardrail_row

    def _link_guardrail(self) -> None:
        linked = self.guardrail_check.isChecked()
        self.guardrail_combo.setEnabled(linked)
        self.update_goal(guardrail_id=self.guardrail_combo.currentData() if linked else None)

    def load(self) -> None:
        goal = self.draft.goal
        partners = self.draft.suggested_guardrails()
        self.guardrail_combo.clear()
        for partner in partners:
            self.guardrail_combo.addItem(partner.title, partner.id)
        linked = self.guardrail_combo.findData(goal.guardrail_id) if goal.guardrail_id is not None else -1
        self.guardrail_combo.setCurrentIndex(max(linked, 0))
        self.guardrail_check.setChecked(linked >= 0)
        self.guardrail_combo.setEnabled(linked >= 0)
        self.guardrail_row.setVisible(bool(partners))
        self.why_edit.setPlainText(goal.why)
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("None (top-level goal)"), None)
        for candidate in self.draft.possible_parents():
            self.parent_combo.addItem(candidate.title, candidate.id)
        index = self.parent_combo.findData(goal.parent_id) if goal.parent_id is not None else 0
        self.parent_combo.setCurrentIndex(max(index, 0))
        self.strategy_edit.setText(goal.strategy)


class WhenPage(WizardPage):
    """Time-bound: start, deadline and how often the team checks progress."""

    def __init__(self, draft: WizardDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("By when?"))
        self.setSubTitle(
            self.tr(
                "A deadline, and check-ins often enough to correct course before it: weekly for a "
                "six-week goal, monthly for a year."
            )
        )
        self.start_edit = DateField(allow_empty=False)
        self.deadline_edit = DateField()  # empty: the "Set a deadline" finding says so at the field
        self.cadence_combo = QComboBox()
        for cadence in CADENCES:
            self.cadence_combo.addItem(cadence_label(cadence), cadence)
        self.count_label = QLabel()
        form = self.make_form()
        for name, label, widget in (
            ("start", self.tr("&Start"), self.start_edit),
            ("deadline", self.tr("&Deadline"), self.deadline_edit),
            ("checkin_cadence", self.tr("&Check-ins"), self.cadence_combo),
        ):
            box, message = with_message(widget)
            form.addRow(label, box)
            self.register(name, widget, message)
        form.addRow("", self.count_label)
        self.connect_date(self.start_edit, "start")
        self.connect_date(self.deadline_edit, "deadline")
        self.cadence_combo.activated.connect(
            lambda _i: self.update_goal(checkin_cadence=self.cadence_combo.currentData())
        )

    def load(self) -> None:
        goal = self.draft.goal
        self.start_edit.set_value(goal.start)
        self.deadline_edit.set_value(goal.deadline)
        self.cadence_combo.setCurrentIndex(self.cadence_combo.findData(goal.checkin_cadence))

    def show_findings(self, findings) -> None:
        super().show_findings(findings)
        goal = self.draft.goal
        count = goal.checkins_until_deadline()  # as many as the goal will ask for, the last on the deadline
        self.count_label.setText(self.tr("Check-ins up to the deadline: {0}").format(count))
