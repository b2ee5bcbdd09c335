"""Filling a database with many cases for the case-list benchmark.

Uses ``desktop.demo.generate`` when it exists; until then, Core inserts of
realistic rows: Chinese names (so two-character names such as 王芳 repeat, as
they do), employers with credit codes, cases over three years in every state.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert

from db.engine import Database
from db.enums import CaseSource, CaseStatus, DisputeCategory, MediatorRole, Role
from db.models import CaseApplicant, CaseCategory, CaseMediator, Employer, MediationCase, Officer, Worker
from desktop.validation import make_credit_code, make_id_number

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["芳", "伟", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "霞", "平", "刚", "桂英", "建华", "志强"]
TRADES = ["建筑工程", "物流", "餐饮管理", "保洁服务", "商贸", "科技发展", "快递服务", "物业管理", "汽车修理", "家政服务"]
STREETS = ["鼓楼街道", "果园街道", "檀营乡", "溪翁庄镇", "西田各庄镇", "十里堡镇", "河南寨镇", "巨各庄镇"]
CHUNK = 5000


def fill(database: Database, cases: int, seed: int = 7, claims: int = 0) -> None:
    try:
        from desktop.demo import generate
    except ImportError:
        generate = None
    if generate is not None:
        generate(database, cases=cases, claims=claims, letters=0, seed=seed)
        return
    _fill_core(database, cases, random.Random(seed))


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(row: dict) -> dict:
    now = _now()
    return {"version": 1, "created_at": now, "updated_at": now, **row}


def _fill_core(database: Database, cases: int, rng: random.Random) -> None:
    employers = max(50, cases // 20)
    with database.write(None, audited=False) as session:
        officers = [{"id": i, "username": f"m{i}", "display_name": rng.choice(SURNAMES) + rng.choice(GIVEN),
                     "role": Role.MEDIATOR.value} for i in range(1, 13)]
        session.execute(insert(Officer), [_stamp(o) for o in officers])
        session.execute(insert(Employer), [_stamp(_employer(i, rng)) for i in range(1, employers + 1)])
    worker_id = 0
    today = date.today()
    seq: dict[int, int] = {}
    for start in range(1, cases + 1, CHUNK):
        rows, applicants, workers, categories, mediators = [], [], [], [], []
        for case_id in range(start, min(start + CHUNK, cases + 1)):
            received = today - timedelta(days=rng.randrange(3 * 365))
            status = _status(received, today, rng)
            number = None
            if status not in (CaseStatus.DRAFT, CaseStatus.UNDER_REVIEW, CaseStatus.REJECTED):
                seq[received.year] = seq.get(received.year, 0) + 1
                number = f"密工调〔{received.year}〕{seq[received.year]}号"
            count = 1 if rng.random() < 0.9 else rng.randrange(2, 4)
            for position in range(count):
                worker_id += 1
                workers.append(_stamp(_worker(worker_id, rng)))
                applicants.append({"case_id": case_id, "worker_id": worker_id, "role": "APPLICANT",
                                   "position": position + 1})
            categories.append({"case_id": case_id, "category": rng.choice(list(DisputeCategory)).value})
            if number:
                mediators.append({"case_id": case_id, "officer_id": rng.randrange(1, 13),
                                  "role": MediatorRole.LEAD.value})
            rows.append(_stamp({
                "id": case_id, "number": number, "status": status.value, "source": rng.choice(list(CaseSource)).value,
                "received_on": received, "accepted_on": received + timedelta(days=1) if number else None,
                "respondent_id": rng.randrange(1, employers + 1), "workers_involved": count if count < 3 else 12,
                "amount_claimed": Decimal(rng.randrange(100000, 20000000)) / 100,
                "papers_received_on": received, "facts": "拖欠工资"}))
        with database.write(None, audited=False) as session:
            session.execute(insert(Worker), workers)
            session.execute(insert(MediationCase), rows)
            session.execute(insert(CaseApplicant), applicants)
            session.execute(insert(CaseCategory), categories)
            if mediators:
                session.execute(insert(CaseMediator), mediators)


def _employer(i: int, rng: random.Random) -> dict:
    name = f"北京{rng.choice(SURNAMES)}{rng.choice(['安', '顺', '盛', '达', '鑫', '华', '泰'])}{rng.choice(TRADES)}有限公司"
    return {"id": i, "name": name, "credit_code": make_credit_code(f"91110228MA{i:07d}"),
            "street": rng.choice(STREETS)}


def _worker(i: int, rng: random.Random) -> dict:
    born = date(1965, 1, 1) + timedelta(days=i % 13000)  # unique with the sequence below
    return {"id": i, "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
            "id_number": make_id_number("110228", born, (i // 13000) % 1000)}


def _status(received: date, today: date, rng: random.Random) -> CaseStatus:
    age = (today - received).days
    if age < 20:
        return rng.choice([CaseStatus.DRAFT, CaseStatus.UNDER_REVIEW, CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION])
    return rng.choice([CaseStatus.CLOSED, CaseStatus.ARCHIVED, CaseStatus.ARCHIVED, CaseStatus.PERFORMING,
                       CaseStatus.TERMINATED, CaseStatus.REJECTED])
