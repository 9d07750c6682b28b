"""The ``goalplanner`` command: the window by default, subcommands for work without one.

Subcommands never import Qt, so ``check`` and ``demo`` run on a server or in CI.
Messages go to stderr and exit codes say what happened; a user never sees a traceback
for a problem with their file.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from goalplanner import __version__

EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The command line: ``goalplanner [--db PATH] [check|demo]``."""
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument("--db", type=Path, metavar="PATH", help="the plan file (default: your plan)")
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
        "check", parents=[db_option], help="check a plan file: integrity, format version, counts"
    )
    commands.add_parser("demo", parents=[db_option], help="write the sample plan to a new file")
    commands.add_parser("goals", parents=[db_option], help="list the goals: id, status, title")
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
    export = commands.add_parser(
        "export", parents=[db_option], help="write the plan as an Excel workbook to share and fill in"
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.xlsx")
    export.add_argument("--goal", type=int, action="append", metavar="ID", help="only this goal (repeatable)")
    actuals = commands.add_parser(
        "import-actuals", parents=[db_option], help="record the actuals typed into an exported workbook"
    )
    actuals.add_argument("workbook", type=Path, metavar="FILE.xlsx")
    actuals.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return run_check(args.db)
    if args.command == "demo":
        return run_demo(args.db)
    if args.command == "export":
        return run_export(args.db, args.output, args.goal)
    if args.command == "import-actuals":
        return run_import_actuals(args.db, args.workbook, args.dry_run)
    if args.command == "goals":
        return run_goals(args.db)
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
    if not report.ok:
        print("goalplanner: problems found; restore the plan from a backup", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def run_demo(db: Path | None) -> int:
    """``goalplanner demo``: write the sample plan to a new file (never over an existing plan)."""
    from goalplanner.store import Store, StoreError
    from goalplanner.store.demo import write_sample_plan

    path = _resolve(db)
    if path.exists():
        print(f"goalplanner: {path} already exists; choose a new file for the sample plan", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        with Store.open(path) as store:
            count = write_sample_plan(store, date.today())
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"wrote the sample plan ({count} goals with check-ins) to {path}")
    return EXIT_OK


def run_goals(db: Path | None) -> int:
    """``goalplanner goals``: one line per goal, sub-goals indented under their parent."""
    from goalplanner.core.hierarchy import walk
    from goalplanner.core.progress import LABELS, goal_status
    from goalplanner.store import Store, StoreError

    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    try:
        with Store.open(path, create=False, daily_backup=False) as store:
            inputs = store.progress_inputs()
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    statuses = {goal.id: goal_status(goal, latest, plan) for goal, latest, plan in inputs}
    print(f"{'id':>6}  {'status':<15} goal")
    for goal, depth, _parent in walk(goal for goal, _latest, _plan in inputs):
        print(f"{goal.id:>6}  {LABELS[statuses[goal.id].code]:<15} {'  ' * depth}{goal.title}")
    return EXIT_OK


def run_chart(db: Path | None, goal_id: int | None, children: bool, output: Path) -> int:
    """``goalplanner chart``: write the goal, sub-goal or portfolio chart the window shows to a file."""
    from goalplanner.charts.figures import FORMATS, goal_chart, portfolio_chart, rollup_chart, save_figure
    from goalplanner.core.progress import goal_status
    from goalplanner.files import ExportError
    from goalplanner.store import Store, StoreError

    if output.suffix.lower().lstrip(".") not in FORMATS:
        print(f"goalplanner: {output} must end in .png or .svg", file=sys.stderr)
        return EXIT_UNUSABLE
    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    try:
        with Store.open(path, create=False, daily_backup=False) as store:
            if goal_id is None:
                entries = [(g, goal_status(g, latest, plan)) for g, latest, plan in store.progress_inputs()]
                figure = portfolio_chart(entries)
            else:
                try:
                    goal = store.get_goal(goal_id)
                except KeyError:
                    print(f"goalplanner: {path} has no goal {goal_id}", file=sys.stderr)
                    return EXIT_UNUSABLE
                if children:
                    rows = [
                        (c, store.subtargets(c.id), store.checkins(c.id)) for c in store.child_goals(goal_id)
                    ]
                    figure = rollup_chart(goal, rows)
                else:
                    figure = goal_chart(goal, store.subtargets(goal_id), store.checkins(goal_id))
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


def run_export(db: Path | None, output: Path, goal_ids: list[int] | None) -> int:
    """``goalplanner export``: the plan (or some goals of it) as a workbook colleagues can fill in."""
    from goalplanner.files import ExportError
    from goalplanner.store import Store, StoreError
    from goalplanner.workbook.writer import export_workbook

    if output.suffix.lower() != ".xlsx":
        print(f"goalplanner: {output} must end in .xlsx", file=sys.stderr)
        return EXIT_UNUSABLE
    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    try:
        with Store.open(path, create=False, daily_backup=False) as store:
            report = export_workbook(store, output, goals=goal_ids)
    except KeyError as exc:
        print(f"goalplanner: {path} has no goal {exc.args[0]}", file=sys.stderr)
        return EXIT_UNUSABLE
    except (StoreError, ExportError) as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    for warning in report.warnings.english():
        print(f"warning: {warning}", file=sys.stderr)
    print(f"wrote {output} ({len(report.sheets)} goals)")
    return EXIT_OK


def run_import_actuals(db: Path | None, workbook: Path, dry_run: bool) -> int:
    """``goalplanner import-actuals``: 0 imported (or would be), 1 problems (nothing written), 2 refused."""
    from goalplanner.files import ExportError
    from goalplanner.store import Store, StoreError
    from goalplanner.workbook.importer import apply_actuals, read_actuals

    path = _existing(db)
    if path is None:
        return EXIT_UNUSABLE
    try:
        with Store.open(path, create=False) as store:
            report = read_actuals(workbook, store)
            for change in report.changes:
                old = f"{change.before.actual:g} -> " if change.before else "new: "
                print(f"{change.goal_title}: {change.period} ({change.on}) {old}{change.actual:g}")
            print(f"{len(report.added)} new, {len(report.changed)} changed, {report.unchanged} unchanged")
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
    print(f"imported {len(report.changes)} actuals into {path}")
    return EXIT_OK
