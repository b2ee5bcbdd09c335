"""A database of many cases for the statistics, written with Core inserts (no audit, no ORM).

Used by ``bench.stats`` (100,000 cases) and by the statistics tests (a few thousand,
to check that the year report equals the figures on data no demo produced).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import insert

from db.engine import Database
from db.enums import CaseSource, CaseStatus, DisputeCategory, MediatorRole, Role
from db.models import CaseCategory, CaseMediator, Employer, MediationCase, Officer, StateTransition

MEDIATORS, EMPLOYERS = 20, 2000


def _case(rng: random.Random, number: int) -> dict:
    received = date(2022, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    closed = received + timedelta(days=rng.randrange(3, 60)) if rng.random() < 0.8 else None
    agreed = closed is not None and rng.random() < 0.6
    return dict(
        id=number, source=rng.choice(list(CaseSource)), status=CaseStatus.CLOSED if closed else CaseStatus.IN_MEDIATION,
        received_on=received, accepted_on=received + timedelta(days=1), closed_on=closed, ended_on=closed,
        respondent_id=rng.randrange(1, EMPLOYERS + 1), workers_involved=rng.choice([1, 1, 1, 3, 12]),
        amount_claimed=Decimal(rng.randrange(100, 100_000)), agreed_on=closed if agreed else None,
        agreed_amount=Decimal(rng.randrange(100, 50_000)) if agreed else None,
        amount_recovered=Decimal(rng.randrange(0, 50_000)) if agreed else Decimal(0), version=1,
    )


def fill_cases(database: Database, cases: int, *, seed: int = 7) -> None:
    """``cases`` cases received 2022-2024 over 2,000 units and 20 mediators, 80 % closed."""
    rng = random.Random(seed)
    with database.write(None, audited=False) as session:
        add = session.connection().execute
        add(insert(Officer.__table__), [dict(id=i, username=f"m{i}", display_name=f"调解员{i}",
                                               role=Role.MEDIATOR, version=1) for i in range(1, MEDIATORS + 1)])
        add(insert(Employer.__table__), [dict(id=i, name=f"单位{i}", street=f"街道{i % 12}", version=1)
                                           for i in range(1, EMPLOYERS + 1)])
        rows = [_case(rng, n) for n in range(1, cases + 1)]
        add(insert(MediationCase.__table__), rows)
        add(insert(CaseCategory.__table__), [dict(case_id=r["id"], category=rng.choice(list(DisputeCategory)))
                                               for r in rows])
        add(insert(CaseMediator.__table__), [dict(case_id=r["id"], officer_id=rng.randrange(1, MEDIATORS + 1),
                                                    role=MediatorRole.LEAD) for r in rows])
        add(insert(StateTransition.__table__), [
            dict(entity_type="mediation_case", entity_id=r["id"], to_state="CLOSED",
                 from_state="PERFORMED" if r["agreed_on"] else rng.choice(["WITHDRAWN", "TERMINATED"]))
            for r in rows if r["closed_on"]])
