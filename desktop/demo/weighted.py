"""Fast random picks: weighted with cumulative weights computed once, and plain ones."""

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


def pick(rng: Random, items):
    """``rng.choice`` without its layers of Python calls (this generator makes millions of picks)."""
    return items[int(rng.random() * len(items))]


def between(rng: Random, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` inclusive, like ``rng.randint`` but cheaper."""
    return low + int(rng.random() * (high - low + 1))
