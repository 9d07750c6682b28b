"""Edit → Undo and Redo for the open plan, named after what they undo, in the language in force."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


class UndoActions(QObject):
    """The two actions, following one undo stack at a time (the open plan session's).

    Our own actions rather than ``QUndoStack.createUndoAction``: those fix their "Undo %1" in the
    language they were made in, and these follow a language switch.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.stack: QUndoStack | None = None
        self.undo_action = QAction(window, shortcut=QKeySequence.StandardKey.Undo, enabled=False)
        self.redo_action = QAction(window, shortcut=QKeySequence.StandardKey.Redo, enabled=False)
        self.undo_action.triggered.connect(lambda: self.stack and self.stack.undo())
        self.redo_action.triggered.connect(lambda: self.stack and self.stack.redo())
        self.retranslate()

    def follow(self, stack: QUndoStack) -> None:
        """Undo and redo on ``stack`` from now on."""
        self.stack = stack
        for signal in (
            stack.undoTextChanged,
            stack.redoTextChanged,
            stack.canUndoChanged,
            stack.canRedoChanged,
        ):
            signal.connect(lambda _value: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        """Name and enable the actions after the stack's state, in the language in force."""
        stack = self.stack
        if not all(map(shiboken6.isValid, (self, self.undo_action, self.redo_action))):
            return  # the window is being destroyed: the stack announces its emptying to nobody
        if stack is not None and not shiboken6.isValid(stack):
            stack = self.stack = None
        undo, redo = (stack.undoText(), stack.redoText()) if stack is not None else ("", "")
        self.undo_action.setText(self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo"))
        self.undo_action.setEnabled(bool(stack is not None and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack is not None and stack.canRedo()))
