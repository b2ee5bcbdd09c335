"""调解: mediators, sessions and investigation records, agreed extensions of the clock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from db.audit import record_event
from db.enums import CaseStatus, MediatorRole, Role
from db.models import CaseMediator, IssuedDocument, MediationSession, Officer
from desktop.auth import Actor, Permission
from desktop.cases.base import CaseActions
from desktop.cases.common import not_before, not_future, required, text
from desktop.cases.forms import MediatorInput, SessionInput
from desktop.cases.workflow import ACTIVE, MEDIATING
from desktop.errors import TransitionError, ValidationError

MAX_EXTENSION = 30


@dataclass(frozen=True)
class OfficerChoice:
    id: int
    name: str
    role: str


def check_team(team: list[MediatorInput]) -> list[MediatorInput]:
    """One mediator, or a team of three with one lead; recorders besides."""
    deciders = [m for m in team if m.role != MediatorRole.RECORDER]
    if len({m.officer_id for m in team}) != len(team):
        raise ValidationError("同一人不能重复指派", field="调解员")
    if len(deciders) == 1:
        only = deciders[0]
        return [MediatorInput(only.officer_id, MediatorRole.LEAD)] + [m for m in team if m is not only]
    if len(deciders) != 3:
        raise ValidationError(f"应指派一名调解员，或三人组成的调解组，当前 {len(deciders)} 人", field="调解员")
    if sum(1 for m in deciders if m.role == MediatorRole.LEAD) != 1:
        raise ValidationError("三人调解组须指定且只指定一名主调解员", field="主调解员")
    return team


def _check_session(entry: SessionInput) -> None:
    not_future(entry.held_on, "日期")
    required(entry.narrative or entry.proposal, "笔录内容")


def _fill_session(row: MediationSession, entry: SessionInput) -> None:
    row.kind, row.held_on, row.place, row.mode = entry.kind, entry.held_on, text(entry.place), entry.mode
    row.attendees, row.proposal, row.narrative = text(entry.attendees), text(entry.proposal), text(entry.narrative)
    row.applicant_position, row.respondent_position = text(entry.applicant_position), text(entry.respondent_position)


def require_state(record, allowed: frozenset, what: str) -> None:
    if record.status not in allowed:
        names = "、".join(s.label for s in sorted(allowed, key=lambda s: s.value))
        raise TransitionError(f"案件当前为「{record.status.label}」，不能{what}（仅限：{names}）。")


class MediationService(CaseActions):
    def officers(self) -> list[OfficerChoice]:
        roles = [Role.MEDIATOR, Role.DIRECTOR, Role.ADMIN]
        with self._db.read() as session:
            rows = session.scalars(select(Officer).where(Officer.active.is_(True), Officer.role.in_(roles))
                                   .order_by(Officer.display_name))
            return [OfficerChoice(o.id, o.display_name, o.role.label) for o in rows]

    def assign(self, actor: Actor, case_id: int, team: list[MediatorInput], *, version: int) -> None:
        team = check_team(list(team))

        def action(session, record):
            require_state(record, MEDIATING | {CaseStatus.UNDER_REVIEW}, "指派调解员")
            for member in team:
                if session.get(Officer, member.officer_id) is None:
                    raise ValidationError("所选人员不存在", field="调解员")
            record.mediators.clear()
            session.flush()
            record.mediators.extend(CaseMediator(officer_id=m.officer_id, role=m.role) for m in team)
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def start(self, actor: Actor, case_id: int, *, version: int) -> None:
        def action(session, record):
            if record.status == CaseStatus.ACCEPTED and not record.mediators:
                raise ValidationError("开始调解前请先指派调解员", field="调解员")
            self._move(session, record, CaseStatus.IN_MEDIATION, actor, "开始调解")
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def add_session(self, actor: Actor, case_id: int, entry: SessionInput, *, version: int) -> int:
        _check_session(entry)

        def action(session, record):
            require_state(record, MEDIATING, "记录调解/调查笔录")
            not_before(entry.held_on, record.received_on, "日期", "收到申请日期")
            row = MediationSession(recorded_by=actor.officer_id)
            _fill_session(row, entry)
            record.sessions.append(row)
            session.flush()
            return row.id
        return self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def edit_session(self, actor: Actor, case_id: int, session_id: int, entry: SessionInput, *, version: int) -> None:
        """Correct a session's record until its 调解笔录 is issued (the issued PDF is the record after)."""
        _check_session(entry)

        def action(session, record):
            require_state(record, MEDIATING, "修改调解/调查笔录")
            row = next((s for s in record.sessions if s.id == session_id), None)
            if row is None:
                raise ValidationError("所选笔录不属于本案，请刷新后重试", field="笔录")
            issued = session.scalar(select(IssuedDocument).where(IssuedDocument.session_id == session_id)
                                    .order_by(IssuedDocument.id).limit(1))
            if issued is not None:
                raise TransitionError(f"{row.held_on:%Y-%m-%d}的笔录已于 {issued.issued_at:%Y-%m-%d} 出具调解笔录"
                                      f"（{issued.number or '无编号'}），以出具的文书为准，不能再修改。")
            not_before(entry.held_on, record.received_on, "日期", "收到申请日期")
            _fill_session(row, entry)
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)

    def extend(self, actor: Actor, case_id: int, days: int, reason: str, *, version: int) -> None:
        """Both parties agreed to extend the mediation period."""
        if not 1 <= days <= MAX_EXTENSION:
            raise ValidationError(f"应在 1 到 {MAX_EXTENSION} 天之间", field="延长天数")
        reason = required(reason, "延长理由")

        def action(session, record):
            require_state(record, ACTIVE, "延长调解期限")
            record.extension_days += days
            note = f"延长 {days} 日：{reason}"
            record.extension_reason = f"{record.extension_reason}\n{note}" if record.extension_reason else note
            record_event(session, "extend", entity_type="mediation_case", entity_id=record.id, detail=note)
        self._run(actor, Permission.CASE_MEDIATE, case_id, version, action)
