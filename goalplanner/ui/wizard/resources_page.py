"""Achievable: staff, budget and skills, each a yes or a plan, with an Erlang C staff calculator."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from goalplanner.core.model import ResourceCheck, StaffingInputs
from goalplanner.core.staffing import staffing_for
from goalplanner.ui.widgets import NumberField, text_field, with_message
from goalplanner.ui.wizard.base import WizardPage
from goalplanner.ui.wizard.draft import WizardDraft

# Calculator fields: (attribute of StaffingInputs, factor from what the user types to the stored value)
_CALCULATOR = (
    ("contacts", 1.0),
    ("interval_s", 60.0),  # typed in minutes
    ("aht_s", 1.0),
    ("service_level", 0.01),  # typed in %
    ("answer_within_s", 1.0),
    ("shrinkage", 0.01),
    ("max_occupancy", 0.01),
)


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
        layout = self.scrolling_body()
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
        answer.setObjectName(f"{name}_available")
        plan = text_field()
        plan.setPlaceholderText(self.tr("If no: how will you get it, and by when?"))
        self.answers[name], self.plans[name] = answer, plan
        form.addRow(self.tr("Available"), answer)
        plan_box, message = with_message(plan)
        form.addRow(self.tr("Plan"), plan_box)
        self.register(f"{name}_plan", plan, message)
        if name == "staff":
            self._staff_rows(form)
        elif name == "budget":
            self.budget_field = NumberField(minimum=0)
            self.budget_contacts_field = NumberField(minimum=0)
            self.budget_label = QLabel(wordWrap=True)
            self.budget_label.setMinimumHeight(2 * self.budget_label.fontMetrics().lineSpacing())
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
        box, message = with_message(self.headcount_field, lines=2)  # the queue's need, with numbers
        form.addRow(self.tr("Headcount"), box)
        self.register("headcount", self.headcount_field, message)
        self.calculator_check = QCheckBox(self.tr("Work out the agents a queue needs (Erlang C)"))
        self.calculator_check.setObjectName("use_staffing")
        form.addRow("", self.calculator_check)
        self.calculator = QWidget()
        grid = QGridLayout(self.calculator)
        grid.setContentsMargins(0, 0, 0, 0)
        labels = (
            self.tr("Contacts per interval"),
            self.tr("Interval (minutes)"),
            self.tr("Handle time (s)"),
            self.tr("Service level (%)"),
            self.tr("Answered within (s)"),
            self.tr("Shrinkage (%)"),
            self.tr("Occupancy cap (%)"),
        )
        self.calculator_fields: dict[str, NumberField] = {}
        for index, ((attribute, _factor), label) in enumerate(zip(_CALCULATOR, labels, strict=True)):
            field = NumberField(allow_empty=False, minimum=0)
            field.setObjectName(attribute)
            field.setMaximumWidth(90)
            self.calculator_fields[attribute] = field
            grid.addWidget(QLabel(label), index // 2, (index % 2) * 2)
            grid.addWidget(field, index // 2, (index % 2) * 2 + 1)
        self.staffing_label = QLabel(wordWrap=True)
        self.staffing_label.setMinimumHeight(3 * self.staffing_label.fontMetrics().lineSpacing())
        grid.addWidget(self.staffing_label, 4, 0, 1, 4)
        form.addRow("", self.calculator)

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
        for field in self.calculator_fields.values():
            field.value_changed.connect(lambda _v: self._calculator_changed())
            field.textEdited.connect(self.completeChanged)

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
        self.calculator.setEnabled(on)  # shown either way: ticking it moves nothing below
        if on and not self.loading:
            self._fill_calculator(StaffingInputs())
            self._calculator_changed()
        elif not on:
            self._set_resources(staffing=None)

    def _calculator_changed(self) -> None:
        values = {}
        for attribute, factor in _CALCULATOR:
            value = self.calculator_fields[attribute].value()
            if value is None:
                return
            values[attribute] = value * factor
        self._set_resources(staffing=StaffingInputs(**values))

    def _fill_calculator(self, inputs: StaffingInputs) -> None:
        for attribute, factor in _CALCULATOR:
            self.calculator_fields[attribute].set_value(round(getattr(inputs, attribute) / factor, 6))

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
        self.calculator.setEnabled(resources.staffing is not None)
        if resources.staffing is not None:
            self._fill_calculator(resources.staffing)

    # -- showing results -----------------------------------------------------------------------

    def show_findings(self, findings) -> None:
        super().show_findings(findings)
        goal = self.draft.goal
        for name in ("staff", "budget", "skills"):
            self.plans[name].setEnabled(self.answers[name].answer() is not True)
        self.staffing_label.setText(self._staffing_text())
        self.budget_label.setText(self._budget_text())
        self.budget_form.setRowVisible(self.budget_label, goal.kpi == "cpc")
        self.budget_form.setRowVisible(self.budget_contacts_row, goal.kpi == "cpc")

    def _staffing_text(self) -> str:
        for field in self.calculator_fields.values():
            if self.calculator_check.isChecked() and field.problem():
                return field.problem()
        inputs = self.draft.goal.resources.staffing
        if inputs is None:
            return ""
        try:
            need = staffing_for(inputs)
        except ValueError as error:
            return self.tr("Cannot work it out: {0}").format(
                QCoreApplication.translate("Staffing", str(error))
            )
        locale = QLocale()
        text = self.tr(
            "Needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). "
            "Service level {2}%, average wait {3} s, occupancy {4}%."
        ).format(
            need.agents,
            need.scheduled,
            locale.toString(100 * need.service_level, "f", 1),
            locale.toString(need.asa, "f", 1),
            locale.toString(100 * need.occupancy, "f", 1),
        )
        headcount = self.draft.goal.resources.headcount
        if headcount is not None:
            gap = need.scheduled - headcount
            text += " " + (
                self.tr("Headcount {0}: {1} short.").format(headcount, gap)
                if gap > 0
                else self.tr("Headcount {0} is enough.").format(headcount)
            )
        return text

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
        calculator_ok = not self.calculator_check.isChecked() or all(
            not field.problem() for field in self.calculator_fields.values()
        )
        return super().isComplete() and calculator_ok
