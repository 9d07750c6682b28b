"""Measurable: one metric, where it is now, where it should get to, and how far beyond."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from goalplanner.core.kpis import catalogue, get_kpi, is_milestone
from goalplanner.core.model import DIRECTIONS
from goalplanner.core.templates import target_from_change
from goalplanner.ui.formatting import unit_label
from goalplanner.ui.ticket_import_baseline import BaselineFromExport
from goalplanner.ui.widgets import DateField, FieldMessage, NumberField, text_field, with_message
from goalplanner.ui.wizard.base import WizardPage
from goalplanner.ui.wizard.draft import WizardDraft


def direction_label(direction: str) -> str:
    """A KPI direction in the user's words."""
    return {
        "increase": QCoreApplication.translate("Direction", "Higher is better"),
        "decrease": QCoreApplication.translate("Direction", "Lower is better"),
        "range": QCoreApplication.translate("Direction", "Keep within a band"),
    }[direction]


class MeasurePage(WizardPage):
    """The metric, baseline, target and stretch target, with the size of the change shown as it is typed."""

    shows_fill_note = True  # where the filled values are

    def __init__(self, draft: WizardDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.setTitle(self.tr("How will you measure it?"))
        self.setSubTitle(
            self.tr(
                "One metric. Write down where you are now (the baseline) before the target, and ask "
                "where the number comes from. A stretch target is optional."
            )
        )
        self.kpi_combo = QComboBox()
        for kpi in catalogue().values():
            self.kpi_combo.addItem(QCoreApplication.translate("Kpi", kpi.name), kpi.key)
        self.kpi_combo.addItem(self.tr("Custom metric"), "custom")
        # Two lines kept for the metric's formula and benchmark, so choosing another metric moves nothing
        self.about_label = FieldMessage(lines=2)
        self.unit_edit = text_field()
        self.direction_combo = QComboBox()
        for direction in DIRECTIONS:
            self.direction_combo.addItem(direction_label(direction), direction)
        self.baseline_field = NumberField()
        self.baseline_date_edit = DateField()
        self.hint_label = QLabel(wordWrap=True)
        self.target_field = NumberField()
        self.stretch_field = NumberField()
        self.range_low_field = NumberField()
        self.range_high_field = NumberField()
        self.change_field = NumberField()
        self.change_mode = QComboBox(objectName="change_mode")
        self.change_mode.addItem(self.tr("% of today's value (relative)"), "relative")
        self.change_mode.addItem(self.tr("percentage points"), "points")
        self.change_label = QLabel(wordWrap=True)
        self._suggested: object = None  # the start choice whose template change is in the field
        self._target_follows = True  # the target comes from the change, so it follows the baseline
        self._stretch_follows = True  # the template's stretch target follows the baseline too

        form = self.make_form()
        self.form = form
        rows = (
            ("kpi", self.tr("&Metric"), self.kpi_combo),
            ("unit", self.tr("&Unit"), self.unit_edit),
            ("direction", self.tr("&Direction"), self.direction_combo),
            ("baseline", self.tr("Base&line (now)"), self.baseline_field),
            ("baseline_date", self.tr("Measured &on"), self.baseline_date_edit),
            ("target", self.tr("&Target"), self.target_field),
            ("stretch_target", self.tr("&Stretch target"), self.stretch_field),
            ("range_low", self.tr("Band &from"), self.range_low_field),
            ("range_high", self.tr("Band t&o"), self.range_high_field),
        )
        for name, label, widget in rows:
            # The target's findings are the long ones; the band's first row stands in its place.
            box, message = with_message(widget, lines=2 if name in ("target", "range_low") else 1)
            form.addRow(label, box)
            self.register(name, widget, message)
            # Wrapped explanations sit in the field's own column box, which sizes them properly,
            # between the field and its message.
            if name == "kpi":
                box.layout().insertWidget(1, self.about_label)
            if name == "baseline_date":
                box.layout().insertWidget(1, self.hint_label)
            if name == "baseline":  # "Compute from an export…" and what the baseline rests on
                self.from_export = BaselineFromExport(self, self.baseline_field, self.baseline_date_edit)
                box.layout().insertWidget(1, self.from_export)
        change_row = QWidget()
        change_layout = QHBoxLayout(change_row)
        change_layout.setContentsMargins(0, 0, 0, 0)
        change_layout.addWidget(self.change_field, 1)
        change_layout.addWidget(self.change_mode, 2)
        self.change_field.setObjectName("change_by")
        form.addRow(self.tr("C&hange by"), change_row)
        form.addRow("", self.change_label)

        self.kpi_combo.activated.connect(self._kpi_chosen)
        self.unit_edit.textEdited.connect(lambda text: self.update_goal(unit=text.strip()))
        self.direction_combo.activated.connect(
            lambda _i: self._set_direction(self.direction_combo.currentData())
        )
        self.baseline_field.value_changed.connect(self._baseline_typed)
        self.connect_date(self.baseline_date_edit, "baseline_date")
        self.target_field.value_changed.connect(self._target_typed)
        self.stretch_field.value_changed.connect(self._stretch_typed)
        self.range_low_field.value_changed.connect(lambda v: self.update_goal(range_low=v))
        self.range_high_field.value_changed.connect(lambda v: self.update_goal(range_high=v))
        self.change_field.value_changed.connect(self._change_typed)
        self.change_mode.activated.connect(lambda _i: self._apply_change(self.change_field.value()))

    # -- filling and reacting ------------------------------------------------------------------

    def load(self) -> None:
        goal = self.draft.goal
        index = self.kpi_combo.findData(goal.kpi)
        self.kpi_combo.setCurrentIndex(index if index >= 0 else self.kpi_combo.count() - 1)
        self.unit_edit.setText(goal.unit)
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(goal.direction))
        self.baseline_field.set_value(goal.baseline)
        self.baseline_date_edit.set_value(goal.baseline_date)  # the goal's own: what is shown is saved
        self.target_field.set_value(goal.target)
        self.stretch_field.set_value(goal.stretch_target)
        self.range_low_field.set_value(goal.range_low)
        self.range_high_field.set_value(goal.range_high)
        template = self.draft.template
        self.hint_label.setText(template.baseline_hint if template else "")
        self.hint_label.setVisible(template is not None)
        self._target_follows = self._target_follows or goal.target is None
        self._stretch_follows = self._stretch_follows or goal.stretch_target is None
        self._suggest_change()
        self._arrange()

    def _suggest_change(self) -> None:
        """Show the template's suggested change in its own kind ("by 3 points" is +3 points, not 3 %),
        once per template chosen: coming back to the page keeps what the user made of it."""
        template, choice = self.draft.template, self.draft.start_choice
        if template is None or choice == self._suggested or template.change_kind == "value":
            return
        self._suggested = choice
        self.change_mode.setCurrentIndex(self.change_mode.findData(template.change_kind))
        self.change_field.set_value(self._shown_suggestion())

    def _shown_suggestion(self) -> float | None:
        """The template's change as the field shows it: relative changes in %, points as they are."""
        template = self.draft.template
        if template is None or template.change_kind == "value":
            return None
        return round(template.change * 100, 6) if template.change_kind == "relative" else template.change

    def _kpi_chosen(self) -> None:
        kpi = get_kpi(self.kpi_combo.currentData())
        if kpi is None:
            self.update_goal(kpi="custom")
        else:
            changes = {"kpi": kpi.key, "unit": kpi.unit, "direction": kpi.direction}
            if kpi.direction == "range" and self.draft.goal.range_low is None:
                changes |= {"range_low": kpi.healthy_low, "range_high": kpi.healthy_high}
            if kpi.kind == "milestone":  # not done on the start day, done (1) by the deadline
                start = self.draft.goal.start
                changes |= {"baseline": 0.0, "baseline_date": start, "target": 1.0, "stretch_target": None}
            self.update_goal(**changes)
        self.initializePage()

    def _set_direction(self, direction: str) -> None:
        self.update_goal(direction=direction)
        self._arrange()

    def _baseline_typed(self, baseline: float | None) -> None:
        """A new baseline moves the target (and the template's stretch) while they come from the change."""
        self.update_goal(baseline=baseline)
        template = self.draft.template
        if baseline is None or self.loading:
            return
        changes: dict[str, float | None] = {}
        target = self._target_for(baseline)
        if self._target_follows and target is not None:
            changes["target"] = target
            self.target_field.set_value(target)
        if (
            template is not None
            and self._stretch_follows
            and template.stretch is not None
            and template.change_kind != "value"
        ):  # a stretch "down to 3 %" needs no baseline
            changes["stretch_target"] = template.targets(baseline)["stretch_target"]
            self.stretch_field.set_value(changes["stretch_target"])
        if changes:
            self.update_goal(**changes)

    def _target_typed(self, target: float | None) -> None:
        self._target_follows = target is None  # a target typed by hand stays put
        self.update_goal(target=target)

    def _stretch_typed(self, stretch: float | None) -> None:
        self._stretch_follows = stretch is None
        self.update_goal(stretch_target=stretch)

    def _change_typed(self, change: float | None) -> None:
        self._target_follows = True  # the target comes from the change again
        self._apply_change(change)

    def _target_for(self, baseline: float) -> float | None:
        """The target the change field gives from ``baseline``; the template's own (kept within the
        metric's bounds) while the field still holds its suggestion."""
        change, kind = self.change_field.value(), self.change_mode.currentData()
        if change is None:
            return None
        template = self.draft.template
        if template is not None and kind == template.change_kind and change == self._shown_suggestion():
            return template.targets(baseline)["target"]
        return target_from_change(baseline, change / 100 if kind == "relative" else change, kind)

    def _apply_change(self, change: float | None) -> None:
        baseline = self.draft.goal.baseline
        if change is None or baseline is None:
            return
        target = self._target_for(baseline)
        self.target_field.set_value(target)
        self.update_goal(target=target)

    def _arrange(self) -> None:
        goal = self.draft.goal
        kpi = get_kpi(goal.kpi)
        custom = kpi is None
        self.unit_edit.setEnabled(custom)
        self.direction_combo.setEnabled(custom)
        if kpi is not None:
            about = QCoreApplication.translate("Kpi", kpi.formula) + "\n"
            about += QCoreApplication.translate("Kpi", kpi.benchmark)
        else:
            about = self.tr("A metric of your own: give its unit and say whether higher or lower is better.")
        self.about_label.show_message(about, "")
        is_range = goal.direction == "range"
        milestone = is_milestone(goal.kpi)  # done or not: nothing to type but check-ins of 0 or 1
        for name in ("unit", "direction", "baseline", "baseline_date", "target", "stretch_target"):
            self._set_row_visible(name, not milestone and not (is_range and "target" in name))
        for name in ("range_low", "range_high"):
            self._set_row_visible(name, is_range)
        self.from_export.follow(goal, visible=not milestone)
        self.change_mode.setItemText(
            1,
            self.tr("percentage points")
            if goal.unit == "%"
            else self.tr("in {0}").format(unit_label(goal.unit) if goal.unit else self.tr("units")),
        )
        self.form.setRowVisible(self.change_field.parentWidget(), not is_range and not milestone)
        self.form.setRowVisible(self.change_label, not is_range and not milestone)

    def _set_row_visible(self, name: str, visible: bool) -> None:
        widget, _message = self._fields[name]
        self.form.setRowVisible(widget.parentWidget(), visible)

    def show_findings(self, findings) -> None:
        super().show_findings(findings)
        self.change_label.setText(self._change_text())

    def _change_text(self) -> str:
        goal = self.draft.goal
        if goal.baseline is None or goal.target is None or goal.direction == "range":
            return ""
        locale = QLocale()
        delta = goal.target - goal.baseline
        sign = "+" if delta > 0 else ""
        unit = unit_label("points") if goal.unit == "%" else unit_label(goal.unit)
        absolute = f"{sign}{locale.toString(delta, 'g', 6)} {unit}".rstrip()
        text = self.tr("Change: {0}").format(absolute)
        if goal.baseline != 0:
            text += self.tr(" ({0}{1}% relative)").format(
                sign, locale.toString(100 * delta / goal.baseline, "f", 1)
            )
        if goal.unit == "%" and self.change_field.value() is not None:
            change = self.change_field.value()
            relative = goal.baseline * (1 + change / 100)
            points = goal.baseline + change
            text += "\n" + self.tr(
                "“{0}%” can mean two things: {1}% relative takes {2}% to {3}%; {1} points takes it to {4}%."
            ).format(
                locale.toString(change, "g", 6),
                locale.toString(change, "g", 6),
                locale.toString(goal.baseline, "g", 6),
                locale.toString(relative, "f", 1),
                locale.toString(points, "f", 1),
            )
        return text
