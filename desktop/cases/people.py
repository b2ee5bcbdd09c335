"""The parties of a case: the shared checks of ``desktop.parties`` naming the
applicant's row, then one identity each (reuse by ID number / credit code, else create)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Employer, Worker
from desktop import parties
from desktop.cases.forms import ApplicantInput, EmployerInput
from desktop.errors import ValidationError

RESPONDENT = "被申请人"


def check_worker(entry: ApplicantInput, position: int) -> None:
    if entry.worker_id is None:
        parties.clean_worker(entry, where=f"申请人{position}")


def assert_valid(entries: list[ApplicantInput]) -> None:
    if not entries:
        raise ValidationError("至少填写一名申请人", field="申请人")
    for position, entry in enumerate(entries, start=1):
        check_worker(entry, position)


def check_employer(entry: EmployerInput) -> None:
    if entry.employer_id is None:
        parties.clean_employer(entry, where=RESPONDENT)


def resolve_worker(session: Session, entry: ApplicantInput) -> Worker:
    return parties.find_or_create_worker(session, entry)


def resolve_employer(session: Session, entry: EmployerInput) -> Employer:
    return parties.find_or_create_employer(session, entry)
