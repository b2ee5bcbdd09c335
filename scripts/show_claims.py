"""Open the 理赔支付 area on a small made-up database, for screenshots.

    uv run python scripts/screenshot.py out/claim_form.png --wait 4 -- python scripts/show_claims.py form
    ... -- python scripts/show_claims.py list      # the claims list with a claim selected
    ... -- python scripts/show_claims.py plans     # plans and the rule editor
    ... -- python scripts/show_claims.py batches    # a payment batch and its bank sheet
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from db.engine import Database
from db.enums import PlanKind, Role
from db.migrate import upgrade
from db.models import Officer
from desktop.auth import Actor
from desktop.claims.batches import BatchService
from desktop.claims.enrolment import EnrolmentService, RosterRow
from desktop.claims.intake import ClaimDraft, ClaimIntakeService
from desktop.claims.plans import PlanDraft, PlanService
from desktop.claims.review import ClaimReviewService
from desktop.validation import make_id_number

NAMES = ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴秀英", "徐明", "孙丽"]
UNITS = ["北京云岭建筑工程有限公司", "北京密云百货商场有限公司", "北京燕山物流有限公司"]
DOCS = ("互助金申请表", "住院费用发票", "费用明细清单", "出院小结", "京卡复印件")
RULE = {"type": "deductible_ratio_cap", "base": "copay_plus_self_pay", "deductible": "1000.00", "ratio": "0.50",
        "per_claim_cap": "5000.00", "per_year_cap": "20000.00", "waiting_days": 90, "claim_window_days": 180}


def fill(database: Database, actor: Actor) -> int:
    plan = PlanService(database).create(actor, PlanDraft(
        "ZY2026", "2026年在职职工住院医疗互助", PlanKind.INSERVICE_MEDICAL, date(2026, 1, 1), date(2026, 12, 31),
        "在职工会会员，由所在单位工会统一参保", DOCS), json.dumps(RULE))
    rows = [RosterRow(n, make_id_number("110228", date(1980 + i, 1 + i % 12, 3 + i), 10 + i), "13800138000",
                      UNITS[i % 3], f"62170000{i:08d}") for i, n in enumerate(NAMES)]
    EnrolmentService(database).enrol_members(actor, plan.id, rows)
    _claims(database, actor, plan.id)
    return plan.id


def _reviewer(database: Database) -> Actor:
    """A mediator reviews: the director who approves may not (separation of duties)."""
    with database.write(None) as session:
        officer = Officer(username="wang", display_name="王调解", role=Role.MEDIATOR)
        session.add(officer)
        session.flush()
        return Actor(officer.id, officer.display_name, Role.MEDIATOR)


def _claims(database: Database, actor: Actor, plan_id: int) -> None:
    from sqlalchemy import select

    from db.models import Worker

    with database.read() as session:
        workers = list(session.scalars(select(Worker.id).order_by(Worker.id)))
    intake, review, ids, reviewer = ClaimIntakeService(database), ClaimReviewService(database), [], _reviewer(database)
    for i, worker in enumerate(workers[1:], start=1):
        event = date(2026, 4, 1) + timedelta(days=7 * i)
        saved = intake.submit(actor, ClaimDraft(
            worker, plan_id, "疾病住院", event, event + timedelta(days=20), event, event + timedelta(days=6),
            hospital="北京市密云区医院", total_cost=Decimal(9000 + 700 * i), fund_paid=Decimal(5000 + 300 * i),
            copay=Decimal(1200 + 50 * i), self_pay=Decimal("830.40"),
            documents={d: i % 4 != 0 for d in DOCS}))
        if i % 3 == 1 and saved.status.value == "SUBMITTED":
            version = review.review(reviewer, saved.id, 1).version
            ids.append(review.approve(actor, saved.id, version).id)
    BatchService(database).make_batch(actor, ids[:3], date(2026, 9, 1))


def main() -> int:
    what = sys.argv[1] if len(sys.argv) > 1 else "form"
    folder = Path(tempfile.mkdtemp())
    database = Database(f"sqlite:///{folder / 'show.db'}")
    upgrade(database)
    with database.write(None) as session:
        officer = Officer(username="li", display_name="李主任", role=Role.DIRECTOR)
        session.add(officer)
        session.flush()
        actor = Actor(officer.id, officer.display_name, Role.DIRECTOR)
    fill(database, actor)

    from ui.app import make_application, make_context
    from ui.main_window import MainWindow
    from ui.qt import QSettings

    app = make_application()
    prefs = QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat)
    window = MainWindow(make_context(database, actor, prefs))
    window.showMaximized()
    page = window.show_area("理赔支付")
    _show(page, what)
    return app.exec()


def _show(page, what: str) -> None:
    from ui.claims.common import set_date

    if what == "form":
        form = page.claims.new_claim()
        f = form.f
        f.member.setText("王芳")
        f.member.run_search()
        f.member.choose(0)
        set_date(f.event_on, date(2026, 6, 1))
        set_date(f.admission_on, date(2026, 6, 1))
        set_date(f.discharge_on, date(2026, 6, 10))
        set_date(f.applied_on, date(2026, 6, 20))
        f.hospital.setText("北京市密云区医院")
        f.diagnosis.setText("急性阑尾炎")
        for key, value in (("total_cost", "20000.00"), ("fund_paid", "12000.00"), ("copay", "3000.00"),
                           ("self_pay", "3400.50")):
            f.costs[key].setText(value)
        form.set_documents(set(DOCS[:3]))
        form.recalculate()
    elif what == "list":
        page.claims.table.selectRow(2)
    elif what == "plans":
        page.setCurrentIndex(3)
    elif what == "batches":
        page.setCurrentIndex(1)
        page.batches.table.selectRow(0)


if __name__ == "__main__":
    raise SystemExit(main())
