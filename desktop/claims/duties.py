"""Separation of duties (职责分离): who did one step of a payout may not do the next.

A setting the centre chooses (设置 → 职责分离, on by default). When it is on, the
officer who reviewed a claim cannot approve it, and the officer who made a payment
batch cannot approve the batch; the refusal names the officer.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Officer
from desktop import settings as org_settings
from desktop.auth import Actor
from desktop.errors import PermissionDenied


def ensure_different(session: Session, actor: Actor, earlier_officer_id: int | None,
                     earlier_role: str, later_role: str) -> None:
    """Refuse when ``actor`` did the earlier step and the centre separates the two duties."""
    if earlier_officer_id is None or actor.officer_id != earlier_officer_id:
        return
    if not org_settings.load(session).separation_of_duties:
        return
    officer = session.get(Officer, earlier_officer_id)
    name = officer.display_name if officer else actor.name
    raise PermissionDenied(f"{earlier_role}与{later_role}不能为同一人（{name}）。"
                           f"本中心已在「设置」中启用职责分离，请由另一位有权限的人员办理。")
