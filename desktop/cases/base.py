"""The shape of every case action: permission, one unit of work, the case loaded for change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from db.engine import Database
from db.models import MediationCase
from desktop.auth import Actor, Permission, require
from desktop.cases.common import load_case
from desktop.cases.workflow import CASE_WORKFLOW

T = TypeVar("T")


class CaseActions:
    def __init__(self, database: Database) -> None:
        self._db = database

    def _run(self, actor: Actor, permission: Permission, case_id: int, version: int | None,
             action: Callable[..., T], *, writable: bool = True) -> T:
        require(actor, permission)
        with self._db.write(actor) as session:
            record = load_case(session, case_id, version, writable=writable)
            return action(session, record)

    @staticmethod
    def _move(session, record: MediationCase, target, actor: Actor, reason: str | None = None) -> None:
        CASE_WORKFLOW.move(session, record, target, actor, reason)
