"""``goalplanner split``: split a team goal into one agent goal per person without the window, and what
``status --json`` says of agents (children, person, where actuals come from, the team's derived actual).

Kept apart from ``goalplanner.cli`` (which wires it in) so that module does not grow further; it uses
the same refusals, wording and exit codes as the other commands that write, from the ``cli`` module
passed in (so the two modules never import each other).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

REFUSALS = {
    "closed": "goal {id} is closed ({state}); reopen it in the window first",
    "is_agent": "goal {id} is already {person}'s share of goal {parent}; split the team goal instead",
    "has_agents": "goal {id} already has agents ({agents}); add --again to split it anew "
    "(the earlier agents' goals stay as ordinary sub-goals, with their check-ins)",
}


def add_parser(commands: Any, db_option: argparse.ArgumentParser) -> None:
    """The ``split`` subcommand's options."""
    split = commands.add_parser(
        "split", parents=[db_option], help="split a team goal into one goal per agent"
    )
    split.add_argument("--goal", type=int, required=True, metavar="ID", help="the team goal")
    split.add_argument(
        "--people", required=True, metavar="NAMES", help='the agents, comma-separated: "Ana,Ben,Chen"'
    )
    split.add_argument(
        "--weights", metavar="W", help="one weight per person, comma-separated (default: equal shares)"
    )
    split.add_argument(
        "--from-agents", action="store_true", help="take the team's actuals from its agents from now on"
    )
    split.add_argument("--again", action="store_true", help="split a goal that already has agents")


def run_split(args: argparse.Namespace, cli: ModuleType) -> int:
    """0 split, 1 refused (nothing written: bad people or weights, a closed goal, agents already),
    2 the file or goal cannot be used."""
    from goalplanner.core.agent_split import split_goal, split_refusal
    from goalplanner.store import Store, StoreError

    people = [name.strip() for name in args.people.split(",")]
    weights = _weights(args.weights)
    if isinstance(weights, str):
        print(f"goalplanner: {weights}; nothing was changed", file=sys.stderr)
        return cli.EXIT_PROBLEMS
    path = cli._existing(args.db)
    if path is None or cli._held_by_window(path, "split the goal"):
        return cli.EXIT_UNUSABLE
    try:
        cli._refuse_damaged(path)  # read-only first: a refused plan stays byte-identical
        with cli._warned(Store.open(path, create=False)) as store, store.transaction():
            try:
                team = store.get_goal(args.goal)
            except KeyError:
                print(f"goalplanner: {path} has no goal {args.goal}", file=sys.stderr)
                return cli.EXIT_UNUSABLE
            earlier = store.agents(team.id)
            refusal = split_refusal(team, earlier, again=args.again)
            if refusal is not None:
                agents = ", ".join(f"{a.person} {a.id}" for a in earlier)
                words = REFUSALS[refusal].format(
                    id=team.id, state=team.state, person=team.person, parent=team.parent_id, agents=agents
                )
                print(f"goalplanner: {words}; nothing was changed", file=sys.stderr)
                return cli.EXIT_PROBLEMS
            try:
                split = split_goal(
                    team, people, weights, from_agents=args.from_agents, existing_agents=earlier
                )
            except ValueError as exc:
                print(f"goalplanner: {exc}; nothing was changed", file=sys.stderr)
                return cli.EXIT_PROBLEMS
            ids = store.save_agents(split.team, split.agents, split.retired)
    except StoreError as exc:
        print(f"goalplanner: {exc}", file=sys.stderr)
        return cli.EXIT_UNUSABLE
    shares = [(agent.person, agent.target) for agent, _plan in split.agents]
    print(f"split goal {team.id} ({team.title}) among {len(ids)} agents: {shares_text(team, shares, cli)}")
    for (person, _target), agent_id in zip(shares, ids, strict=True):
        print(f"  goal {agent_id}: {person}")
    if args.from_agents:
        print(f"goal {team.id} now takes its actuals from its agents")
    return cli.EXIT_OK


def shares_text(team: Any, shares: Sequence[tuple[str, float | None]], cli: ModuleType) -> str:
    """ "Ana 343 · Ben 343 · Chen 343 · Dara 171 = 1,200" for counts; each target alone otherwise."""
    from goalplanner.core.agents import SUM, combine_rule

    parts = " · ".join(f"{person} {'–' if t is None else cli._number(t)}" for person, t in shares)
    if combine_rule(team) == SUM and all(t is not None for _p, t in shares):
        return f"{parts} = {cli._value(math.fsum(t for _p, t in shares), team.unit)}"
    return parts


def _weights(text: str | None) -> list[float] | str | None:
    """The weights typed, None for equal shares, or why they cannot be used."""
    if text is None:
        return None
    weights = []
    for part in text.split(","):
        try:
            weight = float(part)
        except ValueError:
            return f"weight “{part.strip()}” is not a number"
        if not math.isfinite(weight) or weight < 0:
            return f"weight {part.strip()} cannot be used: weights are 0 or more"
        weights.append(weight)
    return weights


def status_extras(store: Any, goals: Sequence[Any]) -> dict[int, dict[str, Any]]:
    """For each of ``goals``: its children's ids, its person, where its actuals come from, and for a
    team fed by its agents the latest derived actual with who reported it and who has not."""
    children: dict[int, list[int]] = {}
    for goal in store.list_goals():
        if goal.parent_id is not None:
            children.setdefault(goal.parent_id, []).append(goal.id)
    extras = {}
    for goal in goals:
        extra: dict[str, Any] = {
            "children": children.get(goal.id, []),
            "person": goal.person or None,
            "actuals_from": goal.actuals_from,
            "team_actual": None,
        }
        if goal.actuals_from == "agents":
            found = store.team_actuals(goal)
            latest = found[-1] if found else None
            extra["team_actual"] = {
                "agents": len(store.agents(goal.id)),
                "date": latest.checkin.on.isoformat() if latest else None,
                "period_start": latest.start.isoformat() if latest else None,
                "actual": latest.checkin.actual if latest else None,
                "exact": latest.exact if latest else None,
                "reported": [{"person": p, "actual": v} for p, v in latest.values] if latest else [],
                "missing": list(latest.missing) if latest else [a.person for a in store.agents(goal.id)],
            }
        extras[goal.id] = extra
    return extras


def reported_by(store: Any, goals: Sequence[Any]) -> dict[int, str]:
    """For each team of ``goals`` fed by its agents, who made its latest actual, as the window's agents
    panel counts them: "3 of 4 agents" (``core.agents.TeamActual``: reporting and missing agents)."""
    said = {}
    for goal in goals:
        if goal.actuals_from != "agents":
            continue
        found = store.team_actuals(goal)
        if found:
            latest = found[-1]
            said[goal.id] = f"{len(latest.values)} of {len(latest.values) + len(latest.missing)} agents"
    return said
