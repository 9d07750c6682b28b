from pathlib import Path

import pytest

from goalplanner.store import Store


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "team.goalplan"


@pytest.fixture
def store(plan_path: Path):
    with Store.open(plan_path) as opened:
        yield opened
