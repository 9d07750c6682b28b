"""``goalplanner import-tickets``: a call log and a Zendesk export become a goal's check-ins, run as a
user runs it, with the preview, the dry run, filters, JSON and the refusals."""

from __future__ import annotations

import json
from datetime import datetime

from goalplanner.store import Store
from tests.test_cli import goalplanner, past_plan
from tests.tickets.exports import CALL_LOG, ZENDESK, call_rows, write_csv, zendesk_rows


def exports(tmp_path, start):
    calls = write_csv(tmp_path / "calls.csv", CALL_LOG, call_rows(3000, start=start))
    tickets = write_csv(tmp_path / "zendesk.csv", ZENDESK, zendesk_rows(400, start=start))
    return calls, tickets


def test_a_call_log_gives_each_weeks_wait_as_check_ins(tmp_path, private_home):
    plan, wait_id, _quiet = past_plan(tmp_path)  # wait 240 s -> 120 s, six weeks from a Monday last year
    with Store.open(plan, create=False, daily_backup=False) as store:
        goal = store.get_goal(wait_id)
        before = store.checkins(wait_id)
    calls, _tickets = exports(tmp_path, datetime.combine(goal.start, datetime.min.time()))
    dry = goalplanner(
        "import-tickets", "--db", plan, calls, "--goal", wait_id, "--dry-run", home=private_home
    )
    assert dry.returncode == 0, dry.stderr
    assert "3000 rows read; 2700 calls used" in dry.stdout
    assert "replaces the check-in of 230 s" in dry.stdout and "Achieved" in dry.stdout
    with Store.open(plan, create=False, daily_backup=False) as store:
        assert store.checkins(wait_id) == before  # a dry run changes nothing
    done = goalplanner("import-tickets", "--db", plan, calls, "--goal", wait_id, home=private_home)
    assert done.returncode == 0, done.stderr
    assert "recorded 0 new and 3 changed check-ins" in done.stdout  # 3000 calls x 10 min: three weeks
    with Store.open(plan, create=False, daily_backup=False) as store:
        after = store.checkins(wait_id)
    assert [c.id for c in after] == [c.id for c in before]
    assert all(c.actual < 120 for c in after)  # waits of 0-120 s on answered calls: a mean near 60 s
    again = goalplanner("import-tickets", "--db", plan, calls, "--goal", wait_id, "--json", home=private_home)
    periods = json.loads(again.stdout)["periods"]
    assert [p["action"] for p in periods] == ["same"] * 3
    assert sum(p["count"] for p in periods) == 2700


def test_bad_rows_and_the_wrong_export_are_refused_with_nothing_recorded(tmp_path, private_home):
    plan, wait_id, _quiet = past_plan(tmp_path)
    with Store.open(plan, create=False, daily_backup=False) as store:
        goal = store.get_goal(wait_id)
        before = store.checkins(wait_id)
    calls, tickets = exports(tmp_path, datetime.combine(goal.start, datetime.min.time()))
    wrong = goalplanner("import-tickets", "--db", plan, tickets, "--goal", wait_id, home=private_home)
    assert wrong.returncode == 1 and "the file is a ticket export" in wrong.stderr
    rows = call_rows(50, start=datetime.combine(goal.start, datetime.min.time()))
    rows[9][3] = "ten"
    bad = write_csv(tmp_path / "bad.csv", CALL_LOG, rows)
    refused = goalplanner("import-tickets", "--db", plan, bad, "--goal", wait_id, home=private_home)
    assert refused.returncode == 1
    assert "row 11, column 'wait_seconds': 'ten' is not a number" in refused.stderr
    missing = goalplanner(
        "import-tickets", "--db", plan, tmp_path / "nowhere.csv", "--goal", wait_id, home=private_home
    )
    assert missing.returncode == 2
    filtered = goalplanner(
        "import-tickets",
        "--db",
        plan,
        calls,
        "--goal",
        wait_id,
        "--filter",
        "queue",
        "--dry-run",
        home=private_home,
    )
    assert filtered.returncode == 2 and "COLUMN=VALUE" in filtered.stderr
    with Store.open(plan, create=False, daily_backup=False) as store:
        assert store.checkins(wait_id) == before


def test_a_filter_keeps_one_queue(tmp_path, private_home):
    plan, wait_id, _quiet = past_plan(tmp_path)
    with Store.open(plan, create=False, daily_backup=False) as store:
        goal = store.get_goal(wait_id)
    calls, _tickets = exports(tmp_path, datetime.combine(goal.start, datetime.min.time()))
    args = ("import-tickets", "--db", plan, calls, "--goal", wait_id, "--filter", "queue=sales", "--json")
    result = goalplanner(*args, home=private_home)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["filtered_out"] == 1500
