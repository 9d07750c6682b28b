from datetime import date
from pathlib import Path

import pytest

from goalplanner.store import Store
from goalplanner.store.demo import write_sample_plan

#: The sample plan is written relative to this day, so exports and imports are reproducible.
TODAY = date(2025, 3, 12)


@pytest.fixture
def sample_store(tmp_path: Path):
    with Store.open(tmp_path / "sample.goalplan") as store:
        write_sample_plan(store, TODAY)
        yield store


def goal_id(store: Store, title_part: str) -> int:
    return next(g.id for g in store.list_goals() if title_part in g.title)
