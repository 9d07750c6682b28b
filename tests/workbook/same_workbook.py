"""What a workbook holds, as openpyxl reads it back: for comparing two exports of the same plan.

``contents(path)`` lists, sheet by sheet, every cell's value, number format, font, fill, alignment,
border and protection, and the sheet's merged cells, drop-downs and other validations, conditional
formats, tables, charts, widths, heights, freeze panes, print setup, protection and visibility.
Two files that give the same contents show a person the same workbook.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.xml.functions import tostring


def _xml(part) -> str:
    """A style or setting as the file holds it (reprs of nested parts name their addresses)."""
    return "" if part is None else tostring(part.to_tree()).decode()


def _style(cell) -> tuple:
    return (
        cell.number_format,
        _xml(cell.font),
        _xml(cell.fill),
        _xml(cell.alignment),
        _xml(cell.border),
        _xml(cell.protection),
        cell.quotePrefix,
    )


def _sheet(sheet) -> dict:
    cells = {
        cell.coordinate: (cell.value, cell.data_type, *_style(cell))
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None or cell.has_style
    }
    return {
        "cells": cells,
        "merged": sorted(str(ref) for ref in sheet.merged_cells.ranges),
        "validations": sorted(
            (
                str(dv.sqref),
                dv.type,
                dv.operator,
                dv.formula1,
                dv.formula2,
                dv.prompt,
                dv.error,
                dv.allow_blank,
            )
            for dv in sheet.data_validations.dataValidation
        ),
        "conditional": sorted(
            (str(rng.sqref), rule.type, tuple(rule.formula or ()), _xml(rule.dxf), rule.priority)
            for rng in sheet.conditional_formatting
            for rule in rng.rules
        ),
        "tables": sorted(
            (t.displayName, t.ref, tuple(c.name for c in t.tableColumns), _xml(t.tableStyleInfo))
            for t in sheet.tables.values()
        ),
        "charts": [(type(c).__name__, _xml(c.anchor._from)) for c in sheet._charts],
        "widths": {k: d.width for k, d in sheet.column_dimensions.items() if d.width},
        "column_formats": {k: d.number_format for k, d in sheet.column_dimensions.items()},
        "heights": {k: d.height for k, d in sheet.row_dimensions.items() if d.height},
        "freeze": sheet.freeze_panes,
        "print": (
            _xml(sheet.page_setup),
            _xml(sheet.print_options),
            _xml(sheet.page_margins),
            _xml(sheet.HeaderFooter),
            sheet.print_title_rows,
            [b.id for b in sheet.row_breaks.brk],
            _xml(sheet.sheet_properties.pageSetUpPr),
        ),
        "protection": _xml(sheet.protection),
        "state": sheet.sheet_state,
    }


def contents(path: Path, skip: tuple[str, ...] = ()) -> dict:
    """Each sheet's contents by name (see the module's docstring); ``skip``: cells ("Sheet!B4") to
    leave out, such as the moment of export."""
    book = load_workbook(path)
    found = {}
    for sheet in book.worksheets:
        data = _sheet(sheet)
        for cell in skip:
            name, _, coordinate = cell.partition("!")
            if name == sheet.title:
                data["cells"].pop(coordinate, None)
        found[sheet.title] = data
    found["(names)"] = sorted(book.defined_names)
    return found
