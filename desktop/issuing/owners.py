"""Which record a document belongs to: a case, a supervision letter or an aid claim.

Owner types are the owners' table names (which kinds each can issue is in
``registry``); ``find_by_number`` resolves the number an officer
or a script gives (case, letter or claim number, or an issued document's number).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AidClaim, IssuedDocument, LegalAidCase, MediationCase, SupervisionLetter
from desktop.errors import NotFound, UserError
from desktop.number_text import normalise_number

CASE, LETTER, CLAIM, LEGAL_AID = "mediation_case", "supervision_letter", "aid_claim", "legal_aid_case"
OWNER_MODELS = {CASE: MediationCase, LETTER: SupervisionLetter, CLAIM: AidClaim, LEGAL_AID: LegalAidCase}
OWNER_LABELS = {CASE: "调解案件", LETTER: "一函两书", CLAIM: "互助理赔", LEGAL_AID: "法律援助案件"}


def load_owner(session: Session, owner_type: str, owner_id: int):
    model = OWNER_MODELS.get(owner_type)
    if model is None:
        raise UserError(f"未知的文书归属类型「{owner_type}」")
    record = session.get(model, owner_id)
    if record is None:
        raise NotFound(f"{OWNER_LABELS[owner_type]}（编号 {owner_id}）不存在，可能已被删除。")
    return record


def find_by_number(session: Session, ref: str) -> tuple[str, object]:
    """The record whose case, letter or claim number (or issued document's number) is ``ref``."""
    ref = normalise_number(ref)
    for owner_type, model in OWNER_MODELS.items():
        record = session.scalar(select(model).where(model.number == ref))
        if record is not None:
            return owner_type, record
    issued = session.scalar(select(IssuedDocument).where(IssuedDocument.number == ref).limit(1))
    if issued is not None:
        return issued.owner_type, load_owner(session, issued.owner_type, issued.owner_id)
    raise NotFound(f"找不到编号为「{ref}」的案件、一函两书、理赔申请或法律援助案件，请核对编号。")


def owner_label(owner_type: str) -> str:
    return OWNER_LABELS.get(owner_type, owner_type)
