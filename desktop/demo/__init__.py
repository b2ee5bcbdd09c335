"""Realistic made-up data for demonstrations, training and load tests.

``generate(database, cases=..., letters=..., claims=..., seed=..., today=...)`` fills a
database (deterministic by seed and reference day); ``ensure_demo(url)`` creates a
demo database on first start.
"""

from desktop.demo.ensure import ensure_demo
from desktop.demo.generate import DemoSummary, generate

__all__ = ["DemoSummary", "ensure_demo", "generate"]
