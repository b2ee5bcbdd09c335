"""Numbers brought in by an import are registered, so later numbers never collide with them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop import settings as organisation
from desktop.numbering import parse_number, register_existing_number


def register_imported(session: Session, kind: str, number: str, entity_type: str, entity_id: int) -> None:
    """Register ``number`` if it follows this centre's current pattern for ``kind``.

    A number in another pattern (an older prefix) can never equal a number the
    program hands out, so it needs no entry."""
    settings = session.info.get("organisation_settings")
    if settings is None:
        settings = session.info["organisation_settings"] = organisation.load(session)
    parsed = parse_number(kind, number, settings)
    if parsed is not None:
        register_existing_number(session, kind, *parsed, number, entity_type, entity_id)
