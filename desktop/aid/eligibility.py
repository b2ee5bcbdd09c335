"""Who may receive what, and how much: no enrolment — a hardship file in the register (在档) or the
劳模 roll makes a worker eligible; 金秋助学 once per child per school stage; the amount comes from the
programme's fixed sum or the standard in force on the day of application."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import AidKind, AidStatus, HardshipLevel, HardshipStatus, SchoolStage
from db.models import AidApplication, AidProgramme, AidRule, HardshipFile, ModelWorker, Worker
from desktop.errors import ValidationError
from desktop.money import format_amount
from desktop.validation.idcard import mask_id_number

MODEL_GRADE = "MODEL"
"""The grade of a 劳模 with no hardship file (送温暖) and of every 劳模特殊困难补助."""
STAGE_YEARS = {SchoolStage.HIGH_SCHOOL: 3, SchoolStage.VOCATIONAL: 3, SchoolStage.JUNIOR_COLLEGE: 3,
               SchoolStage.UNDERGRADUATE: 5, SchoolStage.POSTGRADUATE: 3}
LIVE = (AidStatus.SUBMITTED, AidStatus.REVIEWED, AidStatus.APPROVED)


def grade_label(grade: str) -> str:
    """「本科」, 「特困」 or 「劳模」 for a stored grade."""
    for enum in (SchoolStage, HardshipLevel):
        if grade in enum.__members__:
            return enum[grade].label
    return "劳模" if grade == MODEL_GRADE else grade


@dataclass(frozen=True)
class Grounds:
    text: str
    hardship_file_id: int | None
    grade: str


def grounds_for(session: Session, programme: AidProgramme, worker: Worker,
                stage: SchoolStage | None) -> Grounds:
    """Why ``worker`` is eligible for ``programme``, or a refusal saying what is missing."""
    file = session.scalar(select(HardshipFile).where(HardshipFile.worker_id == worker.id,
                                                     HardshipFile.status == HardshipStatus.ACTIVE))
    model = session.scalar(select(ModelWorker).where(ModelWorker.worker_id == worker.id))
    if programme.kind is AidKind.MODEL_WORKER:
        if model is None:
            raise ValidationError(f"{worker.name}不在劳模名册中，不能申请劳模特殊困难补助", field="职工")
        return Grounds(f"劳模：{model.title}", file.id if file else None, MODEL_GRADE)
    if file is None and model is None:
        raise ValidationError(f"{worker.name}没有在档的困难职工档案，也不在劳模名册中，不符合{programme.kind.label}条件"
                              "（请先在「困难帮扶」建档）", field="职工")
    grade = stage.value if programme.kind is AidKind.SCHOOL and stage else (
        file.level.value if file else MODEL_GRADE)
    if file is not None:
        return Grounds(f"困难职工档案 {file.number}（{file.level.label}）", file.id, grade)
    assert model is not None
    return Grounds(f"劳模：{model.title}", None, grade)


def amount_for(session: Session, programme: AidProgramme, grade: str, on: date) -> Decimal:
    """The programme's fixed sum, else the standard for (kind, grade) in force on ``on``."""
    if programme.fixed_amount is not None:
        return programme.fixed_amount
    rule = session.scalar(select(AidRule).where(AidRule.kind == programme.kind, AidRule.grade == grade,
                                                AidRule.effective_from <= on)
                          .order_by(AidRule.effective_from.desc()).limit(1))
    if rule is None:
        raise ValidationError(f"{programme.kind.label}没有「{grade_label(grade)}」在 {on:%Y-%m-%d} 有效的金额标准，"
                              "请先在「帮扶标准」中设定", field="金额标准")
    return rule.amount


def check_school(programme: AidProgramme, stage: SchoolStage | None, admission_year: int | None) -> None:
    if stage is None:
        raise ValidationError("金秋助学须填写子女就读阶段", field="就读阶段")
    if admission_year is None or admission_year > programme.year:
        raise ValidationError(f"入学年份须不晚于 {programme.year} 年", field="入学年份")
    if admission_year < programme.year - STAGE_YEARS[stage] + 1:
        raise ValidationError(f"{stage.label}学制 {STAGE_YEARS[stage]} 年，{admission_year} 年入学的已不在读，"
                              "不能申请", field="入学年份")


def refuse_second_grant(session: Session, child_id_number: str, stage: SchoolStage, exclude: int | None) -> None:
    """Once per child per stage: refused naming the earlier grant."""
    query = (select(AidApplication).where(AidApplication.child_id_number == child_id_number,
                                          AidApplication.school_stage == stage, AidApplication.status.in_(LIVE)))
    if exclude is not None:
        query = query.where(AidApplication.id != exclude)
    earlier = session.scalars(query.order_by(AidApplication.applied_on)).first()
    if earlier is not None:
        raise ValidationError(
            f"该子女（身份证号 {mask_id_number(child_id_number)}）{stage.label}阶段已受助："
            f"{earlier.programme.name} {earlier.number}（{earlier.status.label}，¥{format_amount(earlier.amount)}），"
            "同一阶段只能资助一次", field="子女身份证号")


def refuse_second_application(session: Session, programme: AidProgramme, worker: Worker) -> None:
    """送温暖 and 劳模补助: one application per worker per round."""
    earlier = session.scalar(select(AidApplication).where(AidApplication.programme_id == programme.id,
                                                          AidApplication.worker_id == worker.id,
                                                          AidApplication.status.in_(LIVE)))
    if earlier is not None:
        raise ValidationError(f"{worker.name}已申请「{programme.name}」：{earlier.number}（{earlier.status.label}）",
                              field="职工")
