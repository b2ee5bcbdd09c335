"""Reading hardship files: the list (with the next 复核) and the figures by level and street."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select

from db.enums import HardshipLevel, HardshipStatus
from db.engine import Database
from db.models import Attachment, Employer, HardshipFile, HardshipReview, Officer, Worker
from desktop.hardship.files import ENTITY

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
class ReviewRow:
    reviewed_on: date
    result: str
    level: HardshipLevel
    income_per_head: Decimal
    note: str
    officer: str


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    sha256: str
    description: str


@dataclass(frozen=True)
class FileDetail:
    """One file as its window shows it: the list row, the household, the 复核 history, the documents."""

    row: FileRow
    household_members: str
    reviews: tuple[ReviewRow, ...]
    attachments: tuple[AttachmentRow, ...]


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

    def files(self, *, status: HardshipStatus | None = None, due_by: date | None = None,
              level: HardshipLevel | None = None, text: str = "") -> list[FileRow]:
        """Files by number; ``due_by`` keeps those whose 复核 falls due on or before that day;
        ``text`` finds a number, a name or an ID number (any part)."""
        query = _rows_query().order_by(HardshipFile.number)
        if status is not None:
            query = query.where(HardshipFile.status == status)
        if level is not None:
            query = query.where(HardshipFile.level == level)
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(or_(HardshipFile.number.like(like), Worker.name.like(like),
                                    Worker.id_number.like(like.upper())))
        if due_by is not None:
            query = query.where(HardshipFile.next_review_on <= due_by)
        with self._db.read() as session:
            return [FileRow(*row) for row in session.execute(query)]

    def file(self, file_id: int) -> FileRow | None:
        with self._db.read() as session:
            row = session.execute(_rows_query().where(HardshipFile.id == file_id)).one_or_none()
            return FileRow(*row) if row else None

    def detail(self, file_id: int) -> FileDetail | None:
        row = self.file(file_id)
        if row is None:
            return None
        with self._db.read() as session:
            members = session.scalar(select(HardshipFile.household_members).where(HardshipFile.id == file_id))
            reviews = session.execute(
                select(HardshipReview.reviewed_on, HardshipReview.result, HardshipReview.level,
                       HardshipReview.income_per_head, func.coalesce(HardshipReview.note, ""),
                       func.coalesce(Officer.display_name, ""))
                .outerjoin(Officer, Officer.id == HardshipReview.reviewed_by)
                .where(HardshipReview.file_id == file_id).order_by(HardshipReview.reviewed_on, HardshipReview.id))
            attachments = session.execute(
                select(Attachment.id, Attachment.filename, Attachment.sha256,
                       func.coalesce(Attachment.description, ""))
                .where(Attachment.owner_type == ENTITY, Attachment.owner_id == file_id).order_by(Attachment.id))
            return FileDetail(row, members or "",
                              tuple(ReviewRow(on, result.label, lv, inc, note, who)
                                    for on, result, lv, inc, note, who in reviews),
                              tuple(AttachmentRow(*a) for a in attachments))

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
