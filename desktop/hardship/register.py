"""The 困难职工档案台账: one row per hardship file filed in the period (ID numbers masked by default)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Employer, HardshipFile, HardshipReview, Worker
from desktop.registers import Column, RegisterSpec

from .queries import NO_STREET

HARDSHIP = RegisterSpec(
    key="hardship",
    title_template="{year}年度困难职工档案台账",
    sheet_name="困难职工档案",
    columns=(
        Column("档案编号", "text", width=14, required=True, aliases=("编号",)),
        Column("姓名", "text", width=10, required=True),
        Column("身份证号", "id", aliases=("身份证号码", "公民身份号码")),
        Column("所属单位", "text", width=28, aliases=("工作单位", "单位")),
        Column("街道", "text", width=12, aliases=("所在街道",)),
        Column("困难等级", "text", width=10),
        Column("家庭人口", "int", total=True),
        Column("家庭月人均收入", "money"),
        Column("致困原因", "text", width=24),
        Column("建档日期", "date"),
        Column("最近复核日期", "date"),
        Column("下次复核日期", "date"),
        Column("状态", "text", width=8),
        Column("脱困日期", "date"),
        Column("脱困原因", "text", width=20),
    ),
)


def hardship_rows(session: Session, period) -> Iterator[list[object]]:
    """Files filed in ``period``, by number, in ``HARDSHIP`` column order."""
    last_review = (select(func.max(HardshipReview.reviewed_on)).where(HardshipReview.file_id == HardshipFile.id)
                   .correlate(HardshipFile).scalar_subquery())
    statement = (
        select(HardshipFile.number, Worker.name, Worker.id_number, func.coalesce(Worker.unit_name, Employer.name),
               func.coalesce(Employer.street, NO_STREET), HardshipFile.level, HardshipFile.household_size,
               HardshipFile.income_per_head, HardshipFile.causes, HardshipFile.filed_on, last_review,
               HardshipFile.next_review_on, HardshipFile.status, HardshipFile.relieved_on,
               HardshipFile.relieved_reason)
        .join(Worker, Worker.id == HardshipFile.worker_id)
        .outerjoin(Employer, Employer.id == Worker.employer_id)
        .where(*period.conditions(HardshipFile.filed_on))
        .order_by(HardshipFile.number)
    )
    for number, name, id_number, unit, street, level, *middle, status, relieved_on, reason in session.execute(statement):
        yield [number, name, id_number, unit, street, level.label, *middle, status.label, relieved_on, reason]
