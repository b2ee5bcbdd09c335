"""The shared list model and party search, over real data."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from db.enums import CaseSource, CaseStatus
from db.models import Employer, MediationCase, Worker
from desktop import parties
from desktop.errors import ValidationError
from desktop.paging import ListColumn, SelectSource, TableRow
from tests.support.keyboard import type_text
from ui.widgets.lazy_table import PAGE_SIZE, LazyTableModel
from ui.widgets.party_search import PartySearchBox


def fill_cases(database, n):
    with database.write(None, audited=False) as session:
        session.execute(insert(Employer), [{"id": 1, "name": "某物流公司", "version": 1,
                                            "created_at": _now(), "updated_at": _now()}])
        session.execute(insert(MediationCase), [
            {"id": i, "number": f"密工调〔2024〕{i}号", "status": CaseStatus.ACCEPTED, "source": CaseSource.WALK_IN,
             "received_on": date(2024, 1, 1), "respondent_id": 1, "amount_claimed": Decimal(i) / 100,
             "version": 1, "created_at": _now(), "updated_at": _now()} for i in range(1, n + 1)])


def _now():
    from db.types import utcnow

    return utcnow()


def case_source(database):
    columns = [ListColumn("number", "案件编号"), ListColumn("amount", "请求金额", numeric=True)]
    statement = select(MediationCase.id, MediationCase.number, MediationCase.amount_claimed)
    return SelectSource(database, columns, statement,
                        {"number": MediationCase.id, "amount": MediationCase.amount_claimed},
                        lambda row: TableRow(row.id, (row.number, row.amount_claimed),
                                             "overdue" if row.id == 3 else None))


def test_lazy_model_pages_sorts_and_refreshes(qtmodeltester, sqlite_database):
    fill_cases(sqlite_database, PAGE_SIZE * 2 + 7)
    model = LazyTableModel(case_source(sqlite_database))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 407
    assert model.index(0, 1).data() == "0.01"
    assert model.index(406, 0).data() == "密工调〔2024〕407号"
    model.sort(1, descending_order())
    assert model.index(0, 1).data() == "4.07"
    fill_more(sqlite_database)
    model.refresh()
    assert model.rowCount() == 408 and model.index(0, 0).data() == "密工调〔2024〕999号"


def test_a_new_search_keeps_the_order_the_header_shows(sqlite_database):
    fill_cases(sqlite_database, 30)
    model = LazyTableModel(case_source(sqlite_database))
    model.sort(1, descending_order())
    narrowed = case_source(sqlite_database)  # a page builds a fresh source for each search or filter
    model.set_source(replace(narrowed, statement=narrowed.statement.where(MediationCase.id <= 10)))
    assert [model.index(r, 1).data() for r in range(3)] == ["0.10", "0.09", "0.08"]


def fill_more(database):
    with database.write(None, audited=False) as session:
        session.execute(insert(MediationCase), [{"id": 999, "number": "密工调〔2024〕999号", "status": CaseStatus.ACCEPTED,
                                                 "source": CaseSource.WALK_IN, "received_on": date(2024, 1, 2),
                                                 "respondent_id": 1, "amount_claimed": Decimal("9999.00"),
                                                 "version": 1, "created_at": _now(), "updated_at": _now()}])


def descending_order():
    from ui.qt import Qt

    return Qt.SortOrder.DescendingOrder


def test_two_character_name_is_found_and_reused(qtbot, sqlite_database):
    with sqlite_database.write(None) as session:
        parties.find_or_create_worker(session, parties.WorkerInput("王芳", "11010519491231002X"))
        parties.find_or_create_worker(session, parties.WorkerInput("王芳芳"))
        again = parties.find_or_create_worker(session, parties.WorkerInput("王芳", "11010519491231002x"))
        assert again.id == 1
    box = PartySearchBox(lambda text: parties.search_workers(sqlite_database, text), "姓名或身份证号")
    qtbot.addWidget(box)
    picked = []
    box.picked.connect(picked.append)
    type_text(qtbot, box, "王芳")
    qtbot.waitUntil(lambda: len(box.hits) == 2)
    assert box.hits[0].name == "王芳" and box.hits[0].id_number == "11010519491231002X"
    box.choose(0)
    assert picked[0].id == 1 and box.chosen.id == 1
    type_text(qtbot, box, "x")
    assert box.chosen is None


def test_employer_search_by_credit_code_and_history(sqlite_database):
    with sqlite_database.write(None) as session:
        employer = parties.find_or_create_employer(
            session, parties.EmployerInput("北京某某科技有限公司", "91350100m000100y43"))
        session.add(MediationCase(number="密工调〔2024〕1号", status=CaseStatus.IN_MEDIATION,
                                  source=CaseSource.WALK_IN, received_on=date(2024, 3, 1), respondent_id=employer.id))
    hits = parties.search_employers(sqlite_database, "91350100M0")
    assert [h.credit_code for h in hits] == ["91350100M000100Y43"]
    history = parties.employer_history(sqlite_database, hits[0].id)
    assert history.open_cases == ("密工调〔2024〕1号［调解中，2024-03-01收］",)
    assert "未结 1 件" in history.summary


def test_bad_identity_is_refused_naming_field(sqlite_database):
    with pytest.raises(ValidationError, match="身份证号"):
        with sqlite_database.write(None) as session:
            parties.find_or_create_worker(session, parties.WorkerInput("李强", "110105194912310021"))
    with sqlite_database.read() as session:
        assert session.scalar(select(Worker)) is None


def test_case_list_first_page_size_matches_the_model():
    from desktop.cases.listing import FIRST_PAGE

    assert FIRST_PAGE == PAGE_SIZE
