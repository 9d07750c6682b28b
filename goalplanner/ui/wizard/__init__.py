"""The SMART goal wizard."""

from goalplanner.ui.wizard.wizard import GoalWizard

__all__ = ["GoalWizard"]
