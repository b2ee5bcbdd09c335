"""The record an audit entry is about, as an officer names it: its number or name, not its id."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from db.models import (
    AidClaim, Employer, IssuedDocument, MediationCase, Officer, PaymentBatch, SupervisionLetter, Worker,
)
from desktop.paging import TableRow

# entity type -> (model, the column officers know it by)
NAMED: dict[str, tuple[Any, Any]] = {
    "mediation_case": (MediationCase, MediationCase.number), "supervision_letter": (SupervisionLetter,
                                                                                    SupervisionLetter.number),
    "aid_claim": (AidClaim, AidClaim.number), "payment_batch": (PaymentBatch, PaymentBatch.number),
    "officer": (Officer, Officer.display_name), "employer": (Employer, Employer.name),
    "worker": (Worker, Worker.name), "issued_document": (IssuedDocument, IssuedDocument.title),
}


def record_names(session, keys: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """``{(entity_type, id): 密工调〔2024〕12号 / 王芳 / …}`` for the types that have a name."""
    names: dict[tuple[str, int], str] = {}
    for entity_type, (model, column) in NAMED.items():
        ids = {entity_id for kind, entity_id in keys if kind == entity_type}
        if ids:
            rows = session.execute(select(model.id, column).where(model.id.in_(ids)))
            names.update({(entity_type, row[0]): row[1] or "（未编号）" for row in rows})
    return names


@dataclass(frozen=True)
class NamedSource:
    """A row source of audit entries whose 对象 column names the record instead of its id."""

    inner: Any
    database: Any
    name_column: int = 5

    @property
    def columns(self):
        return self.inner.columns

    def count(self) -> int:
        return self.inner.count()

    def fetch(self, offset: int, limit: int) -> list[TableRow]:
        rows = self.inner.fetch(offset, limit)
        keys = {(r.cells[self.name_column][0], r.cells[self.name_column][1]) for r in rows
                if r.cells[self.name_column][0] and r.cells[self.name_column][1] is not None}
        with self.database.read() as session:
            names = record_names(session, keys)
        return [self._named(row, names) for row in rows]

    def _named(self, row: TableRow, names: dict) -> TableRow:
        kind, entity_id = row.cells[self.name_column]
        shown = names.get((kind, entity_id), "") if entity_id is not None else ""
        cells = row.cells[:self.name_column] + (shown,) + row.cells[self.name_column + 1:]
        return replace(row, cells=cells)

    def sorted_by(self, key: str, descending: bool) -> NamedSource:
        return replace(self, inner=self.inner.sorted_by(key, descending))

    def refreshed(self) -> NamedSource:
        return replace(self, inner=self.inner.refreshed())
