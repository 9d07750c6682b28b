"""The mapping step of the ticket and call import: the file's first rows, its layout, and which column
holds each field the goal's metric needs, with units, date order, rating scale, threshold and filter.

What is shown first: the mapping remembered for files with these headers, else the preset the headers
match, else a guess from their words. A mapping that read a file well is remembered (QSettings, keyed
by the headers), so next month's export of the same system needs no choices.
"""

from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from goalplanner.core.model import Goal
from goalplanner.core.ticket_metrics import CALLS, DEFAULT_SERVICE_SECONDS, TICKETS, source_of
from goalplanner.tickets import Mapping, detect_preset, guess_mapping, preset_mapping
from goalplanner.tickets.presets import DURATIONS, HOUR, MINUTE, SECOND, duration_unit
from goalplanner.tickets.reader import needed_fields
from goalplanner.ui.ticket_import_words import field_label
from goalplanner.ui.widgets import NumberField

LAYOUTS = ("zendesk", "freshdesk", "calls", "other")
_OPTIONAL = {"id", "reopens", "hold"}  # read when there, not needed
_SETTINGS_GROUP = "ticket_import/mappings"


def headers_key(headers: list[str]) -> str:
    """The settings key of files with ``headers``."""
    return hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]


class MappingStep(QWidget):
    """Shows the sample of a file and lets the user say which column is what; ``mapping()`` reads it."""

    def __init__(self, goal: Goal, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal, self.settings = goal, settings
        self.headers: list[str] = []
        self.kind = source_of(goal.kpi)[0] if source_of(goal.kpi) else TICKETS
        self.rows: list[list[str]] = []
        self.file_label = QLabel(wordWrap=True, objectName="ticket_file")
        self.sample_table = QTableWidget(objectName="ticket_sample")
        self.sample_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample_table.verticalHeader().hide()
        self.sample_table.setMinimumHeight(120)
        self.layout_combo = QComboBox(objectName="ticket_layout")
        for name, text in zip(
            LAYOUTS,
            (self.tr("Zendesk"), self.tr("Freshdesk"), self.tr("Call log"), self.tr("Other")),
            strict=True,
        ):
            self.layout_combo.addItem(text, name)
        self.layout_combo.activated.connect(lambda _i: self._layout_chosen())
        self.date_order = QComboBox(objectName="ticket_date_order")
        for text, value in (
            (self.tr("Automatic"), None),
            (self.tr("Day first (31/12/2025)"), True),
            (self.tr("Month first (12/31/2025)"), False),
        ):
            self.date_order.addItem(text, value)
        self.scale_combo = QComboBox(objectName="ticket_scale")
        self.scale_combo.addItem(self.tr("Good / Bad"), 2)
        self.scale_combo.addItem(self.tr("1 to 5 (4 and 5 count as satisfied)"), 5)
        self.service_field = NumberField(objectName="ticket_service_seconds", allow_empty=False, minimum=0)
        self.service_field.set_value(DEFAULT_SERVICE_SECONDS)
        self.filter_column = QComboBox(objectName="ticket_filter_column")
        self.filter_value = QComboBox(objectName="ticket_filter_value", editable=True)
        self.filter_value.setMinimumContentsLength(16)
        self.filter_column.activated.connect(lambda _i: self._filter_column_chosen())
        self.columns: dict[str, QComboBox] = {}
        self.units: dict[str, QComboBox] = {}

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Layout"), self.layout_combo)
        self.fields_form = QFormLayout()
        self.fields_form.setContentsMargins(0, 0, 0, 0)
        fields_box = QWidget()
        fields_box.setLayout(self.fields_form)
        self.form.addRow(self.tr("Columns"), fields_box)
        self.form.addRow(self.tr("&Date order"), self.date_order)
        self.form.addRow(self.tr("&Rating scale"), self.scale_combo)
        self.form.addRow(self.tr("Answered &within (seconds)"), self.service_field)
        filter_row = QWidget()
        filter_layout = QHBoxLayout(filter_row)
        filter_layout.setContentsMargins(0, 0, 0, 0)
        filter_layout.addWidget(self.filter_column, 1)
        filter_layout.addWidget(QLabel("="))
        filter_layout.addWidget(self.filter_value, 1)
        self.form.addRow(self.tr("Only &rows where"), filter_row)
        self.form.setRowVisible(self.scale_combo, goal.kpi == "csat")
        self.form.setRowVisible(self.service_field, goal.kpi == "service_level")
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.sample_table, 1)  # the rest of the room shows more of the file
        layout.addLayout(self.form)

    # -- showing a file ----------------------------------------------------------------------------

    def show_file(self, name: str, headers: list[str], rows: list[list[str]]) -> None:
        """Show ``headers`` and the first ``rows`` of the file called ``name``, with the best mapping."""
        self.headers, self.rows = list(headers), rows
        self.file_label.setText(self.tr("{0}: the first rows").format(name))
        table = self.sample_table
        table.clear()
        table.setColumnCount(len(headers))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(headers)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells[: len(headers)]):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        self.filter_column.clear()
        self.filter_column.addItem(self.tr("(all rows)"), -1)
        for index, header in enumerate(headers):
            self.filter_column.addItem(header, index)
        self._filter_column_chosen()
        remembered = self._remembered()
        if remembered is not None:
            mapping, layout = remembered
        else:
            preset = detect_preset(headers)
            mapping = preset_mapping(preset, headers) if preset else guess_mapping(headers)
            layout = preset or "other"
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(layout))
        self._show_mapping(mapping)

    def _layout_chosen(self) -> None:
        layout = self.layout_combo.currentData()
        mapping = guess_mapping(self.headers) if layout == "other" else preset_mapping(layout, self.headers)
        if layout == "other" and detect_preset(self.headers):
            mapping.preset = ""
        self._show_mapping(mapping)

    def _show_mapping(self, mapping: Mapping) -> None:
        kind = mapping.kind
        if kind not in source_of(self.goal.kpi) and self.layout_combo.currentData() == "other":
            kind = source_of(self.goal.kpi)[0]  # "Other" is whatever the goal's metric needs
        self.kind = kind
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.columns, self.units = {}, {}
        for name in needed_fields(self.goal, kind):
            combo = QComboBox(objectName=f"ticket_column_{name}")
            combo.addItem(self.tr("(none)"), -1)
            for index, header in enumerate(self.headers):
                combo.addItem(header, index)
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(name, -1))))
            self.columns[name] = combo
            row: QWidget = combo
            if name in DURATIONS:
                unit = QComboBox(objectName=f"ticket_unit_{name}")
                for text, seconds in ((self.tr("seconds"), SECOND), (self.tr("minutes"), MINUTE), (self.tr("hours"), HOUR)):  # fmt: skip  # noqa: E501
                    unit.addItem(text, seconds)
                default = SECOND if kind == CALLS else HOUR
                unit.setCurrentIndex(max(0, unit.findData(mapping.units.get(name, default))))
                combo.activated.connect(lambda _i, c=combo, u=unit, d=default: self._column_chosen(c, u, d))
                self.units[name] = unit
                row = QWidget()
                box = QHBoxLayout(row)
                box.setContentsMargins(0, 0, 0, 0)
                box.addWidget(combo, 3)
                box.addWidget(unit, 1)
            label = field_label(name)
            if name in _OPTIONAL:
                label = self.tr("{0} (optional)").format(label)
            self.fields_form.addRow(label, row)
        self.date_order.setCurrentIndex(self.date_order.findData(mapping.day_first))
        self.scale_combo.setCurrentIndex(self.scale_combo.findData(mapping.scale))

    def _column_chosen(self, combo: QComboBox, unit: QComboBox, default: float) -> None:
        index = combo.currentData()
        if index is not None and index >= 0:
            unit.setCurrentIndex(max(0, unit.findData(duration_unit(self.headers[index], default))))

    def _filter_column_chosen(self) -> None:
        index = self.filter_column.currentData()
        self.filter_value.clear()
        self.filter_value.setEnabled(index is not None and index >= 0)
        if index is not None and index >= 0:
            values = sorted({cells[index] for cells in self.rows if index < len(cells) and cells[index]})
            self.filter_value.addItems(values)

    # -- what the user chose -----------------------------------------------------------------------

    def mapping(self) -> Mapping:
        """The mapping as chosen."""
        columns = {
            name: combo.currentData() for name, combo in self.columns.items() if combo.currentData() >= 0
        }
        units = {name: unit.currentData() for name, unit in self.units.items()}
        layout = self.layout_combo.currentData()
        scale = self.scale_combo.currentData() if self.goal.kpi == "csat" else 2
        return Mapping(
            self.kind if self.kind in (TICKETS, CALLS) else TICKETS,
            columns,
            units,
            scale,
            self.date_order.currentData(),
            preset="" if layout == "other" else layout,
        )

    def filters(self) -> list[tuple[str, str]]:
        """The (column, value) a row must hold, or none."""
        index = self.filter_column.currentData()
        value = self.filter_value.currentText().strip()
        return [(self.headers[index], value)] if index is not None and index >= 0 and value else []

    def service_seconds(self) -> float | None:
        return self.service_field.value() if self.goal.kpi == "service_level" else None

    # -- remembering -------------------------------------------------------------------------------

    def remember(self) -> None:
        """Keep the mapping for files with these headers."""
        data = self.mapping().to_dict(self.headers) | {"layout": self.layout_combo.currentData()}
        self.settings.setValue(f"{_SETTINGS_GROUP}/{headers_key(self.headers)}", json.dumps(data))

    def _remembered(self) -> tuple[Mapping, str] | None:
        text = self.settings.value(f"{_SETTINGS_GROUP}/{headers_key(self.headers)}", "")
        try:
            data = json.loads(str(text)) if text else None
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        mapping = Mapping.from_dict(data, self.headers)
        layout = data.get("layout") if data.get("layout") in LAYOUTS else "other"
        return None if mapping is None else (mapping, layout)


__all__ = ["MappingStep", "headers_key"]
