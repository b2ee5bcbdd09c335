"""Hardship files: 建档, yearly 复核, 脱困, attachments, the list, figures and the due reviews (SQLite + PostgreSQL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import HardshipLevel, HardshipStatus, ReviewResult, Role
from db.models import Attachment, AuditEntry, HardshipReview
from desktop.errors import PermissionDenied
from desktop.due import DueList
from desktop.errors import ValidationError
from desktop.filestore import attachment_path
from desktop.hardship.files import HardshipFileService
from desktop.hardship.queries import HardshipQueries
from tests.hardship.helpers import draft, make_worker

pytestmark = pytest.mark.db


def test_open_file_numbers_it_and_schedules_the_review(database, actors):
    worker = make_worker(database)
    result = HardshipFileService(database).open_file(actors[Role.CLERK], draft(worker))
    assert result.number == "KN2025-0001"
    assert result.next_review_on == date(2026, 11, 20) and result.status is HardshipStatus.ACTIVE
    row = HardshipQueries(database).file(result.id)
    assert row.worker_name == "王小芳" and row.street == "鼓楼街道" and row.income_per_head == Decimal("860.00")
    with database.read() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.entity_type == "hardship_file")) is not None


def test_second_file_bad_input_and_roles_are_refused(database, actors):
    worker = make_worker(database)
    service = HardshipFileService(database)
    first = service.open_file(actors[Role.CLERK], draft(worker))
    with pytest.raises(ValidationError, match=first.number):
        service.open_file(actors[Role.CLERK], draft(worker))
    other = make_worker(database, name="张伟", seq=245)
    with pytest.raises(ValidationError, match="致困原因"):
        service.open_file(actors[Role.CLERK], draft(other, causes="  "))
    with pytest.raises(ValidationError, match="家庭月人均收入"):
        service.open_file(actors[Role.CLERK], draft(other, income_per_head="八百"))
    with pytest.raises(PermissionDenied):
        service.open_file(actors[Role.AUDITOR], draft(other))
    assert [r.number for r in HardshipQueries(database).files()] == [first.number]


def test_review_keeps_or_changes_the_level_and_moves_the_next_review(database, actors):
    service, director = HardshipFileService(database), actors[Role.DIRECTOR]
    opened = service.open_file(actors[Role.CLERK], draft(make_worker(database)))
    kept = service.review(director, opened.id, opened.version, on=date(2026, 11, 18),
                          level=HardshipLevel.HARDSHIP, income_per_head="900")
    assert kept.next_review_on == date(2027, 11, 18)
    with pytest.raises(ValidationError, match="复核意见"):
        service.review(director, opened.id, kept.version, on=date(2027, 11, 1), level=HardshipLevel.EXTREME,
                       income_per_head="500")
    changed = service.review(director, opened.id, kept.version, on=date(2027, 11, 1),
                             level=HardshipLevel.EXTREME, income_per_head="500", note="配偶失业")
    assert changed.level is HardshipLevel.EXTREME
    with database.read() as session:
        results = session.scalars(select(HardshipReview.result).order_by(HardshipReview.reviewed_on)).all()
    assert results == [ReviewResult.MAINTAINED, ReviewResult.CHANGED]


def test_relieve_closes_the_file_and_ends_reviews(database, actors):
    service, director = HardshipFileService(database), actors[Role.DIRECTOR]
    opened = service.open_file(actors[Role.CLERK], draft(make_worker(database)))
    with pytest.raises(ValidationError, match="脱困原因"):
        service.relieve(director, opened.id, opened.version, on=date(2026, 6, 1), reason=" ")
    relieved = service.relieve(director, opened.id, opened.version, on=date(2026, 6, 1), reason="子女就业，收入稳定")
    assert relieved.status is HardshipStatus.RELIEVED and relieved.next_review_on is None
    with pytest.raises(ValidationError, match="已于 2026-06-01 脱困"):
        service.review(director, opened.id, relieved.version, on=date(2026, 11, 1), level=HardshipLevel.HARDSHIP,
                       income_per_head="900")
    figures = HardshipQueries(database).figures()
    assert (figures.active, figures.relieved) == (0, 1)


def test_attachment_is_kept_under_its_hash(database, actors, tmp_path):
    service = HardshipFileService(database)
    opened = service.open_file(actors[Role.CLERK], draft(make_worker(database)))
    scan = tmp_path / "低保证明.pdf"
    scan.write_bytes(b"%PDF-1.4 proof")
    attachment_id = service.attach(actors[Role.CLERK], opened.id, scan, tmp_path / "files", "低保证明")
    with database.read() as session:
        row = session.get(Attachment, attachment_id)
    assert row.owner_type == "hardship_file" and row.owner_id == opened.id
    assert attachment_path(tmp_path / "files", row.sha256, row.filename).read_bytes() == b"%PDF-1.4 proof"


def test_figures_by_level_and_street(database, actors):
    service = HardshipFileService(database)
    for seq, (name, street, level) in enumerate([("甲一", "鼓楼街道", HardshipLevel.EXTREME),
                                                 ("乙二", "鼓楼街道", HardshipLevel.HARDSHIP),
                                                 ("丙三", "果园街道", HardshipLevel.HARDSHIP)], start=300):
        service.open_file(actors[Role.CLERK], draft(make_worker(database, name=name, street=street, seq=seq),
                                                    level=level))
    figures = HardshipQueries(database).figures()
    assert figures.by_level == {"特困": 1, "困难": 2, "相对困难": 0}
    assert figures.by_street == {"鼓楼街道": 2, "果园街道": 1} and figures.active == 3


def test_due_reviews_reach_the_due_list(database, actors):
    service, clerk = HardshipFileService(database), actors[Role.CLERK]
    due_soon = service.open_file(clerk, draft(make_worker(database), filed_on=date(2025, 11, 20)))
    service.open_file(clerk, draft(make_worker(database, name="张伟", seq=245), filed_on=date(2026, 3, 1)))
    relieved = service.open_file(clerk, draft(make_worker(database, name="赵六", seq=246), filed_on=date(2025, 1, 5)))
    service.relieve(actors[Role.DIRECTOR], relieved.id, relieved.version, on=date(2025, 6, 1), reason="已就业")
    due = DueList(database, today=lambda: date(2026, 11, 17))
    items = [i for i in due.summary(horizon=date(2026, 12, 31)).items if i.area == "hardship"]
    assert [(i.title, i.due_on, i.ref.record_id) for i in items] == [(f"{due_soon.number} 王小芳", date(2026, 11, 20),
                                                                      due_soon.id)]
    assert items[0].whose == "赵登记" and items[0].officer_id == clerk.officer_id
    assert not [i for i in due.summary(officer_id=actors[Role.DIRECTOR].officer_id,
                                       horizon=date(2026, 12, 31)).items if i.area == "hardship"]
    assert due.labels()["hardship"] == "困难职工"
