"""The SMART goal wizard: ``GoalWizard`` and its pages, which share one ``WizardDraft``."""

from goalplanner.ui.wizard.wizard import GoalWizard

__all__ = ["GoalWizard"]
