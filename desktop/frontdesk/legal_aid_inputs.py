"""What the legal-aid forms send, and the checks that refuse bad input naming the field."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from db.enums import ConsultCategory, LegalAidProcedure
from desktop import parties
from desktop.errors import ValidationError
from desktop.frontdesk.common import optional_text, required_text
from desktop.money import parse_amount


@dataclass(frozen=True)
class ApplicationInput:
    applied_on: date
    worker: parties.WorkerInput
    category: ConsultCategory
    matter: str
    amount_claimed: Decimal | str = Decimal("0.00")
    workers_involved: int = 1
    worker_id: int | None = None
    employer: parties.EmployerInput | None = None
    employer_id: int | None = None
    consultation_id: int | None = None


@dataclass(frozen=True)
class ReviewInput:
    is_member: bool
    note: str
    reviewed_on: date


@dataclass(frozen=True)
class ProgressInput:
    happened_on: date
    procedure: LegalAidProcedure
    note: str
    is_hearing: bool = False
    place: str = ""


@dataclass(frozen=True)
class CloseInput:
    closed_on: date
    outcome: str
    amount: Decimal | str = Decimal("0.00")


def check_application(data: ApplicationInput, today: date) -> ApplicationInput:
    """Every field, in the order of the form."""
    if data.applied_on > today:
        raise ValidationError(f"不能晚于今天（{today:%Y-%m-%d}）", field="申请日期")
    worker = data.worker if data.worker_id is not None else parties.clean_worker(data.worker)
    employer = data.employer
    if data.employer_id is None and employer is not None and employer.name.strip():
        employer = parties.clean_employer(employer)
    elif data.employer_id is None:
        employer = None
    matter = required_text(data.matter, "援助事项", 2000)
    amount = parse_amount(data.amount_claimed or "0", field="请求金额")
    if not 1 <= data.workers_involved <= 9999:
        raise ValidationError("应为 1 至 9999 人", field="涉及人数")
    return replace(data, worker=worker, employer=employer, matter=matter, amount_claimed=amount)


def not_future(on: date, today: date, field: str, earliest: date | None, earliest_name: str) -> date:
    if on > today:
        raise ValidationError(f"不能晚于今天（{today:%Y-%m-%d}）", field=field)
    if earliest is not None and on < earliest:
        raise ValidationError(f"不能早于{earliest_name}（{earliest:%Y-%m-%d}）", field=field)
    return on


def check_progress(data: ProgressInput, today: date, assigned_on: date | None) -> ProgressInput:
    """A hearing may lie ahead (it is on the due list); any other step has happened."""
    if not data.is_hearing and data.happened_on > today:
        raise ValidationError(f"不能晚于今天（{today:%Y-%m-%d}）；将来的开庭请勾选「开庭」", field="日期")
    if assigned_on is not None and data.happened_on < assigned_on:
        raise ValidationError(f"不能早于指派日期（{assigned_on:%Y-%m-%d}）", field="日期")
    note = required_text(data.note, "进展情况", 2000)
    place = optional_text(data.place, "地点", 100) or ""
    return replace(data, note=note, place=place)


@dataclass(frozen=True)
class CleanClose:
    closed_on: date
    outcome: str
    amount: Decimal


def check_close(data: CloseInput, today: date, assigned_on: date | None) -> CleanClose:
    on = not_future(data.closed_on, today, "结案日期", assigned_on, "指派日期")
    outcome = required_text(data.outcome, "办理结果", 2000)
    return CleanClose(on, outcome, parse_amount(data.amount or "0", field="挽回金额"))
