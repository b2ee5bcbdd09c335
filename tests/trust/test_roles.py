"""Each role is refused at the service layer for what it may not do, and nothing is written."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.enums import Role
from db.models import AuditHead
from desktop.audit_log.export import export_audit
from desktop.audit_log.query import AuditFilter, AuditService
from desktop.auth.officers import OfficerService
from desktop.backup.service import BackupService
from desktop.errors import PermissionDenied
from desktop.numbering import take_number
from desktop.numbering_service import NumberingService
from desktop.settings import SettingsService

ALLOWED = {
    "settings.save": {Role.ADMIN},
    "officers.create": {Role.ADMIN},
    "officers.reset": {Role.ADMIN},
    "officers.change_role": {Role.ADMIN},
    "numbering.void": {Role.ADMIN, Role.DIRECTOR},
    "audit.page": {Role.ADMIN, Role.DIRECTOR, Role.AUDITOR},
    "audit.export": {Role.ADMIN, Role.DIRECTOR, Role.AUDITOR},
    "backup.now": {Role.ADMIN, Role.DIRECTOR},
}


def _call(name, database, actor, actors, tmp_path):
    clerk_id = actors[Role.CLERK].officer_id
    calls = {
        "settings.save": lambda: SettingsService(database).save(actor, SettingsService(database).load()),
        "officers.create": lambda: OfficerService(database).create(actor, "newbie", "新同事", Role.CLERK, "abcd1234"),
        "officers.reset": lambda: OfficerService(database).reset_password(actor, clerk_id, "temp5678x"),
        "officers.change_role": lambda: OfficerService(database).change_role(actor, clerk_id, Role.MEDIATOR),
        "numbering.void": lambda: NumberingService(database).void(actor, _number(database), "填写错误"),
        "audit.page": lambda: AuditService(database).page(actor, AuditFilter(), 0, 10),
        "audit.export": lambda: export_audit(database, actor, AuditFilter(), tmp_path / "audit.xlsx"),
        "backup.now": lambda: BackupService(database, tmp_path / "files").back_up(actor, tmp_path / "bk"),
    }
    return calls[name]()


def _number(database) -> str:
    with database.write(None) as session:
        return take_number(session, "case", 2025, entity_type="mediation_case", entity_id=None).number


def _head(database) -> int:
    with database.read() as session:
        return session.scalar(select(AuditHead.last_seq))


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("call", list(ALLOWED))
def test_role_refused_or_allowed_at_service_layer(database, actors, tmp_path, role, call):
    actor = actors[role]
    if role in ALLOWED[call]:
        _call(call, database, actor, actors, tmp_path)
        return
    if call == "numbering.void":
        number = _number(database)
        before = _head(database)
        with pytest.raises(PermissionDenied, match=role.label):
            NumberingService(database).void(actor, number, "填写错误")
    else:
        before = _head(database)
        with pytest.raises(PermissionDenied, match=role.label):
            _call(call, database, actor, actors, tmp_path)
    assert _head(database) == before, "a refused call must write nothing"


def test_nobody_signed_in_is_refused(database):
    with pytest.raises(PermissionDenied, match="请先登录"):
        SettingsService(database).save(None, SettingsService(database).load())
