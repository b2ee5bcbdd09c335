"""Finding a member as the officer types: name prefix, ID number or card number."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from db.engine import Database
from db.models import Enrolment, Worker
from desktop.validation import mask_id_number


@dataclass(frozen=True)
class MemberRow:
    worker_id: int
    name: str
    id_masked: str
    unit: str
    card_no: str
    plan_ids: tuple[int, ...]

    def label(self) -> str:
        unit = f" · {self.unit}" if self.unit else ""
        return f"{self.name}  {self.id_masked}{unit}"


class MemberSearch:
    def __init__(self, database: Database) -> None:
        self._db = database

    def find(self, text: str, limit: int = 20) -> list[MemberRow]:
        text = text.strip()
        if not text:
            return []
        query = select(Worker).where(or_(Worker.name.startswith(text, autoescape=True),
                                         Worker.id_number.startswith(text.upper(), autoescape=True),
                                         Worker.member_card_no == text))
        with self._db.read() as session:
            workers = list(session.scalars(query.order_by(Worker.name, Worker.id).limit(limit)))
            plans = _plans(session, [w.id for w in workers])
            return [_row(w, plans.get(w.id, ())) for w in workers]

    def get(self, worker_id: int) -> MemberRow | None:
        with self._db.read() as session:
            worker = session.get(Worker, worker_id)
            return _row(worker, _plans(session, [worker_id]).get(worker_id, ())) if worker else None


def _plans(session, worker_ids: list[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    query = select(Enrolment.worker_id, Enrolment.plan_id).where(Enrolment.worker_id.in_(worker_ids))
    for worker_id, plan_id in session.execute(query):
        found.setdefault(worker_id, []).append(plan_id)
    return {k: tuple(v) for k, v in found.items()}


def _row(worker: Worker, plan_ids: tuple[int, ...]) -> MemberRow:
    return MemberRow(worker.id, worker.name, mask_id_number(worker.id_number), worker.unit_name or "",
                     worker.member_card_no or "", plan_ids)
