"""Builders shared by the claims tests: plans, enrolled members, claim drafts."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from db.enums import PlanKind, Role
from desktop.claims.enrolment import EnrolmentService, RosterRow
from desktop.claims.intake import ClaimDraft
from desktop.claims.plans import PlanDraft, PlanService
from desktop.validation import make_id_number

DOCS = ("申请表", "住院发票", "出院小结")
RATIO_RULE = {"type": "deductible_ratio_cap", "base": "self_pay", "deductible": "1000.00", "ratio": "0.50",
              "per_claim_cap": "5000.00", "per_year_cap": "8000.00", "waiting_days": 90, "claim_window_days": 180}
FIXED_RULE = {"type": "fixed_by_grade", "grades": {"本科": "1000.00", "专科": "800.00"}, "waiting_days": 0,
              "claim_window_days": 365, "per_year_cap": None}
WANG_ID = make_id_number("110105", date(1985, 3, 2), 124)
LI_ID = make_id_number("110108", date(1990, 7, 9), 245)


def make_plan(database, actor, *, code="ZY2026", name="2026年在职职工住院医疗互助", rule=None,
              kind=PlanKind.INSERVICE_MEDICAL, docs=DOCS):
    draft = PlanDraft(code=code, name=name, kind=kind, term_start=date(2026, 1, 1), term_end=date(2026, 12, 31),
                      required_documents=docs)
    return PlanService(database).create(actor, draft, json.dumps(rule or RATIO_RULE))


def enrol(database, actor, plan_id, *, name="王芳", id_number=WANG_ID, start_on=date(2026, 1, 1),
          unit="北京市密云区某某建材有限公司", card="6217000010001234"):
    row = RosterRow(name=name, id_number=id_number, phone="13800138000", unit=unit, card_no=card)
    result = EnrolmentService(database).enrol_members(actor, plan_id, [row], start_on=start_on)
    assert result.ok, result.summary()


def worker_id(database, id_number=WANG_ID) -> int:
    from sqlalchemy import select

    from db.models import Worker

    with database.read() as session:
        return session.scalar(select(Worker.id).where(Worker.id_number == id_number))


def draft(worker, plan_id, **kw) -> ClaimDraft:
    values = dict(worker_id=worker, plan_id=plan_id, event_type="疾病住院", event_on=date(2026, 6, 1),
                  admission_on=date(2026, 6, 1), discharge_on=date(2026, 6, 10), applied_on=date(2026, 6, 20),
                  hospital="北京市密云区医院", total_cost=Decimal("20000.00"), fund_paid=Decimal("12000.00"),
                  copay=Decimal("3000.00"), self_pay=Decimal("3400.50"), documents={d: True for d in DOCS})
    values.update(kw)
    return ClaimDraft(**values)


def director(actors):
    return actors[Role.DIRECTOR]


def one_officer_centre(database) -> None:
    """The centre turned 职责分离 off in 设置: one officer may review, approve and batch.

    For tests walking a whole claim with one officer; the rule itself is tested in test_duties.
    """
    from dataclasses import replace

    from desktop.auth.permissions import SYSTEM
    from desktop.settings import SettingsService

    service = SettingsService(database)
    service.save(SYSTEM, replace(service.load(), separation_of_duties=False))
