"""Undoable edits of check-ins and plans. Each command is pushed after its first change succeeded."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from goalplanner.core.model import CheckIn, SubTarget
from goalplanner.store import Store, StoreError

log = logging.getLogger("goalplanner")


class _StoreCommand(QUndoCommand):
    """Runs ``redo`` only from the second time on: the first change was made before the push."""

    def __init__(self, text: str, refresh: Callable[[], None]) -> None:
        super().__init__(text)
        self._refresh = refresh
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (StoreError, KeyError) as error:  # the file changed under us: say so in the log, keep going
            log.warning("Undo/redo of %r failed: %s", self.text(), error)
        self._refresh()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class RecordCheckIn(_StoreCommand):
    """A check-in was recorded; undo deletes it."""

    def __init__(self, store: Store, checkin: CheckIn, text: str, refresh: Callable[[], None]) -> None:
        super().__init__(text, refresh)
        self.store, self.checkin = store, checkin

    def apply(self) -> None:
        self.store.restore_checkin(self.checkin)

    def revert(self) -> None:
        self.store.delete_checkin(self.checkin.id)


class DeleteCheckIn(RecordCheckIn):
    """A check-in was deleted; undo puts it back with its id."""

    def apply(self) -> None:
        self.store.delete_checkin(self.checkin.id)

    def revert(self) -> None:
        self.store.restore_checkin(self.checkin)


class EditCheckIn(_StoreCommand):
    """A check-in's value or note was changed; undo puts the old one back."""

    def __init__(
        self, store: Store, before: CheckIn, after: CheckIn, text: str, refresh: Callable[[], None]
    ) -> None:
        super().__init__(text, refresh)
        self.store, self.before, self.after = store, before, after

    def apply(self) -> None:
        self.store.update_checkin(self.after)

    def revert(self) -> None:
        self.store.update_checkin(self.before)


class ReplacePlan(_StoreCommand):
    """The plan was edited (a value typed, a lock, a reset); undo restores the previous plan."""

    def __init__(
        self,
        store: Store,
        goal_id: int,
        before: list[SubTarget],
        after: list[SubTarget],
        text: str,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(text, refresh)
        self.store, self.goal_id, self.before, self.after = store, goal_id, before, after

    def apply(self) -> None:
        self.store.save_plan(self.goal_id, self.after)

    def revert(self) -> None:
        self.store.save_plan(self.goal_id, self.before)


class ImportActuals(_StoreCommand):
    """Actuals came in from a workbook; undo removes the new check-ins and restores the changed ones."""

    def __init__(
        self,
        store: Store,
        added: list[CheckIn],
        changed: list[tuple[CheckIn, CheckIn]],
        text: str,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(text, refresh)
        self.store, self.added, self.changed = store, added, changed

    def apply(self) -> None:
        with self.store.transaction():
            for checkin in self.added:
                self.store.restore_checkin(checkin)
            for _before, after in self.changed:
                self.store.update_checkin(after)

    def revert(self) -> None:
        with self.store.transaction():
            for checkin in self.added:
                self.store.delete_checkin(checkin.id)
            for before, _after in self.changed:
                self.store.update_checkin(before)
