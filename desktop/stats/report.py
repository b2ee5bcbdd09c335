"""The whole year's report: headline figures and every breakdown, read in one session."""

from __future__ import annotations

from dataclasses import dataclass

from db.engine import Database
from desktop.stats.case_tables import case_breakdowns
from desktop.stats.claim_tables import claim_breakdowns
from desktop.stats.frontdesk import frontdesk_breakdowns
from desktop.stats.figures import YearFigures, figures_in, limit_days
from desktop.stats.letters import letter_metrics, letters_by_kind
from desktop.stats.values import Breakdown


@dataclass(frozen=True)
class YearReport:
    figures: YearFigures
    breakdowns: tuple[Breakdown, ...]


def year_report(database: Database, year: int) -> YearReport:
    with database.read() as session:
        figures = figures_in(session, year)
        cases = case_breakdowns(session, year, limit_days(session))
        letters = letters_by_kind(letter_metrics(session, year))
        claims = claim_breakdowns(session, year)
        frontdesk = frontdesk_breakdowns(session, year)
    return YearReport(figures, (*cases, letters, *claims, *frontdesk))


def year_breakdowns(database: Database, year: int) -> tuple[Breakdown, ...]:
    return year_report(database, year).breakdowns
