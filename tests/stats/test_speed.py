"""The year's figures and every breakdown stay quick on 100,000 cases (SQL aggregation, no rows loaded)."""

import random
import time
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert

from db.enums import CaseSource, CaseStatus, DisputeCategory, MediatorRole, Role
from db.models import CaseCategory, CaseMediator, Employer, MediationCase, Officer, StateTransition
from desktop.stats import year_figures
from desktop.stats.report import year_report

pytestmark = [pytest.mark.db, pytest.mark.slow]
CASES = 100_000
SECONDS = 15.0  # about 4 s on a busy test machine; a bad query plan took minutes


def _case(rng: random.Random, number: int, employers: int) -> dict:
    received = date(2022, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    closed = received + timedelta(days=rng.randrange(3, 60)) if rng.random() < 0.8 else None
    agreed = closed is not None and rng.random() < 0.6
    return dict(
        id=number, source=rng.choice(list(CaseSource)), status=CaseStatus.CLOSED if closed else CaseStatus.IN_MEDIATION,
        received_on=received, accepted_on=received + timedelta(days=1), closed_on=closed, ended_on=closed,
        respondent_id=rng.randrange(1, employers + 1), workers_involved=rng.choice([1, 1, 1, 3, 12]),
        amount_claimed=Decimal(rng.randrange(100, 100_000)), agreed_on=closed if agreed else None,
        agreed_amount=Decimal(rng.randrange(100, 50_000)) if agreed else None,
        amount_recovered=Decimal(rng.randrange(0, 50_000)) if agreed else Decimal(0), version=1,
    )


@pytest.fixture
def big(database):
    build_big(database)
    return database


def build_big(database) -> None:
    rng = random.Random(7)
    with database.write(None, audited=False) as session:
        add = session.connection().execute
        add(insert(Officer.__table__), [dict(id=i, username=f"m{i}", display_name=f"调解员{i}",
                                               role=Role.MEDIATOR, version=1) for i in range(1, 21)])
        add(insert(Employer.__table__), [dict(id=i, name=f"单位{i}", street=f"街道{i % 12}", version=1)
                                           for i in range(1, 2001)])
        rows = [_case(rng, n, 2000) for n in range(1, CASES + 1)]
        add(insert(MediationCase.__table__), rows)
        add(insert(CaseCategory.__table__), [dict(case_id=r["id"], category=rng.choice(list(DisputeCategory)))
                                               for r in rows])
        add(insert(CaseMediator.__table__), [dict(case_id=r["id"], officer_id=rng.randrange(1, 21),
                                                    role=MediatorRole.LEAD) for r in rows])
        add(insert(StateTransition.__table__), [
            dict(entity_type="mediation_case", entity_id=r["id"], to_state="CLOSED",
                 from_state="PERFORMED" if r["agreed_on"] else rng.choice(["WITHDRAWN", "TERMINATED"]))
            for r in rows if r["closed_on"]])


def test_year_report_is_quick_on_100000_cases(big):
    started = time.perf_counter()
    report = year_report(big, 2023)
    elapsed = time.perf_counter() - started
    assert 25_000 < report.figures.cases.accepted < 40_000
    assert report.figures == year_figures(big, 2023)
    assert elapsed < SECONDS, f"year_report took {elapsed:.1f}s"
