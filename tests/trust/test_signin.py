"""Sign-in: right password, lockout after five failures, same message for every refusal, audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from db.enums import Role
from db.models import AuditEntry
from db.types import utcnow
from desktop.auth.officers import OfficerService
from desktop.auth.signin import LOCK_MINUTES, MAX_FAILURES, REFUSAL, SignInRefused, authenticate


@pytest.fixture
def admin(database):
    return OfficerService(database).create_first_admin("admin", "管理员", "start1234")


def _refusal(database, username, password, now=None) -> str:
    with pytest.raises(SignInRefused) as caught:
        authenticate(database, username, password, now)
    return str(caught.value)


def test_sign_in_succeeds_and_is_audited(database, admin):
    assert authenticate(database, " admin ", "start1234") == admin
    with database.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "signin"))
    assert entry.officer_name == "管理员" and "登录" in entry.detail


def test_lockout_after_five_failures_for_fifteen_minutes(database, admin):
    now = utcnow()
    for _ in range(MAX_FAILURES):
        _refusal(database, "admin", "wrong-pass1", now)
    # now even the right password is refused...
    assert _refusal(database, "admin", "start1234", now + timedelta(minutes=1)) == REFUSAL
    # ...until the lock expires
    later = now + timedelta(minutes=LOCK_MINUTES, seconds=1)
    assert authenticate(database, "admin", "start1234", later) == admin


def test_message_does_not_reveal_whether_username_exists(database, admin):
    assert _refusal(database, "nobody", "start1234") == _refusal(database, "admin", "wrong-pass1")


def test_failed_sign_ins_are_audited(database, admin):
    _refusal(database, "nobody", "x")
    _refusal(database, "admin", "wrong-pass1")
    with database.read() as session:
        details = list(session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "signin_failed")))
    assert any("nobody" in d and "不存在" in d for d in details)
    assert any("admin" in d and "密码错误" in d for d in details)


def test_deactivated_officer_cannot_sign_in(database, admin):
    service = OfficerService(database)
    other = service.create(admin, "li", "李主任", Role.DIRECTOR, "first1234")
    service.set_active(admin, other, False)
    assert _refusal(database, "li", "first1234") == REFUSAL
