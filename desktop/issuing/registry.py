"""The one registry of document kinds: what each is issued from, numbered by and filled with.

Every kind of ``db.enums.DocumentKind`` has one ``KindSpec``: its owner type
(the record it is issued for), its template (``resources/templates/<kind>.tpl``),
the number sequence of its own number if it has one (else it carries its owner's
number), the context builder, and how its title, recipient and number of copies
follow from the context. The issuing service, the owner checks and the lists of
what a record can issue all read it; nothing else maps kinds to owners.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from db.enums import DocumentKind as K
from db.enums import LetterKind
from desktop.documents.kinds import LETTER_DOCUMENTS, document_kind, letter_document
from desktop.issuing import case_context, claim_context, file_papers, legal_aid_context, letter_context
from desktop.errors import UserError
from desktop.issuing.owners import CASE, CLAIM, LEGAL_AID, LETTER, owner_label
from desktop.issuing.request import IssueOptions, Request
from desktop.settings import OrganisationSettings

Builder = Callable[[Session, Request], dict]


@dataclass(frozen=True)
class KindSpec:
    kind: K
    owner_type: str
    build: Builder  # the kind's part of the render context (the organisation's part is common)
    title: Callable[[dict], str]
    recipient: Callable[[dict], str | None]
    number_kind: str | None = None  # the sequence of a number of its own; None: the owner's number
    copies: Callable[[OrganisationSettings], int] = lambda settings: 1
    served: bool = True  # handed to a party (a service receipt is the proof itself)
    letter_kind: LetterKind | None = None  # the one letter kind that issues it
    choices: Callable[[Any], list[tuple[str, IssueOptions]]] | None = None  # what the officer picks

    @property
    def label(self) -> str:
        return self.kind.label

    @property
    def template(self) -> str:
        return f"{self.kind.value}.tpl"

    @property
    def own_number(self) -> bool:
        """Takes a number from ``number_kind`` when issued (its owner has none)."""
        return self.number_kind is not None and self.letter_kind is None


def _case(extra, **flags) -> Builder:
    return partial(case_context.build, extra=extra, **flags)


def _applicant(context: dict) -> str | None:
    return context["case"]["applicant"]["name"]


def _both_parties(context: dict) -> str:
    case = context["case"]
    return f"{case['applicant']['name']}、{case['respondent']['name']}"


def _plain_title(kind: K) -> Callable[[dict], str]:
    return lambda context: kind.label


def _letter(kind: LetterKind) -> KindSpec:
    letter = letter_document(kind)
    return KindSpec(letter.document, LETTER, letter_context.build, lambda c: c["letter"]["kind_name"],
                    lambda c: c["letter"]["recipient"], number_kind=letter.number_kind, letter_kind=kind)


SPECS: dict[K, KindSpec] = {spec.kind: spec for spec in (
    KindSpec(K.ACCEPTANCE, CASE, _case(case_context.acceptance), _plain_title(K.ACCEPTANCE), _applicant),
    KindSpec(K.REJECTION, CASE, _case(case_context.rejection, own_number=True), _plain_title(K.REJECTION),
             _applicant, number_kind="rejection"),
    KindSpec(K.AGREEMENT, CASE, _case(case_context.agreement, every_applicant=True), _plain_title(K.AGREEMENT),
             _both_parties, copies=lambda settings: settings.agreement_copies),
    KindSpec(K.TERMINATION, CASE, _case(case_context.termination), _plain_title(K.TERMINATION), _both_parties,
             copies=lambda settings: case_context.TERMINATION_COPIES),
    KindSpec(K.SERVICE_RECEIPT, CASE, _case(case_context.service_receipt),
             lambda c: f"送达回证（{c['service']['document']}）", lambda c: c["service"]["recipient"], served=False),
    KindSpec(K.APPLICATION, CASE, _case(file_papers.application), file_papers.application_title, _applicant,
             served=False),
    KindSpec(K.MEDIATION_NOTICE, CASE, _case(file_papers.mediation_notice), _plain_title(K.MEDIATION_NOTICE),
             file_papers.notice_recipient, choices=file_papers.notice_choices),
    KindSpec(K.RIGHTS_NOTICE, CASE, _case(file_papers.rights_notice), _plain_title(K.RIGHTS_NOTICE), _both_parties,
             copies=lambda settings: 2),
    KindSpec(K.SESSION_RECORD, CASE, _case(file_papers.session_record), file_papers.record_title,
             lambda c: None, served=False, choices=file_papers.session_choices),
    KindSpec(K.FOLLOW_UP_RECORD, CASE, _case(file_papers.follow_up_record), _plain_title(K.FOLLOW_UP_RECORD),
             lambda c: None, served=False),
    *(_letter(kind) for kind in LETTER_DOCUMENTS),
    KindSpec(K.PAYOUT_NOTICE, CLAIM, claim_context.build, lambda c: "职工互助保障理赔支付通知书",
             lambda c: c["claim"]["name"]),
    KindSpec(K.LEGAL_AID_ACCEPTANCE, LEGAL_AID, legal_aid_context.build, _plain_title(K.LEGAL_AID_ACCEPTANCE),
             lambda c: c["aid"]["applicant"]["name"]),
    KindSpec(K.LEGAL_AID_REFUSAL, LEGAL_AID, legal_aid_context.build, _plain_title(K.LEGAL_AID_REFUSAL),
             lambda c: c["aid"]["applicant"]["name"]),
    KindSpec(K.LEGAL_AID_ASSIGNMENT, LEGAL_AID, legal_aid_context.build, _plain_title(K.LEGAL_AID_ASSIGNMENT),
             lambda c: c["aid"]["lawyer"]["name"]),
)}


def spec(kind: K | str) -> KindSpec:
    return SPECS[document_kind(kind)]


def kinds_for(owner_type: str) -> tuple[K, ...]:
    """Kinds a record of ``owner_type`` can issue, in the order they are used."""
    return tuple(kind for kind, item in SPECS.items() if item.owner_type == owner_type)


def check_kind(kind: K | str, owner_type: str, record) -> KindSpec:
    """The kind's spec; refused (naming both) when the record cannot issue it."""
    item = spec(kind)
    if item.owner_type != owner_type:
        raise UserError(f"{item.label}不能由{owner_label(owner_type)}出具。")
    if item.letter_kind is not None and item.letter_kind != record.kind:
        raise UserError(f"该文书是{record.kind.label}，不能按{item.label}出具。")
    return item


def kinds_of(owner_type: str, record) -> tuple[K, ...]:
    """The kinds this record can issue (a letter only its own kind)."""
    if owner_type == LETTER:
        return (letter_document(record.kind).document,)
    return kinds_for(owner_type)


def unserved_kinds() -> tuple[str, ...]:
    """Kinds never served themselves (codes as stored)."""
    return tuple(kind.value for kind, item in SPECS.items() if not item.served)
