"""统计 area: the year's figures (the numbers ``stats --json`` prints) and their breakdowns."""

from __future__ import annotations

from ui.stats.page import TITLE, StatsPage

__all__ = ["TITLE", "StatsPage", "create"]


def create(context, parent=None) -> StatsPage:
    return StatsPage(context, parent)
