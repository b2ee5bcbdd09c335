"""The case list: search as you type, filters, sort and paging, read back as plain rows."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from db.enums import CaseSource, CaseStatus, DisputeCategory
from desktop.cases.queries import CaseFilter, Sort
from tests.cases.helpers import TODAY, applicant, collective_form, credit_code, drive, employer, id_number, intake_form

pytestmark = pytest.mark.db


@pytest.fixture
def three_cases(services, mediator):
    a = drive(services, mediator, "IN_MEDIATION")  # 王芳 v 云岭, accepted: number 1
    b = drive(services, mediator, "ACCEPTED", collective_form(
        employer=employer(2, "北京密云百货商场有限公司", ), received_on=TODAY - timedelta(days=5),
        categories=(DisputeCategory.SEVERANCE, DisputeCategory.OVERTIME)))
    c = services.intake.register(mediator, intake_form(
        applicants=(applicant(300, "王芳芳"),), employer=employer(3, "密云区老王饭馆"), source=CaseSource.PHONE,
        received_on=TODAY - timedelta(days=1), claims=()))
    return a, b, c


def ids(services, f=CaseFilter(), sort=Sort()):
    return [r.id for r in services.queries.page(f, sort, 0, 50)]


def test_search_two_character_name(services, three_cases):
    a, b, c = three_cases
    assert set(ids(services, CaseFilter(search="王芳"))) == {a, c}
    assert ids(services, CaseFilter(search="李娜")) == [b]


def test_search_number_id_credit_code_employer(services, three_cases):
    a, b, c = three_cases
    assert ids(services, CaseFilter(search=f"〔{TODAY.year}〕2号")) == [b]
    assert ids(services, CaseFilter(search=id_number(300))) == [c]
    assert ids(services, CaseFilter(search=credit_code(2))) == [b]
    assert ids(services, CaseFilter(search="百货")) == [b]
    assert ids(services, CaseFilter(search="无此人")) == []
    assert ids(services, CaseFilter(search="50%")) == []


def test_filters(services, mediator, three_cases):
    a, b, c = three_cases
    assert ids(services, CaseFilter(statuses=(CaseStatus.DRAFT,))) == [c]
    assert ids(services, CaseFilter(source=CaseSource.PHONE)) == [c]
    assert ids(services, CaseFilter(category=DisputeCategory.OVERTIME)) == [b]
    assert ids(services, CaseFilter(mediator_id=mediator.officer_id)) == [a]
    assert set(ids(services, CaseFilter(year=(TODAY - timedelta(days=5)).year))) >= {b}
    assert ids(services, CaseFilter(year=TODAY.year - 5)) == []
    assert ids(services, CaseFilter(street="鼓楼街道", search="王芳芳")) == [c]


def test_rows_and_sorting(services, mediator, three_cases):
    a, b, c = three_cases
    rows = {r.id: r for r in services.queries.page(CaseFilter(), Sort(), 0, 50)}
    assert rows[b].applicants == "张伟等3人" and rows[b].workers == 12
    assert rows[a].mediators == "王调解" and rows[a].amount_claimed == Decimal("20000.50")
    assert rows[c].number is None and rows[c].amount_claimed == Decimal("0.00")
    assert ids(services, sort=Sort("received_on", True)) == [c, a, b]
    assert ids(services, sort=Sort("amount", False))[0] == c
    assert ids(services, sort=Sort("number", True))[:2] == [b, a]
    # by pinyin: 北京密云百货 (bei jing mi) < 北京云岭 (bei jing yun) < 密云区老王 (mi yun)
    assert ids(services, sort=Sort("employer", False)) == [b, a, c]
    assert services.queries.count(CaseFilter()) == 3
    assert [r.id for r in services.queries.page(CaseFilter(), Sort("employer", True), 1, 1)] == [a]


def test_broad_search_uses_the_subquery_with_the_same_result(services, three_cases, monkeypatch):
    from desktop.cases import search

    a, b, c = three_cases
    narrow = ids(services, CaseFilter(search="王芳"))
    monkeypatch.setattr(search, "SEARCH_ID_LIMIT", 0)
    assert services.queries.search_ids("王芳") is None
    assert ids(services, CaseFilter(search="王芳")) == narrow and set(narrow) == {a, c}
    assert services.queries.count(CaseFilter(search="王芳", statuses=(CaseStatus.DRAFT,))) == 1


def test_broad_search_count_is_capped(services, three_cases, monkeypatch):
    from desktop.cases import listing, queries, search

    monkeypatch.setattr(search, "SEARCH_ID_LIMIT", 0)
    monkeypatch.setattr(queries, "SEARCH_CAP", 1)
    source = listing.CaseRowSource(services.queries).filtered(CaseFilter(search="王芳"))
    assert source.broad and source.count() == 1 and len(source.fetch(0, 10)) == 2


def test_units_sort_by_pinyin_not_by_character_code(services, mediator, database):
    from db.models import Employer

    names = ["中国铁建北京分公司", "北京阿里物流有限公司", "安徽建工北京分公司", "重庆小面密云店"]
    for n, name in enumerate(names, start=10):
        services.intake.register(mediator, intake_form(employer=employer(n, name)))
    rows = services.queries.page(CaseFilter(), Sort("employer", False), 0, 10)
    assert [r.employer for r in rows] == ["安徽建工北京分公司", "北京阿里物流有限公司", "重庆小面密云店", "中国铁建北京分公司"]
    with database.read() as session:
        assert session.query(Employer.name_sort).filter(Employer.name == "重庆小面密云店").scalar().startswith("chong2 qing4")


def _holding(database, text: str) -> set[int]:
    """The cases whose number, applicants' names and ID numbers or employer hold ``text`` (by hand)."""
    from sqlalchemy import select

    from db.models import MediationCase

    with database.read() as session:
        cases = session.scalars(select(MediationCase)).unique().all()
        return {case.id for case in cases if any(text in (value or "").lower() for value in _fields(case))}


def _fields(case) -> list[str | None]:
    people = [value for a in case.applicants for value in (a.worker.name, a.worker.id_number)]
    return [case.number, case.respondent.name, case.respondent.credit_code, *people]


@pytest.mark.parametrize("text", ["6", "0", "x", "X", "m", "9"])
def test_a_single_digit_or_letter_is_checked_row_by_row(services, database, three_cases, text):
    """Not gathered as ids (nearly every ID number holds it): broad at once, the same records as LIKE."""
    assert services.queries.search_ids(text) is None
    assert set(ids(services, CaseFilter(search=text))) == _holding(database, text.lower())
    assert services.queries.count(CaseFilter(search=text)) == len(_holding(database, text.lower()))
    assert len(_holding(database, "m")) == 3  # every credit code holds MA: the oracle finds something


def test_a_longer_text_is_driven_by_its_last_pair_that_is_not_two_digits(services, three_cases):
    from desktop import search

    a, b, c = three_cases
    assert search._pair_driver("密工调〔20") == "〔2" and search._pair_driver("王芳1") == "芳1"
    assert search._pair_driver("123") == "23"
    assert set(ids(services, CaseFilter(search="密工调〔20"))) == {a, b}
    assert set(ids(services, CaseFilter(search="芳芳1"))) == set()
    assert set(ids(services, CaseFilter(search="工调〔"))) == {a, b}
