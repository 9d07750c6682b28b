"""A realistic sample plan for a support department, built from the source articles' examples.

Used by ``goalplanner demo`` and the "Open the sample plan" button so a new
user sees a working hierarchy with check-ins before entering their own goals.
Dates are relative to ``today`` so the check-ins always lie in the recent past.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from goalplanner.core.i18n import ENGLISH, QT_TRANSLATE_NOOP
from goalplanner.core.model import CheckIn, Goal, ResourceCheck, Resources


@dataclass(frozen=True)
class SampleGoal:
    """A goal of the sample plan, its parent (by key) and its check-ins."""

    key: str
    goal: Goal
    parent_key: str | None
    checkins: tuple[CheckIn, ...]


def _fridays(start: date, values: list[float], every_weeks: int = 1) -> tuple[CheckIn, ...]:
    """Check-ins on the Friday of every ``every_weeks``-th week after ``start`` (a Monday)."""
    return tuple(
        CheckIn(goal_id=None, on=start + timedelta(weeks=every_weeks * (i + 1) - 1, days=4), actual=value)
        for i, value in enumerate(values)
    )


def sample_plan(today: date, translate: Callable[[str, str], str] = ENGLISH.translate) -> list[SampleGoal]:
    """Seven goals, parents first: a service vision and the team goals that roll up to it.

    ``translate`` (Qt's signature) writes the texts in the user's language; people's names stay.
    """

    def t(text: str) -> str:
        return translate("Sample", text)

    def person(name: str, role: str) -> str:
        return f"{name} ({t(role)})"

    this_monday = today - timedelta(days=today.weekday())
    start = this_monday - timedelta(weeks=5)  # five full weeks of history
    before = start - timedelta(days=1)
    mark = person("Mark Ellis", QT_TRANSLATE_NOOP("Sample", "support lead"))

    vision = Goal(
        title=t(
            QT_TRANSLATE_NOOP(
                "Sample", "Be recognised as the leader in customer service in our market, measured by NPS"
            )
        ),
        owner=person("Dana Whitfield", QT_TRANSLATE_NOOP("Sample", "head of customer service")),
        team=t(QT_TRANSLATE_NOOP("Sample", "Customer service")),
        scope=t(QT_TRANSLATE_NOOP("Sample", "All channels")),
        reviewer=t(QT_TRANSLATE_NOOP("Sample", "Operations director")),
        start=start,
        deadline=start + timedelta(days=364),
        checkin_cadence="monthly",
        why=t(QT_TRANSLATE_NOOP("Sample", "Customers who recommend us are the cheapest growth we have.")),
        strategy=t(QT_TRANSLATE_NOOP("Sample", "Company strategy: win on service, not on price.")),
        kpi="nps",
        unit="points",
        direction="increase",
        baseline=28,
        baseline_date=before,
        target=40,
        stretch_target=45,
        state="active",
    )
    wait = Goal(
        title=t(
            QT_TRANSLATE_NOOP(
                "Sample",
                "Cut average support call wait time by 50% within six weeks through a plan led by Mark",
            )
        ),
        owner=mark,
        contributors=(
            t(QT_TRANSLATE_NOOP("Sample", "Phone team A")),
            t(QT_TRANSLATE_NOOP("Sample", "Phone team B")),
        ),
        reviewer="Dana Whitfield",
        team=t(QT_TRANSLATE_NOOP("Sample", "Phone support")),
        scope=t(QT_TRANSLATE_NOOP("Sample", "Inbound support queue")),
        start=start,
        deadline=start + timedelta(weeks=6, days=-1),
        checkin_cadence="weekly",
        why=t(
            QT_TRANSLATE_NOOP(
                "Sample", "Long waits are the first complaint in our surveys and push callers to hang up."
            )
        ),
        kpi="wait_time",
        unit="s",
        direction="decrease",
        baseline=240,
        baseline_date=before,
        target=120,
        stretch_target=100,
        state="active",
        resources=Resources(
            staff=ResourceCheck(True),
            budget=ResourceCheck(True),
            skills=ResourceCheck(
                False,
                t(QT_TRANSLATE_NOOP("Sample", "Two senior agents coach the queue on the call-back script.")),
            ),
            headcount=14,
            budget_amount=0,
            skills_needed=t(QT_TRANSLATE_NOOP("Sample", "Call-back scheduling, queue monitoring")),
        ),
    )
    csat = Goal(
        title=t(
            QT_TRANSLATE_NOOP(
                "Sample",
                "Raise e-mail CSAT 25% versus last quarter, from 68% to 85%, within three months",
            )
        ),
        owner=person("Priya Nair", QT_TRANSLATE_NOOP("Sample", "team lead, e-mail")),
        team=t(QT_TRANSLATE_NOOP("Sample", "E-mail support")),
        scope=t(QT_TRANSLATE_NOOP("Sample", "E-mail channel")),
        reviewer="Dana Whitfield",
        start=start,
        deadline=start + timedelta(weeks=13, days=-1),
        checkin_cadence="weekly",
        why=t(
            QT_TRANSLATE_NOOP("Sample", "Unhappy e-mail customers call back, which lengthens every queue.")
        ),
        kpi="csat",
        unit="%",
        direction="increase",
        baseline=68,
        baseline_date=before,
        target=85,
        stretch_target=88,
        state="active",
        resources=Resources(
            staff=ResourceCheck(True), budget=ResourceCheck(True), skills=ResourceCheck(True), headcount=9
        ),
    )
    volume = Goal(
        title=t(
            QT_TRANSLATE_NOOP(
                "Sample", "Cut support call volume 50% versus last year through a self-service library"
            )
        ),
        owner=person("Tomás Ortega", QT_TRANSLATE_NOOP("Sample", "self-service lead")),
        team=t(QT_TRANSLATE_NOOP("Sample", "Self-service")),
        scope=t(QT_TRANSLATE_NOOP("Sample", "Phone support, all products")),
        start=start,
        deadline=start + timedelta(days=364),
        checkin_cadence="monthly",
        why=t(
            QT_TRANSLATE_NOOP(
                "Sample", "Customers would rather find answers themselves; every call avoided frees an agent."
            )
        ),
        kpi="call_volume",
        unit="contacts",
        direction="decrease",
        baseline=12000,
        baseline_date=before,
        target=6000,
        stretch_target=5000,
        state="active",
        resources=Resources(
            staff=ResourceCheck(True),
            skills=ResourceCheck(True),
            budget=ResourceCheck(
                False,
                t(
                    QT_TRANSLATE_NOOP(
                        "Sample", "Fund the knowledge-base licence from the printed-manuals budget."
                    )
                ),
            ),
            headcount=3,
            budget_amount=18000,
            skills_needed=t(QT_TRANSLATE_NOOP("Sample", "Technical writing")),
        ),
    )
    occupancy = Goal(
        title=t(
            QT_TRANSLATE_NOOP(
                "Sample", "Keep phone agents' occupancy within the healthy 75-85% band every week"
            )
        ),
        owner=mark,
        team=t(QT_TRANSLATE_NOOP("Sample", "Phone support")),
        scope=t(QT_TRANSLATE_NOOP("Sample", "Inbound support queue")),
        start=start,
        deadline=start + timedelta(weeks=13, days=-1),
        checkin_cadence="weekly",
        why=t(QT_TRANSLATE_NOOP("Sample", "Above 85% agents burn out; below 75% we pay for idle time.")),
        kpi="occupancy",
        unit="%",
        direction="range",
        baseline=88,
        baseline_date=before,
        target=80,
        range_low=75,
        range_high=85,
        state="active",
    )
    transfers_down = Goal(
        title=t(QT_TRANSLATE_NOOP("Sample", "Cut unnecessary transfers 10% over six months")),
        owner=person("Aisha Bello", QT_TRANSLATE_NOOP("Sample", "quality lead")),
        team=t(QT_TRANSLATE_NOOP("Sample", "Phone support")),
        scope=t(QT_TRANSLATE_NOOP("Sample", "Inbound support queue")),
        start=start,
        deadline=start + timedelta(weeks=26, days=-1),
        checkin_cadence="biweekly",
        why=t(
            QT_TRANSLATE_NOOP(
                "Sample",
                "Each needless transfer makes the customer repeat the story. Paired "
                "with the goal on beneficial transfers so agents do not stop sending callers to experts.",
            )
        ),
        kpi="transfer_rate",
        unit="%",
        direction="decrease",
        baseline=12.0,
        baseline_date=before,
        target=10.8,
        state="active",
    )
    transfers_up = Goal(
        title=t(
            QT_TRANSLATE_NOOP(
                "Sample", "Raise beneficial transfers to product experts 5% over the same six months"
            )
        ),
        owner=person("Aisha Bello", QT_TRANSLATE_NOOP("Sample", "quality lead")),
        team=t(QT_TRANSLATE_NOOP("Sample", "Phone support")),
        scope=t(QT_TRANSLATE_NOOP("Sample", "Inbound support queue")),
        start=start,
        deadline=start + timedelta(weeks=26, days=-1),
        checkin_cadence="biweekly",
        why=t(
            QT_TRANSLATE_NOOP(
                "Sample",
                "The complement of the transfer cut: the right expert at once solves the issue on one call.",
            )
        ),
        kpi="custom",
        unit=t(QT_TRANSLATE_NOOP("Sample", "transfers/week")),
        direction="increase",
        baseline=40,
        baseline_date=before,
        target=42,
        state="active",
    )

    csat_responses = [(139, 200), (150, 211), (146, 203), (157, 212), (161, 214)]
    csat_checkins = tuple(
        CheckIn(goal_id=None, on=c.on, actual=round(100 * num / den, 1), numerator=num, denominator=den)
        for c, (num, den) in zip(_fridays(start, [0] * 5), csat_responses, strict=True)
    )
    wait_checkins = list(_fridays(start, [228, 205, 190, 184, 171]))
    wait_checkins[3] = CheckIn(
        goal_id=None,
        on=wait_checkins[3].on,
        actual=184,
        note=t(QT_TRANSLATE_NOOP("Sample", "Two agents off sick; call-backs paused.")),
    )
    return [
        SampleGoal("vision", vision, None, (CheckIn(None, start + timedelta(weeks=4), 29),)),
        SampleGoal("wait", wait, "vision", tuple(wait_checkins)),
        SampleGoal("csat", csat, "vision", csat_checkins),
        SampleGoal("volume", volume, "vision", (CheckIn(None, start + timedelta(weeks=4), 11300),)),
        # Occupancy missed last week's check-in, so it shows as due.
        SampleGoal("occupancy", occupancy, "wait", _fridays(start, [88.5, 86.0, 84.2, 83.0])),
        SampleGoal("transfers_down", transfers_down, "vision", _fridays(start, [11.9, 11.7], 2)),
        SampleGoal("transfers_up", transfers_up, "vision", _fridays(start, [40.5, 41.0], 2)),
    ]
