from pathlib import Path

import pytest

from goalplanner.store import Store


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "team.goalplan") as opened:
        yield opened
