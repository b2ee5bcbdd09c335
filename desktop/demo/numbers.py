"""Document numbers for demo rows, continuing the real numbering tables.

Numbers are handed out in the order the caller asks (chronological per kind and
year), recorded in ``issued_number``, and ``number_sequence`` is left at the last
value so ``desktop.numbering.take_number`` continues after them. For case numbers
one or two per year are voided, as happens in a real register.
"""

from __future__ import annotations

from datetime import date
from random import Random

from sqlalchemy import select, update

from db.enums import NumberStatus
from db.models import NumberSequence
from desktop.demo.bulk import BulkWriter, moment
from desktop.numbering import format_number
from desktop.settings import OrganisationSettings
from desktop.demo.weighted import between, pick

VOIDED_KINDS = frozenset({"case"})
VOID_REASONS = ("录入错误，编号作废", "重复登记，撤销后作废", "打印受理通知书时误取号，作废")


class NumberBook:
    def __init__(self, writer: BulkWriter, settings: OrganisationSettings, rng: Random) -> None:
        self._writer = writer
        self._settings = settings
        self._rng = rng
        conn = writer.connection
        rows = conn.execute(select(NumberSequence.kind, NumberSequence.year, NumberSequence.last_value))
        self._existing = {(r.kind, r.year): r.last_value for r in rows}
        self._last: dict[tuple[str, int], int] = {}
        self._voids: dict[tuple[str, int], tuple[int, ...]] = {}

    def take(self, kind: str, year: int, entity_type: str, entity_id: int, on: date) -> str:
        key = (kind, year)
        if key not in self._last:
            self._start(key)
        seq = self._last[key] + 1
        while seq in self._voids[key]:
            self._issue(kind, year, seq, on, None, None, NumberStatus.VOIDED)
            seq += 1
        self._last[key] = seq
        return self._issue(kind, year, seq, on, entity_type, entity_id, NumberStatus.USED)

    def issued(self, kind: str) -> dict[int, int]:
        """Last sequence value per year handed out for ``kind`` by this book."""
        return {year: last for (k, year), last in self._last.items() if k == kind}

    def _start(self, key: tuple[str, int]) -> None:
        start = self._existing.get(key, 0)
        self._last[key] = start
        voids: tuple[int, ...] = ()
        if key[0] in VOIDED_KINDS:
            voids = (start + between(self._rng, 3, 20),)
            if self._rng.random() < 0.6:
                voids += (start + between(self._rng, 21, 45),)
        self._voids[key] = voids

    def _issue(self, kind, year, seq, on, entity_type, entity_id, status) -> str:
        number = format_number(kind, year, seq, self._settings)
        voided = status is NumberStatus.VOIDED
        self._writer.add("issued_number", {
            "id": self._writer.next_id("issued_number"), "kind": kind, "year": year, "seq": seq,
            "number": number, "status": status, "entity_type": entity_type or _entity(kind),
            "entity_id": entity_id, "void_reason": pick(self._rng, VOID_REASONS) if voided else None,
            "created_at": moment(on, 30 + seq % 400),
        })
        return number

    def save_sequences(self) -> None:
        """Leave ``number_sequence`` at the last number of each kind and year."""
        conn = self._writer.connection
        for (kind, year), last in self._last.items():
            if (kind, year) in self._existing:
                conn.execute(update(NumberSequence)
                             .where(NumberSequence.kind == kind, NumberSequence.year == year)
                             .values(last_value=last))
            else:
                self._writer.add("number_sequence", {
                    "id": self._writer.next_id("number_sequence"), "kind": kind, "year": year, "last_value": last,
                })


def _entity(kind: str) -> str:
    if kind in ("case", "archive"):
        return "mediation_case"
    if kind.endswith("_letter"):
        return "supervision_letter"
    return {"claim": "aid_claim", "batch": "payment_batch"}.get(kind, kind)
