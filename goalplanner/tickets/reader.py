"""Reading a whole export into a goal's metric per period: the table, the mapping, the filters, the rows.

``read_export`` streams the file once (a million rows without holding them), turns each row into a
``Ticket`` or ``Call`` reading only the cells the goal's metric needs, and hands it to
``core.ticket_metrics.Tally``. A cell that cannot be read stops nothing at once: up to
``MAX_PROBLEMS`` are collected with their row and column, and the reading then fails as a whole
(``ExportProblemsError``), so nothing is ever recorded from a file with bad rows. Empty cells are skipped
and counted; rows that a filter leaves out are counted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from goalplanner.core.model import Goal, SubTarget
from goalplanner.core.ticket_metrics import CALLS, Call, PeriodValue, Tally, Ticket, source_of
from goalplanner.tickets.presets import HOUR, SECOND, Mapping, guess_mapping
from goalplanner.tickets.tables import Table, TableError, open_table
from goalplanner.tickets.values import (
    BadValueError,
    DateReader,
    parse_duration,
    parse_flag,
    parse_number,
    parse_rating,
)

MAX_PROBLEMS = 20
_PROGRESS_EVERY = 20_000

# The fields each metric reads (besides the date that places the row in a period).
_NEEDS = {
    "call_volume": (),
    "frt": ("first_reply",),
    "art": ("resolution",),
    "fcr": ("replies", "reopens"),
    "csat": ("rating",),
    "asa": ("wait", "abandoned"),
    "wait_time": ("wait", "abandoned"),
    "abandonment": ("abandoned",),
    "service_level": ("wait", "abandoned"),
    "aht": ("talk", "hold", "wrap", "abandoned"),
    "acw": ("wrap", "abandoned"),
}
_TICKET_DATE = {"call_volume": "created", "frt": "created"}  # the others: solved


@dataclass(frozen=True)
class RowProblem:
    """A cell that could not be read: its row (as the file counts lines), column header, text, kind."""

    row: int
    column: str
    text: str
    kind: str


class ExportProblemsError(ValueError):
    """The file has cells that cannot be read (``problems``, the first ``MAX_PROBLEMS``) or lacks a
    column the metric needs (``missing``: field names, or a filter's column header), or is the wrong
    kind of export for the metric (``wrong_kind``: the kind the file is): nothing is read from it."""

    def __init__(
        self,
        problems: Sequence[RowProblem] = (),
        missing: Sequence[str] = (),
        more: bool = False,
        wrong_kind: str | None = None,
    ) -> None:
        super().__init__(
            f"{len(problems)} unreadable cells; missing {list(missing)}; wrong kind {wrong_kind}"
        )
        self.problems, self.missing, self.more, self.wrong_kind = (
            list(problems),
            list(missing),
            more,
            wrong_kind,
        )


class ReadingCancelledError(Exception):
    """The user stopped the reading."""


@dataclass
class ExportReading:
    """What a file says about a goal's metric, per period, and how much of the file it rests on."""

    values: list[PeriodValue]
    rows: int = 0  # data rows read
    used: int = 0  # rows that gave the metric a value
    skipped: int = 0  # rows without what the metric needs (an empty cell, a ticket not solved)
    filtered_out: int = 0
    duplicates: int = 0
    day_first_assumed: bool = False
    mapping: Mapping | None = None
    headers: list[str] = field(default_factory=list)


def needed_fields(goal: Goal, kind: str) -> tuple[str, ...]:
    """The columns ``goal``'s metric needs from an export of ``kind``."""
    needs = _NEEDS.get(goal.kpi, ())
    if kind == CALLS:
        return ("start", *needs)
    return (
        (_TICKET_DATE.get(goal.kpi, "solved"), "id", *needs)
        if goal.kpi != "call_volume"
        else ("created", "id")
    )


def read_export(
    path: Path,
    goal: Goal,
    plan: Sequence[SubTarget] = (),
    mapping: Mapping | None = None,
    filters: Sequence[tuple[str, str]] = (),
    today: date | None = None,
    service_seconds: float | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReading:
    """``goal``'s metric per period from the export in ``path`` (see the module docstring).

    ``filters`` are (column header, value) pairs a row must all match (case and spaces aside);
    ``progress(rows_read, file_size)`` is called now and then; ``cancelled()`` True stops with
    ``ReadingCancelledError``. Raises ``TableError`` (not a table), ``ExportProblemsError`` (bad
    cells or columns) or ``ExportError`` (a hostile workbook), and never records anything itself.
    """
    with open_table(Path(path)) as table:
        mapping = mapping or guess_mapping(table.headers)
        kind = mapping.kind
        if kind not in source_of(goal.kpi):
            raise ExportProblemsError(wrong_kind=kind)
        needs = [name for name in needed_fields(goal, kind) if name != "id"]
        optional = {"reopens", "hold"} | (
            {"abandoned"} if goal.kpi not in ("abandonment", "service_level") else set()
        )
        missing = [name for name in needs if name not in mapping.columns and name not in optional]
        if missing:
            raise ExportProblemsError(missing=missing)
        where = {_norm(h): i for i, h in enumerate(table.headers)}
        tests = []
        for column, value in filters:
            if _norm(column) not in where:
                raise ExportProblemsError(missing=[column])
            tests.append((where[_norm(column)], _norm(value)))
        kwargs = {} if service_seconds is None else {"service_seconds": service_seconds}
        tally = Tally(goal, plan, today, scale=mapping.scale, **kwargs)
        reading = ExportReading([], mapping=mapping, headers=list(table.headers))
        _stream(table, goal, mapping, tests, tally, reading, progress, cancelled)
        reading.values = tally.results()
        reading.skipped, reading.duplicates = tally.skipped, tally.duplicates
        reading.used = sum(v.count for v in reading.values)
        return reading


def _norm(text: str) -> str:
    return " ".join(text.strip().lower().split())


def _stream(
    table: Table,
    goal: Goal,
    mapping: Mapping,
    tests: list[tuple[int, str]],
    tally: Tally,
    reading: ExportReading,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    rows = table.rows
    first: list[tuple[int, list[str]]] = []
    for item in rows:  # a sample to decide the date order before any row is read
        first.append(item)
        if len(first) >= 200:
            break
    dates = DateReader(mapping.day_first)
    date_column = mapping.columns.get(
        "start" if mapping.kind == CALLS else _TICKET_DATE.get(goal.kpi, "solved")
    )
    dates.learn(
        [cells[date_column] for _n, cells in first if date_column is not None and date_column < len(cells)]
    )
    reading.day_first_assumed = dates.assumed
    convert = _converter(goal, mapping, table.headers, dates, table.delimiter == ";")
    add = tally.add_call if mapping.kind == CALLS else tally.add_ticket
    problems: list[RowProblem] = []
    more = False

    def handle(number: int, cells: list[str]) -> None:
        nonlocal more
        reading.rows += 1
        for index, wanted in tests:
            if index >= len(cells) or _norm(cells[index]) != wanted:
                reading.filtered_out += 1
                return
        try:
            record = convert(cells)
        except _CellError as error:
            if len(problems) < MAX_PROBLEMS:
                problems.append(RowProblem(number, error.column, error.bad.text, error.bad.kind))
            else:
                more = True
            return
        if record is None:
            tally.skipped += 1
        elif not problems:
            add(record)

    for number, cells in first:
        handle(number, cells)
    try:
        for number, cells in rows:
            handle(number, cells)
            if reading.rows % _PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ReadingCancelledError
                if progress is not None:
                    progress(reading.rows, table.size)
    except TableError:
        raise
    if problems:
        raise ExportProblemsError(problems, more=more)


class _CellError(Exception):
    def __init__(self, column: str, bad: BadValueError) -> None:
        self.column, self.bad = column, bad


def _converter(goal: Goal, mapping: Mapping, headers: Sequence[str], dates: DateReader, decimal_comma: bool):
    """A function from a row's cells to a Ticket or Call (None when a cell the metric needs is empty)."""
    columns = mapping.columns

    def cell(cells: list[str], name: str) -> str:
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else ""

    def read(cells: list[str], name: str, parse: Callable[[str], object]) -> object:
        text = cell(cells, name)
        if not text:
            return None
        try:
            return parse(text)
        except BadValueError as bad:
            raise _CellError(headers[columns[name]], bad) from None

    def duration(name: str, default: float) -> Callable[[str], float | None]:
        unit = mapping.units.get(name, default)
        return lambda text: parse_duration(text, unit, decimal_comma)

    def count(text: str) -> int | None:
        value = parse_number(text, decimal_comma)
        if value is not None and (value < 0 or not value.is_integer()):
            raise BadValueError("whole number", text)
        return None if value is None else int(value)

    if mapping.kind == CALLS:
        wait, talk = duration("wait", SECOND), duration("talk", SECOND)
        hold, wrap = duration("hold", SECOND), duration("wrap", SECOND)
        needs = set(_NEEDS.get(goal.kpi, ()))

        def to_call(cells: list[str]) -> Call | None:
            start = read(cells, "start", dates)
            if start is None:
                return None
            abandoned = read(cells, "abandoned", parse_flag) if "abandoned" in needs else False
            return Call(
                start,
                wait_seconds=read(cells, "wait", wait) if "wait" in needs else None,
                talk_seconds=read(cells, "talk", talk) if "talk" in needs else None,
                hold_seconds=read(cells, "hold", hold) if "hold" in needs else None,
                wrap_seconds=read(cells, "wrap", wrap) if "wrap" in needs else None,
                abandoned=bool(abandoned),
            )

        return to_call

    kpi = goal.kpi
    first_reply, resolution = duration("first_reply", HOUR), duration("resolution", HOUR)
    when = _TICKET_DATE.get(kpi, "solved")
    scale = mapping.scale

    def to_ticket(cells: list[str]) -> Ticket | None:
        moment = read(cells, when, dates)
        if moment is None and kpi in _TICKET_DATE:
            return None
        ticket_id = cell(cells, "id").strip()
        if when == "created":
            reply = read(cells, "first_reply", first_reply) if kpi == "frt" else None
            return Ticket(ticket_id, moment, first_reply_hours=None if reply is None else reply / HOUR)
        if moment is None:  # not solved yet: resolution, one-touch and satisfaction wait for it
            return Ticket(ticket_id, None)
        if kpi == "art":
            spent = read(cells, "resolution", resolution)
            return Ticket(ticket_id, None, moment, resolution_hours=None if spent is None else spent / HOUR)
        if kpi == "fcr":
            return Ticket(ticket_id, None, moment, replies=read(cells, "replies", count),
                          reopens=read(cells, "reopens", count))  # fmt: skip
        return Ticket(ticket_id, None, moment, rating=read(cells, "rating", lambda t: parse_rating(t, scale)))

    return to_ticket
