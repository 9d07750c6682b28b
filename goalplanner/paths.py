"""Where goalplanner keeps its files by default: the platform's user data and log folders.

platformdirs refuses (``PermissionError``) a folder path that another user could change, such as
a world-writable folder on the way to the data folder. That is worth a warning, not a reason to
keep the user from their plan: the folder is then made without the check, and the problem is
logged and kept in ``folder_warnings`` for the window and the command line to mention.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

APP_NAME = "goalplanner"
# File name extension of a goal plan (an SQLite database).
PLAN_SUFFIX = ".goalplan"
# Set to a folder to keep the backups there instead of in the data folder's "backups".
BACKUP_DIR_VARIABLE = "GOALPLANNER_BACKUP_DIR"

log = logging.getLogger(__name__)

#: Problems platformdirs found with the folders' paths (each once), in the order they were found.
folder_warnings: list[str] = []


def _ensure(checked: Callable[[], Path], unchecked: Callable[[], Path]) -> Path:
    """The folder ``checked()`` makes safely; when it refuses the path, the same folder made plainly."""
    try:
        return checked()
    except PermissionError as exc:
        folder = unchecked()
        warning = f"{folder} is used although its path is not safe ({exc}): another user could change it"
        if warning not in folder_warnings:
            folder_warnings.append(warning)
            log.warning("Using %s although its path is not safe: %s", folder, exc)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder


def data_dir() -> Path:
    """The user data folder (created if missing), e.g. ``~/.local/share/goalplanner``."""
    return _ensure(
        lambda: platformdirs.user_data_path(APP_NAME, appauthor=False, ensure_exists=True),
        lambda: platformdirs.user_data_path(APP_NAME, appauthor=False),
    )


def log_dir() -> Path:
    """The folder for the rotating error log (created if missing)."""
    return _ensure(
        lambda: platformdirs.user_log_path(APP_NAME, appauthor=False, ensure_exists=True),
        lambda: platformdirs.user_log_path(APP_NAME, appauthor=False),
    )


def default_plan_path() -> Path:
    """The plan opened when the user has not chosen one."""
    return data_dir() / f"goals{PLAN_SUFFIX}"


def sample_plan_path(language: str = "") -> Path:
    """Where "Open the sample plan" writes the demo file: one per language (its texts are translated)."""
    if not language or language == "C" or language.startswith("en"):
        return data_dir() / f"sample-plan{PLAN_SUFFIX}"
    return data_dir() / f"sample-plan-{language}{PLAN_SUFFIX}"


def backups_dir() -> Path:
    """The folder under which each plan file gets its own rotation of verified backups.

    ``$GOALPLANNER_BACKUP_DIR`` when set, else ``backups`` in the data folder. Nothing is created
    here (a backup makes its folder when it is written), so a folder that cannot be made or
    written never keeps a plan from opening.
    """
    chosen = os.environ.get(BACKUP_DIR_VARIABLE, "").strip()
    if chosen:
        return Path(chosen).expanduser().absolute()
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "backups"


def team_plans_cache_dir() -> Path:
    """Where the snapshots of linked team plans are kept (created if missing): the user cache folder.

    A snapshot can always be taken again from the team lead's file, so losing it loses nothing.
    """
    folder = _ensure(
        lambda: platformdirs.user_cache_path(APP_NAME, appauthor=False, ensure_exists=True),
        lambda: platformdirs.user_cache_path(APP_NAME, appauthor=False),
    )
    (folder / "team-plans").mkdir(mode=0o700, exist_ok=True)
    return folder / "team-plans"
