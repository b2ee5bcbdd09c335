"""Starting a supervision matter: from an employer, a complaint or inspection, or a mediation case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import DisputeCategory as D, IssueCategory as I, LetterKind, MatterSource
from db.models import Employer, MediationCase, SupervisionLetter, SupervisionMatter
from desktop import settings as org_settings
from desktop.auth import Actor
from desktop.errors import NotFound, ValidationError
from desktop.parties import find_or_create_employer
from desktop.letters.base import LetterServiceBase, non_negative, not_after_today, required_text
from desktop.letters.content import apply_content
from desktop.letters.inputs import LetterContent, MatterInput
from desktop.letters.queries import LetterQueries
from desktop.letters.views import ChainView

CASE_CATEGORIES = {
    D.UNPAID_WAGES: I.PAY, D.OVERTIME: I.PAY, D.SEVERANCE: I.UNLAWFUL_TERMINATION,
    D.UNLAWFUL_TERMINATION: I.UNLAWFUL_TERMINATION, D.DOUBLE_PAY: I.CONTRACTS, D.WORK_INJURY: I.SOCIAL_INSURANCE,
    D.SOCIAL_INSURANCE: I.SOCIAL_INSURANCE, D.CONTRACT: I.CONTRACTS, D.RELATIONSHIP: I.CONTRACTS,
    D.HOURS_LEAVE: I.HOURS_LEAVE, D.OTHER: I.OTHER,
}


class MatterService(LetterServiceBase):
    def __init__(self, database: Database, queries: LetterQueries, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(database, today=today)
        self.queries = queries

    def create_matter(self, actor: Actor, data: MatterInput, first_kind: LetterKind = LetterKind.PROMPT) -> ChainView:
        """A new matter and the draft of its first letter, in one unit of work."""
        with self._write(actor) as session:
            matter_id = self._add_matter(session, actor, data, first_kind)
        return self.queries.chain(actor, matter_id)

    def start_matter_from_case(self, actor: Actor, case_id: int, *, found_on: date | None = None,
                               check_method: str = "办理劳动争议调解案件中发现",
                               letter: LetterContent | None = None) -> ChainView:
        """A matter pre-filled from a mediation case (employer, facts, workers, amount, categories)."""
        with self._write(actor) as session:
            data = _matter_from_case(session, case_id, found_on, check_method, letter)
            matter_id = self._add_matter(session, actor, data, LetterKind.PROMPT)
        return self.queries.chain(actor, matter_id)

    def _add_matter(self, session: Session, actor: Actor, data: MatterInput, first_kind: LetterKind) -> int:
        data = _with_employer(session, data)
        _check_matter(session, data, self.today())
        matter = SupervisionMatter(
            employer_id=data.employer_id, case_id=data.case_id, source=data.source, found_on=data.found_on,
            check_method=data.check_method.strip() or None, facts=data.facts.strip(),
            workers_affected=data.workers_affected, amount_involved=data.amount_involved,
            created_by=actor.officer_id,
        )
        letter = SupervisionLetter(kind=first_kind, employer_id=data.employer_id, officer_id=actor.officer_id)
        apply_content(letter, _with_matter_defaults(data), org_settings.load(session))
        matter.letters.append(letter)
        session.add(matter)
        session.flush()
        return matter.id


def _with_employer(session: Session, data: MatterInput) -> MatterInput:
    if data.employer_id is not None:
        return data
    if data.new_employer is None:
        raise ValidationError("请选择已登记的用人单位，或填写新单位的名称", field="用人单位")
    return replace(data, employer_id=find_or_create_employer(session, data.new_employer).id)


def _check_matter(session: Session, data: MatterInput, today: date) -> None:
    if session.get(Employer, data.employer_id) is None:
        raise NotFound("所选用人单位不存在，请重新选择。")
    if data.case_id is not None and session.get(MediationCase, data.case_id) is None:
        raise NotFound("所选调解案件不存在，请重新选择。")
    required_text(data.facts, "查明的事实")
    not_after_today(data.found_on, today, "发现日期")
    non_negative(data.workers_affected, "涉及职工人数")
    non_negative(data.amount_involved, "涉及金额")


def _with_matter_defaults(data: MatterInput) -> LetterContent:
    content = data.letter
    return replace(
        content,
        facts=content.facts or data.facts,
        workers_affected=content.workers_affected or data.workers_affected,
        amount_involved=content.amount_involved or data.amount_involved,
    )


def _matter_from_case(session: Session, case_id: int, found_on: date | None, check_method: str,
                      letter: LetterContent | None) -> MatterInput:
    case = session.get(MediationCase, case_id)
    if case is None:
        raise NotFound(f"调解案件（编号 {case_id}）不存在。")
    number = case.number or "（未编号）"
    facts = f"在办理劳动争议调解案件{number}中发现：{(case.facts or '').strip() or '（案件未记录事实）'}"
    categories = tuple(dict.fromkeys(CASE_CATEGORIES[c.category] for c in case.categories))
    content = letter or LetterContent()
    content = replace(content, categories=content.categories or categories)
    return MatterInput(
        employer_id=case.respondent_id, source=MatterSource.MEDIATION_CASE,
        found_on=found_on or case.accepted_on or case.received_on, facts=facts, check_method=check_method,
        workers_affected=case.workers_involved, amount_involved=case.amount_claimed, case_id=case.id, letter=content,
    )
