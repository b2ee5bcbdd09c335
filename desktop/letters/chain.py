"""Turning a matter and its letters into the plain chain view with one timeline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import IssueCategory, LetterStatus as S
from db.models import MediationCase, Officer, StateTransition, SupervisionLetter, SupervisionMatter
from desktop.auth import Actor
from desktop.letters.actions import allowed_actions
from desktop.letters.history import FULL_TITLES, figures_phrase
from desktop.letters.inputs import Figures
from desktop.letters.views import ChainView, LetterView, MatterView, ProblemView, TimelineEvent, TransitionView


def build_chain(session: Session, matter: SupervisionMatter, actor: Actor, today: date) -> ChainView:
    transitions = _transitions(session, [letter.id for letter in matter.letters])
    letters = tuple(_letter_view(letter, actor, today, transitions.get(letter.id, ())) for letter in matter.letters)
    totals = sum((letter.figures for letter in letters), Figures())
    events = sorted(_events(matter), key=lambda event: event.on)
    return ChainView(_matter_view(session, matter), letters, tuple(events), totals)


def addressee(letter: SupervisionLetter) -> str:
    return letter.recipient_body or letter.employer.name


def figures_of(letter: SupervisionLetter) -> Figures:
    return Figures(letter.wages_recovered, letter.insurance_backpaid, letter.contracts_signed, letter.workers_covered)


def _matter_view(session: Session, matter: SupervisionMatter) -> MatterView:
    case_number = session.scalar(select(MediationCase.number).where(MediationCase.id == matter.case_id))
    return MatterView(
        matter.id, matter.version, matter.employer_id, matter.employer.name, matter.employer.street, matter.case_id,
        case_number, matter.source, matter.found_on, matter.check_method, matter.facts, matter.workers_affected,
        matter.amount_involved, matter.closed_on,
    )


def _letter_view(letter: SupervisionLetter, actor: Actor, today: date, transitions) -> LetterView:
    return LetterView(
        id=letter.id, version=letter.version, matter_id=letter.matter_id, kind=letter.kind, number=letter.number,
        status=letter.status, previous_letter_id=letter.previous_letter_id, addressee=addressee(letter),
        recipient_body=letter.recipient_body, facts=letter.facts, legal_basis=letter.legal_basis,
        requests=letter.requests, history=letter.history,
        categories=_categories(letter),
        problems=tuple(ProblemView(p.seq, p.problem, p.legal_basis or "", p.request or "") for p in letter.problems),
        workers_affected=letter.workers_affected, amount_involved=letter.amount_involved,
        deadline_days=letter.deadline_days, deadline_unit=letter.deadline_unit, deadline_on=letter.deadline_on,
        deadline_explanation=letter.deadline_explanation, issued_on=letter.issued_on,
        delivery_method=letter.delivery_method, delivered_on=letter.delivered_on, copy_to=letter.copy_to,
        copied_to_procuratorate=letter.copied_to_procuratorate, reply_on=letter.reply_on,
        reply_summary=letter.reply_summary, result=letter.result, figures=figures_of(letter),
        department_case_on=letter.department_case_on, department_refusal=letter.department_refusal,
        department_result_on=letter.department_result_on, department_result=letter.department_result,
        closed_on=letter.closed_on, remarks=letter.remarks,
        actions=allowed_actions(letter.kind, letter.status, letter.deadline_on, actor, today),
        transitions=tuple(transitions),
    )


def _categories(letter: SupervisionLetter) -> tuple[IssueCategory, ...]:
    order = list(IssueCategory)
    return tuple(sorted((c.category for c in letter.categories), key=order.index))


def _transitions(session: Session, letter_ids: list[int]) -> dict[int, list[TransitionView]]:
    rows = session.execute(
        select(StateTransition, Officer.display_name).outerjoin(Officer, Officer.id == StateTransition.officer_id)
        .where(StateTransition.entity_type == "supervision_letter", StateTransition.entity_id.in_(letter_ids))
        .order_by(StateTransition.id)
    ).all()
    result: dict[int, list[TransitionView]] = {}
    for row, name in rows:
        view = TransitionView(row.at, row.from_state, row.to_state, name, row.reason)
        result.setdefault(row.entity_id, []).append(view)
    return result


def _events(matter: SupervisionMatter) -> Iterator[TimelineEvent]:
    yield TimelineEvent(matter.found_on, None, f"发现问题（{matter.source.label}）：{_short(matter.facts)}")
    for letter in matter.letters:
        yield from _letter_events(letter)
    if matter.closed_on:
        yield TimelineEvent(matter.closed_on, None, "监督事项办结")


def _letter_events(letter: SupervisionLetter) -> Iterator[TimelineEvent]:
    name = f"《{FULL_TITLES[letter.kind]}》{letter.number or ''}"
    if letter.issued_on:
        yield TimelineEvent(letter.issued_on, letter.id, f"签发{name}，主送{addressee(letter)}")
    if letter.delivered_on:
        method = letter.delivery_method.label if letter.delivery_method else "送达"
        yield TimelineEvent(letter.delivered_on, letter.id, f"{method}{letter.kind.label}，期限至 {letter.deadline_on}")
    yield from _answer_events(letter)
    if letter.closed_on and letter.status is S.CLOSED:
        yield TimelineEvent(letter.closed_on, letter.id, f"{letter.kind.label}办结")


def _answer_events(letter: SupervisionLetter) -> Iterator[TimelineEvent]:
    if letter.reply_on is None and letter.deadline_on and letter.status in (S.OVERDUE, S.ESCALATED, S.CLOSED):
        yield TimelineEvent(letter.deadline_on, letter.id, f"{letter.kind.label}期限届满，单位未回复")
    if letter.department_case_on:
        yield TimelineEvent(letter.department_case_on, letter.id, f"{addressee(letter)}已立案")
    elif letter.department_refusal and letter.reply_on:
        yield TimelineEvent(letter.reply_on, letter.id, f"{addressee(letter)}不予立案：{letter.department_refusal}")
    elif letter.reply_on:
        result = letter.result.label if letter.result else ""
        yield TimelineEvent(letter.reply_on, letter.id,
                            f"收到单位回复（{result}{figures_phrase(letter)}）：{_short(letter.reply_summary)}")
    if letter.department_result_on:
        yield TimelineEvent(letter.department_result_on, letter.id,
                            f"收到处理结果{figures_phrase(letter)}：{_short(letter.department_result)}")


def _short(text: str | None, limit: int = 60) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"
