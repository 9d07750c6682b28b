"""The ``goalplanner`` command: the window by default, subcommands for work without one.

Subcommands never import Qt, so ``check`` and ``demo`` run on a server or in CI.
Messages go to stderr and exit codes say what happened; a user never sees a traceback
for a problem with their file.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from goalplanner import __version__, cli_close, cli_split, cli_tickets

if TYPE_CHECKING:
    from goalplanner.core.model import Goal
    from goalplanner.core.progress import Evaluation, RollUp
    from goalplanner.core.rollup import Guarded
    from goalplanner.store import Store

EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The command line: ``goalplanner [--db PATH] [check|demo]``."""
    # --db before or after the command: a command's own --db must not reset one given before it to
    # the default (argparse's sub-parser defaults win), which sent `--db X demo` to the user's own plan.
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the plan file (default: your plan)",
    )
    parser = argparse.ArgumentParser(
        prog="goalplanner",
        parents=[db_option],
        description="Plan and track SMART goals for customer-service teams. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"goalplanner {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window on the plan, draw a chart, close and exit 0 (checks an installed bundle)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "check",
        parents=[db_option],
        help="check a plan file: integrity, format version, counts, every goal's fields",
    )
    commands.add_parser("demo", parents=[db_option], help="write the sample plan to a new file")
    commands.add_parser(
        "goals", parents=[db_option], help="list the goals: id, own status, roll-up status, title"
    )
    status = commands.add_parser(
        "status",
        parents=[db_option],
        help="each goal's status, roll-up, achievement, forecast, next check-in and state",
    )
    status.add_argument("--goal", type=int, metavar="ID", help="only this goal (see goalplanner goals)")
    status.add_argument(
        "--json", action="store_true", help="a JSON list, with every check-in judged (see the README)"
    )
    checkin = commands.add_parser(
        "checkin", parents=[db_option], help="record one check-in, checked as the window checks it"
    )
    checkin.add_argument(
        "--goal", type=int, required=True, metavar="ID", help="the goal (see goalplanner goals)"
    )
    checkin.add_argument(
        "--on", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="the day it measures"
    )
    checkin.add_argument(
        "--actual", type=float, required=True, metavar="V", help="the value, in the goal's unit"
    )
    checkin.add_argument("--note", default="", metavar="T", help="a note kept with the check-in")
    checkin.add_argument(
        "--force",
        action="store_true",
        help="record a value far outside what the goal has seen; replace a check-in on the same date",
    )
    checkin.add_argument(
        "--keep-both", action="store_true", help="with --force: keep the check-in already on that date too"
    )
    chart = commands.add_parser(
        "chart",
        parents=[db_option],
        help="save a chart as PNG or SVG: one goal (--goal), its sub-goals (--children) or all (--portfolio)",
    )
    which = chart.add_mutually_exclusive_group(required=True)
    which.add_argument("--goal", type=int, metavar="ID", help="the goal to chart (see goalplanner goals)")
    which.add_argument("--portfolio", action="store_true", help="every active goal's progress, worst first")
    chart.add_argument("--children", action="store_true", help="with --goal: its sub-goals side by side")
    chart.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.png or FILE.svg"
    )
    report = commands.add_parser(
        "report", parents=[db_option], help="a goal's one-page sheet (--goal) or the meeting pack as PDF"
    )
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.pdf")
    report.add_argument("--goal", type=int, metavar="ID", help="only this goal's sheet (default: the pack)")
    report.add_argument("--language", metavar="LANG", help="e.g. en, ko, zh_CN (default: as in Settings)")
    export = commands.add_parser(
        "export", parents=[db_option], help="write the plan as an Excel workbook to share and fill in"
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.xlsx")
    export.add_argument("--goal", type=int, action="append", metavar="ID", help="only this goal (repeatable)")
    calendar = commands.add_parser(
        "calendar", parents=[db_option], help="write every active goal's check-in dates as an iCalendar file"
    )
    calendar.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.ics")
    actuals = commands.add_parser(
        "import-actuals", parents=[db_option], help="record the actuals typed into an exported workbook"
    )
    actuals.add_argument("workbook", type=Path, metavar="FILE.xlsx")
    actuals.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    cli_close.add_parser(commands, db_option)
    cli_tickets.add_parser(commands, db_option)
    cli_split.add_parser(commands, db_option)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    if not hasattr(args, "db"):  # given neither before nor after the command: the user's own plan
        args.db = None
    # What the store and paths log (a backup that failed, an unsafe folder) is said once on stderr
    # in the command's own words, not again by logging's last-resort handler.
    quiet = logging.getLogger("goalplanner")
    if not any(isinstance(handler, logging.NullHandler) for handler in quiet.handlers):
        quiet.addHandler(logging.NullHandler())
    if args.command == "check":
        return run_check(args.db)
    if args.command == "demo":
        return run_demo(args.db)
    if args.command == "report":
        return run_report(args.db, args.output, args.goal, args.language)
    if args.command == "export":
        return run_export(args.db, args.output, args.goal)
    if args.command == "calendar":
        return run_calendar(args.db, args.output)
    if args.command == "import-actuals":
        return run_import_actuals(args.db, args.workbook, args.dry_run)
    if args.command == "close":
        return cli_close.run_close(args, sys.modules[__name__])
    if args.command == "import-tickets":
        return cli_tickets.run_import_tickets(args, sys.modules[__name__])
    if args.command == "split":
        return cli_split.run_split(args, sys.modules[__name__])
    if args.command == "goals":
        return run_goals(args.db)
    if args.command == "status":
        return run_status(args.db, args.goal, as_json=args.json)
    if args.command == "checkin":
        if args.keep_both and not args.force:
            print("goalplanner: --keep-both needs --force", file=sys.stderr)
            return EXIT_UNUSABLE
        return run_checkin(
            args.db, args.goal, args.on, args.actual, args.note, force=args.force, keep_both=args.keep_both
        )
    if args.command == "chart":
        if args.children and args.goal is None:
            print("goalplanner: --children needs --goal ID", file=sys.stderr)
            return EXIT_UNUSABLE
        return run_chart(args.db, args.goal, args.children, args.output)
    from goalplanner.app import run_app  # Qt is loaded only for the window

    return run_app(db_path=args.db, smoke_test=args.smoke_test)


def _resolve(db: Path | None) -> Path:
    from goalplanner import paths

    return db if db is not None else paths.default_plan_path()


def _existing(db: Path | None) -> Path | None:
    """The plan file to work on, or None (said on stderr) when there is no such file."""
    path = _resolve(db)
    if not path.exists():
        print(f"goalplanner: {path} does not exist", file=sys.stderr)
        return None
    return path


def _held_by_window(path: Path, doing: str) -> bool:
    """True (said on stderr) when a goalplanner window has the plan open: the window is the plan's only
    writer while it is open, so a command that writes refuses (exit 2) and the window comes to the front.

    The window's local socket is asked (``PlanGuard.held_elsewhere``): Qt is loaded for that only; where
    it is not installed no window can have the plan open either.
    """
    try:
        from goalplanner.ui.plan_guard import PlanGuard
    except ImportError:
        return False
    if not PlanGuard.held_elsewhere(path):
        return False
    print(
        f"goalplanner: {path} is open in a goalplanner window; {doing} there, "
        "or close the window and try again. Nothing was changed.",
        file=sys.stderr,
    )
    return True


def run_check(db: Path | None) -> int:
    """``goalplanner check``: print a report; 0 sound, 1 problems found, 2 unusable."""
    from goalplanner.store import StoreError
    from goalplanner.store.check import check_file

    path = _resolve(db)
    try:
        report = check_file(path)
    except FileNotFoundError:
        print(f"goalplanner: {path} does not exist", file=sys.stderr)
        return EXIT_UNUSABLE
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"file: {report.path}")
    print(f"format version: {report.schema_version} (this goalplanner writes {report.app_schema_version})")
    if report.integrity == ["ok"]:
        print("integrity: ok")
    else:
        print("integrity: problems found")
        for finding in "\n".join(report.integrity).splitlines():
            print(f"  {finding}")
    print(f"broken links between goals, plans and check-ins: {report.foreign_key_problems}")
    if report.read_only:
        print("read-only: the file or its folder cannot be written; goalplanner opens a copy of it instead")
    for table, label in (("goals", "goals"), ("subtargets", "sub-targets"), ("checkins", "check-ins")):
        print(f"{label}: {report.counts.get(table, 0)}")
    if report.problems:
        print(f"problems: {len(report.problems)}")
        for problem in report.problems:
            print(f"  {problem.english()}")
    else:
        print("problems: none")
    if not report.ok:
        print("goalplanner: problems found; restore the plan from a backup", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _refuse_damaged(path: Path) -> None:
    """Raise ``DamagedPlanError`` (a ``StoreError``: exit 2) when the plan holds anything goalplanner
    could not have written (``goalplanner check`` lists it all), read before anything opens it to write."""
    from goalplanner.store.validate import refuse_damaged

    refuse_damaged(path)


def run_demo(db: Path | None) -> int:
    """``goalplanner demo``: write the sample plan to a new file (never over an existing plan).

    A file at the path that holds no plan (0 bytes, or left half-made by a crash) is replaced, and a
    plan that holds nothing yet (no goals, check-ins or drafts) is filled; the new file appears
    complete or not at all.
    """
    from goalplanner.store import Store, StoreError
    from goalplanner.store.demo import write_sample_plan
    from goalplanner.store.store import is_unfinished

    path = _resolve(db).expanduser().absolute()
    unfinished = is_unfinished(path)
    refused = f"goalplanner: {path} already exists; choose a new file for the sample plan"
    if path.exists() and _held_by_window(path, "choose a new file for the sample plan"):
        return EXIT_UNUSABLE
    try:
        if path.exists() and not unfinished:
            if not _holds_nothing(path):
                print(refused, file=sys.stderr)
                return EXIT_UNUSABLE
            with _warned(Store.open(path, create=False)) as store:
                count = write_sample_plan(store, date.today())
        else:
            count = Store.create(
                path, lambda store: write_sample_plan(store, date.today()), replace_unfinished=True
            )
    except FileExistsError:
        print(refused, file=sys.stderr)
        return EXIT_UNUSABLE
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    _warn_about_folders()
    instead = " (in place of an unfinished file that held no plan)" if unfinished else ""
    print(f"wrote the sample plan ({_count(count, 'goal')} with check-ins) to {path}{instead}")
    return EXIT_OK


def _holds_nothing(path: Path) -> bool:
    """True for a plan in this version's format with no goals, check-ins or drafts in it."""
    from goalplanner.store import Store, StoreError

    try:
        with Store.open_reader(path) as plan:
            counts = plan.counts()
    except (StoreError, FileNotFoundError):
        return False
    return not any(counts[table] for table in ("goals", "subtargets", "checkins", "wizard_drafts"))


def _warned(store: Store) -> Store:
    """``store``, having said on stderr why its backup on opening failed, if it did (work goes on)."""
    if store.backup_problem is not None:
        from goalplanner import paths

        print(
            f"goalplanner: warning: {store.backup_problem} The plan is fine and changes are saved; "
            f"to keep backups, make {store.backup_dir.parent} a folder you can write to, on a disk with "
            f"space free, or set {paths.BACKUP_DIR_VARIABLE} to another folder.",
            file=sys.stderr,
        )
    _warn_about_folders()
    return store


def _warn_about_folders() -> None:
    from goalplanner import paths

    while paths.folder_warnings:
        print(f"goalplanner: warning: {paths.folder_warnings.pop(0)}", file=sys.stderr)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD") from None


# -- progress as core judges it: goals, status, checkin render core.progress and compute nothing --------

# Core calls a goal without check-ins "no_data"; the command line's JSON says "no_checkin".
JSON_STATUS = {"no_data": "no_checkin"}


def _status_code(code: str) -> str:
    return JSON_STATUS.get(code, code)


def _number(value: float) -> str:
    """English, grouped, at most two decimals: 99,999 / 27.8 / 0.25."""
    rounded = round(value, 2)
    if rounded.is_integer() and abs(rounded) < 1e15:
        return f"{int(rounded):,}"
    return f"{rounded:,.2f}".rstrip("0").rstrip(".")


def _count(count: int, noun: str) -> str:
    """A count with its noun, as English writes it: "1 goal", "7 goals", "1,200 actuals"."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _value(value: float, unit: str) -> str:
    """A metric value with its unit, as the window writes it: 85%, 240 s, 40 points, 4.5 (currency)."""
    number = _number(value)
    if unit == "%":
        return f"{number}%"
    if unit in ("", "currency"):
        return number
    return f"{number} {unit}"


def _amount(goal: Goal, value: float) -> str:
    """A value of ``goal``'s metric at the precision every surface shows it with (core.kpis.decimals_for):
    "229 s", "68.1%", "7,124 contacts" -- as the window's plan table and the workbook's number format."""
    from goalplanner.core.i18n import fixed_number
    from goalplanner.core.kpis import decimals_for

    number = fixed_number(value, decimals_for(goal.kpi, goal.unit))
    if goal.unit == "%":
        return f"{number}%"
    if goal.unit in ("", "currency"):
        return number
    return f"{number} {goal.unit}"


def _target(goal: Goal) -> str:
    """The goal's target as the goal list shows it: a band goal's band, else its target value."""
    if goal.direction == "range" and goal.range_low is not None and goal.range_high is not None:
        return f"{_amount(goal, goal.range_low)} – {_amount(goal, goal.range_high)}"
    return _amount(goal, goal.target) if goal.target is not None else "-"


def _duration(value: float, unit: str) -> str:
    """Seconds said again in minutes or hours ("99,999 s is 27.8 hours"); "" for other units."""
    if unit != "s" or abs(value) < 60:
        return ""
    if abs(value) >= 3600:
        return f"{_value(value, unit)} is {value / 3600:,.1f} hours"
    return f"{_value(value, unit)} is {value / 60:,.1f} minutes"


def _judge_plan(
    store: Store, today: date
) -> tuple[list[tuple[Goal, int]], dict[int, Evaluation], dict[int, RollUp]]:
    """Every goal in tree order with its depth, its evaluation on its latest check-in and its roll-up,
    as the window's plan session judges them (core.progress.evaluate and core.rollup.roll_up_plan)."""
    from goalplanner.core.hierarchy import walk
    from goalplanner.core.progress import evaluate
    from goalplanner.core.rollup import roll_up_plan

    inputs = store.progress_inputs()
    evaluations = {
        goal.id: evaluate(goal, plan, [latest] if latest else [], today) for goal, latest, plan in inputs
    }
    placed = [(goal, depth) for goal, depth, _parent in walk(goal for goal, _latest, _plan in inputs)]
    return placed, evaluations, roll_up_plan(evaluations)


def _rollup_text(goal_id: int, rollup: RollUp, goals: dict[int, Goal]) -> str:
    """The roll-up as the window's tooltip says it: "At risk (weighted mean 87% · driven by: …)"; the
    rule alone is not repeated for a goal that sets its own worst-wins roll-up."""
    from goalplanner.core.progress import LABELS
    from goalplanner.core.rollup import WEIGHTED, rollup_reason

    label = LABELS[rollup.code]
    if rollup.rule == WEIGHTED or rollup.driver not in (None, goal_id):
        return f"{label} ({rollup_reason(goal_id, rollup, goals)})"
    return label


def _goal_ids(store: Store) -> set[int]:
    """Every goal of the plan: the department goals team plans may be linked under."""
    return {goal.id for goal in store.list_goals() if goal.id is not None}


def _table(header: list[str], rows: list[list[str]]) -> None:
    """Columns as wide as their widest cell, the first right-aligned (ids), the last (the goal) free."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [row[0].rjust(max(widths[0], 6))]
        cells += [cell.ljust(width) for cell, width in zip(row[1:-1], widths[1:], strict=True)]
        print("  ".join([*cells, row[-1]]))


def run_goals(db: Path | None) -> int:
    """``goalplanner goals``: one line per goal, sub-goals indented under their parent, with its own
    status (beside its guardrail's) and its roll-up with its sub-goals (and its reason), as ``status``."""
    from goalplanner.cli_team import TeamPlans
    from goalplanner.core.rollup import guarded_label
    from goalplanner.store import Store, StoreError

    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    try:
        _refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with _warned(Store.open(path, create=False, daily_backup=False)) as store:
            placed, evaluations, _rollups = _judge_plan(store, date.today())
            teams = TeamPlans(store, evaluations, date.today())  # linked team plans count, as in the window
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    rows = [
        [
            str(goal.id),
            guarded_label(teams.guarded[goal.id]),
            teams.rollup_text(goal.id),
            f"{'  ' * depth}{goal.title}",
        ]
        for goal, depth in placed
    ]
    _table(["id", "status", "with sub-goals", "goal"], rows)
    return EXIT_OK


def run_status(db: Path | None, goal_id: int | None, *, as_json: bool) -> int:
    """``goalplanner status``: per goal what core.progress.evaluate says, as a table or JSON; the
    table shows the team plans linked under a goal (see ``cli_team``)."""
    from goalplanner.cli_team import TeamPlans
    from goalplanner.core.progress import evaluate
    from goalplanner.store import Store, StoreError

    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    today = date.today()
    try:
        _refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with _warned(Store.open(path, create=False, daily_backup=False)) as store:
            placed, latest_only, _rollups = _judge_plan(store, today)
            if goal_id is not None:
                placed = [(goal, depth) for goal, depth in placed if goal.id == goal_id]
                if not placed:
                    print(f"goalplanner: {path} has no goal {goal_id}", file=sys.stderr)
                    return EXIT_UNUSABLE
            full = {  # every check-in judged, for the JSON's history
                goal.id: evaluate(goal, store.subtargets(goal.id), store.actuals(goal.id), today)
                for goal, _depth in placed
            }
            extras = cli_split.status_extras(store, [goal for goal, _depth in placed]) if as_json else {}
            reported = cli_split.reported_by(store, [goal for goal, _depth in placed])  # "3 of 4 agents"
            teams = TeamPlans(store, latest_only, today)  # linked team plans count in the roll-ups
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    if as_json:
        entries = [
            _status_json(full[goal.id], teams.rollups[goal.id], teams.guarded[goal.id], teams.goals, depth)
            | extras[goal.id]
            for goal, depth in placed
        ]
        print(json.dumps(entries, indent=2, ensure_ascii=False))
        return EXIT_OK

    def row_of(evaluation: Evaluation, rollup: RollUp, depth: int) -> list[str]:
        return _status_row(evaluation, rollup, teams.guarded[evaluation.goal.id], teams.goals, depth)

    rows = []
    for goal, depth in placed:
        rows.append(row_of(full[goal.id], teams.rollups[goal.id], depth))
        rows[-1][2] = teams.rollup_text(goal.id)  # a team goal driving it is named by its plan
        if goal.id in reported and rows[-1][4] != "-":  # its latest actual: who of its agents made it
            rows[-1][4] += f" ({reported[goal.id]})"
        rows += teams.rows_under(goal.id, depth, 10, row_of)
    header = ["id", "status", "with sub-goals", "achievement", "latest", "target", "forecast"]
    _table([*header, "next check-in", "state", "goal"], rows)
    return EXIT_OK


def _status_row(
    evaluation: Evaluation, rollup: RollUp, guarded: Guarded, goals: dict[int, Goal], depth: int
) -> list[str]:
    from goalplanner.core.i18n import ENGLISH, Share
    from goalplanner.core.rollup import guarded_label

    goal, status, forecast = evaluation.goal, evaluation.status, evaluation.forecast
    achieved = ENGLISH.render(Share(status.achievement)) if status.achievement is not None else "-"
    latest = _amount(goal, evaluation.latest.checkin.actual) if evaluation.latest is not None else "-"
    if forecast is None:
        ahead = "-"
    elif forecast.in_band is None:
        ahead = _amount(goal, forecast.value)
    else:
        ahead = f"{_amount(goal, forecast.value)} ({'in' if forecast.in_band else 'outside'} the band)"
    if evaluation.ready_to_close:
        due = "ready to close"
    else:
        due = evaluation.next_due.isoformat() if evaluation.next_due else "-"
    return [
        str(goal.id),
        guarded_label(guarded),
        _rollup_text(goal.id, rollup, goals),
        achieved,
        latest,
        _target(goal),
        ahead,
        due,
        cli_close.outcome_text(goal, _amount),
        f"{'  ' * depth}{goal.title}",
    ]


def _status_json(
    evaluation: Evaluation, rollup: RollUp, guarded: Guarded, goals: dict[int, Goal], depth: int
) -> dict[str, Any]:
    """One goal's entry of ``status --json``; the field names are documented in the README."""
    from goalplanner.core.rollup import guarded_label, rollup_reason

    goal, forecast = evaluation.goal, evaluation.forecast
    guardrail = None
    if goal.guardrail_id is not None:
        code = guarded.guardrail_code
        guardrail = {"id": goal.guardrail_id, "code": _status_code(code) if code is not None else None}
    return {
        "id": goal.id,
        "title": goal.title,
        "parent_id": goal.parent_id,
        "depth": depth,
        "state": goal.state,
        "final_value": goal.final_value,
        "lessons": goal.lessons,
        "signed_off_by": goal.signed_off_by,
        "signed_off_on": goal.signed_off_on.isoformat() if goal.signed_off_on else None,
        "kpi": goal.kpi,
        "unit": goal.unit,
        "direction": goal.direction,
        "status": _status_code(evaluation.status.code),
        "achievement": evaluation.status.achievement,
        "since": evaluation.since.isoformat() if evaluation.since else None,
        "status_shown": _status_code(guarded.shown_code),
        "status_text": guarded_label(guarded),
        "guardrail": guardrail,
        "rollup": {
            "rule": rollup.rule,
            "code": _status_code(rollup.code),
            "driver": rollup.driver,
            "share": rollup.share,
            "reason": rollup_reason(goal.id, rollup, goals),
        },
        "rollup_driver": rollup.driver,
        "forecast": forecast.value if forecast else None,
        "forecast_in_band": forecast.in_band if forecast else None,
        "next_checkin": evaluation.next_due.isoformat() if evaluation.next_due else None,
        "ready_to_close": evaluation.ready_to_close,
        "due_now": evaluation.due_now,
        "checkins": [
            {
                "id": judged.checkin.id,
                "date": judged.checkin.on.isoformat(),
                "actual": judged.checkin.actual,
                "planned": judged.planned,
                "baseline": judged.baseline,
                "achievement": judged.status.achievement,
                "status": _status_code(judged.status.code),
                "note": judged.checkin.note,
                "confidence": judged.checkin.confidence,
                "next_step": judged.checkin.next_step,
            }
            for judged in evaluation.judged
        ],
    }


def run_checkin(
    db: Path | None, goal_id: int, on: date, actual: float, note: str, *, force: bool, keep_both: bool
) -> int:
    """``goalplanner checkin``: 0 recorded, 1 refused (nothing written), 2 the file or goal cannot be used.

    The rules are the window's (core.checkins): an impossible value or a future date is always refused;
    a value far outside what the goal has seen, or a second check-in on the same date, only without
    ``--force``. With ``--force`` a same-date check-in replaces the one there unless ``--keep-both``.
    """
    from dataclasses import replace

    from goalplanner.core.checkins import check_actual, check_checkin, check_plausible, same_day
    from goalplanner.core.model import CheckIn
    from goalplanner.core.progress import LABELS, evaluate
    from goalplanner.store import Store, StoreError

    path = _existing(db)
    if path is None or _held_by_window(path, "record the check-in"):
        return EXIT_UNUSABLE
    today = date.today()
    try:
        _refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with _warned(Store.open(path, create=False)) as store:
            with store.transaction():  # read, check and write as one: no other writer in between
                try:
                    goal = store.get_goal(goal_id)
                except KeyError:
                    print(f"goalplanner: {path} has no goal {goal_id}", file=sys.stderr)
                    return EXIT_UNUSABLE
                if goal.actuals_from == "agents":
                    agents = ", ".join(str(agent.id) for agent in store.agents(goal_id)) or "none yet"
                    print(
                        f"goalplanner: goal {goal_id} takes its actuals from its agents (goals {agents}): "
                        "record theirs, or switch it back to its own check-ins in the window; "
                        "nothing was recorded",
                        file=sys.stderr,
                    )
                    return EXIT_PROBLEMS
                if not math.isfinite(actual):
                    problem = check_actual(goal, actual)
                else:
                    problem = check_checkin(goal, CheckIn(goal_id, on, actual, note), today)
                if problem is not None:
                    print(f"goalplanner: {_impossible(goal, problem)}; nothing was recorded", file=sys.stderr)
                    return EXIT_PROBLEMS
                checkins = store.checkins(goal_id)
                questions = []
                far = check_plausible(goal, actual, [c.actual for c in checkins])
                if far is not None:
                    questions.append(_far_text(goal, far.params))
                there = same_day(checkins, on)
                if there is not None:
                    questions.append(
                        f"goal {goal_id} already has a check-in on {on.isoformat()} "
                        f"({_value(there.actual, goal.unit)}): "
                        "--force replaces it, --force --keep-both keeps both"
                    )
                if questions and not force:
                    for question in questions:
                        print(f"goalplanner: {question}", file=sys.stderr)
                    print(
                        "goalplanner: nothing was recorded; add --force to record it anyway", file=sys.stderr
                    )
                    return EXIT_PROBLEMS
                if there is not None and not keep_both:
                    stored = replace(there, actual=actual, note=note, numerator=None, denominator=None)
                    store.update_checkin(stored)
                    done = f"replaced {_value(there.actual, goal.unit)} with {_value(actual, goal.unit)}"
                else:
                    stored = store.add_checkin(goal_id, on, actual, note)
                    done = f"recorded {_value(actual, goal.unit)}"
            evaluation = evaluate(goal, store.subtargets(goal_id), store.checkins(goal_id), today)
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    judged = next(j for j in evaluation.judged if j.checkin.id == stored.id)
    verdict = LABELS[judged.status.code]
    if judged.status.achievement is not None:
        from goalplanner.core.i18n import ENGLISH, Share

        verdict += f", {ENGLISH.render(Share(judged.status.achievement))} of the planned change"
    print(f"{done} for goal {goal_id} on {on.isoformat()}: {verdict}")
    return EXIT_OK


def _impossible(goal: Goal, problem: Any) -> str:
    """Why a check-in cannot be recorded at all, in the window's words (core.checkins' codes)."""
    from goalplanner.core.checkins import BELOW_MINIMUM, FUTURE_DATE, NO_RESPONSES, OUT_OF_RANGE
    from goalplanner.core.i18n import ENGLISH, lower_first

    params = problem.params
    if problem.code == FUTURE_DATE:
        return (
            f"a check-in records what happened: {params['on'].isoformat()} is after today "
            f"({params['today'].isoformat()}); choose today or an earlier date"
        )
    if problem.code == NO_RESPONSES:
        return "the number of responses cannot be 0"
    if problem.code in (OUT_OF_RANGE, BELOW_MINIMUM):
        value, metric = _value(params["value"], goal.unit), lower_first(ENGLISH.render(params["metric"]))
        if problem.code == BELOW_MINIMUM:
            return (
                f"{value} is impossible for {metric}: it cannot be below {_value(params['low'], goal.unit)}"
            )
        low, high = _value(params["low"], goal.unit), _value(params["high"], goal.unit)
        return f"{value} is impossible for {metric} ({low} to {high})"
    return f"{params.get('value')} is not a number"  # NOT_A_NUMBER


def _far_text(goal: Goal, params: dict[str, Any]) -> str:
    value, low, high = params["value"], params["low"], params["high"]
    text = (
        f"{_value(value, goal.unit)} is far outside what this goal has seen "
        f"({_value(low, goal.unit)} to {_value(high, goal.unit)})"
    )
    spoken = _duration(value, goal.unit)
    return f"{text}; {spoken}" if spoken else text


def _full_evaluation(store, goal, today: date):
    """``goal`` with every check-in judged (core.progress.evaluate), for its chart."""
    from goalplanner.core.progress import evaluate

    return evaluate(goal, store.subtargets(goal.id), store.actuals(goal.id), today)


def run_chart(db: Path | None, goal_id: int | None, children: bool, output: Path) -> int:
    """``goalplanner chart``: write the goal, sub-goal or portfolio chart the window shows to a file."""
    from goalplanner.charts.figures import FORMATS, goal_chart, portfolio_chart, rollup_chart, save_figure
    from goalplanner.files import ExportError
    from goalplanner.store import Store, StoreError

    if output.suffix.lower().lstrip(".") not in FORMATS:
        print(f"goalplanner: {output} must end in .png or .svg", file=sys.stderr)
        return EXIT_UNUSABLE
    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    try:
        _refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with _warned(Store.open(path, create=False, daily_backup=False)) as store:
            today = date.today()
            _placed, evaluations, _rollups = _judge_plan(store, today)  # as the window judges the plan
            if goal_id is None:
                from goalplanner.core.rollup import guarded_statuses

                shown = {i: g.shown_code for i, g in guarded_statuses(evaluations).items()}  # as the list
                figure = portfolio_chart(list(evaluations.values()), shown_codes=shown)  # the store's order
            else:
                if goal_id not in evaluations:
                    print(f"goalplanner: {path} has no goal {goal_id}", file=sys.stderr)
                    return EXIT_UNUSABLE
                if children:
                    rows = [
                        (_full_evaluation(store, c, today), store.subtargets(c.id))
                        for c in store.child_goals(goal_id)
                    ]
                    from goalplanner.store.team_plans import roll_up_with_linked

                    teams, _reads = roll_up_with_linked(store, evaluations, today)  # team plans count
                    shown = {i: g.shown_code for i, g in teams.guarded.items()}
                    rollup = teams.rollups[goal_id]
                    figure = rollup_chart(
                        teams.goals[goal_id], rows, together=rollup.code, rollup=rollup, goals=teams.goals,
                        shown_codes=shown,
                    )  # fmt: skip
                else:
                    evaluation = _full_evaluation(store, evaluations[goal_id].goal, today)
                    figure = goal_chart(evaluation, store.subtargets(goal_id))
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        save_figure(figure, output)
    except ExportError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"wrote {output}")
    return EXIT_OK


def run_report(db: Path | None, output: Path, goal_id: int | None, language: str | None) -> int:
    """``goalplanner report``: the sheet of ``goal_id``, or the meeting pack, as a PDF; the plan is read
    here as every read command reads it, then laid out by cli_report (which loads Qt)."""
    from goalplanner.store import Store, StoreError
    from goalplanner.ui.report.content import read_plan  # plain Python: the plan as the report prints it

    if output.suffix.lower() != ".pdf":
        print(f"goalplanner: {output} must end in .pdf", file=sys.stderr)
        return EXIT_UNUSABLE
    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    try:
        _refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with _warned(Store.open(path, create=False, daily_backup=False)) as store:
            plan = read_plan(store, date.today(), goal_id)
    except KeyError:
        print(f"goalplanner: {path} has no goal {goal_id}", file=sys.stderr)
        return EXIT_UNUSABLE
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    from goalplanner.cli_report import write_pdf_report

    return write_pdf_report(output, plan, language)


def run_export(db: Path | None, output: Path, goal_ids: list[int] | None) -> int:
    """``goalplanner export``: the plan (or some goals of it) as a workbook colleagues can fill in."""
    from goalplanner.files import ExportError
    from goalplanner.store import Store, StoreError
    from goalplanner.store.team_plans import judge_linked
    from goalplanner.workbook.writer import export_workbook, login_name

    if output.suffix.lower() != ".xlsx":
        print(f"goalplanner: {output} must end in .xlsx", file=sys.stderr)
        return EXIT_UNUSABLE
    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    try:
        _refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with _warned(Store.open(path, create=False, daily_backup=False)) as store:
            judged = judge_linked(store, _goal_ids(store), date.today())  # team plans count, as in the window
            teams = [(read.link, found) for read, found in judged]
            report = export_workbook(store, output, goals=goal_ids, exported_by=login_name(), teams=teams)
    except KeyError as exc:
        print(f"goalplanner: {path} has no goal {exc.args[0]}", file=sys.stderr)
        return EXIT_UNUSABLE
    except (StoreError, ExportError) as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    for warning in report.warnings.english():
        print(f"warning: {warning}", file=sys.stderr)
    print(f"wrote {output} ({_count(len(report.sheets), 'goal')})")
    return EXIT_OK


def run_calendar(db: Path | None, output: Path) -> int:
    """``goalplanner calendar``: the active goals' check-in dates as an .ics file (the plan is only read)."""
    from goalplanner.calendar_export import calendar_entries, export_calendar
    from goalplanner.files import ExportError
    from goalplanner.store import Store, StoreError

    if output.suffix.lower() != ".ics":
        print(f"goalplanner: {output} must end in .ics", file=sys.stderr)
        return EXIT_UNUSABLE
    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    try:
        _refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with _warned(Store.open(path, create=False, daily_backup=False)) as store:
            entries = calendar_entries(store.progress_inputs(), date.today())
            report = export_calendar(output, store.plan_id, path.stem, entries)
    except (StoreError, ExportError) as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"wrote {output} ({_count(report.goals, 'goal')}, {_count(report.events, 'event')})")
    return EXIT_OK


