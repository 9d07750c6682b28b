"""The first-week guide: which language's file to show, its sections, and filling in what only the app knows.

The guide's prose lives in ``resources/help/first_week.LANG.html``, one file per language, so a
translator reads and writes whole paragraphs instead of hundreds of loose strings. Two parts of it
cannot be written ahead: the keyboard shortcuts (read from the window's actions, so the list never
goes stale) and the folders of this computer; the file marks their places and the app fills them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from goalplanner.core.resources import resource_path

#: The guide's sections by anchor name, in the order the file has them.
FIRST_WEEK, SMART, SHORTCUTS, FOLDERS = "first-week", "smart", "shortcuts", "folders"
SECTIONS = (FIRST_WEEK, SMART, SHORTCUTS, FOLDERS)

#: Where the app's own tables go in each guide file.
SHORTCUTS_MARK, FOLDERS_MARK = "<!--shortcuts-->", "<!--folders-->"

#: Links in the guide that do something rather than go somewhere.
OPEN_SAMPLE_LINK = "goalplanner:open-sample"

_ACCELERATOR_IN_BRACKETS = re.compile(r"\s*\(&[^)]\)")  # "文件(&F)": Chinese and Korean menus


def guide_path(language: str) -> Path:
    """The guide file for ``language`` ("ko", "zh_CN", "nb_NO"…): its own, its language's, else English."""
    candidates = [language, language.split("_")[0], "en"] if language else ["en"]
    for candidate in candidates:
        path = resource_path("help", f"first_week.{candidate}.html")
        if path.is_file():
            return path
    return resource_path("help", "first_week.en.html")


def plain_command(text: str) -> str:
    """A menu text as a sentence names it: no ``&`` accelerator, no trailing ellipsis ("&New goal…")."""
    text = _ACCELERATOR_IN_BRACKETS.sub("", text)
    text = re.sub(r"&(.)", r"\1", text)  # "&&" stands for one "&"
    return text.rstrip("…").rstrip(".").strip()


def shortcuts_table(rows: Iterable[tuple[str, str, str]], headings: Sequence[str]) -> str:
    """An HTML table of (keys, command, menu) rows under ``headings``, texts escaped."""
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headings)
    body = "".join(
        f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(command)}</td><td>{html.escape(menu)}</td></tr>"
        for keys, command, menu in rows
    )
    return f"<table cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


def folders_list(rows: Iterable[tuple[str, Path, str]], open_text: str) -> str:
    """HTML naming each of (what, path, folder URL) with its path and an ``open_text`` link to its folder.

    Stacked, not a table: a long path then wraps under its name at any width."""
    return "".join(
        f"<p><b>{html.escape(what)}</b><br><code>{html.escape(str(path))}</code><br>"
        f"<a href='{html.escape(url, quote=True)}'>{html.escape(open_text)}</a></p>"
        for what, path, url in rows
    )


def fill_guide(text: str, shortcuts: str, folders: str) -> str:
    """The guide's HTML with the shortcuts and folders tables in their marked places."""
    return text.replace(SHORTCUTS_MARK, shortcuts).replace(FOLDERS_MARK, folders)
