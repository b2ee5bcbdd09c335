"""Claims services on SQLite and PostgreSQL: every path, amounts read back to the cent."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import BatchStatus, ClaimStatus, PaymentKind, PaymentStatus, Role
from db.models import AidClaim, Payment, PlanRuleVersion, StateTransition
from desktop.claims.batches import BatchService
from desktop.claims.intake import ClaimRefused, ClaimIntakeService
from desktop.claims.plans import PlanService
from desktop.claims.queries import ClaimFilter, ClaimQueries
from desktop.claims.review import ClaimReviewService
from desktop.errors import PermissionDenied, TransitionError, ValidationError
from tests.claims.helpers import DOCS, FIXED_RULE, LI_ID, draft, enrol, make_plan, worker_id, one_officer_centre

D = Decimal


@pytest.fixture
def setup(database, actors):
    boss = actors[Role.DIRECTOR]
    plan = make_plan(database, boss)
    one_officer_centre(database)
    enrol(database, boss, plan.id)
    return database, boss, plan, worker_id(database)


def claim_row(database, claim_id) -> AidClaim:
    with database.read() as session:
        return session.get(AidClaim, claim_id)


def test_complete_claim_approved_batched_paid(setup, tmp_path):
    database, boss, plan, worker = setup
    saved = ClaimIntakeService(database).submit(boss, draft(worker, plan.id))
    assert saved.status == ClaimStatus.SUBMITTED and saved.amount == D("1200.25")
    claim = claim_row(database, saved.id)
    assert claim.calculated_amount == D("1200.25") and claim.eligible_base == D("3400.50")
    assert "× 给付比例 50%：¥1,200.25" in claim.calculation_text
    with database.read() as session:
        assert claim.rule_version_id == session.scalar(select(PlanRuleVersion.id))
    review = ClaimReviewService(database)
    result = review.review(boss, saved.id, claim.version)
    result = review.approve(boss, saved.id, result.version)
    assert result.approved_amount == D("1200.25")
    batches = BatchService(database)
    batch = batches.make_batch(boss, [saved.id], date(2026, 7, 1))
    assert batch.total == D("1200.25") and batch.count == 1 and batch.number == "ZF2026-001"
    rows = batches.bank_rows(boss, batch.id)
    assert rows[0].id_number == "110105********1242"[:6] + "********" + rows[0].id_number[-4:]
    assert rows[0].account == "6217000010001234"
    batch = batches.approve(boss, batch.id, batch.version)
    batch = batches.mark_paid(boss, batch.id, batch.version, date(2026, 7, 3))
    assert batch.status == BatchStatus.PAID
    claim = claim_row(database, saved.id)
    assert claim.status == ClaimStatus.PAID and claim.paid_amount == D("1200.25") and claim.paid_on == date(2026, 7, 3)
    with database.read() as session:
        payment = session.scalar(select(Payment))
        assert (payment.kind, payment.status, payment.amount) == (PaymentKind.CLAIM_PAYOUT, PaymentStatus.PAID,
                                                                  D("1200.25"))


def test_bank_sheet_workbook(setup, tmp_path):
    from openpyxl import load_workbook

    database, boss, plan, worker = setup
    claim_id = _approved(database, boss, plan.id, worker)
    batches = BatchService(database)
    batch = batches.make_batch(boss, [claim_id], date(2026, 7, 1))
    path = batches.write_bank_sheet(boss, batch.id, tmp_path / "sheet.xlsx")
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[2]] == ["序号", "姓名", "身份证号", "开户行/卡号", "金额", "用途"]
    assert sheet["B3"].value == "王芳" and "*" in sheet["C3"].value
    assert D(str(sheet["E3"].value)).quantize(D("0.01")) == D("1200.25")


def _approved(database, actor, plan_id, worker, **kw) -> int:
    saved = ClaimIntakeService(database).submit(actor, draft(worker, plan_id, **kw))
    review = ClaimReviewService(database)
    result = review.review(actor, saved.id, claim_row(database, saved.id).version)
    return review.approve(actor, saved.id, result.version).id


def test_incomplete_then_completed_then_approved_with_changed_amount(setup):
    database, boss, plan, worker = setup
    intake = ClaimIntakeService(database)
    saved = intake.submit(boss, draft(worker, plan.id, documents={"申请表": True}))
    assert saved.status == ClaimStatus.DOCS_INCOMPLETE and saved.missing_documents == DOCS[1:]
    claim = claim_row(database, saved.id)
    again = intake.complete_documents(boss, saved.id, claim.version, {"住院发票", "出院小结"})
    assert again.status == ClaimStatus.SUBMITTED and again.missing_documents == ()
    review = ClaimReviewService(database)
    result = review.review(boss, saved.id, claim_row(database, saved.id).version)
    with pytest.raises(ValidationError, match="必须填写原因"):
        review.approve(boss, saved.id, result.version, D("1000.00"))
    result = review.approve(boss, saved.id, result.version, D("1000.10"), "发票中一项不属于保障范围")
    claim = claim_row(database, saved.id)
    assert claim.approved_amount == D("1000.10") and claim.calculated_amount == D("1200.25")
    assert claim.approval_note == "发票中一项不属于保障范围"


def test_rejected_needs_reason(setup):
    database, boss, plan, worker = setup
    saved = ClaimIntakeService(database).submit(boss, draft(worker, plan.id))
    review = ClaimReviewService(database)
    version = claim_row(database, saved.id).version
    with pytest.raises(ValidationError):
        review.reject(boss, saved.id, version, "  ")
    review.reject(boss, saved.id, version, "非保障范围内疾病")
    claim = claim_row(database, saved.id)
    assert claim.status == ClaimStatus.REJECTED and claim.reject_reason == "非保障范围内疾病"
    with database.read() as session:
        moves = session.scalars(select(StateTransition.to_state).where(StateTransition.entity_id == saved.id).order_by(StateTransition.id)).all()
    assert moves == ["SUBMITTED", "REJECTED"]
    with pytest.raises(TransitionError):
        review.approve(boss, saved.id, claim.version)


def test_waiting_period_refused_or_recorded(setup, actors):
    database, boss, plan, _ = setup
    enrol(database, boss, plan.id, name="李强", id_number=LI_ID, start_on=date(2026, 5, 1), card="6217000020002222")
    li = worker_id(database, LI_ID)
    intake = ClaimIntakeService(database)
    with pytest.raises(ClaimRefused, match="等待期"):
        intake.submit(boss, draft(li, plan.id))
    saved = intake.submit(boss, draft(li, plan.id), record_refusal=True)
    claim = claim_row(database, saved.id)
    assert claim.status == ClaimStatus.REJECTED and "等待期" in claim.reject_reason
    assert claim.calculated_amount == D("0.00")


def test_yearly_cap_limits_then_refuses(setup):
    database, boss, plan, worker = setup
    big = dict(self_pay=D("12000.00"), total_cost=D("30000.00"))
    _approved(database, boss, plan.id, worker, **big)  # 5000 (per-claim cap)
    second = ClaimIntakeService(database).preview(draft(worker, plan.id, event_on=date(2026, 8, 1),
                                                   admission_on=None, discharge_on=None, applied_on=date(2026, 8, 5),
                                                   **big))
    assert second.calculation.amount == D("3000.00") and second.ytd_paid == D("5000.00")
    _approved(database, boss, plan.id, worker, event_on=date(2026, 8, 1), admission_on=None, discharge_on=None,
              applied_on=date(2026, 8, 5), **big)
    with pytest.raises(ClaimRefused, match="年度封顶"):
        ClaimIntakeService(database).submit(boss, draft(worker, plan.id, event_on=date(2026, 9, 1), admission_on=None,
                                                   discharge_on=None, applied_on=date(2026, 9, 2)))


def test_approval_over_year_cap_is_refused(setup):
    database, boss, plan, worker = setup
    _approved(database, boss, plan.id, worker, self_pay=D("12000.00"), total_cost=D("30000.00"))
    saved = ClaimIntakeService(database).submit(boss, draft(worker, plan.id, event_on=date(2026, 8, 1),
                                                       admission_on=None, discharge_on=None,
                                                       applied_on=date(2026, 8, 5)))
    review = ClaimReviewService(database)
    result = review.review(boss, saved.id, claim_row(database, saved.id).version)
    with pytest.raises(ValidationError, match="最多还可核准 ¥3,000.00"):
        review.approve(boss, saved.id, result.version, D("3000.01"), "特殊情况")


def test_duplicate_flagged(setup):
    database, boss, plan, worker = setup
    intake = ClaimIntakeService(database)
    first = intake.submit(boss, draft(worker, plan.id))
    assert intake.preview(draft(worker, plan.id)).duplicate_number == first.number
    second = intake.submit(boss, draft(worker, plan.id))
    assert second.duplicate_number == first.number
    assert claim_row(database, second.id).duplicate_of_id == first.id


def test_rule_change_makes_new_version_and_claim_records_it(setup):
    database, boss, plan, worker = setup
    plans = PlanService(database)
    new = plans.change_rule(boss, plan.id, '{"type": "deductible_ratio_cap", "base": "self_pay", '
                            '"deductible": "500.00", "ratio": "0.60", "per_claim_cap": null, "per_year_cap": null, '
                            '"waiting_days": 0, "claim_window_days": 180}', date(2026, 7, 1))
    assert new.version_no == 2
    old = ClaimIntakeService(database).submit(boss, draft(worker, plan.id))
    later = ClaimIntakeService(database).submit(boss, draft(worker, plan.id, event_on=date(2026, 7, 5),
                                                       admission_on=None, discharge_on=None,
                                                       applied_on=date(2026, 7, 9)))
    assert old.amount == D("1200.25") and later.amount == D("1740.30")
    assert claim_row(database, later.id).rule_version_id == new.id
    assert [v.version_no for v in plans.versions(plan.id)] == [2, 1]


def test_fixed_rule_school_aid(database, actors):
    boss = actors[Role.DIRECTOR]
    plan = make_plan(database, boss, code="JQ2026", name="2026年金秋助学", rule=FIXED_RULE, docs=("录取通知书",))
    enrol(database, boss, plan.id)
    saved = ClaimIntakeService(database).submit(boss, draft(worker_id(database), plan.id, grade="专科",
                                                       event_type="子女入学", documents={"录取通知书": True}))
    assert saved.amount == D("800.00")


def test_permissions_enforced(setup, actors):
    database, boss, plan, worker = setup
    clerk = actors[Role.CLERK]
    saved = ClaimIntakeService(database).submit(clerk, draft(worker, plan.id))
    with pytest.raises(PermissionDenied):
        ClaimReviewService(database).review(clerk, saved.id, 1)
    with pytest.raises(PermissionDenied):
        BatchService(database).make_batch(clerk, [saved.id])
    with pytest.raises(PermissionDenied):
        ClaimIntakeService(database).submit(actors[Role.AUDITOR], draft(worker, plan.id))


def test_batch_refuses_unapproved(setup):
    database, boss, plan, worker = setup
    saved = ClaimIntakeService(database).submit(boss, draft(worker, plan.id))
    with pytest.raises(ValidationError, match=saved.number):
        BatchService(database).make_batch(boss, [saved.id])


def test_queries_filter_search_and_page(setup):
    database, boss, plan, worker = setup
    intake = ClaimIntakeService(database)
    for day in range(1, 6):
        intake.submit(boss, draft(worker, plan.id, event_on=date(2026, 6, day), admission_on=None,
                                  discharge_on=None, applied_on=date(2026, 6 + day % 2, 20)))
    queries = ClaimQueries(database)
    assert queries.count(ClaimFilter()) == 5
    assert queries.count(ClaimFilter(month="2026-07")) == 3
    assert queries.count(ClaimFilter(text="王")) == 5
    assert queries.count(ClaimFilter(text="6217000010001234")) == 5
    assert queries.count(ClaimFilter(text="李")) == 0
    assert queries.count(ClaimFilter(unit="建材")) == 5
    assert queries.count(ClaimFilter(status=ClaimStatus.APPROVED)) == 0
    page = queries.page(ClaimFilter(plan_id=plan.id), 2, 2, sort="number", descending=False)
    assert [r.number for r in page] == ["HZ202600003", "HZ202600004"]
    assert "*" in page[0].id_masked
    detail = queries.detail(page[0].id)
    assert detail.row.calculated == D("1200.25") and detail.documents[0] == ("申请表", True)
