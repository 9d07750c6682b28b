"""The words of the ticket and call import: field names, the reasons a file is refused, the note a new
check-in carries. One place, so the File menu's import and the wizard's baseline say the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from goalplanner.core.kpis import get_kpi
from goalplanner.core.model import Goal
from goalplanner.core.ticket_metrics import CALLS, TICKET_METRICS, source_of
from goalplanner.tickets import ExportProblemsError, TableError


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TicketImport", text, "", n)


def field_label(name: str) -> str:
    """A mapped field in the user's words."""
    labels = {
        "id": _t("Ticket id"),
        "created": _t("Created"),
        "solved": _t("Solved"),
        "first_reply": _t("First reply time"),
        "resolution": _t("Resolution time"),
        "replies": _t("Agent replies"),
        "reopens": _t("Reopens"),
        "rating": _t("Satisfaction rating"),
        "start": _t("Call start"),
        "wait": _t("Wait"),
        "talk": _t("Talk time"),
        "hold": _t("Hold time"),
        "wrap": _t("Wrap-up time"),
        "abandoned": _t("Abandoned"),
        "group": _t("Group"),
        "agent": _t("Agent"),
        "channel": _t("Channel"),
        "queue": _t("Queue"),
    }
    return labels.get(name, name)


def metric_name(goal: Goal) -> str:
    """The goal's metric as the catalogue names it, translated."""
    kpi = get_kpi(goal.kpi)
    return QCoreApplication.translate("Kpi", kpi.name) if kpi is not None else goal.kpi


def export_kinds_text() -> str:
    """Which metrics an export can give: the disabled action's tooltip."""
    from goalplanner.core.kpis import catalogue

    names = [
        QCoreApplication.translate("Kpi", kpi.name) for kpi in catalogue().values() if source_of(kpi.key)
    ]
    return _t("Select a goal whose metric an export can give: {0}.").format(", ".join(names))


def kind_text(kind: str) -> str:
    return _t("a call log") if kind == CALLS else _t("a ticket export")


def problems_text(error: ExportProblemsError, goal: Goal) -> str:
    """Why nothing was read from the file: the wrong kind of export, a missing column, or bad cells
    with their row and column."""
    if error.wrong_kind is not None:
        wanted = _t("a ticket export") if goal.kpi in TICKET_METRICS else _t("a call log")
        return _t("This file is {0}; {1} comes from {2}.").format(
            kind_text(error.wrong_kind), metric_name(goal), wanted
        )
    if error.missing:
        names = ", ".join(field_label(name) for name in error.missing)
        return _t("The file has no column for: {0}. Choose one in the mapping.").format(names)
    lines = [
        _t("Row {0}, column “{1}”: “{2}” is not a {3}.").format(p.row, p.column, p.text, cell_kind(p.kind))
        for p in error.problems
    ]
    if error.more:
        lines.append(_t("… and more."))
    return "\n".join(lines)


def cell_kind(kind: str) -> str:
    """What a cell should have held, in the user's words."""
    kinds = {
        "number": _t("number"),
        "duration": _t("duration"),
        "yes or no": _t("yes or no"),
        "rating from 1 to 5": _t("rating from 1 to 5"),
        "rating": _t("rating"),
        "date": _t("date"),
        "date with a four-digit year": _t("date with a four-digit year"),
        "whole number": _t("whole number"),
    }
    return kinds.get(kind, kind)


def table_error_text(error: TableError) -> str:
    """Why the file is not a table at all."""
    reasons = {
        "unreadable": _t("The file cannot be opened: {0}").format(error.detail),
        "empty": _t("The file is empty: it has no header row."),
        "encoding": _t("The file's characters cannot be read (line {0}).").format(error.line or 1),
        "csv": _t("The file is not a table (line {0}).").format(error.line or 1),
        "xlsx": _t("The workbook cannot be read: {0}").format(error.detail),
    }
    return reasons.get(error.reason, str(error))


def rests_on(count: int, kind: str) -> str:
    """ "412 tickets" or "97 calls"."""
    return _t("%n call(s)", count) if kind == CALLS else _t("%n ticket(s)", count)


def checkin_note(count: int, kind: str, unfinished: bool) -> str:
    """The note of a check-in made from an export: what it rests on."""
    note = _t("From an export: {0}").format(rests_on(count, kind))
    return note + (_t(" (period not over)") if unfinished else "")
