"""转调解: what the case intake is prefilled with from a consultation (a ticket: ``ticket_listing.ticket_case_prefill``).

The worker and the employer are the identities already on file (the intake reuses them,
never copies); the facts are the question asked; the source follows the channel.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.engine import Database
from db.enums import CaseSource, ConsultCategory, ConsultChannel, DisputeCategory
from db.models import Consultation
from desktop.frontdesk.common import load
from desktop.parties import EmployerHit, WorkerHit

SOURCES = {ConsultChannel.VISIT: CaseSource.WALK_IN, ConsultChannel.PHONE: CaseSource.PHONE,
           ConsultChannel.ONLINE: CaseSource.OTHER, ConsultChannel.STATION: CaseSource.WALK_IN}
CATEGORIES = {ConsultCategory.WAGES: DisputeCategory.UNPAID_WAGES,
              ConsultCategory.SOCIAL_INSURANCE: DisputeCategory.SOCIAL_INSURANCE,
              ConsultCategory.CONTRACT: DisputeCategory.CONTRACT, ConsultCategory.INJURY: DisputeCategory.WORK_INJURY,
              ConsultCategory.DISMISSAL: DisputeCategory.UNLAWFUL_TERMINATION,
              ConsultCategory.OTHER: DisputeCategory.OTHER}


@dataclass(frozen=True)
class CasePrefill:
    source: CaseSource
    worker: WorkerHit | None  # None: a caller not on file (a hotline ticket), typed in as a new applicant
    employer: EmployerHit | None
    facts: str
    categories: tuple[DisputeCategory, ...]
    caller_name: str = ""
    caller_phone: str = ""


def case_prefill(database: Database, consultation_id: int) -> CasePrefill:
    with database.read() as session:
        record = load(session, Consultation, consultation_id, None, "咨询记录")
        w, e = record.worker, record.employer
        worker = WorkerHit(w.id, w.name, w.id_number, w.phone, w.unit_name)
        employer = EmployerHit(e.id, e.name, e.credit_code, e.street) if e else None
        facts = f"（{record.number} 法律咨询转调解）{record.question}"
        return CasePrefill(SOURCES[record.channel], worker, employer, facts, (CATEGORIES[record.category],))
