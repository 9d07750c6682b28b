"""Which column of an export holds what: ready mappings for Zendesk, Freshdesk and a call log, and a
guess from the headers (in the app's five languages) for any other file.

A ``Mapping`` names, for each field a metric may need, the column holding it (by position) and, for
durations, the column's unit. It is plain data, so the window can remember one per source (by the
file's headers) and the command line can take a preset by name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from goalplanner.core.ticket_metrics import CALLS, TICKETS

TICKET_FIELDS = ("id", "created", "solved", "first_reply", "resolution", "replies", "reopens", "rating")
TICKET_FIELDS += ("group", "agent", "channel")
CALL_FIELDS = ("start", "wait", "talk", "hold", "wrap", "abandoned", "queue", "agent")
DURATIONS = ("first_reply", "resolution", "wait", "talk", "hold", "wrap")
SECOND, MINUTE, HOUR = 1.0, 60.0, 3600.0


@dataclass
class Mapping:
    """Columns (0-based positions) of the fields of ``kind`` (TICKETS or CALLS); duration units in
    seconds; the rating scale (2: Good/Bad, 5: 1-5); the date order (None: decided from the data)."""

    kind: str
    columns: dict[str, int] = field(default_factory=dict)
    units: dict[str, float] = field(default_factory=dict)
    scale: int = 2
    day_first: bool | None = None
    preset: str = ""

    def to_dict(self, headers: Sequence[str]) -> dict:
        """The mapping by header names, to remember for files with the same headers."""
        return {
            "kind": self.kind,
            "columns": {name: headers[i] for name, i in self.columns.items()},
            "units": dict(self.units),
            "scale": self.scale,
            "day_first": self.day_first,
        }

    @classmethod
    def from_dict(cls, data: dict, headers: Sequence[str]) -> Mapping | None:
        """The remembered mapping for ``headers``, None when a column it names is gone or it is damaged."""
        try:
            where = {h: i for i, h in enumerate(headers)}
            columns = {str(name): where[header] for name, header in dict(data["columns"]).items()}
            units = {str(k): float(v) for k, v in dict(data.get("units", {})).items()}
            kind = data["kind"] if data["kind"] in (TICKETS, CALLS) else None
            scale = 5 if data.get("scale") == 5 else 2
            day_first = data.get("day_first") if data.get("day_first") in (True, False) else None
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return None if kind is None else cls(kind, columns, units, scale, day_first)


# -- ready mappings ------------------------------------------------------------------------------------

PRESETS: dict[str, tuple[str, dict[str, str], dict[str, float]]] = {
    "zendesk": (
        TICKETS,
        {
            "id": "Id",
            "group": "Group",
            "agent": "Assignee",
            "channel": "Via",
            "created": "Created at",
            "solved": "Solved at",
            "first_reply": "First reply time in minutes",
            "resolution": "Full resolution time in minutes",
            "reopens": "Reopens",
            "replies": "Replies",
            "rating": "Satisfaction Score",
        },
        {"first_reply": MINUTE, "resolution": MINUTE},
    ),
    "freshdesk": (
        TICKETS,
        {
            "id": "Ticket ID",
            "group": "Group",
            "agent": "Agent",
            "channel": "Source",
            "created": "Created time",
            "solved": "Resolved time",
            "first_reply": "First response time (in hrs)",
            "resolution": "Resolution time (in hrs)",
            "replies": "Agent interactions",
            "rating": "Satisfaction rating",
        },
        {"first_reply": HOUR, "resolution": HOUR},
    ),
    "calls": (
        CALLS,
        {
            "start": "start",
            "queue": "queue",
            "agent": "agent",
            "wait": "wait_seconds",
            "talk": "talk_seconds",
            "hold": "hold_seconds",
            "wrap": "wrap_seconds",
            "abandoned": "abandoned",
        },
        {"wait": SECOND, "talk": SECOND, "hold": SECOND, "wrap": SECOND},
    ),
}
# The columns a file must have to be taken for each preset.
_PRESET_NEEDS = {
    "zendesk": ("Id", "Created at"),
    "freshdesk": ("Ticket ID", "Created time"),
    "calls": ("start",),
}


def _key(header: str) -> str:
    return " ".join(header.strip().lower().replace("_", " ").split())


def preset_mapping(name: str, headers: Sequence[str]) -> Mapping:
    """The ready mapping ``name`` over ``headers`` (columns it names that are missing are left out);
    ``KeyError`` for an unknown preset."""
    kind, columns, units = PRESETS[name]
    where = {_key(h): i for i, h in enumerate(headers)}
    found = {name_: where[_key(header)] for name_, header in columns.items() if _key(header) in where}
    return Mapping(kind, found, dict(units), preset=name)


def detect_preset(headers: Sequence[str]) -> str | None:
    """The preset whose telltale columns ``headers`` has, or None."""
    keys = {_key(h) for h in headers}
    for name, needs in _PRESET_NEEDS.items():
        if all(_key(n) in keys for n in needs) and (name != "calls" or "wait seconds" in keys):
            return name
    return None


# -- guessing from headers -----------------------------------------------------------------------------

# Words a header holding each field contains, in English, Chinese, Korean, Romanian and Norwegian;
# the fields are tried in this order, so the more specific come first ("first reply" before "reply").
_WORDS: dict[str, tuple[str, ...]] = {
    "first_reply": ("first reply", "first response", "首次回复", "首次响应", "첫 응답", "첫 회신",
                    "primul răspuns", "første svar", "første respons"),
    "resolution": ("resolution time", "full resolution", "time to resolve", "解决时长", "处理时长",
                   "해결 시간", "timp de rezolvare", "timp rezolvare", "løsningstid"),
    "created": ("created", "opened", "创建", "생성", "creat", "deschis", "opprettet"),
    "solved": ("solved", "resolved", "closed", "解决时间", "已解决", "关闭", "해결", "종료",
               "rezolvat", "închis", "løst", "lukket"),
    "reopens": ("reopen", "重新打开", "重开", "재오픈", "다시 열림", "redeschis", "gjenåpnet"),
    "replies": ("replies", "agent interactions", "responses", "回复次数", "回复数", "답변 수", "응답 수",
                "răspunsuri", "antall svar"),
    "rating": ("satisfaction", "rating", "csat", "满意", "만족", "satisfacț", "tilfredshet", "vurdering"),
    "wait": ("wait", "queue time", "等待", "排队", "대기 시간", "așteptare", "ventetid"),
    "talk": ("talk", "通话", "통화", "convorbire", "vorbire", "samtale"),
    "hold": ("hold", "保持", "保留", "보류", "pe hold", "parkert"),
    "wrap": ("wrap", "acw", "after call", "话后", "후처리", "încheiere", "etterarbeid"),
    "abandoned": ("abandon", "放弃", "포기", "abandonat", "avbrutt", "lagt på"),
    "start": ("start", "call time", "开始", "시작", "început", "starttid"),
    "queue": ("queue", "队列", "대기열", "큐", "coadă", "kø"),
    "agent": ("assignee", "agent", "坐席", "客服", "处理人", "상담원", "담당자", "operator", "saksbehandler"),
    "group": ("group", "team", "组", "그룹", "팀", "grup", "echipă", "gruppe"),
    "channel": ("via", "channel", "source", "渠道", "来源", "채널", "canal", "sursă", "kanal", "kilde"),
    "id": ("ticket id", "id", "编号", "工单", "티켓", "번호", "tichet", "saksnummer", "sak"),
}  # fmt: skip
_UNITS = (
    (HOUR, re.compile(r"\bhrs?\b|hours?|\(h\)|小时|시간|\bore\b|\btimer\b")),
    (MINUTE, re.compile(r"\bmin(ute)?s?\b|分钟|분|minute|minutter")),
    (SECOND, re.compile(r"\bsec(ond)?s?\b|\bs\b|秒|초|secunde|sekunder")),
)


def duration_unit(header: str, default: float) -> float:
    """The unit a duration column's header names ("in minutes", "(in hrs)", "wait_seconds"), else
    ``default``."""
    key = _key(header)
    for unit, pattern in _UNITS:
        if pattern.search(key):
            return unit
    return default


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """A preset when the headers are one's, else the fields guessed from the headers' words; tickets
    unless the file looks like a call log (a wait, talk or abandoned column and no created one)."""
    preset = detect_preset(headers)
    if preset is not None:
        return preset_mapping(preset, headers)
    keys = [_key(h) for h in headers]
    columns: dict[str, int] = {}
    for name, words in _WORDS.items():
        for index, key in enumerate(keys):
            if index in columns.values():
                continue
            if any(word == key or (len(word) > 2 and word in key) for word in words):
                columns[name] = index
                break
    calls = "created" not in columns and any(f in columns for f in ("wait", "talk", "abandoned"))
    kind = CALLS if calls else TICKETS
    allowed = CALL_FIELDS if calls else TICKET_FIELDS
    if calls and "start" not in columns and "created" in columns:
        columns["start"] = columns["created"]
    columns = {name: index for name, index in columns.items() if name in allowed}
    default = SECOND if calls else HOUR
    units = {name: duration_unit(headers[i], default) for name, i in columns.items() if name in DURATIONS}
    return Mapping(kind, columns, units)
