"""Questions asked before a check-in is saved: a value far outside what the goal has seen ("Record
anyway?") and a second check-in on a date that has one ("Replace it, or keep both?").

Core decides when to ask (``check_plausible``, ``same_day``); this words the question in the metric's
units and takes the answer. Each question is a window-modal message box whose buttons have object
names (``record_anyway``, ``check_value``, ``replace_checkin``, ``keep_both``, ``cancel``), so a test
can answer it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from goalplanner.core.checkins import check_plausible
from goalplanner.core.i18n import join_sentences
from goalplanner.core.model import CheckIn, Goal
from goalplanner.ui.formatting import format_value

REPLACE, KEEP_BOTH, CANCEL = "replace", "keep_both", "cancel"
MINUTE, HOUR = 60, 3600


def ask(box: QMessageBox) -> QAbstractButton | None:
    """Show ``box`` window-modal and wait for the answer: the button clicked (None if closed)."""
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.exec()
    return box.clickedButton()


class CheckInQuestions(QObject):
    """The questions, asked over ``widget``'s window."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget

    def record_anyway(self, goal: Goal, value: float, seen: Iterable[float]) -> bool:
        """True when ``value`` is plausible for ``goal`` given the actuals ``seen``, or the user chose to
        record it anyway; False when the user wants to check it first."""
        problem = check_plausible(goal, value, seen)
        if problem is None:
            return True
        box = self._box(QMessageBox.Icon.Warning, self.far_from_seen_text(problem.params))
        box.setInformativeText(self.tr("A slip of the keyboard is easy to make. Record it anyway?"))
        record = box.addButton(self.tr("&Record anyway"), QMessageBox.ButtonRole.AcceptRole)
        record.setObjectName("record_anyway")
        check = box.addButton(self.tr("&Check the value"), QMessageBox.ButtonRole.RejectRole)
        check.setObjectName("check_value")
        box.setDefaultButton(check)  # Enter does not record a slip
        box.setEscapeButton(check)
        return ask(box) is record

    def far_from_seen_text(self, params: dict[str, Any]) -> str:
        """Why a value is questioned, in the metric's units: "99,999 s is far outside what this goal has
        seen (0 s to 480 s). 99,999 s is 27.8 hours."."""
        locale, unit = QLocale(), params["unit"]
        value = format_value(params["value"], unit, locale)
        text = self.tr("{0} is far outside what this goal has seen ({1} to {2}).").format(
            value,
            format_value(_tidy(params["low"]), unit, locale),
            format_value(_tidy(params["high"]), unit, locale),
        )
        seconds = abs(params["value"])
        if unit == "s" and seconds >= HOUR:
            hours = self.tr("{0} is {1} hours.").format(value, locale.toString(seconds / HOUR, "f", 1))
            text = join_sentences([text, hours])
        elif unit == "s" and seconds >= MINUTE:
            minutes = self.tr("{0} is {1} minutes.").format(value, locale.toString(seconds / MINUTE, "f", 1))
            text = join_sentences([text, minutes])
        return text

    def same_date(self, goal: Goal, existing: CheckIn, new: CheckIn) -> str:
        """Replace ``existing`` (the default), keep both, or cancel: REPLACE, KEEP_BOTH or CANCEL."""
        locale = QLocale()
        when = locale.toString(QDate(existing.on), QLocale.FormatType.ShortFormat)
        box = self._box(
            QMessageBox.Icon.Question,
            self.tr("{0} is already recorded for {1}.").format(
                format_value(existing.actual, goal.unit, locale), when
            ),
        )
        box.setInformativeText(
            self.tr("Replace it with {0}, or keep both check-ins for that date?").format(
                format_value(new.actual, goal.unit, locale)
            )
        )
        replace = box.addButton(self.tr("&Replace it"), QMessageBox.ButtonRole.AcceptRole)
        replace.setObjectName("replace_checkin")
        keep = box.addButton(self.tr("&Keep both"), QMessageBox.ButtonRole.ActionRole)
        keep.setObjectName("keep_both")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        box.setDefaultButton(replace)
        box.setEscapeButton(cancel)
        answer = ask(box)
        return REPLACE if answer is replace else KEEP_BOTH if answer is keep else CANCEL

    def _box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(
            icon, self.tr("Check-in"), text, QMessageBox.StandardButton.NoButton, self.widget.window()
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box


def _tidy(number: float) -> float:
    """A range edge as a reader would write it: whole from 100 up, else to one decimal."""
    return round(number) if abs(number) >= 100 else round(number, 1)
