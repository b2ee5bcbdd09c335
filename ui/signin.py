"""Who is using the program. Until officers exist, the program runs as the administrator."""

from __future__ import annotations

from sqlalchemy import select

from db.engine import Database
from db.enums import Role
from db.models import Officer
from desktop.auth import Actor


def sign_in(database: Database) -> Actor | None:
    with database.read() as session:
        officer = session.scalar(select(Officer).where(Officer.role == Role.ADMIN).order_by(Officer.id))
    if officer is None:
        return Actor(None, "系统管理员", Role.ADMIN)
    return Actor(officer.id, officer.display_name, officer.role)
