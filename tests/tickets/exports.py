"""Ticket and call exports as Zendesk, Freshdesk and a phone system write them, made by the tests."""

from __future__ import annotations

import csv
import io
import random
from datetime import datetime, timedelta
from pathlib import Path

ZENDESK = ["Id", "Group", "Assignee", "Via", "Created at", "Solved at", "First reply time in minutes",
           "Full resolution time in minutes", "Reopens", "Replies", "Satisfaction Score"]  # fmt: skip
FRESHDESK = ["Ticket ID", "Group", "Agent", "Source", "Created time", "Resolved time",
             "First response time (in hrs)", "Resolution time (in hrs)", "Agent interactions",
             "Satisfaction rating"]  # fmt: skip
CALL_LOG = [
    "start",
    "queue",
    "agent",
    "wait_seconds",
    "talk_seconds",
    "hold_seconds",
    "wrap_seconds",
    "abandoned",
]
START = datetime(2025, 1, 6, 8, 0)  # a Monday


def zendesk_rows(count: int, seed: int = 1, start: datetime = START) -> list[list[str]]:
    """``count`` tickets spread over the weeks from ``start``: every 7th unsolved, ratings mixed."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        created = start + timedelta(minutes=37 * i * 1000 // max(count, 1) * 7)
        solved = created + timedelta(hours=rng.randint(1, 60))
        unsolved = i % 7 == 6
        rating = ["Good", "Good", "Good", "Bad", "Offered", "Unoffered"][i % 6]
        rows.append(
            [
                str(1000 + i),
                ["Support", "Billing"][i % 2],
                ["Ana", "Ben", "Chen"][i % 3],
                ["email", "web", "chat"][i % 3],
                created.strftime("%Y-%m-%d %H:%M:%S"),
                "" if unsolved else solved.strftime("%Y-%m-%d %H:%M:%S"),
                str(rng.randint(5, 300)),
                "" if unsolved else str(rng.randint(60, 3600)),
                str((i % 5 == 0 and 1) or 0),
                str(1 + i % 3),
                rating,
            ]
        )
    return rows


def write_csv(path: Path, headers: list[str], rows: list[list[str]], encoding: str = "utf-8",
              delimiter: str = ",") -> Path:  # fmt: skip
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def call_rows(count: int, seed: int = 2, start: datetime = START) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        moment = start + timedelta(seconds=i * 600)
        abandoned = i % 10 == 9
        rows.append(
            [
                moment.isoformat(sep=" "),
                ["Sales", "Service"][i % 2],
                "" if abandoned else ["Ana", "Ben"][i % 2],
                str(rng.randint(0, 120)),
                "0" if abandoned else str(rng.randint(60, 600)),
                "0" if abandoned else str(rng.randint(0, 60)),
                "0" if abandoned else str(rng.randint(0, 90)),
                "1" if abandoned else "0",
            ]
        )
    return rows


def write_big_zendesk(path: Path, count: int, seconds_apart: int = 15) -> dict[int, list[int]]:
    """A Zendesk CSV of ``count`` tickets, one created every ``seconds_apart`` seconds from ``START``,
    written row by row (a million never sit in memory). Returns, per week counted from ``START``, the
    tickets created and the sum of their first reply minutes: the numbers worked out on the side."""
    weeks: dict[int, list[int]] = {}
    day_text = {}

    def rows():
        for i in range(count):
            offset = i * seconds_apart
            day, second = divmod(offset, 86400)
            text = day_text.get(day)
            if text is None:
                text = day_text[day] = (START.replace(hour=0) + timedelta(days=day)).strftime("%Y-%m-%d")
            hour, rest = divmod(second, 3600)
            created = f"{text} {hour:02d}:{rest // 60:02d}:{rest % 60:02d}"
            minutes = (i * 7919) % 600 + 1
            week = weeks.get(day // 7)
            if week is None:
                week = weeks[day // 7] = [0, 0]
            week[0] += 1
            week[1] += minutes
            yield (1000 + i, "Support", "Ana", "email", created, "", minutes, "", 0, 1, "Offered")

    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(ZENDESK)
        writer.writerows(rows())
    return weeks
