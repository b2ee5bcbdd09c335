"""The legal-aid figures of a year (``stats --json`` section ``legal_aid``; docs/interface.md).

- received: applications whose 申请日期 falls in the year;
- accepted / refused: decisions (受理 / 不予援助) whose 决定日期 falls in the year;
- closed: cases whose 结案日期 falls in the year;
- workers_involved and amount_claimed: summed over the cases accepted in the year;
- amount_recovered (挽回金额): summed over the cases closed in the year, money as a string.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import LegalAidStatus
from db.models import LegalAidCase
from desktop.stats.sql import total
from desktop.stats.values import money_text

L = LegalAidCase
JSON_KEYS = ("received", "accepted", "refused", "closed", "workers_involved", "amount_claimed", "amount_recovered")


@dataclass(frozen=True)
class LegalAidFigures:
    received: int = 0
    accepted: int = 0
    refused: int = 0
    closed: int = 0
    workers_involved: int = 0
    amount_claimed: Decimal = Decimal("0.00")
    amount_recovered: Decimal = Decimal("0.00")

    def as_json(self) -> dict:
        values = {key: getattr(self, key) for key in JSON_KEYS}
        return {k: money_text(v) if isinstance(v, Decimal) else v for k, v in values.items()}


def _in(column, year: int):
    return column.between(date(year, 1, 1), date(year, 12, 31))


def legal_aid_figures_in(session: Session, year: int) -> LegalAidFigures:
    count = func.count(L.id)
    received = session.scalar(select(count).where(_in(L.applied_on, year))) or 0
    accepted_where = (_in(L.decided_on, year), L.status != LegalAidStatus.REFUSED)
    accepted, workers, claimed = session.execute(
        select(count, func.coalesce(func.sum(L.workers_involved), 0), total(L.amount_claimed))
        .where(*accepted_where)).one()
    refused = session.scalar(select(count).where(_in(L.decided_on, year), L.status == LegalAidStatus.REFUSED)) or 0
    closed, recovered = session.execute(
        select(count, total(L.amount_recovered)).where(_in(L.closed_on, year))).one()
    return LegalAidFigures(received, accepted, refused, closed, int(workers), _money(claimed), _money(recovered))


def legal_aid_figures(database: Database, year: int) -> LegalAidFigures:
    with database.read() as session:
        return legal_aid_figures_in(session, year)


def _money(value) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))
