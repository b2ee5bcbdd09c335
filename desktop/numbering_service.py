"""Voiding a document number as a permission-checked, audited user action."""

from __future__ import annotations

from db.engine import Database
from desktop.auth import Actor, Permission, require
from desktop.numbering import void_number


class NumberingService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def void(self, actor: Actor, number: str, reason: str) -> None:
        require(actor, Permission.VOID_NUMBER)
        with self._db.write(actor) as session:
            void_number(session, number, reason)
