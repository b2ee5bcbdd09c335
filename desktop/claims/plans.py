"""Mutual-aid plans and their payout-rule versions (a rule change makes a new version)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import PlanKind
from db.models import AidPlan, PlanRuleVersion
from desktop.auth import Actor, Permission, require
from desktop.claims import rules
from desktop.concurrency import ensure_version
from desktop.errors import NotFound, ValidationError

PLAN_LABELS = {"name": "项目名称", "term_start": "保障期起", "term_end": "保障期止", "kind": "项目类别"}


@dataclass(frozen=True)
class PlanDraft:
    code: str
    name: str
    kind: PlanKind
    term_start: date
    term_end: date
    enrolment_rule: str = ""
    required_documents: tuple[str, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class RuleVersionRow:
    id: int
    version_no: int
    effective_from: date
    rule_json: str
    description: str


@dataclass(frozen=True)
class PlanRow:
    id: int
    version: int
    code: str
    name: str
    kind: PlanKind
    term_start: date
    term_end: date
    enrolment_rule: str
    required_documents: tuple[str, ...]
    active: bool
    current_rule: RuleVersionRow | None


def split_documents(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def check_draft(draft: PlanDraft) -> None:
    if not draft.code.strip():
        raise ValidationError("不能为空", field="项目编码")
    if not draft.name.strip():
        raise ValidationError("不能为空", field="项目名称")
    if draft.term_end < draft.term_start:
        raise ValidationError("保障期止不能早于保障期起", field="保障期止")
    if (draft.term_end - draft.term_start).days > 3 * 366:
        raise ValidationError("保障期最长 3 年", field="保障期止")


class PlanService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def create(self, actor: Actor, draft: PlanDraft, rule_json: str) -> PlanRow:
        require(actor, Permission.PLAN_EDIT)
        check_draft(draft)
        rule = rules.parse_rule(rule_json)
        with self._db.write(actor) as session:
            if session.scalar(select(AidPlan.id).where(AidPlan.code == draft.code.strip())):
                raise ValidationError(f"编码「{draft.code}」已被其他项目使用", field="项目编码")
            plan = AidPlan(code=draft.code.strip())
            _apply(plan, draft)
            session.add(plan)
            session.flush()
            _add_version(session, plan.id, rule, draft.term_start, actor)
            return plan_row(session, plan)

    def update(self, actor: Actor, plan_id: int, expected_version: int, draft: PlanDraft) -> PlanRow:
        """Change name, term, documents; the rule changes only through ``change_rule``."""
        require(actor, Permission.PLAN_EDIT)
        check_draft(draft)
        with self._db.write(actor) as session:
            plan = _get(session, plan_id)
            ensure_version(session, plan, expected_version, labels=PLAN_LABELS)
            _apply(plan, draft)
            session.flush()
            return plan_row(session, plan)

    def change_rule(self, actor: Actor, plan_id: int, rule_json: str, effective_from: date) -> RuleVersionRow:
        require(actor, Permission.PLAN_EDIT)
        rule = rules.parse_rule(rule_json)
        with self._db.write(actor) as session:
            plan = _get(session, plan_id)
            latest = current_version(session, plan.id)
            if latest is not None and effective_from < latest.effective_from:
                raise ValidationError(f"不能早于上一版本的生效日期 {latest.effective_from}", field="生效日期")
            return _version_row(_add_version(session, plan.id, rule, effective_from, actor))

    def list(self, *, active_only: bool = False) -> list[PlanRow]:
        with self._db.read() as session:
            query = select(AidPlan).order_by(AidPlan.term_start.desc(), AidPlan.code)
            if active_only:
                query = query.where(AidPlan.active.is_(True))
            return [plan_row(session, plan) for plan in session.scalars(query)]

    def get(self, plan_id: int) -> PlanRow:
        with self._db.read() as session:
            return plan_row(session, _get(session, plan_id))

    def versions(self, plan_id: int) -> list[RuleVersionRow]:
        with self._db.read() as session:
            query = select(PlanRuleVersion).where(PlanRuleVersion.plan_id == plan_id)
            return [_version_row(v) for v in session.scalars(query.order_by(PlanRuleVersion.version_no.desc()))]


def _apply(plan: AidPlan, draft: PlanDraft) -> None:
    plan.name = draft.name.strip()
    plan.kind = draft.kind
    plan.term_start, plan.term_end = draft.term_start, draft.term_end
    plan.enrolment_rule = draft.enrolment_rule.strip() or None
    plan.required_documents = "\n".join(d.strip() for d in draft.required_documents if d.strip()) or None
    plan.active = draft.active


def _add_version(session: Session, plan_id: int, rule: rules.Rule, effective_from: date, actor) -> PlanRuleVersion:
    last = session.scalar(select(func.max(PlanRuleVersion.version_no)).where(PlanRuleVersion.plan_id == plan_id))
    version = PlanRuleVersion(plan_id=plan_id, version_no=(last or 0) + 1, rule_json=rules.rule_to_json(rule),
                              effective_from=effective_from, created_by=getattr(actor, "officer_id", None))
    session.add(version)
    session.flush()
    return version


def current_version(session: Session, plan_id: int, on: date | None = None) -> PlanRuleVersion | None:
    """The rule in force on ``on`` (the latest version whose start is not after it), else the first."""
    query = select(PlanRuleVersion).where(PlanRuleVersion.plan_id == plan_id)
    if on is not None:
        found = session.scalar(query.where(PlanRuleVersion.effective_from <= on)
                               .order_by(PlanRuleVersion.version_no.desc()).limit(1))
        if found is not None:
            return found
        return session.scalar(query.order_by(PlanRuleVersion.version_no).limit(1))
    return session.scalar(query.order_by(PlanRuleVersion.version_no.desc()).limit(1))


def _get(session: Session, plan_id: int) -> AidPlan:
    plan = session.get(AidPlan, plan_id)
    if plan is None:
        raise NotFound("保障项目不存在或已被删除。")
    return plan


def _version_row(version: PlanRuleVersion) -> RuleVersionRow:
    return RuleVersionRow(version.id, version.version_no, version.effective_from, version.rule_json,
                          rules.describe(rules.parse_rule(version.rule_json)))


def plan_row(session: Session, plan: AidPlan) -> PlanRow:
    version = current_version(session, plan.id)
    return PlanRow(plan.id, plan.version, plan.code, plan.name, plan.kind, plan.term_start, plan.term_end,
                   plan.enrolment_rule or "", split_documents(plan.required_documents), plan.active,
                   _version_row(version) if version else None)
