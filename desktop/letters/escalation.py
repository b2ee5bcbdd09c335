"""Escalation in one step: the next letter of the chain, pre-filled with the history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from db.engine import Database
from db.enums import DayUnit, LetterKind, LetterStatus
from db.models import LetterCategory, LetterProblem, SupervisionLetter
from desktop import settings as org_settings
from desktop.auth import Actor
from desktop.errors import TransitionError
from desktop.letters.base import LetterServiceBase, get_letter
from desktop.letters.content import DEFAULT_DEPARTMENT
from desktop.letters.flow import NEXT_KIND, flow_for
from desktop.letters.history import history_text
from desktop.letters.queries import LetterQueries
from desktop.letters.views import ChainView


class EscalationService(LetterServiceBase):
    def __init__(self, database: Database, queries: LetterQueries, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(database, today=today)
        self.queries = queries

    def escalate(self, actor: Actor, letter_id: int, version: int, *, recipient_body: str = "",
                 reason: str = "") -> ChainView:
        """Move the letter to 已升级 and draft the next one (意见书, then 建议书) from it."""
        with self._write(actor) as session:
            source = get_letter(session, letter_id, version)
            if source.kind not in NEXT_KIND:
                raise TransitionError("建议书是监督链条的最后一环，不能再升级；可在备注中记录移送检察机关等情况。")
            flow_for(source.kind).check(source.status, LetterStatus.ESCALATED)
            follow_up = _next_letter(source, actor, recipient_body, org_settings.load(session))
            why = reason.strip() or f"{source.status.label}，升级为{follow_up.kind.label}"
            flow_for(source.kind).move(session, source, LetterStatus.ESCALATED, actor, why)
            source.matter.letters.append(follow_up)
            session.flush()
            matter_id = source.matter_id
        return self.queries.chain(actor, matter_id)


def _next_letter(source: SupervisionLetter, actor: Actor, recipient_body: str,
                 settings: org_settings.OrganisationSettings) -> SupervisionLetter:
    kind = NEXT_KIND[source.kind]
    rule = settings.letter_deadline(kind.value)
    letter = SupervisionLetter(
        kind=kind, previous_letter_id=source.id, employer_id=source.employer_id, officer_id=actor.officer_id,
        facts=source.facts, legal_basis=source.legal_basis, requests=source.requests,
        history=history_text(source.matter.letters), workers_affected=source.workers_affected,
        amount_involved=source.amount_involved, deadline_days=rule.days, deadline_unit=DayUnit(rule.unit),
        copy_to=source.copy_to, copied_to_procuratorate=source.copied_to_procuratorate,
    )
    if kind is LetterKind.RECOMMENDATION:
        letter.recipient_body = recipient_body.strip() or DEFAULT_DEPARTMENT
    letter.categories = [LetterCategory(category=c.category) for c in source.categories]
    letter.problems = [LetterProblem(seq=p.seq, problem=p.problem, legal_basis=p.legal_basis, request=p.request)
                       for p in source.problems]
    return letter
