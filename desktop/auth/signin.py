"""Signing in: password check, lockout after repeated failures, every attempt audited.

The refusal message is the same whether the username is unknown, the password
wrong, the account locked or deactivated, so it never tells a stranger which
usernames exist.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from db.audit import record_event
from db.engine import Database
from db.models import Officer
from db.types import utcnow
from desktop.auth.passwords import hash_password, verify_password
from desktop.auth.permissions import Actor
from desktop.errors import UserError

MAX_FAILURES = 5
LOCK_MINUTES = 15
REFUSAL = (f"用户名或密码不正确。连续输错 {MAX_FAILURES} 次后账户将被锁定 {LOCK_MINUTES} 分钟；"
           "忘记密码请联系管理员重置。")
_DUMMY_HASH = hash_password("not-a-real-password-0")


class SignInRefused(UserError):
    """Wrong username or password, or the account may not sign in now."""


def authenticate(database: Database, username: str, password: str, now: datetime | None = None) -> Actor:
    """The signed-in officer, or ``SignInRefused`` (always the same message)."""
    now = now or utcnow()
    username = username.strip()
    with database.write(None) as session:
        officer = session.scalar(select(Officer).where(Officer.username == username))
        if officer is None:
            verify_password(password, _DUMMY_HASH)  # same time as a real check
            _record_failure(session, None, username, "用户名不存在")
        elif not officer.active:
            _record_failure(session, officer, username, "账户已停用")
        elif officer.locked_until and officer.locked_until > now:
            _record_failure(session, officer, username, f"账户锁定中（至 {_local(officer.locked_until)}）")
        elif not verify_password(password, officer.password_hash):
            _count_failure(officer, now)
            _record_failure(session, officer, username, f"密码错误（第 {officer.failed_attempts} 次）")
        else:
            return _succeed(session, officer)
    raise SignInRefused(REFUSAL)


def confirm_password(database: Database, actor: Actor, password: str, now: datetime | None = None) -> None:
    """Unlocking a locked window: the password of the officer who locked it, nobody else's.

    A wrong password counts as a failed sign-in (the same lockout), and is audited.
    """
    now = now or utcnow()
    with database.write(None) as session:
        officer = session.get(Officer, actor.officer_id) if actor.officer_id else None
        if officer is None or not officer.active:
            _record_failure(session, officer, actor.name, "解锁：账户不存在或已停用")
        elif officer.locked_until and officer.locked_until > now:
            _record_failure(session, officer, officer.username, f"解锁：账户锁定中（至 {_local(officer.locked_until)}）")
        elif not verify_password(password, officer.password_hash):
            _count_failure(officer, now)
            _record_failure(session, officer, officer.username, f"解锁：密码错误（第 {officer.failed_attempts} 次）")
        else:
            officer.failed_attempts = 0
            session.flush()
            record_event(session, "unlock", entity_type="officer", entity_id=officer.id,
                         detail=f"「{officer.display_name}」解除锁定")
            return
    raise SignInRefused(f"密码不正确，请输入「{actor.name}」的登录密码。连续输错 {MAX_FAILURES} 次后账户将被锁定 "
                        f"{LOCK_MINUTES} 分钟；也可以「注销/切换用户」。")


def _count_failure(officer: Officer, now: datetime) -> None:
    officer.failed_attempts = (officer.failed_attempts or 0) + 1
    if officer.failed_attempts >= MAX_FAILURES:
        officer.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        officer.failed_attempts = 0


def _record_failure(session, officer: Officer | None, username: str, why: str) -> None:
    session.flush()
    record_event(session, "signin_failed", entity_type="officer" if officer else None,
                 entity_id=officer.id if officer else None, detail=f"用户名「{username}」：{why}")


def _succeed(session, officer: Officer) -> Actor:
    officer.failed_attempts = 0
    officer.locked_until = None
    actor = Actor(officer.id, officer.display_name, officer.role)
    session.info["actor"] = actor
    session.flush()
    record_event(session, "signin", entity_type="officer", entity_id=officer.id,
                 detail=f"「{officer.display_name}」（{officer.role.label}）登录")
    return actor


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo1234"


def demo_hint(database: Database) -> str | None:
    """A hint for the demo database, shown only while its administrator still has the demo password."""
    with database.read() as session:
        stored = session.scalar(select(Officer.password_hash).where(Officer.username == DEMO_USERNAME))
    if stored and verify_password(DEMO_PASSWORD, stored):
        return f"演示数据库：可用用户名 admin、director 等登录，密码均为 {DEMO_PASSWORD}。正式使用前请修改密码。"
    return None
