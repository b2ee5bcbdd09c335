"""What a committed write changed: entity kinds (table names) with the ids touched.

A write collects, while it flushes, which rows of which kind it created, updated or
deleted (``note``); after the commit the database announces one ``Changes`` to its
listeners. ``Changes.everything()`` stands for "anything may have changed" (another
workstation's commit, F5): every watcher reloads.

Kinds are the tables' names, checked against the mapped tables (``check_kinds``), so
a misspelt kind fails where it is written instead of never matching.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from sqlalchemy.orm import Session

COLLECTOR_KEY = "changes"


@dataclass(frozen=True)
class Changes:
    """Immutable: ``ids[kind]`` holds the ids of that kind touched (empty when not known)."""

    ids: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    everything_changed: bool = False

    @classmethod
    def everything(cls) -> Changes:
        return cls(everything_changed=True)

    @classmethod
    def of(cls, kinds: Mapping[str, Iterable[int]] | Iterable[str]) -> Changes:
        if isinstance(kinds, Mapping):
            return cls(MappingProxyType({k: frozenset(v) for k, v in kinds.items()}))
        return cls(MappingProxyType({k: frozenset() for k in kinds}))

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def __bool__(self) -> bool:
        return self.everything_changed or bool(self.ids)

    def touches(self, kinds: Iterable[str]) -> bool:
        """True when any of ``kinds`` changed (always, after ``everything()``)."""
        return self.everything_changed or not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: str) -> frozenset[int]:
        return self.ids.get(kind, frozenset())

    def merged(self, other: Changes) -> Changes:
        if self.everything_changed or other.everything_changed:
            return Changes.everything()
        combined = {k: self.ids_of(k) | other.ids_of(k) for k in self.kinds | other.kinds}
        return Changes(MappingProxyType(combined))


class ChangeCollector:
    """What one session has changed so far; kept in ``session.info``."""

    def __init__(self) -> None:
        self._ids: dict[str, set[int]] = {}

    def note(self, kind: str, entity_id: int | None = None) -> None:
        ids = self._ids.setdefault(kind, set())
        if entity_id is not None:
            ids.add(entity_id)

    def note_kinds(self, kinds: Iterable[str]) -> None:
        for kind in kinds:
            self.note(kind)

    def changes(self) -> Changes:
        return Changes.of(self._ids)


def collector(session: Session) -> ChangeCollector:
    return session.info.setdefault(COLLECTOR_KEY, ChangeCollector())


def collected(session: Session) -> Changes:
    found = session.info.get(COLLECTOR_KEY)
    return found.changes() if found is not None else Changes()


def known_kinds() -> frozenset[str]:
    import db.models  # noqa: F401  (every model registered)
    from db.base import Base

    return frozenset(Base.metadata.tables)


def check_kinds(kinds: Iterable[str]) -> frozenset[str]:
    """The kinds as a set; a ``ValueError`` naming any that is no mapped table."""
    wanted = frozenset(kinds)
    unknown = wanted - known_kinds()
    if unknown:
        raise ValueError(f"unknown entity kinds: {sorted(unknown)}")
    return wanted
