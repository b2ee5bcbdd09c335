"""The legal-aid register (法律援助案件台账): its columns and its rows, one per application made in
the period (ID numbers masked by the one register writer unless the full ones were asked for)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.models import Employer, LegalAidCase, LegalAidLawyer, Officer, Worker
from desktop.registers import Column, RegisterSpec

from .period import Period

LEGAL_AID = RegisterSpec(
    key="legal-aid",
    title_template="{year}年度法律援助案件登记台账",
    sheet_name="法律援助台账",
    columns=(
        Column("援助编号", "text", width=20, required=True),
        Column("申请日期", "date", required=True),
        Column("申请人", "text", width=10, required=True),
        Column("身份证号", "id"),
        Column("用人单位", "text", width=28),
        Column("争议类别", "text", width=10),
        Column("援助事项", "text", width=30),
        Column("涉及人数", "int", total=True),
        Column("请求金额", "money", total=True),
        Column("工会会员", "text", width=8),
        Column("困难职工", "text", width=10),
        Column("审查人", "text", width=10),
        Column("决定日期", "date"),
        Column("状态", "text", width=10),
        Column("不予援助理由", "text", width=24),
        Column("承办律师", "text", width=10),
        Column("律师类别", "text", width=14),
        Column("律师事务所", "text", width=20),
        Column("程序", "text", width=8),
        Column("办理结果", "text", width=24),
        Column("挽回金额", "money", total=True),
        Column("结案日期", "date"),
    ),
)


def legal_aid_rows(session: Session, period: Period) -> Iterator[list[object]]:
    """Applications made in ``period``, in ``LEGAL_AID`` column order."""
    L, reviewer = LegalAidCase, aliased(Officer)
    statement = (
        select(L.number, L.applied_on, Worker.name, Worker.id_number, Employer.name, L.category, L.matter,
               L.workers_involved, L.amount_claimed, L.is_member, L.hardship_level, reviewer.display_name,
               L.decided_on, L.status, L.decision_reason, LegalAidLawyer.name, LegalAidLawyer.kind,
               LegalAidLawyer.firm, L.procedure, L.outcome, L.amount_recovered, L.closed_on)
        .join(Worker, Worker.id == L.worker_id).outerjoin(Employer, Employer.id == L.employer_id)
        .outerjoin(reviewer, reviewer.id == L.reviewer_id).outerjoin(LegalAidLawyer, LegalAidLawyer.id == L.lawyer_id)
        .where(*period.conditions(L.applied_on)).order_by(L.applied_on, L.id).execution_options(yield_per=1000)
    )
    for row in session.execute(statement):
        (number, applied, name, id_number, employer, category, matter, workers, claimed, member, hardship, who,
         decided, status, reason, lawyer, kind, firm, procedure, outcome, recovered, closed) = row
        refused = reason if status.value == "REFUSED" else None
        yield [number, applied, name, id_number, employer, category.label, matter, workers, claimed,
               _yes_no(member), hardship.label if hardship else ("否" if member is not None else None), who,
               decided, status.label, refused, lawyer, kind.label if kind else None, firm,
               procedure.label if procedure else None, outcome, recovered, closed]


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("是" if value else "否")
