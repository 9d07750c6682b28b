"""Achievable: staff, budget and skills, each a yes or a plan, with an Erlang C staff calculator."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.model import ResourceCheck, StaffingInputs
from goalplanner.ui.widgets import NumberField, text_field, with_message
from goalplanner.ui.wizard.base import WizardPage
from goalplanner.ui.wizard.draft import WizardDraft
from goalplanner.ui.wizard.staffing_panel import StaffingPanel


class YesNo(QWidget):
    """A yes/no question whose "no" asks for the plan to get what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yes = QRadioButton(self.tr("Yes"))
        self.no = QRadioButton(self.tr("No"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch()

    def answer(self) -> bool | None:
        """True, False, or None when not answered."""
        if self.yes.isChecked():
            return True
        return False if self.no.isChecked() else None

    def set_answer(self, answer: bool | None) -> None:
        """Show ``answer`` (None clears both buttons)."""
        self.group.setExclusive(False)
        self.yes.setChecked(answer is True)
        self.no.setChecked(answer is False)
        self.group.setExclusive(True)


class ResourcesPage(WizardPage):
    """Do we have the people, the money and the skills? A "no" is a plan, not the end of the goal."""

    def __init__(self, draft: WizardDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("Can the team do it?"))
        self.setSubTitle(
            self.tr(
                "Three questions. Answer each honestly: a “no” does not end the goal, it asks how you "
                "will get what is missing."
            )
        )
        # The calculator's weekly table makes the page taller than a small window: it scrolls as a whole.
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        self.layout().setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(content)
        self.answers: dict[str, YesNo] = {}
        self.plans: dict[str, QLineEdit] = {}
        for name, title in (
            ("staff", self.tr("Staff: do we have the people to carry the work?")),
            ("budget", self.tr("Budget: can we pay for it, or cut elsewhere?")),
            ("skills", self.tr("Skills: do we have the know-how, or someone to teach it?")),
        ):
            layout.addWidget(self._question(name, title))
        self._connect()

    def _question(self, name: str, title: str) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        answer = YesNo()
        plan = text_field()
        plan.setPlaceholderText(self.tr("If no: how will you get it, and by when?"))
        self.answers[name], self.plans[name] = answer, plan
        answer_box, answer_message = with_message(answer)  # "not answered yet" shows here
        form.addRow(self.tr("Available"), answer_box)
        self.register(f"{name}_available", answer, answer_message)
        plan_box, message = with_message(plan)
        form.addRow(self.tr("Plan"), plan_box)
        self.register(f"{name}_plan", plan, message)
        if name == "staff":
            self._staff_rows(form)
        elif name == "budget":
            self.budget_field = NumberField(minimum=0)
            self.budget_contacts_field = NumberField(minimum=0)
            self.budget_label = QLabel(wordWrap=True)
            budget_box, budget_message = with_message(self.budget_field)
            form.addRow(self.tr("Amount"), budget_box)
            self.register("budget_amount", self.budget_field, budget_message)
            contacts_box, contacts_message = with_message(self.budget_contacts_field)
            form.addRow(self.tr("Contacts it covers"), contacts_box)
            self.budget_form, self.budget_contacts_row = form, contacts_box
            self.register("budget_contacts", self.budget_contacts_field, contacts_message)
            form.addRow("", self.budget_label)
        else:
            self.skills_edit = text_field()
            self.skills_edit.setPlaceholderText(self.tr("e.g. training on the new CRM"))
            skills_box, skills_message = with_message(self.skills_edit)
            form.addRow(self.tr("Skills needed"), skills_box)
            self.register("skills_needed", self.skills_edit, skills_message)
        return box

    def _staff_rows(self, form: QFormLayout) -> None:
        self.headcount_field = NumberField(whole=True, minimum=0)
        box, message = with_message(self.headcount_field)
        form.addRow(self.tr("Headcount"), box)
        self.register("headcount", self.headcount_field, message)
        self.calculator_check = QCheckBox(self.tr("Work out the agents each week needs (Erlang C)"))
        self.calculator_check.setObjectName("use_staffing")
        form.addRow("", self.calculator_check)
        self.calculator = StaffingPanel()
        self.staffing_label = self.calculator.staffing_label
        form.addRow(self.calculator)

    def _connect(self) -> None:
        for name in ("staff", "budget", "skills"):
            self.answers[name].group.buttonClicked.connect(lambda _b, n=name: self._resource_changed(n))
            self.plans[name].textEdited.connect(lambda _t, n=name: self._resource_changed(n))
        self.headcount_field.value_changed.connect(self._headcount_changed)
        for field, attribute in (
            (self.budget_field, "budget_amount"),
            (self.budget_contacts_field, "budget_contacts"),
        ):
            field.value_changed.connect(
                lambda v, f=field, a=attribute: None if f.problem() else self._set_resources(**{a: v})
            )
        self.skills_edit.textEdited.connect(lambda text: self._set_resources(skills_needed=text))
        self.calculator_check.toggled.connect(self._calculator_toggled)
        self.calculator.inputs_changed.connect(lambda inputs: self._set_resources(staffing=inputs))
        self.calculator.edited.connect(self.completeChanged)

    # -- writing the goal ----------------------------------------------------------------------

    def _set_resources(self, **changes: object) -> None:
        if not self.loading:
            resources = replace(self.draft.goal.resources, **changes)
            self.update_goal(resources=resources)

    def _resource_changed(self, name: str) -> None:
        self._set_resources(**{name: ResourceCheck(self.answers[name].answer(), self.plans[name].text())})

    def _headcount_changed(self, value: float | None) -> None:
        if not self.headcount_field.problem():
            self._set_resources(headcount=int(value) if value is not None else None)

    def _calculator_toggled(self, on: bool) -> None:
        self.calculator.setVisible(on)
        if on and not self.loading:
            inputs = StaffingInputs()
            self.calculator.set_inputs(inputs)
            self._set_resources(staffing=inputs)
        elif not on:
            self._set_resources(staffing=None)

    def load(self) -> None:
        resources = self.draft.goal.resources
        for name in ("staff", "budget", "skills"):
            check: ResourceCheck = getattr(resources, name)
            self.answers[name].set_answer(check.available)
            self.plans[name].setText(check.plan)
        self.headcount_field.set_value(resources.headcount)
        self.budget_field.set_value(resources.budget_amount)
        self.budget_contacts_field.set_value(resources.budget_contacts)
        self.skills_edit.setText(resources.skills_needed)
        self.calculator_check.setChecked(resources.staffing is not None)
        self.calculator.setVisible(resources.staffing is not None)
        if resources.staffing is not None:
            self.calculator.set_inputs(resources.staffing)

    # -- showing results -----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        # Back from the When page does not initialise the page again: the weeks follow a new deadline here.
        super().showEvent(event)
        self.show_findings(self.draft.findings)

    def show_findings(self, findings) -> None:
        super().show_findings(findings)
        goal = self.draft.goal
        for name in ("staff", "budget", "skills"):
            self.plans[name].setEnabled(self.answers[name].answer() is not True)
        self.calculator.show_goal(goal)
        self.budget_label.setText(self._budget_text())
        self.budget_form.setRowVisible(self.budget_label, goal.kpi == "cpc")
        self.budget_form.setRowVisible(self.budget_contacts_row, goal.kpi == "cpc")

    def _budget_text(self) -> str:
        goal = self.draft.goal
        contacts = goal.resources.budget_contacts
        if goal.kpi != "cpc" or contacts is None:
            return self.tr("For cost per contact: enter the contacts the budget covers to see the total.")
        locale = QLocale()
        parts = []
        for label, cost in (
            (self.tr("at today's cost"), goal.baseline),
            (self.tr("at the target"), goal.target),
        ):
            if cost is not None:
                parts.append(f"{label}: {locale.toString(contacts * cost, 'f', 2)}")
        return self.tr("Contacts × cost per contact — {0}").format("; ".join(parts))

    def isComplete(self) -> bool:
        calculator_ok = not self.calculator_check.isChecked() or not self.calculator.problem()
        return super().isComplete() and calculator_ok
