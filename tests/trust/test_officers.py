"""Officer accounts: first administrator, creation, passwords, roles, all audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.enums import Role
from db.models import AuditEntry, Officer
from desktop.auth.officers import OfficerService, check_password
from desktop.auth.signin import authenticate
from desktop.errors import PermissionDenied, ValidationError


@pytest.fixture
def service(database):
    return OfficerService(database)


def _actions(database) -> list[str]:
    with database.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_first_admin_only_once(database, service):
    assert not service.has_officers()
    admin = service.create_first_admin("admin", "管理员", "start1234")
    assert admin.role == Role.ADMIN and service.has_officers()
    assert "create_first_admin" in _actions(database)
    with pytest.raises(PermissionDenied):
        service.create_first_admin("admin2", "又一个", "start1234")


@pytest.mark.parametrize("password, why", [("short1", "至少需要 8"), ("12345678", "字母和数字"), (" abc12345", "空格")])
def test_weak_passwords_refused_in_chinese(password, why):
    with pytest.raises(ValidationError, match=why):
        check_password(password)


def test_password_stored_as_scrypt_hash_never_in_audit(database, service):
    service.create_first_admin("admin", "管理员", "start1234")
    with database.read() as session:
        stored = session.scalar(select(Officer.password_hash))
        texts = " ".join(str(e.new_value) + str(e.old_value) for e in session.scalars(select(AuditEntry)))
    assert stored.startswith("scrypt$") and "start1234" not in stored
    assert "start1234" not in texts and stored not in texts


def test_reset_forces_change_and_own_change_clears_it(database, service):
    admin = service.create_first_admin("admin", "管理员", "start1234")
    officer_id = service.create(admin, "wang", "王调解", Role.MEDIATOR, "first1234")
    service.reset_password(admin, officer_id, "temp12345")
    wang = authenticate(database, "wang", "temp12345")
    assert service.must_change_password(wang)
    with pytest.raises(ValidationError, match="原密码不正确"):
        service.change_own_password(wang, "wrong1234", "mine12345")
    service.change_own_password(wang, "temp12345", "mine12345")
    assert not service.must_change_password(wang)
    assert authenticate(database, "wang", "mine12345") == wang
    assert {"password_reset", "password_change"} <= set(_actions(database))


def test_duplicate_username_refused(service):
    admin = service.create_first_admin("admin", "管理员", "start1234")
    service.create(admin, "li", "李主任", Role.DIRECTOR, "first1234")
    with pytest.raises(ValidationError, match="已被使用"):
        service.create(admin, "li", "李四", Role.CLERK, "first1234")


def test_last_admin_cannot_be_demoted_or_deactivated(service):
    admin = service.create_first_admin("admin", "管理员", "start1234")
    with pytest.raises(ValidationError, match="最后一个"):
        service.change_role(admin, admin.officer_id, Role.CLERK)
    other = service.create(admin, "admin2", "副管理员", Role.ADMIN, "first1234")
    with pytest.raises(ValidationError, match="自己"):
        service.set_active(admin, admin.officer_id, False)
    service.set_active(admin, other, False)
    rows = {r.username: r for r in service.list(admin)}
    assert not rows["admin2"].active


def test_role_change_is_audited_with_old_and_new(database, service):
    admin = service.create_first_admin("admin", "管理员", "start1234")
    officer_id = service.create(admin, "zhao", "赵登记", Role.CLERK, "first1234")
    service.change_role(admin, officer_id, Role.MEDIATOR)
    with database.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.field == "role"))
    assert (entry.old_value, entry.new_value, entry.officer_name) == ("CLERK", "MEDIATOR", "管理员")


def test_create_entries_name_the_new_record(database, service):
    admin = service.create_first_admin("admin", "管理员", "start1234")
    officer_id = service.create(admin, "wang", "王调解", Role.MEDIATOR, "first1234")
    with database.read() as session:
        created = session.scalars(select(AuditEntry).where(AuditEntry.action == "create")).all()
    assert officer_id in {e.entity_id for e in created}
    assert all(e.entity_id is not None for e in created)
