"""The two counts of a survey or ratio metric's check-in ("Satisfied 74 of Responses 107"), each with a
label saying what to count and a tooltip with the metric's formula, so the narrow form stays readable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from goalplanner.core.kpis import Kpi
from goalplanner.ui.widgets import NumberField


class RatioCounts(QWidget):
    """The counted and the total of a ratio metric, labelled for the metric; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi: Kpi | None = None
        self.numerator_field = NumberField(minimum=0, objectName="checkin_numerator")
        self.denominator_field = NumberField(minimum=0, objectName="checkin_denominator")
        self.numerator_label = QLabel(objectName="checkin_numerator_label")
        self.denominator_label = QLabel(objectName="checkin_denominator_label")
        self.numerator_label.setBuddy(self.numerator_field)
        self.denominator_label.setBuddy(self.denominator_field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, field in (
            (self.numerator_label, self.numerator_field),
            (self.denominator_label, self.denominator_field),
        ):
            layout.addWidget(label)
            layout.addWidget(field, 1)
            field.value_changed.connect(lambda _value: self.changed.emit())
        self._retranslate()

    def show_kpi(self, kpi: Kpi | None) -> None:
        """Label the counts for ``kpi`` (a ratio metric) and say in the tooltips what to type."""
        self.kpi = kpi
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        counted, total = self._labels(self.kpi.key if self.kpi is not None else "")
        self.numerator_label.setText(counted)
        self.denominator_label.setText(total)
        formula = QCoreApplication.translate("Kpi", self.kpi.formula) if self.kpi and self.kpi.formula else ""
        counted_tip = self.tr(
            "{0}: how many were counted in the period. The actual is worked out from the two counts."
        )
        total_tip = self.tr("{0}: how many there were in all in the period, counted or not.")
        for field, tip, label in (
            (self.numerator_field, counted_tip, counted),
            (self.denominator_field, total_tip, total),
        ):
            whole = tip.format(label) + (f"\n{formula}" if formula else "")
            field.setToolTip(whole)
            field.setPlaceholderText("")
            field.setAccessibleName(label)

    def _labels(self, key: str) -> tuple[str, str]:
        """What is counted and out of what, for the metric ``key``, in the user's language."""
        labels = {
            "csat": (self.tr("Satisfied"), self.tr("Responses")),
            "fcr": (self.tr("Resolved first time"), self.tr("Contacts")),
            "service_level": (self.tr("Answered in time"), self.tr("Calls offered")),
            "abandonment": (self.tr("Abandoned"), self.tr("Contacts offered")),
            "transfer_rate": (self.tr("Transferred"), self.tr("Contacts handled")),
            "cross_sell": (self.tr("Sales closed"), self.tr("Tickets handled")),
            "cross_sell_opportunity": (self.tr("Sales closed"), self.tr("Offers made")),
        }
        return labels.get(key, (self.tr("Counted"), self.tr("Out of")))
