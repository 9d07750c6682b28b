"""``goalplanner check`` on every kind of bad file: its own message, exit code 2, the file untouched."""

from __future__ import annotations

import hashlib

import pytest

from tests.reliability.bad_files import KINDS, SAYS, good_plan, read_only_medium, spoil
from tests.test_cli import goalplanner


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_each_bad_file_gets_its_own_message_and_is_left_byte_identical(tmp_path, private_home):
    messages = {}
    for kind in KINDS:
        path = spoil(good_plan(tmp_path / f"{kind}.goalplan"), kind)
        before = digest(path), sorted(p.name for p in tmp_path.iterdir())
        result = goalplanner("check", "--db", path, home=private_home)
        assert result.returncode == 2, (kind, result.stdout, result.stderr)
        assert SAYS[kind] in result.stderr, (kind, result.stderr)
        assert "Traceback" not in result.stderr
        assert (digest(path), sorted(p.name for p in tmp_path.iterdir())) == before
        messages[kind] = result.stderr.replace(str(path), "PATH")
    assert len(set(messages.values())) == len(KINDS)  # no two kinds share a message


LEAVE_IN_WAL = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("INSERT INTO checkins (goal_id, on_date, actual, note, created) "
             "SELECT goal_id, on_date, actual, 'only in the WAL', created FROM checkins LIMIT 3")
conn.commit()
os._exit(0)  # gone without folding the WAL into the file, as a crash or a pulled USB stick leaves it
"""


def test_a_plan_on_a_read_only_medium_is_checked_and_left_alone(tmp_path, private_home):
    import subprocess
    import sys

    with read_only_medium(tmp_path / "medium") as seal:
        path = good_plan(tmp_path / "medium" / "plan.goalplan")
        subprocess.run([sys.executable, "-c", LEAVE_IN_WAL, str(path)], check=True)
        seal()
        before = digest(path)
        result = goalplanner("check", "--db", path, home=private_home)
        assert result.returncode == 0, result.stderr
        assert "integrity: ok" in result.stdout and "read-only" in result.stdout
        assert "check-ins: 23" in result.stdout  # the 20 in the file and the 3 still in its -wal
        assert digest(path) == before


@pytest.mark.parametrize("kind", KINDS)
def test_the_store_refuses_each_kind_before_touching_it(tmp_path, kind):
    from goalplanner.store import Store, StoreError

    path = spoil(good_plan(tmp_path / "plan.goalplan"), kind)
    before = digest(path)
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    assert SAYS[kind] in str(refused.value)
    assert digest(path) == before
