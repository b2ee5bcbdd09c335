"""The claims list over many claims: count, first page, filters, search and a deep page (speed: ``bench.claims``)."""

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import insert

from db import search_index, search_kinds
from db.enums import ClaimStatus, Role
from db.models import AidClaim, Worker
from desktop.claims.queries import ClaimFilter, ClaimQueries
from tests.claims.helpers import make_plan

CLAIMS, WORKERS = 6_000, 500
STATUSES = list(ClaimStatus)


def fill(database, plan_id: int) -> None:
    with database.write(None, audited=False) as session:
        session.execute(insert(Worker), [
            {"name": f"职工{i:05d}", "id_number": f"1101051985{i:08d}"[:18], "member_card_no": f"6217{i:012d}",
             "unit_name": f"单位{i % 50}", "is_member": True} for i in range(WORKERS)])
        first = session.query(Worker.id).order_by(Worker.id).first()[0]
        session.execute(insert(AidClaim), [_claim(i, plan_id, first) for i in range(CLAIMS)])
        for kind in (search_kinds.WORKER, search_kinds.CLAIM):  # Core inserts: index them as the demo writer does
            search_index.reindex(session.connection(), kind)


def _claim(i: int, plan_id: int, first_worker: int) -> dict:
    day = date(2024, 1, 1) + timedelta(days=i % 1000)
    return {"number": f"HZ{i:09d}", "plan_id": plan_id, "worker_id": first_worker + i % WORKERS,
            "status": STATUSES[i % len(STATUSES)], "event_type": "疾病住院", "event_on": day, "applied_on": day,
            "calculated_amount": Decimal("1200.25"), "version": 1}


def test_list_queries_over_many_claims(sqlite_database, sqlite_actors):
    plan = make_plan(sqlite_database, sqlite_actors[Role.DIRECTOR])
    fill(sqlite_database, plan.id)
    queries = ClaimQueries(sqlite_database)
    checks = [
        ClaimFilter(), ClaimFilter(status=ClaimStatus.APPROVED), ClaimFilter(month="2025-03"),
        ClaimFilter(text="职工00042"), ClaimFilter(text="6217000000000042"), ClaimFilter(unit="单位7"),
        ClaimFilter(plan_id=plan.id, status=ClaimStatus.PAID, month="2024-06"),
    ]
    for flt in checks:
        source = queries.source(flt)
        total = source.count()
        rows = source.fetch(0, 200)
        assert total > 0 and len(rows) == min(200, total), flt
    assert queries.count(ClaimFilter()) == CLAIMS
    assert queries.count(ClaimFilter(status=ClaimStatus.APPROVED)) == CLAIMS // len(STATUSES)
    far = queries.source(ClaimFilter()).sorted_by("name", False)
    assert len(far.fetch(CLAIMS - 100, 200)) == 100
