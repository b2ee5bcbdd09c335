"""Roles and permissions, enforced in the services (the window only mirrors them)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from db.enums import Role
from desktop.errors import PermissionDenied


class Permission(enum.Enum):
    VIEW = "查看"
    CASE_INTAKE = "登记案件"
    CASE_MEDIATE = "办理调解"
    CASE_REOPEN = "重新打开已结案件"
    LETTER_EDIT = "办理一函两书"
    CLAIM_INTAKE = "受理理赔"
    CLAIM_REVIEW = "审核理赔"
    CLAIM_APPROVE = "核准理赔"
    BATCH_APPROVE = "审批支付批次"
    PLAN_EDIT = "维护保障项目"
    EXPORT = "导出台账"
    EXPORT_FULL_IDS = "导出完整证件号"
    IMPORT = "导入台账"
    FRONT_DESK = "前台接待登记"
    LEGAL_AID_DECIDE = "审批法律援助"
    ISSUE_DOCUMENT = "签发文书"
    SETTINGS = "修改设置"
    TEMPLATES = "维护文书模板"
    USERS = "管理用户"
    AUDIT_VIEW = "查看审计记录"
    BACKUP = "备份与恢复"
    VOID_NUMBER = "作废编号"


_MEDIATOR = {
    Permission.VIEW, Permission.CASE_INTAKE, Permission.CASE_MEDIATE, Permission.LETTER_EDIT,
    Permission.EXPORT, Permission.ISSUE_DOCUMENT, Permission.CLAIM_INTAKE, Permission.FRONT_DESK,
}
_CLERK = {Permission.VIEW, Permission.CASE_INTAKE, Permission.CLAIM_INTAKE, Permission.EXPORT, Permission.IMPORT,
          Permission.FRONT_DESK}
_DIRECTOR = _MEDIATOR | _CLERK | {
    Permission.CASE_REOPEN, Permission.CLAIM_REVIEW, Permission.CLAIM_APPROVE, Permission.BATCH_APPROVE,
    Permission.PLAN_EDIT, Permission.EXPORT_FULL_IDS, Permission.AUDIT_VIEW, Permission.BACKUP,
    Permission.VOID_NUMBER, Permission.LEGAL_AID_DECIDE,
}
_AUDITOR = {Permission.VIEW, Permission.EXPORT, Permission.AUDIT_VIEW}
_ADMIN = set(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(_ADMIN),
    Role.DIRECTOR: frozenset(_DIRECTOR),
    Role.MEDIATOR: frozenset(_MEDIATOR | {Permission.CLAIM_REVIEW}),
    Role.CLERK: frozenset(_CLERK),
    Role.AUDITOR: frozenset(_AUDITOR),
}


def roles_by_privilege() -> list[Role]:
    """Every role, the one allowed the least first (what a new account gets unless chosen)."""
    return sorted(Role, key=lambda role: (len(ROLE_PERMISSIONS[role]), list(Role).index(role)))


@dataclass(frozen=True)
class Actor:
    """The signed-in officer, passed into every service call."""

    officer_id: int | None
    name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)


SYSTEM = Actor(None, "系统", Role.ADMIN)


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def require(actor: Actor | None, permission: Permission) -> None:
    """Refuse the action unless the actor's role allows it."""
    if actor is None:
        raise PermissionDenied("请先登录。")
    if not actor.can(permission):
        raise PermissionDenied(f"您的角色（{actor.role.label}）无权「{permission.value}」。")
