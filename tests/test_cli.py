"""The goalplanner command, run as a user runs it: a real process, real files."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from goalplanner import __version__


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
    check = goalplanner("check", "--db", plan, home=private_home)
    assert check.returncode == 0, check.stderr
    assert "integrity: ok" in check.stdout
    assert "format version: 3 (this goalplanner writes 3)" in check.stdout
    assert "goals: 7" in check.stdout
    assert "check-ins: 20" in check.stdout
    assert "sub-targets: 0" not in check.stdout


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
    assert "together: ■ Off track" in svg.read_text()
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
