"""Settlement payments under mediation agreements: listed read-only with their performance state."""

from datetime import date
from decimal import Decimal

from db.enums import CaseSource, CaseStatus, PaymentKind, PaymentStatus
from db.models import AgreementTerm, CaseApplicant, Employer, MediationCase, Payment, PerformancePayment, Worker
from desktop.claims.settlements import SettlementFilter, SettlementQueries

D = Decimal


def make_case(database):
    with database.write(None) as session:
        employer = Employer(name="北京燕山物流有限公司")
        worker = Worker(name="张伟")
        session.add_all([employer, worker])
        session.flush()
        case = MediationCase(number="密工调〔2026〕7号", status=CaseStatus.PERFORMING, source=CaseSource.WALK_IN,
                             received_on=date(2026, 3, 1), respondent_id=employer.id)
        session.add(case)
        session.flush()
        session.add(CaseApplicant(case_id=case.id, worker_id=worker.id))
        first = AgreementTerm(case_id=case.id, seq=1, description="第一期工资", amount=D("6000.00"),
                              due_on=date(2026, 4, 1))
        second = AgreementTerm(case_id=case.id, seq=2, description="第二期工资", amount=D("4000.50"),
                               due_on=date(2026, 6, 1))
        session.add_all([first, second])
        session.flush()
        session.add(PerformancePayment(case_id=case.id, term_id=first.id, paid_on=date(2026, 3, 30),
                                       amount=D("6000.00")))
        session.add(PerformancePayment(case_id=case.id, term_id=second.id, paid_on=date(2026, 5, 20),
                                       amount=D("1000.25")))
        session.add(Payment(kind=PaymentKind.SETTLEMENT, status=PaymentStatus.PENDING, case_id=case.id,
                            payee_name="张伟", amount=D("800.00"), due_on=date(2026, 7, 1), note="经济补偿"))


def test_terms_and_payments_with_state(database):
    make_case(database)
    queries = SettlementQueries(database)
    rows = queries.list(SettlementFilter(), today=date(2026, 6, 15))
    assert [(r.description, r.paid, r.outstanding, r.state) for r in rows] == [
        ("第一期工资", D("6000.00"), D("0.00"), "已履行"),
        ("第二期工资", D("1000.25"), D("3000.25"), "已逾期"),
        ("经济补偿", D("0.00"), D("800.00"), "未到期"),
    ]
    assert rows[0].payer == "北京燕山物流有限公司" and rows[0].payees == "张伟"
    assert len(queries.list(SettlementFilter(state="已逾期"), today=date(2026, 6, 15))) == 1
    assert len(queries.list(SettlementFilter(text="燕山", due_month="2026-07"), today=date(2026, 6, 15))) == 1
    assert queries.list(SettlementFilter(text="不存在")) == []


def test_settlements_tab_lists_read_only(qtbot, gui_context):
    from ui.claims.settlements_tab import SettlementsTab

    make_case(gui_context.database)
    tab = SettlementsTab(gui_context)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 0  # nothing read before the officer looks
    tab.show()
    assert tab.model.rowCount() == 3
    assert tab.model.text(1, 9) == "3,000.25"
    assert "未付合计 ¥3,800.25" in tab.summary.text()
    tab.search.setText("张伟")
    qtbot.waitUntil(lambda: not tab.pause.isActive())  # read again after a pause in typing
    assert tab.model.rowCount() == 3
    tab.search.setText("不存在的单位")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.table.editTriggers() == tab.table.EditTrigger.NoEditTriggers
