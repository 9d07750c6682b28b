"""The goalplanner command, run as a user runs it: a real process, real files."""

import json
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from goalplanner import __version__
from goalplanner.core.breakdown import plan_for
from goalplanner.core.model import CheckIn, Goal
from goalplanner.core.progress import LABELS, NO_DATA, Evaluation, RollUp, evaluate
from goalplanner.core.rollup import roll_up_plan, rollup_reason
from goalplanner.store import Store


def goalplanner(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state")}
    return subprocess.run(
        [sys.executable, "-m", "goalplanner", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_version(private_home):
    result = goalplanner("--version", home=private_home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"goalplanner {__version__}"


def test_demo_then_check_exit_zero(tmp_path, private_home):
    plan = tmp_path / "demo.goalplan"
    demo = goalplanner("demo", "--db", plan, home=private_home)
    assert demo.returncode == 0, demo.stderr
    assert "(7 goals with check-ins)" in demo.stdout
    check = goalplanner("check", "--db", plan, home=private_home)
    assert check.returncode == 0, check.stderr
    assert "integrity: ok" in check.stdout
    assert "format version: 6 (this goalplanner writes 6)" in check.stdout
    assert "goals: 7" in check.stdout
    assert "check-ins: 20" in check.stdout
    assert "sub-targets: 0" not in check.stdout


def test_export_counts_the_goals_it_wrote_in_english(tmp_path, private_home):
    plan = tmp_path / "demo.goalplan"
    assert goalplanner("demo", "--db", plan, home=private_home).returncode == 0
    with Store.open(plan) as store:
        first = store.list_goals()[0].id
    one = goalplanner("export", "--db", plan, "--goal", first, "-o", tmp_path / "one.xlsx", home=private_home)
    assert one.returncode == 0, one.stderr
    assert one.stdout.strip().endswith("(1 goal)")
    every = goalplanner("export", "--db", plan, "-o", tmp_path / "all.xlsx", home=private_home)
    assert every.stdout.strip().endswith("(7 goals)")


def test_demo_never_overwrites_a_plan(tmp_path, private_home):
    plan = tmp_path / "mine.goalplan"
    plan.write_bytes(b"precious")
    result = goalplanner("demo", "--db", plan, home=private_home)
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert plan.read_bytes() == b"precious"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty (0 bytes)"),
        (os.urandom(8192), "not an SQLite database"),
    ],
)
def test_unusable_files_exit_two_without_a_traceback(tmp_path, private_home, content, message):
    plan = tmp_path / "bad.goalplan"
    plan.write_bytes(content)
    result = goalplanner("check", "--db", plan, home=private_home)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert plan.read_bytes() == content


def test_another_programs_database_exits_two(tmp_path, private_home):
    plan = tmp_path / "other.db"
    conn = sqlite3.connect(plan)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    result = goalplanner("check", "--db", plan, home=private_home)
    assert result.returncode == 2
    assert "another program" in result.stderr


def test_missing_file_exits_two(tmp_path, private_home):
    result = goalplanner("check", "--db", tmp_path / "nope.goalplan", home=private_home)
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_damage_inside_a_readable_file_exits_one(tmp_path, private_home):
    plan = tmp_path / "damaged.goalplan"
    assert goalplanner("demo", "--db", plan, home=private_home).returncode == 0
    conn = sqlite3.connect(plan)
    insert = (
        "INSERT INTO checkins (goal_id, on_date, actual, note, created) VALUES (2, '2025-01-01', ?, ?, '')"
    )
    conn.executemany(insert, [(i, "x" * 200) for i in range(500)])
    conn.commit()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    data = bytearray(plan.read_bytes())
    page = page_count - 2  # a leaf page of check-ins, well past the schema on page 1
    data[page * page_size - 1000 : page * page_size] = b"\xff" * 1000
    plan.write_bytes(bytes(data))
    result = goalplanner("check", "--db", plan, home=private_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "integrity: problems found" in result.stdout
    assert "restore the plan from a backup" in result.stderr


def test_chart_writes_goal_sub_goal_and_portfolio_images(tmp_path, private_home):
    plan = tmp_path / "demo.goalplan"
    assert goalplanner("demo", "--db", plan, home=private_home).returncode == 0
    listing = goalplanner("goals", "--db", plan, home=private_home)
    assert listing.returncode == 0, listing.stderr
    wait_line = next(line for line in listing.stdout.splitlines() if "wait time by 50%" in line)
    goal_id = wait_line.split()[0]
    assert "Off track" in wait_line
    png = tmp_path / "wait.png"
    result = goalplanner("chart", "--db", plan, "--goal", goal_id, "-o", png, home=private_home)
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    svg = tmp_path / "vision.svg"
    result = goalplanner("chart", "--db", plan, "--goal", "1", "--children", "-o", svg, home=private_home)
    assert result.returncode == 0, result.stderr
    assert "together: ■ Off track" in svg.read_text().replace("\u00a0", " ")  # the symbol kept with its word
    portfolio = tmp_path / "all.svg"
    result = goalplanner("chart", "--db", plan, "--portfolio", "-o", portfolio, home=private_home)
    assert result.returncode == 0, result.stderr
    assert "Active goals, worst first" in portfolio.read_text()


def test_chart_refuses_unknown_goals_formats_and_files(tmp_path, private_home):
    plan = tmp_path / "demo.goalplan"
    assert goalplanner("demo", "--db", plan, home=private_home).returncode == 0
    missing = goalplanner("chart", "--db", plan, "--goal", "99", "-o", tmp_path / "x.png", home=private_home)
    assert missing.returncode == 2 and "no goal 99" in missing.stderr
    pdf = goalplanner("chart", "--db", plan, "--goal", "1", "-o", tmp_path / "x.pdf", home=private_home)
    assert pdf.returncode == 2 and ".png or .svg" in pdf.stderr
    absent = tmp_path / "none.goalplan"
    nowhere = goalplanner("chart", "--db", absent, "--portfolio", "-o", tmp_path / "x.png", home=private_home)
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr
    assert not (tmp_path / "none.goalplan").exists()
    assert not list(tmp_path.glob("x.*"))


# -- status, goals and checkin: core's evaluation, rendered ----------------------------------------


def demo_plan(tmp_path: Path, home: Path) -> Path:
    plan = tmp_path / "demo.goalplan"
    result = goalplanner("demo", "--db", plan, home=home)
    assert result.returncode == 0, result.stderr
    return plan


def table(stdout: str) -> dict[int, list[str]]:
    """A goals/status table by goal id: its cells, split where two or more spaces separate them."""
    lines = stdout.splitlines()
    return {int(cells[0]): cells for cells in (re.split(r"\s{2,}", line.strip()) for line in lines[1:])}


def core_evaluations(plan: Path) -> tuple[dict[int, Evaluation], dict[int, RollUp]]:
    """What core says of every goal, every check-in judged, read independently of the command."""
    with Store.open(plan, create=False, daily_backup=False) as store:
        evaluations = {
            goal.id: evaluate(goal, store.subtargets(goal.id), store.checkins(goal.id), date.today())
            for goal in store.list_goals()
        }
    return evaluations, roll_up_plan(evaluations)


def json_code(code: str) -> str:
    return "no_checkin" if code == NO_DATA else code


def test_status_json_agrees_with_evaluate_for_every_goal_and_checkin(tmp_path, private_home):
    plan = demo_plan(tmp_path, private_home)
    result = goalplanner("status", "--db", plan, "--json", home=private_home)
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    evaluations, rollups = core_evaluations(plan)
    assert sorted(entry["id"] for entry in entries) == sorted(evaluations)
    assert sum(len(entry["checkins"]) for entry in entries) == 20
    for entry in entries:
        evaluation, rollup, goal = (
            evaluations[entry["id"]],
            rollups[entry["id"]],
            evaluations[entry["id"]].goal,
        )
        assert entry["title"] == goal.title and entry["parent_id"] == goal.parent_id
        assert entry["state"] == goal.state and entry["unit"] == goal.unit
        assert entry["status"] == json_code(evaluation.status.code)
        assert entry["achievement"] == evaluation.status.achievement
        assert entry["since"] == (evaluation.since.isoformat() if evaluation.since else None)
        assert entry["rollup"]["code"] == json_code(rollup.code) and entry["rollup_driver"] == rollup.driver
        assert entry["rollup"]["rule"] == "worst" and entry["rollup"]["driver"] == rollup.driver
        assert entry["guardrail"] is None and entry["status_text"] == LABELS[evaluation.status.code]
        forecast = evaluation.forecast
        assert entry["forecast"] == (forecast.value if forecast else None)
        assert entry["forecast_in_band"] == (forecast.in_band if forecast else None)
        assert entry["next_checkin"] == (evaluation.next_due.isoformat() if evaluation.next_due else None)
        assert entry["ready_to_close"] == evaluation.ready_to_close
        assert entry["due_now"] == evaluation.due_now
        assert len(entry["checkins"]) == len(evaluation.judged)
        for shown, judged in zip(entry["checkins"], evaluation.judged, strict=True):
            assert shown["id"] == judged.checkin.id
            assert shown["date"] == judged.checkin.on.isoformat()
            assert shown["actual"] == judged.checkin.actual
            assert shown["planned"] == judged.planned
            assert shown["baseline"] == judged.baseline
            assert shown["achievement"] == judged.status.achievement
            assert shown["status"] == json_code(judged.status.code)
            assert shown["note"] == judged.checkin.note
    occupancy = next(e for e in entries if e["direction"] == "range")
    assert isinstance(occupancy["forecast_in_band"], bool)
    assert {e["status"] for e in entries} <= {"on_track", "at_risk", "off_track", "achieved", "no_checkin"}


def test_goals_and_status_agree_on_own_and_roll_up_status(tmp_path, private_home):
    plan = demo_plan(tmp_path, private_home)
    goals = goalplanner("goals", "--db", plan, home=private_home)
    status = goalplanner("status", "--db", plan, home=private_home)
    assert goals.returncode == 0 and status.returncode == 0, goals.stderr + status.stderr
    listed, shown = table(goals.stdout), table(status.stdout)
    evaluations, rollups = core_evaluations(plan)
    assert listed.keys() == shown.keys() == evaluations.keys()
    for goal_id, evaluation in evaluations.items():
        own, rollup = LABELS[evaluation.status.code], rollups[goal_id]
        reason = rollup_reason(goal_id, rollup, {i: e.goal for i, e in evaluations.items()})
        together = LABELS[rollup.code] + (f" ({reason})" if rollup.driver != goal_id else "")
        assert listed[goal_id][1:3] == shown[goal_id][1:3] == [own, together]
    # the vision is on track itself, and off track together with its sub-goals: both said, in both
    vision = next(i for i, e in evaluations.items() if e.goal.parent_id is None)
    assert rollups[vision].code == "off_track" and rollups[vision].driver != vision
    assert listed[vision][2].startswith("Off track (worst wins · driven by: ")
    lines = status.stdout.splitlines()
    header = re.split(r"\s{2,}", lines[0].strip())
    assert header == [
        "id",
        "status",
        "with sub-goals",
        "achievement",
        "latest",
        "target",
        "forecast",
        "next check-in",
        "state",
        "goal",
    ]
    assert "(in the band)" in status.stdout or "(outside the band)" in status.stdout


def past_plan(tmp_path: Path) -> tuple[Path, int, int]:
    """A plan whose goals ended last year: one with check-ins, one without any."""
    plan = tmp_path / "past.goalplan"
    start = date(date.today().year - 1, 1, 6)
    wait = Goal(
        title="Cut wait time", owner="Mark", start=start, deadline=start + timedelta(weeks=6, days=-3),
        kpi="wait_time", unit="s", direction="decrease", baseline=240, baseline_date=start, target=120,
        state="active",
    )  # fmt: skip
    with Store.open(plan) as store:
        wait_id = store.save_goal(wait, plan_for(wait))
        store.add_checkins(
            CheckIn(wait_id, start + timedelta(days=4 + 7 * k), 230 - 20 * k) for k in range(3)
        )
        quiet = replace(wait, title="Nothing recorded", parent_id=wait_id)
        quiet_id = store.save_goal(quiet, plan_for(quiet))
    return plan, wait_id, quiet_id


def test_a_goal_past_its_deadline_is_ready_to_close_with_no_next_checkin(tmp_path, private_home):
    plan, wait_id, quiet_id = past_plan(tmp_path)
    result = goalplanner("status", "--db", plan, "--json", home=private_home)
    assert result.returncode == 0, result.stderr
    entries = {entry["id"]: entry for entry in json.loads(result.stdout)}
    for goal_id in (wait_id, quiet_id):
        assert entries[goal_id]["ready_to_close"] is True
        assert entries[goal_id]["next_checkin"] is None and entries[goal_id]["due_now"] is False
    assert entries[quiet_id]["status"] == "no_checkin" and entries[quiet_id]["checkins"] == []
    assert entries[quiet_id]["achievement"] is None and entries[quiet_id]["forecast"] is None
    # a goal beats a sub-goal with none
    assert (
        entries[wait_id]["rollup"]["code"] == entries[wait_id]["status"]
    )  # a goal beats a sub-goal with none
    text = goalplanner("status", "--db", plan, home=private_home)
    rows = table(text.stdout)
    assert rows[wait_id][7] == "ready to close" and rows[quiet_id][7] == "ready to close"
    assert rows[quiet_id][1] == "No check-in yet" and rows[quiet_id][3:5] == ["-", "-"]  # achievement, latest
    assert rows[quiet_id][6] == "-" and rows[quiet_id][5] == rows[wait_id][5] == "120 s"  # forecast, target
    only = goalplanner("status", "--db", plan, "--goal", str(quiet_id), "--json", home=private_home)
    assert [entry["id"] for entry in json.loads(only.stdout)] == [quiet_id]


def test_status_refuses_unknown_goals_and_unusable_files(tmp_path, private_home):
    plan = demo_plan(tmp_path, private_home)
    missing = goalplanner("status", "--db", plan, "--goal", "99", home=private_home)
    assert missing.returncode == 2 and "no goal 99" in missing.stderr
    empty = tmp_path / "empty.goalplan"
    empty.write_bytes(b"")
    for command in ("status", "goals"):
        result = goalplanner(command, "--db", empty, home=private_home)
        assert result.returncode == 2 and "empty (0 bytes)" in result.stderr
        assert "Traceback" not in result.stderr
    assert empty.read_bytes() == b""


def checkins_of(plan: Path, goal_id: int) -> list[CheckIn]:
    with Store.open(plan, create=False, daily_backup=False) as store:
        return store.checkins(goal_id)


def test_checkin_records_and_says_how_core_judged_it(tmp_path, private_home):
    plan, wait_id, _quiet = past_plan(tmp_path)
    day = date.today() - timedelta(days=1)
    result = goalplanner(
        "checkin",
        "--db",
        plan,
        "--goal",
        wait_id,
        "--on",
        day,
        "--actual",
        "125",
        "--note",
        "late",
        home=private_home,
    )
    assert result.returncode == 0, result.stderr
    recorded = checkins_of(plan, wait_id)[-1]
    assert (recorded.on, recorded.actual, recorded.note) == (day, 125.0, "late")
    judged = next(j for j in core_evaluations(plan)[0][wait_id].judged if j.checkin.id == recorded.id)
    assert result.stdout.strip().startswith(f"recorded 125 s for goal {wait_id} on {day.isoformat()}: ")
    assert LABELS[judged.status.code] in result.stdout


@pytest.mark.parametrize(
    ("actual", "on_days", "message"),
    [
        ("-5", 0, "-5 s is impossible for average call wait time: it cannot be below 0 s"),
        ("nan", 0, "nan is not a number"),
        ("200", -3, "a check-in records what happened"),
    ],
)
def test_checkin_refuses_impossible_values_and_future_dates_even_with_force(
    tmp_path, private_home, actual, on_days, message
):
    plan = demo_plan(tmp_path, private_home)
    before = checkins_of(plan, 2)
    on = date.today() - timedelta(days=on_days)
    result = goalplanner(
        "checkin", "--db", plan, "--goal", "2", "--on", on, "--actual", actual, "--force", home=private_home
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert message in result.stderr and "nothing was recorded" in result.stderr
    assert "Traceback" not in result.stderr
    assert checkins_of(plan, 2) == before


def test_checkin_questions_a_value_far_from_what_the_goal_has_seen(tmp_path, private_home):
    plan = demo_plan(tmp_path, private_home)
    before = checkins_of(plan, 2)
    today = date.today().isoformat()
    refused = goalplanner(
        "checkin", "--db", plan, "--goal", "2", "--on", today, "--actual", "99999", home=private_home
    )
    assert refused.returncode == 1
    assert "99,999 s is far outside what this goal has seen (0 s to " in refused.stderr
    assert "99,999 s is 27.8 hours" in refused.stderr and "--force" in refused.stderr
    assert checkins_of(plan, 2) == before
    forced = goalplanner(
        "checkin",
        "--db",
        plan,
        "--goal",
        "2",
        "--on",
        today,
        "--actual",
        "99999",
        "--force",
        home=private_home,
    )
    assert forced.returncode == 0, forced.stderr
    assert [c.actual for c in checkins_of(plan, 2)] == [c.actual for c in before] + [99999.0]


def test_checkin_on_a_date_that_has_one_replaces_it_only_with_force_or_keeps_both(tmp_path, private_home):
    plan = demo_plan(tmp_path, private_home)
    before = checkins_of(plan, 2)
    first = before[-1]
    args = ("checkin", "--db", plan, "--goal", "2", "--on", first.on)
    refused = goalplanner(*args, "--actual", "170", home=private_home)
    assert refused.returncode == 1
    assert f"already has a check-in on {first.on.isoformat()} ({first.actual:g} s)" in refused.stderr
    assert checkins_of(plan, 2) == before
    usage = goalplanner(*args, "--actual", "170", "--keep-both", home=private_home)
    assert usage.returncode == 2 and "--keep-both needs --force" in usage.stderr
    replaced = goalplanner(*args, "--actual", "170", "--note", "recounted", "--force", home=private_home)
    assert replaced.returncode == 0, replaced.stderr
    assert replaced.stdout.startswith(f"replaced {first.actual:g} s with 170 s")
    after = checkins_of(plan, 2)
    assert after == [*before[:-1], replace(first, actual=170.0, note="recounted")]
    both = goalplanner(*args, "--actual", "168", "--force", "--keep-both", home=private_home)
    assert both.returncode == 0, both.stderr
    assert [(c.on, c.actual) for c in checkins_of(plan, 2)[-2:]] == [(first.on, 170.0), (first.on, 168.0)]


def test_checkin_refuses_unknown_goals_and_missing_files(tmp_path, private_home):
    plan = demo_plan(tmp_path, private_home)
    today = date.today().isoformat()
    missing = goalplanner(
        "checkin", "--db", plan, "--goal", "99", "--on", today, "--actual", "1", home=private_home
    )
    assert missing.returncode == 2 and "no goal 99" in missing.stderr
    absent = tmp_path / "none.goalplan"
    nowhere = goalplanner(
        "checkin", "--db", absent, "--goal", "1", "--on", today, "--actual", "1", home=private_home
    )
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr and not absent.exists()
    bad_date = goalplanner(
        "checkin", "--db", plan, "--goal", "2", "--on", "31/12/2025", "--actual", "1", home=private_home
    )
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr


@pytest.mark.parametrize("where", ["before", "after"])
def test_db_given_before_or_after_the_command_is_the_plan_used(tmp_path, private_home, where):
    """`goalplanner --db X demo` once wrote the sample into the user's own plan: argparse let the
    command's own --db default override the one given before it."""
    plan = tmp_path / "team.goalplan"
    args = ["--db", plan, "demo"] if where == "before" else ["demo", "--db", plan]
    result = goalplanner(*args, home=private_home)
    assert result.returncode == 0, result.stderr
    assert plan.exists() and str(plan) in result.stdout
    own = list(private_home.rglob("*.goalplan"))
    assert own == [] or all(p == plan for p in own)  # nothing written to the user's own plan
