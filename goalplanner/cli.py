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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "check", parents=[db_option], help="check a plan file: integrity, format version, counts"
    )
    commands.add_parser("demo", parents=[db_option], help="write the sample plan to a new file")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return run_check(args.db)
    if args.command == "demo":
        return run_demo(args.db)
    from goalplanner.app import run_app  # Qt is loaded only for the window

    return run_app(db_path=args.db)


def _resolve(db: Path | None) -> Path:
    from goalplanner import paths

    return db if db is not None else paths.default_plan_path()


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
