"""Ticket and call exports (Zendesk, Freshdesk, a phone system's call log, or any CSV/XLSX) read into a
goal's metric per check-in period. The maths is core.ticket_metrics'; this package reads files."""

from goalplanner.tickets.presets import PRESETS, Mapping, detect_preset, guess_mapping, preset_mapping
from goalplanner.tickets.reader import (
    ExportProblemsError,
    ExportReading,
    ReadingCancelledError,
    RowProblem,
    read_export,
)
from goalplanner.tickets.tables import TableError, open_table, sample

__all__ = [
    "PRESETS",
    "ExportProblemsError",
    "ExportReading",
    "Mapping",
    "ReadingCancelledError",
    "RowProblem",
    "TableError",
    "detect_preset",
    "guess_mapping",
    "open_table",
    "preset_mapping",
    "read_export",
    "sample",
]
