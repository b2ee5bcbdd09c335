"""A historical register whose 调解员 are not users here: named all at once, or added on confirmation."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.enums import MediatorRole, Role
from db.models import CaseMediator, MediationCase, Officer
from desktop.auth.permissions import SYSTEM
from desktop.errors import ValidationError
from desktop.registers_io import ImportOptions, apply_import, plan_import
from tests.registers_io.conftest import TODAY, workbook
from tests.registers_io.data import add_officers
from tests.registers_io.test_refusals import CASE_HEADER, GOOD_CASE
from tests.registers_io.test_cli import main_py

pytestmark = pytest.mark.db


def historical_file(tmp_path):
    second, third = list(GOOD_CASE), list(GOOD_CASE)
    second[0], second[-1] = "密工调〔2024〕41号", "李老师、王调解"
    third[0], third[-1] = "密工调〔2024〕42号", "周退休、李老师"
    return workbook(tmp_path / "old.xlsx", [CASE_HEADER, GOOD_CASE, second, third])


def officers(database) -> dict[str, tuple[bool, str | None, Role]]:
    with database.read() as session:
        return {o.display_name: (o.active, o.password_hash, o.role) for o in session.scalars(select(Officer))}


def test_refusal_names_every_missing_mediator_at_once(database, tmp_path):
    add_officers(database)
    plan = plan_import(database, SYSTEM, "cases", historical_file(tmp_path), today=TODAY)
    assert plan.missing_mediators == ("李老师", "周退休")
    [error] = plan.errors
    assert error.column_header == "调解员" and "李老师、周退休" in error.message
    assert "--add-missing-mediators" in error.message
    assert {(p.row, p.message) for p in plan.problems if p.level == "info"} >= {
        (4, "「李老师」不是本系统的用户"), (5, "「周退休」不是本系统的用户")}
    with pytest.raises(ValidationError, match="未导入任何数据"):
        apply_import(database, SYSTEM, plan, today=TODAY)
    assert "李老师" not in officers(database)


def test_confirmed_import_adds_them_as_mediators_who_cannot_sign_in(database, tmp_path):
    add_officers(database)
    before = officers(database)
    options = ImportOptions(add_missing_mediators=True)
    plan = plan_import(database, SYSTEM, "cases", historical_file(tmp_path), today=TODAY, options=options)
    assert plan.ok, plan.error_report()
    assert [e.label for e in plan.creates if e.entity == "调解员"] == ["李老师（不能登录）", "周退休（不能登录）"]
    assert apply_import(database, SYSTEM, plan, today=TODAY) == 3
    after = officers(database)
    assert set(after) - set(before) == {"李老师", "周退休"}
    assert after["李老师"] == (False, None, Role.MEDIATOR) and after["周退休"] == (False, None, Role.MEDIATOR)
    with database.read() as session:
        lead_of = dict(session.execute(
            select(MediationCase.number, Officer.display_name).join(CaseMediator, CaseMediator.case_id == MediationCase.id)
            .join(Officer, Officer.id == CaseMediator.officer_id).where(CaseMediator.role == MediatorRole.LEAD)).all())
        assert lead_of == {"密工调〔2024〕40号": "王调解", "密工调〔2024〕41号": "李老师",
                           "密工调〔2024〕42号": "周退休"}
        assert session.scalar(select(func.count()).select_from(CaseMediator)) == 5


def test_a_second_import_reuses_the_added_mediators(database, tmp_path):
    add_officers(database)
    options = ImportOptions(add_missing_mediators=True)
    apply_import(database, SYSTEM, plan_import(database, SYSTEM, "cases", historical_file(tmp_path), today=TODAY,
                                               options=options), today=TODAY)
    again = list(GOOD_CASE)
    again[0], again[-1] = "密工调〔2024〕43号", "周退休"
    plan = plan_import(database, SYSTEM, "cases", workbook(tmp_path / "more.xlsx", [CASE_HEADER, again]),
                       today=TODAY)
    assert plan.ok and plan.missing_mediators == ()
    apply_import(database, SYSTEM, plan, today=TODAY)
    assert list(officers(database)).count("周退休") == 1


def test_headless_import_needs_the_flag(sqlite_database, tmp_path):
    add_officers(sqlite_database)
    url = sqlite_database.url.render_as_string(hide_password=False)
    path = historical_file(tmp_path)
    refused = main_py(url, "import", "cases", path)
    assert refused.returncode == 1 and "李老师、周退休" in refused.stderr
    done = main_py(url, "import", "cases", path, "--add-missing-mediators")
    assert done.returncode == 0, done.stderr
    assert "新建调解员 2 个" in done.stdout
    assert officers(sqlite_database)["周退休"][0] is False
