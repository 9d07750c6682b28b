"""The workbook's snapshot, taken on a worker thread with a connection of its own."""

import threading

from goalplanner.store import Store
from goalplanner.workbook.data import snapshot
from tests.workbook.conftest import goal_id


def test_a_worker_thread_takes_the_same_snapshot_through_its_own_reader(sample_store):
    wanted = [goal_id(sample_store, "CSAT"), goal_id(sample_store, "wait time")]
    taken = {}

    def work():
        with Store.open_reader(sample_store.path) as plan:
            taken["all"] = snapshot(plan)
            taken["some"] = snapshot(plan, wanted)
            taken["thread"] = threading.get_ident()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(30)
    assert taken["thread"] != threading.get_ident()
    assert taken["all"] == snapshot(sample_store)
    assert taken["some"] == snapshot(sample_store, wanted)
    assert len(taken["all"].goals) == 7 and [d.goal.id for d in taken["some"].goals] == sorted(wanted)
