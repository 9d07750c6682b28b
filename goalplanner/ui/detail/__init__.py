"""The goal detail: the selected goal's sentence and status, its check-in form, and tabs for its
check-ins, plan and chart. The window uses :class:`GoalDetail` only."""

from goalplanner.ui.detail.detail import GoalDetail

__all__ = ["GoalDetail"]
