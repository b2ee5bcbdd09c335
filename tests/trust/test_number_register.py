"""编号登记簿: every number handed out, used or voided, and whether a year's sequence is whole."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert

from db.enums import NumberStatus, Role
from db.models import IssuedNumber
from desktop.cases.services import CaseServices
from desktop.errors import PermissionDenied
from desktop.numbering_register import NumberRegister
from tests.cases.helpers import drive
from tests.conftest import gui_context_for
from ui.main_window import MainWindow

pytestmark = pytest.mark.db
YEAR = date.today().year


def _cases(database, actors, n: int) -> list[int]:
    services = CaseServices(database)
    return [drive(services, actors[Role.MEDIATOR], "ACCEPTED") for _ in range(n)]


def test_register_lists_used_and_voided_numbers_and_checks_the_sequence(database, actors):
    first, second, third = _cases(database, actors, 3)
    services = CaseServices(database)
    services.review.revoke(actors[Role.DIRECTOR], second, "重复登记", version=services.queries.detail(second).version)
    register = NumberRegister(database)
    source = register.source(actors[Role.AUDITOR], "case", YEAR)
    rows = {row.cells[0]: row for row in source.fetch(0, 50)}
    assert source.count() == 3
    voided = rows[f"密工调〔{YEAR}〕2号"]
    assert voided.cells[4] == NumberStatus.VOIDED and voided.cells[6] == "撤销受理：重复登记"
    assert voided.tone == "muted" and voided.cells[5] == f"调解案件 #{second}"
    check = register.check(actors[Role.AUDITOR], "case", YEAR)
    assert (check.count, check.voided, check.missing) == (3, 1, ())
    assert check.text == f"{YEAR}年案件编号：共 3 个（其中作废 1 个），序号连续，无缺号。"
    assert ("case", YEAR) in register.kinds_and_years()


def test_a_missing_number_is_named(database, actors):
    _cases(database, actors, 1)
    with database.write(None, audited=False) as session:
        session.execute(insert(IssuedNumber), [{"kind": "case", "year": YEAR, "seq": 4,
                                                "number": f"密工调〔{YEAR}〕4号", "status": NumberStatus.USED}])
    check = NumberRegister(database).check(actors[Role.DIRECTOR], "case", YEAR)
    assert check.missing == (2, 3) and "缺号 2 个：2、3。请核查。" in check.text


def test_register_is_for_those_who_may_read_the_audit_trail(database, actors):
    register = NumberRegister(database)
    for role in (Role.MEDIATOR, Role.CLERK):
        with pytest.raises(PermissionDenied):
            register.source(actors[role])
        with pytest.raises(PermissionDenied):
            register.check(actors[role], "case", YEAR)


def test_numbers_tab_filters_and_checks_in_the_window(qtbot, sqlite_database, sqlite_actors, preferences, qapp,
                                                       monkeypatch):
    case_ids = _cases(sqlite_database, sqlite_actors, 2)
    services = CaseServices(sqlite_database)
    services.review.revoke(sqlite_actors[Role.DIRECTOR], case_ids[0], "误受理",
                           version=services.queries.detail(case_ids[0]).version)
    context = gui_context_for(sqlite_database, sqlite_actors[Role.AUDITOR], preferences, qapp)
    shown = context.prompt.recorded("warn")
    window = MainWindow(context)
    qtbot.addWidget(window)
    view = window.show_area("用户与审计").tabs["编号登记簿"]
    view.check_button.click()
    assert shown == ["请先选择一种编号和一个年度，再检查序号。"]
    view.kind.setCurrentIndex(view.kind.findText("案件编号"))
    view.year.setCurrentIndex(view.year.findText(f"{YEAR}年"))
    assert view.model.rowCount() == 2 and view.count_label.text() == "共 2 个"
    statuses = {view.model.index(r, 0).data(): view.model.index(r, 4).data() for r in range(2)}
    assert statuses == {f"密工调〔{YEAR}〕1号": "已作废", f"密工调〔{YEAR}〕2号": "已使用"}
    view.check_button.click()
    assert view.check_label.text() == f"{YEAR}年案件编号：共 2 个（其中作废 1 个），序号连续，无缺号。"


def test_by_number_means_by_year_and_sequence(database, actors):
    _cases(database, actors, 10)
    source = NumberRegister(database).source(actors[Role.AUDITOR], "case").sorted_by("number", True)
    assert [row.cells[3] for row in source.fetch(0, 3)] == [10, 9, 8]
