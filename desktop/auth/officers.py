"""Officers: the first administrator, accounts, roles and passwords (all audited).

Every call but ``create_first_admin`` and ``change_own_password`` needs
``Permission.USERS``; each is one unit of work, so the audit entry and the
change commit together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.audit import record_event
from db.engine import Database
from db.enums import Role
from db.models import Officer
from desktop.auth.passwords import hash_password, verify_password
from desktop.auth.permissions import Actor, Permission, require
from desktop.errors import NotFound, PermissionDenied, ValidationError

MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class OfficerRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    must_change_password: bool
    version: int


def check_password(password: str) -> None:
    """Refuse a weak password with a message saying why."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"密码至少需要 {MIN_PASSWORD_LENGTH} 个字符", field="密码")
    if password.strip() != password or not password.strip():
        raise ValidationError("密码首尾不能是空格", field="密码")
    if password.isdigit() or password.isalpha():
        raise ValidationError("密码应同时包含字母和数字（或符号）", field="密码")


def _check_names(username: str, display_name: str) -> tuple[str, str]:
    username, display_name = username.strip(), display_name.strip()
    if not username:
        raise ValidationError("不能为空", field="用户名")
    if len(username) > 50 or any(ch.isspace() for ch in username):
        raise ValidationError("不能含空格，最多 50 个字符", field="用户名")
    if not display_name:
        raise ValidationError("不能为空", field="姓名")
    return username, display_name


def _actor(officer: Officer) -> Actor:
    return Actor(officer.id, officer.display_name, officer.role)


class OfficerService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def has_officers(self) -> bool:
        with self._db.read() as session:
            return bool(session.scalar(select(func.count()).select_from(Officer)))

    def record_signout(self, actor: Actor, how: str = "退出程序") -> None:
        """The officer left the program (audited); nothing for actors without an account (the CLI)."""
        if actor.officer_id is None:
            return
        with self._db.write(actor) as session:
            record_event(session, "signout", entity_type="officer", entity_id=actor.officer_id,
                         detail=f"「{actor.name}」{how}")

    def list(self, actor: Actor) -> list[OfficerRow]:
        require(actor, Permission.USERS)
        with self._db.read() as session:
            officers = session.scalars(select(Officer).order_by(Officer.id))
            return [_row(o) for o in officers]

    def create_first_admin(self, username: str, display_name: str, password: str) -> Actor:
        """The administrator made on first run; refused once any officer exists."""
        username, display_name = _check_names(username, display_name)
        check_password(password)
        with self._db.write(Actor(None, display_name, Role.ADMIN)) as session:
            if session.scalar(select(func.count()).select_from(Officer)):
                raise PermissionDenied("系统中已有用户，不能再创建首个管理员。请用已有账户登录。")
            officer = _new_officer(session, username, display_name, Role.ADMIN, password, must_change=False)
            session.info["actor"] = _actor(officer)
            record_event(session, "create_first_admin", entity_type="officer", entity_id=officer.id,
                         detail=f"首次运行创建管理员「{display_name}」（{username}）")
            return _actor(officer)

    def create(self, actor: Actor, username: str, display_name: str, role: Role, password: str) -> int:
        require(actor, Permission.USERS)
        username, display_name = _check_names(username, display_name)
        check_password(password)
        with self._db.write(actor) as session:
            if session.scalar(select(Officer.id).where(Officer.username == username)):
                raise ValidationError(f"用户名「{username}」已被使用", field="用户名")
            officer = _new_officer(session, username, display_name, role, password, must_change=True)
            return officer.id

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        if actor is None or actor.officer_id is None:
            raise PermissionDenied("请先登录。")
        check_password(new_password)
        if old_password == new_password:
            raise ValidationError("新密码不能与原密码相同", field="新密码")
        with self._db.write(actor) as session:
            officer = _get(session, actor.officer_id)
            if not verify_password(old_password, officer.password_hash):
                raise ValidationError("原密码不正确", field="原密码")
            officer.password_hash = hash_password(new_password)
            officer.must_change_password = False
            record_event(session, "password_change", entity_type="officer", entity_id=officer.id,
                         detail="本人修改密码")

    def reset_password(self, actor: Actor, officer_id: int, new_password: str) -> None:
        """The administrator sets a temporary password; the officer must change it at sign-in."""
        require(actor, Permission.USERS)
        check_password(new_password)
        with self._db.write(actor) as session:
            officer = _get(session, officer_id)
            officer.password_hash = hash_password(new_password)
            officer.must_change_password = True
            officer.failed_attempts = 0
            officer.locked_until = None
            record_event(session, "password_reset", entity_type="officer", entity_id=officer.id,
                         detail=f"管理员重置「{officer.display_name}」的密码")

    def set_active(self, actor: Actor, officer_id: int, active: bool) -> None:
        require(actor, Permission.USERS)
        if not active and officer_id == actor.officer_id:
            raise ValidationError("不能停用自己的账户")
        with self._db.write(actor) as session:
            officer = _get(session, officer_id)
            if not active:
                _keep_an_admin(session, officer)
            officer.active = active

    def change_role(self, actor: Actor, officer_id: int, role: Role) -> None:
        require(actor, Permission.USERS)
        with self._db.write(actor) as session:
            officer = _get(session, officer_id)
            if role != Role.ADMIN:
                _keep_an_admin(session, officer)
            officer.role = role

    def unlock(self, actor: Actor, officer_id: int) -> None:
        require(actor, Permission.USERS)
        with self._db.write(actor) as session:
            officer = _get(session, officer_id)
            officer.failed_attempts = 0
            officer.locked_until = None

    def must_change_password(self, actor: Actor) -> bool:
        if actor.officer_id is None:
            return False
        with self._db.read() as session:
            return bool(session.scalar(select(Officer.must_change_password).where(Officer.id == actor.officer_id)))


def _new_officer(session: Session, username, display_name, role, password, *, must_change) -> Officer:
    officer = Officer(username=username, display_name=display_name, role=role,
                      password_hash=hash_password(password), must_change_password=must_change)
    session.add(officer)
    session.flush()
    return officer


def _get(session: Session, officer_id: int) -> Officer:
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise NotFound("该用户不存在。")
    return officer


def _keep_an_admin(session: Session, officer: Officer) -> None:
    if officer.role != Role.ADMIN or not officer.active:
        return
    others = session.scalar(select(func.count()).select_from(Officer).where(
        Officer.role == Role.ADMIN, Officer.active.is_(True), Officer.id != officer.id))
    if not others:
        raise ValidationError("这是最后一个有效的管理员账户，不能停用或改为其他角色")


def _row(o: Officer) -> OfficerRow:
    return OfficerRow(o.id, o.username, o.display_name, o.role, o.active, o.locked_until,
                      o.must_change_password, o.version)
