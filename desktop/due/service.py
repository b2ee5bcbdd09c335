"""The due list over every area: ask each source, group, count."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from db.engine import Database
from desktop.calendar import calendar_of
from desktop.due.grouping import DueGroup, default_horizon, group_of
from desktop.due.items import DueItem, DueScope, DueSource


@dataclass(frozen=True)
class DueSummary:
    """The items by group (each group sorted by last day, then area), and counts."""

    today: date
    groups: dict[DueGroup, tuple[DueItem, ...]]
    per_area: dict[str, int] = field(default_factory=dict)

    def count(self, group: DueGroup) -> int:
        return len(self.groups.get(group, ()))

    @property
    def items(self) -> tuple[DueItem, ...]:
        return tuple(item for group in DueGroup for item in self.groups.get(group, ()))


class DueList:
    def __init__(
        self,
        database: Database,
        *,
        today: Callable[[], date] = date.today,
        sources: Callable[[], Sequence[DueSource]] | None = None,
    ) -> None:
        self.database = database
        self.today = today
        self._sources = sources

    def sources(self) -> Sequence[DueSource]:
        if self._sources is not None:
            return self._sources()
        from desktop.due.sources import all_sources

        return all_sources()

    def summary(self, officer_id: int | None = None, *, horizon: date | None = None) -> DueSummary:
        """What is due up to ``horizon`` (default: the end of 本周 or the third working day),
        for ``officer_id`` or for the whole centre."""
        today = self.today()
        with self.database.read() as session:
            calendar = calendar_of(session)
            scope = DueScope(today, horizon or default_horizon(today, calendar), officer_id)
            items = [item for source in self.sources() for item in source.items(session, scope, calendar)]
        return summarize(items, today, calendar)

    def labels(self) -> dict[str, str]:
        return {source.area: source.label for source in self.sources()}

    def kinds(self) -> frozenset[str]:
        """Tables whose changes may change the list (the window watches them)."""
        return frozenset().union(*(source.kinds for source in self.sources())) if self.sources() else frozenset()


def summarize(items: Sequence[DueItem], today: date, calendar) -> DueSummary:
    grouped: dict[DueGroup, list[DueItem]] = {group: [] for group in DueGroup}
    for item in items:
        grouped[group_of(item.due_on, today, calendar)].append(item)
    groups = {g: tuple(sorted(v, key=lambda i: (i.due_on, i.area, i.title))) for g, v in grouped.items()}
    return DueSummary(today, groups, dict(Counter(item.area for item in items)))
