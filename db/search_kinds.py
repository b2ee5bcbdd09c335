"""The kinds of record the search service finds, and by which fields (``db.search_index``).

A new area registers its own kind beside its model the same way and fills the index for
existing rows in its migration (copy of 0006's ``_fill``)."""

from __future__ import annotations

from db.models import (
    AidClaim, Consultation, Employer, HotlineTicket, LegalAidCase, MediationCase, SupervisionLetter, Worker,
)
from db.search_index import register

CASE = register("case", MediationCase, ("number",))
LETTER = register("letter", SupervisionLetter, ("number",))
CLAIM = register("claim", AidClaim, ("number",))
WORKER = register("worker", Worker, ("name", "id_number"))
UNIT = register("unit", Employer, ("name", "credit_code"))
CONSULTATION = register("consultation", Consultation, ("number",))
TICKET = register("ticket", HotlineTicket, ("platform_number",))
LEGAL_AID = register("legal_aid", LegalAidCase, ("number",))
