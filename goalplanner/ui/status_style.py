"""How a status looks in the window: the shared colour-blind-safe palette, as Qt colours and text."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from goalplanner.core.model import CONFIDENCES, Goal
from goalplanner.core.palette import STATUS_LOOKS
from goalplanner.core.progress import LABELS, RollUp
from goalplanner.core.rollup import Guarded, guarded_label, rollup_reason
from goalplanner.ui.formatting import ui_wording


def status_text(code: str) -> str:
    """The status with its symbol, in the user's language: "▲ At risk"."""
    return f"{STATUS_LOOKS[code].symbol} {QCoreApplication.translate('Status', LABELS[code])}"


def status_colour(code: str) -> QColor:
    """The status colour."""
    return QColor(STATUS_LOOKS[code].colour)


def guarded_text(guarded: Guarded) -> str:
    """The status beside its guardrail's, after the symbol of the status it is shown as (core.rollup):
    "▲ On track · guardrail off track"."""
    return f"{STATUS_LOOKS[guarded.shown_code].symbol} {guarded_label(guarded, ui_wording())}"


def rollup_reason_text(goal_id: int, rollup: RollUp, goals: Mapping[int, Goal]) -> str:
    """Why a roll-up is what it is, in the user's language: "weighted mean 87% · driven by: …"."""
    return rollup_reason(goal_id, rollup, goals, ui_wording())


def rollup_text(goal_id: int, rollup: RollUp, goals: Mapping[int, Goal]) -> str:
    """A roll-up with its rule and reason: "▲ At risk (weighted mean 87% · driven by: Ana's …)"."""
    return f"{status_text(rollup.code)} ({rollup_reason_text(goal_id, rollup, goals)})"


def confidence_text(code: str | None) -> str:
    """The owner's confidence in words, without the symbol of the computed status it must not be taken
    for: "At risk"; "" when the owner did not say."""
    return QCoreApplication.translate("Status", LABELS[code]) if code else ""


def fill_confidence(combo: QComboBox, not_said: str) -> None:
    """Fill ``combo`` with the owner's confidence choices (``not_said`` first, for None), in the user's
    language: the one list of the check-in form and the weekly review. Called again on a language
    change, it keeps the choice made."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(not_said, None)
    for code in CONFIDENCES:
        combo.addItem(confidence_text(code), code)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
