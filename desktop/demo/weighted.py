"""Weighted random picks with the cumulative weights computed once."""

from __future__ import annotations

from bisect import bisect
from itertools import accumulate
from random import Random


class Weighted:
    def __init__(self, table: dict) -> None:
        self.items = list(table)
        self.cum = list(accumulate(table.values()))
        self.total = self.cum[-1]

    def pick(self, rng: Random):
        return self.items[bisect(self.cum, rng.random() * self.total)]
