"""``goalplanner close``: close a goal as achieved, missed or dropped without the window.

Kept apart from ``goalplanner.cli`` (which wires it in) so that module does not grow further; it uses
the same refusals, wording and exit codes as the other commands that write, from the ``cli`` module
passed in (so the two modules never import each other).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from datetime import date
from types import ModuleType
from typing import Any


def add_parser(commands: Any, db_option: argparse.ArgumentParser) -> None:
    """The ``close`` subcommand's options."""
    close = commands.add_parser(
        "close", parents=[db_option], help="close a goal as achieved, missed or dropped"
    )
    close.add_argument(
        "--goal", type=int, required=True, metavar="ID", help="the goal (see goalplanner goals)"
    )
    close.add_argument("--outcome", required=True, choices=("achieved", "missed", "dropped"))
    close.add_argument(
        "--final", type=float, metavar="V", help="the metric's final value (default: the last check-in's)"
    )
    close.add_argument("--note", default="", metavar="T", help="what was learned")
    close.add_argument(
        "--signed-off-by", default="", metavar="NAME", help="the reviewer who signed the close off (today)"
    )


def run_close(args: argparse.Namespace, cli: ModuleType) -> int:
    """0 closed, 1 refused (nothing written: an impossible final value, a goal already closed),
    2 the file or goal cannot be used."""
    from goalplanner.core.checkins import check_actual
    from goalplanner.core.closing import close_goal, final_value_for
    from goalplanner.store import Store, StoreError

    path = cli._existing(args.db)
    if path is None or cli._held_by_window(path, "close the goal"):
        return cli.EXIT_UNUSABLE
    try:
        cli._refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with cli._warned(Store.open(path, create=False)) as store, store.transaction():
            try:
                goal = store.get_goal(args.goal)
            except KeyError:
                print(f"goalplanner: {path} has no goal {args.goal}", file=sys.stderr)
                return cli.EXIT_UNUSABLE
            if goal.closed:
                print(
                    f"goalplanner: goal {goal.id} is already closed ({goal.state}); "
                    "reopen it in the window first. Nothing was changed.",
                    file=sys.stderr,
                )
                return cli.EXIT_PROBLEMS
            final = args.final if args.final is not None else final_value_for(store.actuals(goal.id))
            problem = check_actual(goal, final) if final is not None else None
            if problem is not None or (final is not None and not math.isfinite(final)):
                print(f"goalplanner: {cli._impossible(goal, problem)}; nothing was changed", file=sys.stderr)
                return cli.EXIT_PROBLEMS
            closed = close_goal(
                goal,
                args.outcome,
                final_value=final,
                lessons=args.note,
                signed_off_by=args.signed_off_by,
                signed_off_on=date.today(),
            )
            store.save_goal(closed)
    except (StoreError, ValueError) as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return cli.EXIT_UNUSABLE
    final_text = cli._value(final, goal.unit) if final is not None else "no final value"
    print(f"closed goal {goal.id} as {args.outcome} ({final_text}): {goal.title}")
    return cli.EXIT_OK


def outcome_text(goal: Any, amount: Callable[[Any, float], str]) -> str:
    """The state column of ``goalplanner status``: the state, and a closed goal's final value
    written by ``amount`` (the command line's value of the goal's metric at its precision), worded
    once for every surface by core.closing.outcome_text."""
    from goalplanner.core.closing import outcome_text as worded

    return worded(goal, str, amount)
