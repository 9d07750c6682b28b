"""The SMART goal wizard: ``GoalWizard`` and its pages, which share one ``WizardDraft``.

``GoalWizard`` (and with it every page) is imported on first use (PEP 562): the goal detail needs only
``shape_preview`` from this package, and the window is shown long before anyone opens the wizard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from goalplanner.ui.wizard.wizard import GoalWizard

__all__ = ["GoalWizard"]


def __getattr__(name: str) -> object:
    if name == "GoalWizard":
        from goalplanner.ui.wizard.wizard import GoalWizard

        return GoalWizard
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
