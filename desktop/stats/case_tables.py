"""Mediation-case breakdowns: by month, source, dispute category, lead mediator and street.

Every table has the same columns. The accepted-side columns count the cases
accepted in the year, the closed-side columns the cases closed in the year, so a
row may show cases closed that were accepted the year before.
"""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import Integer, and_, cast, func
from sqlalchemy.orm import Session

from db.enums import CaseSource, DisputeCategory, MediatorRole
from db.models import CaseCategory, CaseMediator, Employer, MediationCase, Officer
from desktop.stats.cases import AcceptedMetrics, ClosedMetrics, Grouping, accepted_metrics, closed_metrics
from desktop.stats.sql import month_of
from desktop.stats.values import TOTAL_LABEL, Breakdown

CASE_COLUMNS = (
    "受理件数", "涉及人数", "集体争议", "涉案金额（元）", "结案件数", "达成协议", "调解成功率", "按期办结率",
    "协议金额（元）", "挽回经济损失（元）",
)
CASE_NOTE = (
    "受理件数、涉及人数、集体争议（10人及以上）、涉案金额按受理日期在当年的案件统计；"
    "结案件数、达成协议、协议金额、挽回经济损失按结案日期在当年的案件统计，金额只计达成协议的案件。"
    "调解成功率 = 达成协议 ÷（结案 − 撤回 − 不予受理 − 对方不同意调解）。"
    "按期办结率 = 受理后在调解期限内（自收到申请起15日，法院委派30日、委托15日、简易程序7日，另加当事人同意延长的天数及中止的天数）"
    "结束调解的案件 ÷ 当年结案的受理案件。"
)
UNSET = None


def _same_key(key, join=lambda statement: statement) -> Grouping:
    return Grouping(accepted_key=key, closed_key=key, join=join)


BY_MONTH = Grouping(
    accepted_key=cast(month_of(MediationCase.accepted_on), Integer),
    closed_key=cast(month_of(MediationCase.closed_on), Integer),
)
BY_SOURCE = _same_key(MediationCase.source)
BY_CATEGORY = _same_key(
    CaseCategory.category, lambda s: s.outerjoin(CaseCategory, CaseCategory.case_id == MediationCase.id)
)
BY_MEDIATOR = _same_key(
    Officer.display_name,
    lambda s: s.outerjoin(
        CaseMediator, and_(CaseMediator.case_id == MediationCase.id, CaseMediator.role == MediatorRole.LEAD)
    ).outerjoin(Officer, Officer.id == CaseMediator.officer_id),
)
BY_STREET = _same_key(
    func.nullif(Employer.street, ""), lambda s: s.outerjoin(Employer, Employer.id == MediationCase.respondent_id)
)


def case_breakdowns(session: Session, year: int, limit_days: int) -> tuple[Breakdown, ...]:
    def table(title, grouping, first_header, labels, total=True):
        accepted = accepted_metrics(session, year, grouping)
        closed = closed_metrics(session, year, grouping, limit_days)
        rows = _rows(labels(accepted.keys() | closed.keys()), accepted, closed, total)
        return Breakdown(title, (first_header, *CASE_COLUMNS), rows, CASE_NOTE + _extra_note(first_header))

    return (
        table("调解案件（按月份）", BY_MONTH, "月份", lambda _: [(m, f"{m}月") for m in range(1, 13)]),
        table("调解案件（按案件来源）", BY_SOURCE, "案件来源", lambda _: [(s, s.label) for s in CaseSource]),
        table("调解案件（按争议类型）", BY_CATEGORY, "争议类型", _category_labels, total=False),
        table("调解案件（按主调解员）", BY_MEDIATOR, "主调解员", lambda keys: _named(keys, "未指定")),
        table("调解案件（按街道乡镇）", BY_STREET, "所在街道（乡镇）", lambda keys: _named(keys, "未填写")),
    )


def _category_labels(keys) -> list:
    labels = [(category, category.label) for category in DisputeCategory]
    return labels + ([(UNSET, "未分类")] if UNSET in keys else [])


def _named(keys, unset_label: str) -> list:
    labels = [(key, key) for key in sorted(k for k in keys if k is not UNSET)]
    return labels + ([(UNSET, unset_label)] if UNSET in keys else [])


def _extra_note(first_header: str) -> str:
    notes = {
        "争议类型": "一案涉及多个争议类型的，在每个类型下各计一次，故各行之和可能大于全年数。",
        "主调解员": "按案件的主调解员统计；未指定主调解员的案件列为“未指定”。",
        "所在街道（乡镇）": "按被申请人（用人单位）所在街道（乡镇）统计。",
    }
    return notes.get(first_header, "")


def _rows(labels, accepted: dict, closed: dict, with_total: bool) -> tuple[tuple, ...]:
    rows = [_row(label, accepted.get(key, AcceptedMetrics()), closed.get(key, ClosedMetrics()))
            for key, label in labels]
    if with_total:
        rows.append(_row(TOTAL_LABEL, _sum(AcceptedMetrics, accepted.values()), _sum(ClosedMetrics, closed.values())))
    return tuple(rows)


def _row(label: str, a: AcceptedMetrics, c: ClosedMetrics) -> tuple:
    return (label, a.accepted, a.workers_involved, a.collective, a.amount_claimed, c.closed, c.agreed,
            c.success_rate, c.on_time_rate, c.amount_agreed, c.amount_recovered)


def _sum(cls, items):
    items = list(items)
    return cls(*(sum((getattr(item, f.name) for item in items), start=f.default) for f in fields(cls)))
