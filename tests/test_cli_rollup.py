"""``goalplanner status --json``: the roll-up's rule and reason and the guardrail, as core says them."""

from __future__ import annotations

import json

import pytest

from goalplanner.cli import main as goalplanner
from tests.rollup_plan import GUARDED, GUARDRAIL, TEAM, write_rollup_plan


def test_status_json_says_the_rule_the_reason_and_the_guardrail(tmp_path, capsys):
    ids = write_rollup_plan(tmp_path / "team.goalplan")
    assert goalplanner(["status", "--db", str(tmp_path / "team.goalplan"), "--json"]) == 0
    entries = {entry["id"]: entry for entry in json.loads(capsys.readouterr().out)}
    team = entries[ids[TEAM]]["rollup"]
    # 50 x 90 % + 30 x 100 % + 20 x 60 % = 87 %: at risk, Chen's 8-point shortfall the largest
    assert team["rule"] == "weighted" and team["code"] == "at_risk" and team["driver"] == ids["Chen"]
    assert team["share"] == pytest.approx(0.87)
    assert team["reason"] == "weighted mean 87% · driven by: Chen's average handle time"
    speed = entries[ids[GUARDED]]
    assert speed["status"] == "on_track" and speed["status_shown"] == "at_risk"
    assert speed["status_text"] == "On track · guardrail off track"
    assert speed["guardrail"] == {"id": ids[GUARDRAIL], "code": "off_track"}
    assert speed["rollup"] == {"rule": "worst", "code": "at_risk", "driver": ids[GUARDED], "share": None,
                               "reason": "worst wins"}  # fmt: skip
    assert entries[ids[GUARDRAIL]]["guardrail"] is None
    assert entries[ids["Ana"]]["rollup"]["code"] == "on_track"
