"""The centre's list of legal-aid lawyers (工会法律服务律师 / 值班律师), kept in the database.

Maintained under 设置 (permission 修改设置): add, edit, deactivate / reactivate, each
version-checked and audited. A deactivated lawyer cannot be assigned any more but stays
on the cases they handled.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from db.enums import LawyerKind
from db.models import LegalAidLawyer
from desktop.auth import Actor, Permission
from desktop.frontdesk.common import FrontDeskService, load, optional_text, required_text
from desktop.validation.phone import parse_phone


@dataclass(frozen=True)
class LawyerInput:
    name: str
    kind: LawyerKind
    firm: str = ""
    phone: str = ""


@dataclass(frozen=True)
class LawyerView:
    id: int
    version: int
    name: str
    kind: LawyerKind
    firm: str
    phone: str
    active: bool

    @property
    def label(self) -> str:
        return f"{self.name}（{self.kind.label}，{self.firm or '未填律所'}）"


def _check(data: LawyerInput) -> LawyerInput:
    name = required_text(data.name, "律师姓名", 50)
    firm = optional_text(data.firm, "律师事务所", 100) or ""
    phone = parse_phone(data.phone, field="联系电话") if (data.phone or "").strip() else ""
    return LawyerInput(name, data.kind, firm, phone)


class LawyerService(FrontDeskService):
    def add(self, actor: Actor, data: LawyerInput) -> int:
        clean = _check(data)
        with self._write(actor, Permission.SETTINGS) as session:
            lawyer = LegalAidLawyer(active=True)
            _fill(lawyer, clean)
            session.add(lawyer)
            session.flush()
            return lawyer.id

    def edit(self, actor: Actor, lawyer_id: int, data: LawyerInput, version: int) -> None:
        clean = _check(data)
        with self._write(actor, Permission.SETTINGS) as session:
            _fill(load(session, LegalAidLawyer, lawyer_id, version, "律师"), clean)

    def set_active(self, actor: Actor, lawyer_id: int, active: bool, version: int) -> None:
        with self._write(actor, Permission.SETTINGS) as session:
            load(session, LegalAidLawyer, lawyer_id, version, "律师").active = active

    def list(self, include_inactive: bool = False) -> list[LawyerView]:
        with self.database.read() as session:
            query = select(LegalAidLawyer).order_by(LegalAidLawyer.active.desc(), LegalAidLawyer.id)
            if not include_inactive:
                query = query.where(LegalAidLawyer.active.is_(True))
            return [LawyerView(x.id, x.version, x.name, x.kind, x.firm or "", x.phone or "", x.active)
                    for x in session.scalars(query)]


def _fill(lawyer: LegalAidLawyer, data: LawyerInput) -> None:
    lawyer.name, lawyer.kind, lawyer.firm, lawyer.phone = data.name, data.kind, data.firm or None, data.phone or None
