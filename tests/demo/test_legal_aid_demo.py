"""The demo's 法律援助案件: over the last year, in every state, with lawyers, hearings and money recovered,
readable through the same services as typed cases."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from db.enums import LegalAidStatus as S
from db.models import IssuedNumber, LegalAidCase, LegalAidLawyer, StateTransition
from desktop.frontdesk.legal_aid import LegalAidService
from desktop.stats.legal_aid import legal_aid_figures
from tests.demo.conftest import TODAY


def test_the_demo_has_legal_aid_cases_in_every_state(demo_db):
    with demo_db.read() as session:
        cases = session.scalars(select(LegalAidCase).order_by(LegalAidCase.id)).all()
        states = Counter(c.status for c in cases)
        lawyers = session.scalars(select(LegalAidLawyer)).all()
        numbers = session.scalars(select(IssuedNumber.number).where(IssuedNumber.kind == "legal_aid")).all()
        moves = session.scalars(select(StateTransition.to_state)
                                .where(StateTransition.entity_type == "legal_aid_case")).all()
        closed = [c for c in cases if c.status is S.CLOSED]
        handled = [c for c in cases if c.status in (S.ASSIGNED, S.IN_PROGRESS, S.CLOSED)]
        assert all(c.lawyer_id is not None and c.procedure is not None for c in handled)
        assert all(c.amount_recovered is not None and c.closed_on >= c.applied_on for c in closed)
        assert all(c.decision_reason for c in cases if c.status is S.REFUSED)
    assert len(cases) == 15 and {S.PENDING, S.ACCEPTED, S.ASSIGNED, S.IN_PROGRESS, S.CLOSED} <= set(states)
    assert all((TODAY - c.applied_on).days <= 366 for c in cases)
    assert sorted(numbers) == sorted(c.number for c in cases) and len(set(numbers)) == 15
    assert moves.count("CLOSED") == states[S.CLOSED] and len(lawyers) == 5 and sum(not x.active for x in lawyers) == 1
    view = LegalAidService(demo_db).get(closed[0].id)
    assert view.lawyer and view.progress and view.progress[0].is_hearing
    figures = legal_aid_figures(demo_db, TODAY.year)
    assert figures.closed > 0 and figures.amount_recovered > 0
