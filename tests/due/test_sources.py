"""Every area's due source on the demo data set, checked against the records themselves (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db.enums import ClaimStatus, LetterStatus
from db.models import AgreementTerm, AidClaim, CaseMediator, IssuedDocument, PerformancePayment, SupervisionLetter
from desktop.calendar import calendar_of
from desktop.cases.deadlines import OVERDUE, NEAR
from desktop.cases.queries import CaseFilter, Sort, page_rows
from desktop.due import DueList, DueScope
from desktop.due.case_clocks import CaseClockSource, InstalmentSource
from desktop.due.claim_source import ClaimSupplementSource
from desktop.due.document_source import UnservedDocumentSource
from desktop.due.grouping import default_horizon
from desktop.due.letter_source import LetterSource
from tests.due.conftest import TODAY

pytestmark = pytest.mark.db


def scope_items(database, source, officer_id=None, horizon=None):
    with database.read() as session:
        calendar = calendar_of(session)
        scope = DueScope(TODAY, horizon or default_horizon(TODAY, calendar), officer_id)
        return list(source.items(session, scope, calendar)), scope


def test_case_clocks_match_the_case_list(demo_db):
    items, scope = scope_items(demo_db, CaseClockSource())
    with demo_db.read() as session:
        rows = page_rows(session, CaseFilter(), Sort("due", False), 0, 100_000, TODAY)
        expected = {r.id: r.due for r in rows if r.clock in (OVERDUE, NEAR, "normal") and r.due <= scope.horizon}
    assert items, "the demo has running cases near or past their clock"
    assert {i.ref.record_id: i.due_on for i in items} == expected
    first = items[0]
    assert first.what == "调解期限届满" and "次日起算" in first.explanation and first.ref.tab == "sessions"


def test_case_clocks_of_one_mediator(demo_db):
    items, _ = scope_items(demo_db, CaseClockSource())
    officer = next(i.officer_id for i in items if i.officer_id)
    mine, _ = scope_items(demo_db, CaseClockSource(), officer)
    with demo_db.read() as session:
        cases = set(session.scalars(select(CaseMediator.case_id).where(CaseMediator.officer_id == officer)))
    assert mine and {i.ref.record_id for i in mine} <= cases | {i.ref.record_id for i in items if not i.officer_id}
    assert {i.ref.record_id for i in items if i.officer_id == officer} <= {i.ref.record_id for i in mine}


def test_instalments_unpaid_by_their_day(demo_db):
    horizon = TODAY + timedelta(days=60)
    items, _ = scope_items(demo_db, InstalmentSource(), horizon=horizon)
    with demo_db.read() as session:
        terms = session.execute(select(AgreementTerm.case_id, AgreementTerm.amount, AgreementTerm.due_on,
                                       func.coalesce(func.sum(PerformancePayment.amount), 0))
                                .outerjoin(PerformancePayment, PerformancePayment.term_id == AgreementTerm.id)
                                .where(AgreementTerm.due_on <= horizon)
                                .group_by(AgreementTerm.id, AgreementTerm.case_id, AgreementTerm.amount,
                                          AgreementTerm.due_on)).all()
    assert items and all(i.what == "协议履行期限" and "尚欠" in i.explanation for i in items)
    unpaid_cases = {case_id for case_id, amount, _, paid in terms if Decimal(paid) < Decimal(amount)}
    assert {i.ref.record_id for i in items} <= unpaid_cases


def test_letters_awaiting_a_reply(demo_db):
    horizon = TODAY + timedelta(days=30)
    items, _ = scope_items(demo_db, LetterSource(), horizon=horizon)
    with demo_db.read() as session:
        expected = set(session.scalars(select(SupervisionLetter.id).where(
            SupervisionLetter.status.in_([LetterStatus.AWAITING_REPLY.value, LetterStatus.AWAITING_DEPARTMENT.value]),
            SupervisionLetter.deadline_on <= horizon)))
    assert items and {i.ref.record_id for i in items} == expected
    assert all(i.what in ("整改回复期限", "部门处理期限") and i.explanation for i in items)


def test_claims_awaiting_documents(demo_db):
    horizon = TODAY + timedelta(days=40)
    items, _ = scope_items(demo_db, ClaimSupplementSource(), horizon=horizon)
    with demo_db.read() as session:
        waiting = set(session.scalars(select(AidClaim.id).where(AidClaim.status == ClaimStatus.DOCS_INCOMPLETE.value)))
    assert items and {i.ref.record_id for i in items} <= waiting
    assert all("要求补正起 30 日" in i.explanation and i.ref.area == "claims" for i in items)


def test_documents_not_served(demo_db, tmp_path):
    from datetime import date

    from desktop.auth import Actor
    from desktop.bootstrap import bootstrap
    from desktop.issuing.service import DocumentService
    from db.models import MediationCase, Officer

    with demo_db.read() as session:
        officer = session.scalar(select(Officer).where(Officer.username == "mediator1"))
        actor = Actor(officer.id, officer.display_name, officer.role)
        number = session.scalar(select(MediationCase.number).where(MediationCase.accepted_on.is_not(None)).limit(1))
    bootstrap()
    view = DocumentService(demo_db, tmp_path).issue(actor, "acceptance", number)
    with demo_db.read() as session:
        calendar = calendar_of(session)
        today = date.today()
        scope = DueScope(today, calendar.add_working_days(today, 3), actor.officer_id)
        items = list(UnservedDocumentSource().items(session, scope, calendar))
        served = set(session.scalars(select(IssuedDocument.id).where(IssuedDocument.served_on.is_not(None))))
    assert view.id in {i.ref.record_id for i in items} and not {i.ref.record_id for i in items} & served
    mine = next(i for i in items if i.ref.record_id == view.id)
    assert mine.due_on == calendar.add_working_days(today, 3) and mine.whose == officer.display_name
    assert "个工作日内送达" in mine.explanation and mine.ref.tab == "unserved"


def test_the_due_list_counts_every_area(demo_db):
    summary = DueList(demo_db, today=lambda: TODAY).summary()
    assert summary.per_area.get("cases") and summary.per_area.get("letters")
    assert sum(summary.per_area.values()) == len(summary.items)
    assert set(DueList(demo_db).labels()) == {"cases", "letters", "claims", "documents", "tickets", "hardship",
                                             "legal_aid"}
