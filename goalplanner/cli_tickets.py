"""``goalplanner import-tickets``: a goal's check-ins from a helpdesk's ticket export or a call log.

Kept apart from ``goalplanner.cli`` (which wires it in), as ``cli_close`` is, and using the same
refusals and exit codes from the ``cli`` module passed in. The file is read once, before the plan is
opened for writing; the preview is printed; without ``--dry-run`` every proposed check-in is
recorded in one transaction, or nothing when the goal's check-ins changed meanwhile.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any


def add_parser(commands: Any, db_option: argparse.ArgumentParser) -> None:
    """The ``import-tickets`` subcommand's options."""
    tickets = commands.add_parser(
        "import-tickets",
        parents=[db_option],
        help="turn a ticket export or call log (CSV/XLSX) into a goal's check-ins",
    )
    tickets.add_argument("export", type=Path, metavar="FILE", help="the export: .csv, .txt or .xlsx")
    tickets.add_argument(
        "--goal", type=int, required=True, metavar="ID", help="the goal (see goalplanner goals)"
    )
    tickets.add_argument(
        "--preset", choices=("zendesk", "freshdesk", "calls"), help="the export's layout (default: guessed)"
    )
    tickets.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="COLUMN=VALUE",
        help="only rows whose COLUMN holds VALUE (repeatable; e.g. Group=Billing)",
    )
    tickets.add_argument(
        "--service-seconds", type=float, metavar="T", help="the service level's threshold (default 20)"
    )
    tickets.add_argument("--dry-run", action="store_true", help="show what would be recorded; change nothing")
    tickets.add_argument(
        "--json", action="store_true", help="print each period's label, value and count as JSON"
    )


def run_import_tickets(args: argparse.Namespace, cli: ModuleType) -> int:
    """0 recorded (or previewed), 1 refused (bad cells, nothing recorded), 2 the file or goal
    cannot be used."""
    from goalplanner.core.ticket_checkins import propose
    from goalplanner.files import ExportError
    from goalplanner.store import Store, StoreError
    from goalplanner.tickets import ExportProblemsError, TableError, preset_mapping, read_export, sample
    from goalplanner.tickets.record import OutdatedError, record

    filters = []
    for text in args.filter:
        column, sep, value = text.partition("=")
        if not sep or not column.strip():
            print(f"goalplanner: --filter takes COLUMN=VALUE; got {text!r}", file=sys.stderr)
            return cli.EXIT_UNUSABLE
        filters.append((column.strip(), value.strip()))
    path = cli._existing(args.db)
    if path is None or (not args.dry_run and cli._held_by_window(path, "record the check-ins")):
        return cli.EXIT_UNUSABLE
    today = date.today()
    try:
        cli._refuse_damaged(path)
        with cli._warned(Store.open(path, create=False)) as store:
            try:
                goal = store.get_goal(args.goal)
            except KeyError:
                print(f"goalplanner: {path} has no goal {args.goal}", file=sys.stderr)
                return cli.EXIT_UNUSABLE
            plan = store.subtargets(goal.id)
            mapping = preset_mapping(args.preset, sample(args.export, 0)[0]) if args.preset else None
            reading = read_export(
                args.export, goal, plan, mapping, filters, today, service_seconds=args.service_seconds
            )
            proposals = propose(goal, reading.values, store.checkins(goal.id), today, plan)
            if args.json:
                print(json.dumps(_as_json(goal, reading, proposals), ensure_ascii=False, indent=2))
            else:
                _print_preview(goal, reading, proposals, cli)
            if args.dry_run:
                return cli.EXIT_OK
            added, changed = record(store, proposals, lambda p: _note(p, reading))
    except ExportProblemsError as error:
        print(f"goalplanner: {_problems_text(error)}; nothing was recorded", file=sys.stderr)
        return cli.EXIT_PROBLEMS
    except OutdatedError:
        print(
            "goalplanner: the goal's check-ins changed while the file was read; nothing was recorded",
            file=sys.stderr,
        )
        return cli.EXIT_PROBLEMS
    except (TableError, ExportError, OSError) as error:
        print(f"goalplanner: {args.export} cannot be read: {error}", file=sys.stderr)
        return cli.EXIT_UNUSABLE
    except (StoreError, ValueError) as error:
        print(f"goalplanner: {error}", file=sys.stderr)
        return cli.EXIT_UNUSABLE
    if not args.json:
        print(f"recorded {len(added)} new and {len(changed)} changed check-ins for goal {goal.id}")
    return cli.EXIT_OK


