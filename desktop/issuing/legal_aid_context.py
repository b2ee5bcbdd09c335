"""Context of the legal-aid documents: 法律援助受理通知书, 不予援助通知书 and the 指派函 to the lawyer.

Each is refused (in Chinese, naming what is missing) until the case has reached its step:
accepted, refused, or a lawyer assigned.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.enums import DocumentKind, LegalAidStatus
from db.models import LegalAidCase
from desktop.errors import UserError

S = LegalAidStatus
ACCEPTED = frozenset({S.ACCEPTED, S.ASSIGNED, S.IN_PROGRESS, S.CLOSED})
NEEDS = {
    DocumentKind.LEGAL_AID_ACCEPTANCE: (lambda c: c.status in ACCEPTED, "尚未受理"),
    DocumentKind.LEGAL_AID_REFUSAL: (lambda c: c.status is S.REFUSED, "未作出不予援助决定"),
    DocumentKind.LEGAL_AID_ASSIGNMENT: (lambda c: c.lawyer_id is not None, "尚未指派律师"),
}


def build(session: Session, request) -> dict:
    case: LegalAidCase = request.record
    ready, missing = NEEDS[request.kind]
    if not ready(case):
        raise UserError(f"法律援助案件{case.number}{missing}（当前状态：{case.status.label}），"
                        f"不能出具{request.kind.label}。")
    return {"aid": _aid(case)}


def _aid(case: LegalAidCase) -> dict:
    w, lawyer = case.worker, case.lawyer
    return {
        "number": case.number, "applied_on": case.applied_on, "category": case.category.label,
        "matter": case.matter, "amount_claimed": case.amount_claimed, "workers": case.workers_involved,
        "applicant": {"name": w.name, "id_number": w.id_number, "phone": w.phone},
        "employer": case.employer.name if case.employer else None,
        "decided_on": case.decided_on, "reason": case.decision_reason, "assigned_on": case.assigned_on,
        "procedure": case.procedure.label if case.procedure else None,
        "lawyer": {"name": lawyer.name, "kind": lawyer.kind.label, "firm": lawyer.firm,
                   "phone": lawyer.phone} if lawyer else None,
    }
