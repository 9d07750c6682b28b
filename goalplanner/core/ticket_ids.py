"""The ticket ids an export has shown so far, so a ticket listed twice counts once, exactly.

Helpdesks number tickets 1, 2, 3, …, so an export's ids are mostly numbers close together. Those
are kept as bits (one bit per possible number, counted up and down from the first id seen), which
holds a million ids in about 125 kB where a set of Python ints takes about 60 MB. Ids that are not
plain numbers, or lie further than ``SPAN`` from the first, go into an ordinary set. Both are exact:
an id is a duplicate only when it was seen before. Numbers are compared as numbers, so "0042" and
"42" are the same ticket.
"""

from __future__ import annotations

SPAN = 1 << 27  # numbers each side of the first id kept as bits: 16 MB each side at most


class SeenIds:
    """``add(id)`` is True the first time an id is given, False after."""

    def __init__(self) -> None:
        self._first: int | None = None
        self._up = bytearray()  # bit n: the first id + n was seen
        self._down = bytearray()  # bit n: the first id - 1 - n was seen
        self._others: set[str | int] = set()

    def add(self, ticket_id: str) -> bool:
        if not (ticket_id.isdigit() and len(ticket_id) < 19):
            return self._add_other(ticket_id)
        number = int(ticket_id)
        if self._first is None:
            self._first = number
        offset = number - self._first
        if 0 <= offset < SPAN:
            bits = self._up
        elif -SPAN <= offset < 0:
            bits, offset = self._down, -1 - offset
        else:
            return self._add_other(number)
        index, mask = offset >> 3, 1 << (offset & 7)
        if index >= len(bits):  # grow by doubling: a few steps for a whole export
            bits.extend(bytes(max(index + 1 - len(bits), len(bits), 1024)))
        if bits[index] & mask:
            return False
        bits[index] |= mask
        return True

    def _add_other(self, key: str | int) -> bool:
        if key in self._others:
            return False
        self._others.add(key)
        return True
