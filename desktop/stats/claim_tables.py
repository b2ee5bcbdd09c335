"""Mutual-aid breakdowns: by plan and by month."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AidPlan
from desktop.stats.claims import ClaimMetrics, by_month, by_plan, claim_metrics, members_covered
from desktop.stats.values import TOTAL_LABEL, Breakdown

CLAIM_COLUMNS = ("受理申请", "赔付（人次）", "不予赔付", "拒赔率", "理赔金额（元）", "人均赔付（元）")
CLAIM_NOTE = (
    "受理申请按申请日期、赔付和不予赔付按支付日期和作出不予赔付决定的日期在当年统计。"
    "理赔金额为当年支付的理赔款；人均赔付 = 当年赔付理赔的金额 ÷ 赔付人次；拒赔率 = 不予赔付 ÷（赔付 + 不予赔付）。"
)
MONTH_NOTE = (
    "“支付金额”为当月实际支付（已支付）的全部互助保障款项，含理赔款、困难帮扶和金秋助学，不含调解协议履行款，"
    "全年合计即总体表中的“支付金额”。"
)


def claim_breakdowns(session: Session, year: int) -> tuple[Breakdown, ...]:
    return _by_plan(session, year), _by_month(session, year)


def _by_plan(session: Session, year: int) -> Breakdown:
    metrics = claim_metrics(session, year, by_plan)
    members = members_covered(session, year, per_plan=True)
    plans = session.execute(select(AidPlan.id, AidPlan.name).order_by(AidPlan.code)).all()
    rows = [(name, members.get(plan_id, 0), *_cells(metrics.get(plan_id, ClaimMetrics()))) for plan_id, name in plans]
    rows.append((TOTAL_LABEL, members_covered(session, year)[None], *_cells(_sum(metrics.values()))))
    note = CLAIM_NOTE + "参保会员为当年内任一天处于保障期内的会员人数，合计行按人去重。"
    return Breakdown("互助保障（按保障项目）", ("保障项目", "参保会员", *CLAIM_COLUMNS), tuple(rows), note)


def _by_month(session: Session, year: int) -> Breakdown:
    metrics = claim_metrics(session, year, by_month)
    rows = [(f"{month}月", *_month_cells(metrics.get(month, ClaimMetrics()))) for month in range(1, 13)]
    rows.append((TOTAL_LABEL, *_month_cells(_sum(metrics.values()))))
    headers = ("月份", *CLAIM_COLUMNS, "支付金额（元）")
    return Breakdown("互助保障（按月份）", headers, tuple(rows), CLAIM_NOTE + MONTH_NOTE)


def _cells(m: ClaimMetrics) -> tuple:
    return m.received, m.paid, m.rejected, m.rejection_rate, m.claims_paid_amount, m.average_payout


def _month_cells(m: ClaimMetrics) -> tuple:
    return (*_cells(m), m.amount_paid)


def _sum(items) -> ClaimMetrics:
    items = list(items)
    return ClaimMetrics(*(sum((getattr(i, f.name) for i in items), start=f.default) for f in fields(ClaimMetrics)))
