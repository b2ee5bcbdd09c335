"""The year's headline figures (``stats --json``) computed by SQL aggregation.

Definitions: see shared/INTERFACE.md and the docstrings of ``desktop.stats.sql``
(how a closed case ended), ``desktop.stats.on_time``, ``desktop.stats.letters``
and ``desktop.stats.claims``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import LetterKind
from desktop import settings as organisation
from desktop.stats.cases import accepted_metrics, closed_metrics
from desktop.stats.claims import claim_metrics, members_covered
from desktop.stats.frontdesk import (
    ConsultationFigures,
    TicketFigures,
    consultation_figures,
    consultations_json,
    ticket_figures,
    tickets_json,
)
from desktop.stats.aid import AidFigures, aid_figures_in
from desktop.stats.legal_aid import LegalAidFigures, legal_aid_figures_in
from desktop.stats.letters import combined, letter_metrics
from desktop.stats.values import Rate, money_text


@dataclass(frozen=True)
class CaseFigures:
    accepted: int
    closed: int
    agreed: int
    success_rate: Rate
    amount_claimed: Decimal
    amount_agreed: Decimal
    amount_recovered: Decimal
    workers_involved: int
    collective: int
    not_counted: int
    on_time_rate: Rate
    amount_performed: Decimal


@dataclass(frozen=True)
class LetterFigures:
    prompt: int
    opinion: int
    recommendation: int
    rectified: int
    workers_covered: int
    issued: int
    replied: int
    reply_rate: Rate
    rectification_rate: Rate
    wages_recovered: Decimal
    insurance_backpaid: Decimal
    contracts_signed: int
    workers_benefiting: int


@dataclass(frozen=True)
class ClaimFigures:
    received: int
    paid: int
    rejected: int
    amount_paid: Decimal
    members_covered: int
    average_payout: Decimal
    rejection_rate: Rate


@dataclass(frozen=True)
class YearFigures:
    year: int
    cases: CaseFigures
    letters: LetterFigures
    claims: ClaimFigures
    consultations: ConsultationFigures = ConsultationFigures()
    tickets: TicketFigures = TicketFigures()
    legal_aid: LegalAidFigures = LegalAidFigures()
    aid: AidFigures = AidFigures()


JSON_KEYS = {
    "cases": ("accepted", "closed", "agreed", "success_rate", "amount_claimed", "amount_agreed",
              "amount_recovered", "workers_involved", "collective"),
    "letters": ("prompt", "opinion", "recommendation", "rectified", "workers_covered"),
    "claims": ("received", "paid", "rejected", "amount_paid"),
}


def year_figures(database: Database, year: int) -> YearFigures:
    with database.read() as session:
        return figures_in(session, year)


def figures_in(session: Session, year: int) -> YearFigures:
    return YearFigures(year, _case_figures(session, year), _letter_figures(session, year),
                       _claim_figures(session, year), consultations=consultation_figures(session, year),
                       tickets=ticket_figures(session, year), legal_aid=legal_aid_figures_in(session, year),
                       aid=aid_figures_in(session, year))


def limit_days(session: Session) -> int:
    """The centre's mediation time limit in calendar days (setting 调解期限)."""
    return organisation.load(session).mediation_limit_days


def to_json_dict(figures: YearFigures) -> dict:
    """The ``stats --json`` object: INTERFACE.md's keys in its order; money as ``"0.00"``."""
    result: dict = {"year": figures.year}
    for section, keys in JSON_KEYS.items():
        values = getattr(figures, section)
        result[section] = {key: _json_value(getattr(values, key)) for key in keys}
    result["consultations"] = consultations_json(figures.consultations)
    result["tickets"] = tickets_json(figures.tickets)
    result["legal_aid"] = figures.legal_aid.as_json()
    result["aid"] = figures.aid.as_json()
    return result


def _json_value(value):
    if isinstance(value, Decimal):
        return money_text(value)
    if isinstance(value, Rate):
        return float(value)
    return value


def _case_figures(session: Session, year: int) -> CaseFigures:
    accepted = accepted_metrics(session, year)[None]
    closed = closed_metrics(session, year, limit_days=limit_days(session))[None]
    return CaseFigures(
        accepted.accepted, closed.closed, closed.agreed, closed.success_rate, accepted.amount_claimed,
        closed.amount_agreed, closed.amount_recovered, accepted.workers_involved, accepted.collective,
        closed.not_counted, closed.on_time_rate, closed.amount_performed,
    )


def _letter_figures(session: Session, year: int) -> LetterFigures:
    kinds = letter_metrics(session, year)
    whole = combined(kinds)
    return LetterFigures(
        kinds[LetterKind.PROMPT].issued, kinds[LetterKind.OPINION].issued, kinds[LetterKind.RECOMMENDATION].issued,
        whole.rectified, whole.workers_affected, whole.issued, whole.replied, whole.reply_rate,
        whole.rectification_rate, whole.wages_recovered, whole.insurance_backpaid, whole.contracts_signed,
        whole.workers_benefiting,
    )


def _claim_figures(session: Session, year: int) -> ClaimFigures:
    claims = claim_metrics(session, year)[None]
    members = members_covered(session, year)[None]
    return ClaimFigures(claims.received, claims.paid, claims.rejected, claims.amount_paid, members,
                        claims.average_payout, claims.rejection_rate)
