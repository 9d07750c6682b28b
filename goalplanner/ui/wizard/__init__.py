"""The SMART goal wizard.

``GoalWizard`` is imported on first use, so importing the package does not load all its pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from goalplanner.ui.wizard.wizard import GoalWizard

__all__ = ["GoalWizard"]


def __getattr__(name: str):
    if name == "GoalWizard":
        from goalplanner.ui.wizard.wizard import GoalWizard

        return GoalWizard
    raise AttributeError(name)
