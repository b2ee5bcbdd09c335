"""The 帮扶救助台账 (``export aid``): one row per aid application made in the period — programme, grounds,
child and school for 金秋助学, amount, state and dates (ID numbers masked by default)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import AidApplication, AidProgramme, Employer, Worker
from desktop.registers import Column, RegisterSpec

AID = RegisterSpec(
    key="aid",
    title_template="{year}年度帮扶救助台账",
    sheet_name="帮扶救助",
    columns=(
        Column("申请编号", "text", width=14, required=True, aliases=("编号",)),
        Column("帮扶项目", "text", width=22),
        Column("项目类别", "text", width=16),
        Column("姓名", "text", width=10, required=True),
        Column("身份证号", "id", aliases=("身份证号码", "公民身份号码")),
        Column("所属单位", "text", width=28, aliases=("工作单位", "单位")),
        Column("资格依据", "text", width=26),
        Column("子女姓名", "text", width=10),
        Column("子女身份证号", "id"),
        Column("就读阶段", "text", width=8),
        Column("入学年份", "int"),
        Column("就读学校", "text", width=20),
        Column("金额", "money", total=True),
        Column("状态", "text", width=8),
        Column("申请日期", "date"),
        Column("核准日期", "date"),
        Column("备注", "text", width=20),
    ),
)


def aid_rows(session: Session, period) -> Iterator[list[object]]:
    """Applications made in ``period``, by number, in ``AID`` column order."""
    statement = (
        select(AidApplication.number, AidProgramme.name, AidProgramme.kind, Worker.name, Worker.id_number,
               func.coalesce(Worker.unit_name, Employer.name), AidApplication.grounds, AidApplication.child_name,
               AidApplication.child_id_number, AidApplication.school_stage, AidApplication.admission_year,
               AidApplication.school, AidApplication.amount, AidApplication.status, AidApplication.applied_on,
               AidApplication.approved_on, AidApplication.decision_note)
        .join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
        .join(Worker, Worker.id == AidApplication.worker_id)
        .outerjoin(Employer, Employer.id == Worker.employer_id)
        .where(*period.conditions(AidApplication.applied_on))
        .order_by(AidApplication.number)
    )
    for number, programme, kind, *people, stage, year, school, amount, status, applied, approved, note in (
            session.execute(statement)):
        yield [number, programme, kind.label, *people, stage.label if stage else None, year, school, amount,
               status.label, applied, approved, note]