def run_import_actuals(db: Path | None, workbook: Path, dry_run: bool) -> int:
    """``goalplanner import-actuals``: 0 imported (or would be), 1 problems (nothing written), 2 refused."""
    from goalplanner.core.i18n import ENGLISH, Share
    from goalplanner.core.progress import LABELS
    from goalplanner.files import ExportError
    from goalplanner.store import Store, StoreError
    from goalplanner.workbook.agents_import import read_workbook as read_actuals  # and the agent sheets
    from goalplanner.workbook.importer import apply_actuals

    path = _existing(db)
    if path is None or (not dry_run and _held_by_window(path, "import the workbook")):
        return EXIT_UNUSABLE
    try:
        _refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with _warned(Store.open(path, create=False)) as store:
            report = read_actuals(workbook, store)
            for change in report.changes:
                old = f"{change.before.actual:g} -> " if change.before else "new: "
                verdict = ""
                if change.status is not None:  # as the window will judge it once imported
                    verdict = f": {LABELS[change.status.code]}"
                    if change.status.achievement is not None:
                        verdict += (
                            f", {ENGLISH.render(Share(change.status.achievement))} of the planned change"
                        )
                print(f"{change.goal_title}: {change.period} ({change.on}) {old}{change.actual:g}{verdict}")
            print(f"{len(report.added)} new, {len(report.changed)} changed, {report.unchanged} unchanged")
            for warning in report.warnings:
                print(f"check: {warning.english()}", file=sys.stderr)
            if not report.ok:
                for problem in report.problems:
                    print(f"problem: {problem.english()}", file=sys.stderr)
                print(
                    "goalplanner: nothing was imported; correct the cells above and try again",
                    file=sys.stderr,
                )
                return EXIT_PROBLEMS
            if dry_run:
                print("dry run: nothing was changed")
                return EXIT_OK
            apply_actuals(store, report)
    except (StoreError, ExportError) as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"imported {_count(len(report.changes), 'actual')} into {path}")
    return EXIT_OK
