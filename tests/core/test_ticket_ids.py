"""Ticket ids seen so far (core.ticket_ids): a duplicate is exactly an id seen before, however the
ids are kept (bits near the first id, a set for the rest)."""

from __future__ import annotations

import random

from goalplanner.core.ticket_ids import SPAN, SeenIds


def test_ids_up_and_down_from_the_first_far_away_and_not_numbers_are_each_new_once():
    seen = SeenIds()
    ids = ["5000", "5001", "4999", "0", str(5000 + SPAN), str(5000 - SPAN - 1), "ZD-12", "", "12" * 10]
    assert [seen.add(i) for i in ids] == [True] * len(ids)
    assert [seen.add(i) for i in ids] == [False] * len(ids)
    assert not seen.add("05000")  # the same number as 5000
    assert seen.add("5002") and seen.add(str(5000 + SPAN - 1)) and seen.add(str(5000 - SPAN))


def test_the_same_duplicates_as_a_set_on_random_ids():
    rng = random.Random(7)
    seen, plain = SeenIds(), set()
    for _ in range(50_000):
        number = rng.choice((rng.randint(90_000, 110_000), rng.randint(0, 10**12)))
        text = str(number) if rng.random() < 0.9 else f"T{number % 500}"
        key = int(text) if text.isdigit() else text
        assert seen.add(text) == (key not in plain)
        plain.add(key)