def _note(proposal: Any, reading: Any) -> str:
    source = proposal.source
    kind = "calls" if reading.mapping.kind == "calls" else "tickets"
    return f"From an export: {source.count} {kind}" + (" (period not over)" if source.unfinished else "")


def _print_preview(goal: Any, reading: Any, proposals: list, cli: ModuleType) -> None:
    from goalplanner.core.progress import LABELS

    unit_kind = "calls" if reading.mapping.kind == "calls" else "tickets"
    print(f"{reading.rows} rows read; {reading.used} {unit_kind} used", end="")
    extras = []
    if reading.filtered_out:
        extras.append(f"{reading.filtered_out} left out by the filter")
    if reading.skipped:
        extras.append(f"{reading.skipped} without the value needed")
    if reading.duplicates:
        extras.append(f"{reading.duplicates} duplicate ids counted once")
    print(f" ({'; '.join(extras)})" if extras else "")
    if reading.day_first_assumed:
        print("dates like 03/04/2025 were read month first (US); use ISO dates if that is wrong")
    for proposal in proposals:
        source = proposal.source
        words = [f"{source.period.start.isoformat()}", cli._value(proposal.checkin.actual, goal.unit)]
        words.append(f"from {source.count} {unit_kind}")
        if source.median is not None:
            words.append(f"median {cli._value(source.median, goal.unit)}")
        if proposal.status is not None and proposal.action != "refused":
            words.append(LABELS[proposal.status.code])
        words.append(_ACTIONS[proposal.action])
        if proposal.replaces is not None and proposal.action == "replace":
            words[-1] += f" of {cli._value(proposal.replaces.actual, goal.unit)}"
        if proposal.action == "refused":
            words.append(cli._impossible(goal, proposal.problem))
        if proposal.unusual is not None:
            words.append("far from what the goal has seen")
        if source.few:
            words.append("few to go on")
        if source.unfinished:
            words.append("period not over")
        print("  " + " · ".join(words))
    if not proposals:
        print("  no period of the export falls within the goal's time")


_ACTIONS = {
    "new": "new",
    "replace": "replaces the check-in",
    "same": "already recorded",
    "refused": "refused",
}


def _as_json(goal: Any, reading: Any, proposals: list) -> dict:
    return {
        "goal": goal.id,
        "rows": reading.rows,
        "used": reading.used,
        "skipped": reading.skipped,
        "filtered_out": reading.filtered_out,
        "duplicates": reading.duplicates,
        "periods": [
            {
                "label": p.source.period.label or p.source.period.start.isoformat(),
                "start": p.source.period.start.isoformat(),
                "end": p.source.period.end.isoformat(),
                "value": p.checkin.actual,
                "count": p.source.count,
                "median": p.source.median,
                "action": p.action,
                "status": None if p.status is None else p.status.code,
                "replaces": None if p.replaces is None else p.replaces.actual,
                "few": p.source.few,
                "unfinished": p.source.unfinished,
            }
            for p in proposals
        ],
    }


def _problems_text(error: Any) -> str:
    if error.wrong_kind is not None:
        kind = "call log" if error.wrong_kind == "calls" else "ticket export"
        return f"the file is a {kind}; this goal's metric does not come from one"
    if error.missing:
        return "the file has no column for " + ", ".join(name.replace("_", " ") for name in error.missing)
    cells = "; ".join(
        f"row {p.row}, column {p.column!r}: {p.text!r} is not a {p.kind}" for p in error.problems
    )
    return cells + ("; and more" if error.more else "")
