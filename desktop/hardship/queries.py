"""Reading hardship files: the list (with the next 复核) and the figures by level and street."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from db.enums import HardshipLevel, HardshipStatus
from db.engine import Database
from db.models import Employer, HardshipFile, Worker

NO_STREET = "（未填街道）"


@dataclass(frozen=True)
class FileRow:
    id: int
    number: str
    worker_name: str
    unit: str
    street: str
    level: HardshipLevel
    status: HardshipStatus
    household_size: int
    income_per_head: Decimal
    causes: str
    filed_on: date
    next_review_on: date | None
    relieved_on: date | None
    relieved_reason: str
    version: int

    def review_due(self, today: date) -> bool:
        return self.next_review_on is not None and self.next_review_on <= today


@dataclass(frozen=True)
class HardshipFigures:
    """Files in the register (在档) by level and by street, and how many were relieved (脱困)."""

    by_level: dict[str, int]
    by_street: dict[str, int]
    active: int
    relieved: int

    def as_dict(self) -> dict:
        return {"by_level": self.by_level, "by_street": self.by_street, "active": self.active,
                "relieved": self.relieved}


def _rows_query():
    street = func.coalesce(Employer.street, NO_STREET)
    unit = func.coalesce(Worker.unit_name, Employer.name, "")
    return (select(HardshipFile.id, HardshipFile.number, Worker.name, unit, street, HardshipFile.level,
                   HardshipFile.status, HardshipFile.household_size, HardshipFile.income_per_head,
                   HardshipFile.causes, HardshipFile.filed_on, HardshipFile.next_review_on,
                   HardshipFile.relieved_on, func.coalesce(HardshipFile.relieved_reason, ""),
                   HardshipFile.version)
            .join(Worker, Worker.id == HardshipFile.worker_id)
            .outerjoin(Employer, Employer.id == Worker.employer_id))


class HardshipQueries:
    def __init__(self, database: Database) -> None:
        self._db = database

    def files(self, *, status: HardshipStatus | None = None, due_by: date | None = None) -> list[FileRow]:
        """Files by number; ``due_by`` keeps those whose 复核 falls due on or before that day."""
        query = _rows_query().order_by(HardshipFile.number)
        if status is not None:
            query = query.where(HardshipFile.status == status)
        if due_by is not None:
            query = query.where(HardshipFile.next_review_on <= due_by)
        with self._db.read() as session:
            return [FileRow(*row) for row in session.execute(query)]

    def file(self, file_id: int) -> FileRow | None:
        with self._db.read() as session:
            row = session.execute(_rows_query().where(HardshipFile.id == file_id)).one_or_none()
            return FileRow(*row) if row else None

    def figures(self) -> HardshipFigures:
        with self._db.read() as session:
            counts = dict(session.execute(select(HardshipFile.status, func.count())
                                          .group_by(HardshipFile.status)).all())
            levels = dict(session.execute(select(HardshipFile.level, func.count())
                                          .where(HardshipFile.status == HardshipStatus.ACTIVE)
                                          .group_by(HardshipFile.level)).all())
            street = func.coalesce(Employer.street, NO_STREET)
            streets = session.execute(
                select(street, func.count()).select_from(HardshipFile)
                .join(Worker, Worker.id == HardshipFile.worker_id)
                .outerjoin(Employer, Employer.id == Worker.employer_id)
                .where(HardshipFile.status == HardshipStatus.ACTIVE)
                .group_by(street).order_by(func.count().desc(), street)).all()
        return HardshipFigures(by_level={lv.label: levels.get(lv, 0) for lv in HardshipLevel},
                               by_street={name: n for name, n in streets},
                               active=counts.get(HardshipStatus.ACTIVE, 0),
                               relieved=counts.get(HardshipStatus.RELIEVED, 0))
