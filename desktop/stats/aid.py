"""The aid figures of a year (``stats --json`` section ``aid``; docs/interface.md).

- received: aid applications whose 申请日期 falls in the year;
- approved / amount_approved: applications 核准 in the year and still 已核准 (a grant withdrawn later is
  not counted), and their amounts;
- rejected: 不予核准 decisions in the year;
- school / winter / model_worker (and ``*_amount``): the approved ones by programme kind
  (金秋助学 children, 送温暖 recipients, 劳模补助 recipients); money as strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import AidKind, AidStatus
from db.models import AidApplication, AidProgramme
from desktop.stats.sql import total
from desktop.stats.values import money_text

A = AidApplication
ZERO = Decimal("0.00")
JSON_KEYS = ("received", "approved", "rejected", "amount_approved", "school", "school_amount", "winter",
             "winter_amount", "model_worker", "model_worker_amount")
KIND_KEYS = {AidKind.SCHOOL: "school", AidKind.WINTER: "winter", AidKind.MODEL_WORKER: "model_worker"}


@dataclass(frozen=True)
class AidFigures:
    received: int = 0
    approved: int = 0
    rejected: int = 0
    amount_approved: Decimal = ZERO
    school: int = 0
    school_amount: Decimal = ZERO
    winter: int = 0
    winter_amount: Decimal = ZERO
    model_worker: int = 0
    model_worker_amount: Decimal = ZERO

    def as_json(self) -> dict:
        values = {key: getattr(self, key) for key in JSON_KEYS}
        return {k: money_text(v) if isinstance(v, Decimal) else v for k, v in values.items()}


def _in(column, year: int):
    return column.between(date(year, 1, 1), date(year, 12, 31))


def aid_figures_in(session: Session, year: int) -> AidFigures:
    count = func.count(A.id)
    received = session.scalar(select(count).where(_in(A.applied_on, year))) or 0
    rejected = session.scalar(select(count).where(_in(A.approved_on, year), A.status == AidStatus.REJECTED)) or 0
    kinds = session.execute(select(AidProgramme.kind, count, total(A.amount))
                            .join(AidProgramme, AidProgramme.id == A.programme_id)
                            .where(_in(A.approved_on, year), A.status == AidStatus.APPROVED)
                            .group_by(AidProgramme.kind)).all()
    by_kind: dict = {}
    for kind, number, amount in kinds:
        key = KIND_KEYS[kind]
        by_kind[key], by_kind[f"{key}_amount"] = number, _money(amount)
    return AidFigures(received, sum(n for _k, n, _a in kinds), rejected,
                      sum((_money(a) for _k, _n, a in kinds), ZERO), **by_kind)


def _money(value) -> Decimal:
    return Decimal(value or 0).quantize(Decimal("0.01"))
