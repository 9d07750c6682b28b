"""Recording a previewed import: every proposal accepted, in one transaction, or nothing.

The plan is read again inside the transaction: if a check-in was recorded or changed in one of the
periods since the preview was made, nothing is written (``OutdatedError``), so an import never
replaces a value the user has not seen. A replaced check-in keeps its note, confidence and next step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from goalplanner.core.model import CheckIn
from goalplanner.core.ticket_checkins import NEW, REPLACE, Proposal


class OutdatedError(RuntimeError):
    """The goal's check-ins changed since the preview: nothing was recorded."""


class CheckInTarget(Protocol):
    def transaction(self): ...
    def checkins(self, goal_id: int) -> list[CheckIn]: ...
    def add_checkins(self, checkins: list[CheckIn]) -> list[CheckIn]: ...
    def update_checkin(self, checkin: CheckIn) -> None: ...


def record(
    target: CheckInTarget, proposals: Sequence[Proposal], note: Callable[[Proposal], str]
) -> tuple[list[CheckIn], list[tuple[CheckIn, CheckIn]]]:
    """Write the proposals to record: (added check-ins, (before, after) of replaced ones). ``note``
    words a new check-in's note (how many tickets or calls it rests on, in the user's language)."""
    chosen = [p for p in proposals if p.action in (NEW, REPLACE)]
    added: list[CheckIn] = []
    changed: list[tuple[CheckIn, CheckIn]] = []
    with target.transaction():
        by_goal: dict[int, list[CheckIn]] = {}
        for proposal in chosen:
            goal_id = proposal.checkin.goal_id
            if goal_id not in by_goal:
                by_goal[goal_id] = target.checkins(goal_id)
            period = proposal.source.period
            now = [c for c in by_goal[goal_id] if period.start <= c.on <= period.end]
            latest = max(now, key=lambda c: (c.on, c.id or 0)) if now else None
            if latest != proposal.replaces:
                raise OutdatedError(
                    f"goal {goal_id}: the check-ins of {period.start} changed since the preview"
                )
        new = [replace(p.checkin, note=note(p)) for p in chosen if p.action == NEW]
        added = target.add_checkins(new) if new else []
        for proposal in chosen:
            if proposal.action == REPLACE:
                before = proposal.replaces
                after = replace(
                    before,
                    actual=proposal.checkin.actual,
                    numerator=proposal.checkin.numerator,
                    denominator=proposal.checkin.denominator,
                )
                target.update_checkin(after)
                changed.append((before, after))
    return added, changed
