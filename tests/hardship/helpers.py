"""Builders shared by the hardship tests: a worker at a unit on a street, a file draft."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from db.enums import HardshipLevel
from db.models import Employer, Worker
from desktop.hardship.files import HardshipDraft
from desktop.validation import make_id_number


def make_worker(database, name="王小芳", street="鼓楼街道", seq=124) -> int:
    with database.write(None) as session:
        unit = Employer(name=f"北京市密云区{name}所在建材有限公司", street=street)
        session.add(unit)
        session.flush()
        worker = Worker(name=name, id_number=make_id_number("110105", date(1980, 3, 2), seq),
                        employer_id=unit.id, unit_name=unit.name, is_member=True)
        session.add(worker)
        session.flush()
        return worker.id


def draft(worker_id: int, **kw) -> HardshipDraft:
    values = dict(worker_id=worker_id, level=HardshipLevel.HARDSHIP, household_size=3,
                  income_per_head=Decimal("860.00"), causes="本人患病、子女就学",
                  filed_on=date(2025, 11, 20), household_members="妻 李某 无业\n子 王某 初中")
    values.update(kw)
    return HardshipDraft(**values)
