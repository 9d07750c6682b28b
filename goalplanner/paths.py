"""Where goalplanner keeps its files by default: the platform's user data and log folders."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "goalplanner"
# File name extension of a goal plan (an SQLite database).
PLAN_SUFFIX = ".goalplan"


def data_dir() -> Path:
    """The user data folder (created if missing), e.g. ``~/.local/share/goalplanner``."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def log_dir() -> Path:
    """The folder for the rotating error log (created if missing)."""
    return platformdirs.user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_plan_path() -> Path:
    """The plan opened when the user has not chosen one."""
    return data_dir() / f"goals{PLAN_SUFFIX}"


def sample_plan_path(language: str = "") -> Path:
    """Where "Open the sample plan" writes the demo file: one per language (its texts are translated)."""
    if not language or language == "C" or language.startswith("en"):
        return data_dir() / f"sample-plan{PLAN_SUFFIX}"
    return data_dir() / f"sample-plan-{language}{PLAN_SUFFIX}"


def backups_dir() -> Path:
    """The folder under which each plan file gets its own rotation of verified backups."""
    return data_dir() / "backups"
