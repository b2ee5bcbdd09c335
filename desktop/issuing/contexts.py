"""The render context of a document, built from the database.

``build(session, request)`` returns the dict the engine fills the kind's template
with (see docs/documents.md for the keys). Common keys come from the
organisation settings; the rest from the owner record, by area:
``case_context``, ``letter_context``, ``claim_context``. A record that lacks
what its document needs is refused with a Chinese message naming what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from desktop.issuing import case_context, claim_context, letter_context
from desktop.issuing.owners import CASE, CLAIM, LETTER
from desktop.settings import OrganisationSettings


@dataclass
class Request:
    """What to build: the kind, the owner record and the day of issue."""

    kind: str
    owner_type: str
    record: object
    on: date
    settings: OrganisationSettings
    number: str | None = None
    options: dict = field(default_factory=dict)


def build(session: Session, request: Request) -> dict:
    builders = {CASE: case_context.build, LETTER: letter_context.build, CLAIM: claim_context.build}
    specific = builders[request.owner_type](session, request)
    common = {"org": organisation(request.settings),
              "doc": {"number": request.number, "date": request.on, "court_style": "no"}}
    return {**common, **specific}


def organisation(settings: OrganisationSettings) -> dict:
    return {
        "name": settings.union_name, "centre": settings.centre_name, "header": settings.letterhead,
        "address": settings.address, "postcode": settings.postcode, "contact": settings.contact_person,
        "phone": settings.phone, "supervision": settings.supervision_committee,
        "arbitration": settings.arbitration_name, "arbitration_address": settings.arbitration_address,
    }
