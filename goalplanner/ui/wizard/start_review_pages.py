"""The wizard's first and last pages: how to start, and the finished goal with every finding."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QScrollArea, QVBoxLayout, QWidget

from goalplanner.core.model import Goal
from goalplanner.core.smart import CRITERIA, has_errors, sentence
from goalplanner.core.templates import templates
from goalplanner.ui.formatting import ui_wording
from goalplanner.ui.widgets import SEVERITY_COLOUR
from goalplanner.ui.wizard.base import WizardPage, finding_text
from goalplanner.ui.wizard.draft import BLANK, COPY, TEMPLATE, WizardDraft


def criterion_label(criterion: str) -> str:
    """A SMART criterion's name in the user's language."""
    return {
        "specific": QCoreApplication.translate("Smart", "Specific"),
        "measurable": QCoreApplication.translate("Smart", "Measurable"),
        "achievable": QCoreApplication.translate("Smart", "Achievable"),
        "relevant": QCoreApplication.translate("Smart", "Relevant"),
        "time_bound": QCoreApplication.translate("Smart", "Time-bound"),
    }[criterion]


class StartPage(WizardPage):
    """Start from nothing, from a typical customer-service goal, or from a goal already in the plan."""

    def __init__(self, draft: WizardDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("Start a new goal"))
        self.setSubTitle(
            self.tr(
                "A template fills in the metric and a realistic change for a typical customer-service "
                "goal; you check every value on the next pages."
            )
        )
        self.blank_radio = QRadioButton(self.tr("&Blank goal"))
        self.template_radio = QRadioButton(self.tr("From a &template"))
        self.copy_radio = QRadioButton(self.tr("&Copy a goal in this plan (new dates)"))
        self.choice = QButtonGroup(self)
        for radio, key in (
            (self.blank_radio, BLANK),
            (self.template_radio, TEMPLATE),
            (self.copy_radio, COPY),
        ):
            radio.setObjectName(f"start_{key}")
            self.choice.addButton(radio)
        self.template_combo = QComboBox(objectName="template")
        for template in templates().values():
            self.template_combo.addItem(QCoreApplication.translate("Template", template.name), template.key)
        self.copy_combo = QComboBox(objectName="copy_from")
        self._copy_sources: dict[int, Goal] = {}  # the goals listed to copy, by id
        self.template_about = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.blank_radio)
        layout.addWidget(self.template_radio)
        layout.addWidget(self.template_combo)
        layout.addWidget(self.template_about)
        layout.addWidget(self.copy_radio)
        layout.addWidget(self.copy_combo)
        layout.addStretch()
        self.blank_radio.setChecked(True)
        self.choice.buttonClicked.connect(self._arrange)
        self.template_combo.currentIndexChanged.connect(self._arrange)
        self.template_combo.activated.connect(lambda _i: self.template_radio.setChecked(True))
        self.copy_combo.activated.connect(lambda _i: self.copy_radio.setChecked(True))

    def load(self) -> None:
        self.copy_combo.clear()
        self._copy_sources = {goal.id: goal for goal in self.draft.possible_parents()}
        for goal in self._copy_sources.values():
            self.copy_combo.addItem(goal.title, goal.id)
        self.copy_radio.setEnabled(self.copy_combo.count() > 0)
        self._arrange()

    def _arrange(self, *_args: object) -> None:
        self.template_combo.setEnabled(self.template_radio.isChecked())
        self.copy_combo.setEnabled(self.copy_radio.isChecked())
        template = templates().get(self.template_combo.currentData())
        self.template_about.setText(
            QCoreApplication.translate("Template", template.title) if template else ""
        )

    def validatePage(self) -> bool:
        if self.template_radio.isChecked():
            self.draft.start_from(TEMPLATE, self.template_combo.currentData())
        elif self.copy_radio.isChecked() and self.copy_combo.count():
            key = self.copy_combo.currentData()
            self.draft.start_from(COPY, key, self._copy_sources[key])
        else:
            self.draft.start_from(BLANK, None)
        return True


class ReviewPage(WizardPage):
    """The goal as one sentence and everything the checks found; errors keep Save disabled."""

    def __init__(self, draft: WizardDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("Review and save"))
        self.setSubTitle(
            self.tr(
                "Read the goal aloud: would the owner know what to do on Monday? Fix what is marked "
                "as an error; warnings are worth a second look."
            )
        )
        self.sentence_label = QLabel(wordWrap=True, objectName="smart_sentence")
        font = self.sentence_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.sentence_label.setFont(font)
        self.findings_label = QLabel(wordWrap=True, objectName="findings")
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings_label.setTextFormat(self.findings_label.textFormat().RichText)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.findings_label)
        scroll.setFrameShape(scroll.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence_label)
        layout.addWidget(scroll, 1)

    def show_findings(self, findings) -> None:
        goal = self.draft.goal
        self.sentence_label.setText(sentence(goal, ui_wording()))
        if not findings:
            self.findings_label.setText(self.tr("Every SMART check passes."))
        else:
            labels = {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Suggestion")}
            rows = []
            for criterion in CRITERIA:
                for finding in (f for f in findings if f.criterion == criterion):
                    colour, label = SEVERITY_COLOUR[finding.severity], labels[finding.severity]
                    kind = escape(criterion_label(criterion))
                    heading = f"<b style='color:{colour}'>{escape(label)}</b> · {kind}"
                    rows.append(f"<li>{heading}: {escape(finding_text(finding))}</li>")
            self.findings_label.setText("<ul style='margin-left:-20px'>" + "".join(rows) + "</ul>")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not has_errors(self.draft.findings)
