"""How a linked team plan reads in the goal tree: the row naming it, and its goals in their own look.

The row naming a team plan says which plan and file it is and when its snapshot was taken, or why
it cannot be shown (not found where the link says, damaged, from a newer goalplanner). Its goals are
the session's states like any goal's; only their look differs (italic), so a department head never
mistakes them for goals of their own plan.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from goalplanner.core.progress import OFF_TRACK
from goalplanner.store import StoreError
from goalplanner.ui.errors import store_error_text
from goalplanner.ui.session import TeamBranch
from goalplanner.ui.status_style import status_colour

# Texts are in the context "TeamPlans", with File → Add a team's plan… (``ui.team_plans``).


def branch_title(branch: TeamBranch) -> str:
    """``North (north.goalplan)``: the plan's name and its file."""
    link = branch.link
    return QCoreApplication.translate("TeamPlans", "Team plan: {0} ({1})").format(link.name, link.file_name)


def branch_state(branch: TeamBranch, locale: QLocale) -> str:
    """When the snapshot shown was taken, or in a word why there is none."""
    read = branch.read
    if read.reading:
        return QCoreApplication.translate("TeamPlans", "Reading…")
    if isinstance(read.error, FileNotFoundError):
        return QCoreApplication.translate("TeamPlans", "Not found")
    if read.error is not None:
        return QCoreApplication.translate("TeamPlans", "Cannot be read")
    when = locale.toString(QDateTime(read.taken).time(), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("TeamPlans", "Read-only · as of {0}").format(when)


def problem_text(branch: TeamBranch) -> str:
    """Why the plan cannot be shown, whole; "" when it is shown."""
    error = branch.read.error
    if error is None:
        return ""
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate(
            "TeamPlans",
            "{0} was not found. If the shared folder is now mounted elsewhere, or the file was moved, "
            "use Locate… to choose it again.",
        ).format(branch.link.path)
    if isinstance(error, StoreError):
        return store_error_text(error)
    reason = error.strerror or str(error)
    return QCoreApplication.translate("TeamPlans", "{0} cannot be read: {1}").format(branch.link.path, reason)


def branch_tooltip(branch: TeamBranch, locale: QLocale) -> str:
    """The file, what the snapshot is, and the problem when there is one."""
    lines = [branch.link.path]
    problem = problem_text(branch)
    if problem:
        lines.append(problem)
    elif not branch.read.reading:
        when = locale.toString(QDateTime(branch.read.taken), QLocale.FormatType.ShortFormat)
        copy = QCoreApplication.translate(
            "TeamPlans", "Read-only: a copy taken {0}; the team lead's file is never changed or locked."
        )
        lines.append(copy.format(when))
    return "\n".join(lines)


def branch_colour(branch: TeamBranch) -> QColor | None:
    """The error colour for a plan that cannot be shown."""
    return status_colour(OFF_TRACK) if branch.read.error is not None else None


def linked_font(base: QFont | None = None) -> QFont:
    """Italic: a team plan's rows, never the plan's own."""
    font = QFont(base) if base is not None else QFont()
    font.setItalic(True)
    return font


def branch_icon() -> QIcon:
    """The platform's "link" icon for the row naming a team plan."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon)
