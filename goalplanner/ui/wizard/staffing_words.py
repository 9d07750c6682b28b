"""The staffing calculator's sentences: what it solves for, what the weeks need, occupancy in words."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from goalplanner.core.model import Goal, StaffingInputs
from goalplanner.core.staffing import GOAL_TARGETS, Staffing, StaffingTarget, goal_names_target
from goalplanner.core.staffing_weeks import (
    WeekStaffing,
    occupancy_band,
    occupancy_level,
    staffing_summary,
)


class StaffingWords(QObject):
    """Sentences for ``StaffingPanel`` (a separate object, so the panel reads as layout and flow)."""

    def target(self, target: StaffingTarget, goal: Goal | None) -> str:
        """What the calculator solves for, in words."""
        locale = QLocale()
        number = lambda value: locale.toString(float(value), "g", 6)  # noqa: E731
        if target.kind == "asa":
            return self.tr("The goal's target: an average wait of {0} s.").format(number(target.value))
        if target.kind == "abandonment":
            return self.tr(
                "The goal's target: at most {0} % of callers hang up. Erlang C does not model hanging up: "
                "callers are taken to give up after {1} s on average, and the agents that keep it to {0} % "
                "are counted."
            ).format(number(100 * target.value), number(target.patience_s))
        if target.from_goal:
            return self.tr("The goal's target: {0} % answered within the seconds below.").format(
                number(100 * target.value)
            )
        if goal is not None and goal_names_target(goal):
            return self.tr("A service level of your own, below, instead of the goal's target.")
        if goal is not None and goal.kpi in GOAL_TARGETS:
            return self.tr("The goal has no target yet: the service level below is used until it has one.")
        return self.tr("The goal is not about waits or answering: the service level below is used.")

    def result(self, need: Staffing, weekly: bool, inputs: StaffingInputs, headcount: int | None) -> str:
        """The agents the busiest (or every) week needs, and the headcount against the rota."""
        locale = QLocale()
        if not weekly:
            headline = self.tr(
                "Needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded "
                "up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%."
            )
        elif inputs.volume == "profile":
            headline = self.tr(
                "The busiest week needs {0} agents on the phones and {1} on the rota after shrinkage (whole "
                "agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%."
            )
        else:
            headline = self.tr(
                "Each week needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, "
                "rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%."
            )
        text = headline.format(
            need.agents,
            need.scheduled,
            locale.toString(need.asa, "f", 1),
            locale.toString(100 * need.service_level, "f", 1),
            locale.toString(inputs.answer_within_s, "g", 6),
            locale.toString(100 * need.occupancy, "f", 1),
        )
        if headcount is not None:
            gap = need.scheduled - headcount
            text += " " + (
                self.tr("Headcount {0}: {1} short on the rota.").format(headcount, gap)
                if gap > 0
                else self.tr("Headcount {0} is enough.").format(headcount)
            )
        return text

    def summary(self, weeks: list[WeekStaffing]) -> str:
        """The weekly table in a line: the weeks short, the worst one, and occupancy against the band."""
        summary = staffing_summary(weeks)
        if summary is None:
            return ""
        worst = summary.worst
        if worst.available is None:
            text = self.tr("Enter the headcount to compare. The busiest week, week {0}, needs {1} agents.")
            text = text.format(worst.number, worst.need.agents)
        elif summary.short_weeks:
            text = self.tr(
                "%n of {0} weeks are short of agents; the worst, week {1}, needs {2} and {3} are available.",
                "",
                summary.short_weeks,
            ).format(summary.weeks, worst.number, worst.need.agents, worst.available)
        else:
            text = self.tr("Every week has enough agents; the busiest, week {0}, needs {1} of {2}.")
            text = text.format(worst.number, worst.need.agents, worst.available)
        return text + " " + self._occupancy(summary.lowest_occupancy, summary.highest_occupancy)

    def _occupancy(self, lowest: WeekStaffing, highest: WeekStaffing) -> str:
        locale = QLocale()
        low, high = occupancy_band()
        band = [locale.toString(100 * low, "f", 0), locale.toString(100 * high, "f", 0)]
        words = {
            "idle": self.tr("below the healthy {0}–{1} % band, agents sit idle part of the time"),
            "healthy": self.tr("inside the healthy {0}–{1} % band"),
            "pressure": self.tr("above the healthy {0}–{1} % band, no time to breathe between contacts"),
            "burnout": self.tr("far above the healthy {0}–{1} % band, agents burn out"),
            "overloaded": self.tr("too few agents: the queue never clears"),
        }
        ends = []
        for week in (lowest, highest):
            percent = locale.toString(100 * week.occupancy, "f", 0)
            ends.append((percent, week.number, words[occupancy_level(week.occupancy)].format(*band)))
        (low_percent, _, low_words), (high_percent, _, high_words) = ends
        if low_percent == high_percent or low_words == high_words:
            span = low_percent if low_percent == high_percent else f"{low_percent}–{high_percent}"
            return self.tr("Occupancy {0} %: {1}.").format(span, low_words)
        return self.tr("Occupancy {0} % in week {1}: {2}; {3} % in week {4}: {5}.").format(*ends[0], *ends[1])
