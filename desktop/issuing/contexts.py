"""The render context of a document, built from the database.

``build(session, request)`` returns the dict the engine fills the kind's template
with (see docs/documents.md for the keys). Common keys come from the
organisation settings; the rest from the kind's builder in ``registry`` (by
area: ``case_context``, ``letter_context``, ``claim_context``). A record that
lacks what its document needs is refused with a Chinese message naming what is
missing.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.issuing import registry
from desktop.issuing.request import IssueOptions, Request
from desktop.settings import OrganisationSettings

__all__ = ["IssueOptions", "Request", "build", "organisation"]


def build(session: Session, request: Request) -> dict:
    specific = registry.spec(request.kind).build(session, request)
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
