"""A duplicate claim is refused on import too: the file goes in whole or not at all, naming the other claim."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import AidClaim
from desktop.auth.permissions import SYSTEM
from desktop.errors import ValidationError
from desktop.registers_io import apply_import, plan_import
from tests.registers_io.conftest import TODAY, workbook
from tests.registers_io.data import id_no

pytestmark = pytest.mark.db

HEADER = ["理赔编号", "姓名", "身份证号", "保障项目", "申请日期", "申请金额", "核定金额", "状态"]


def _claims(database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(AidClaim))


def test_a_claim_already_on_file_refuses_the_file_naming_it(filled, tmp_path):
    rows = [HEADER,
            ["HZ9001", "张三", id_no(1), "ZY2024", "2024-03-05", "3000", "3000", "已核准"],
            ["HZ9002", "张三", id_no(1), "ZY2024", "2024-03-06", "3000", "3000", "已核准"]]
    before = _claims(filled)
    plan = plan_import(filled, SYSTEM, "claims", workbook(tmp_path / "c.xlsx", rows), today=TODAY)
    assert [(p.row, p.column_header) for p in plan.errors] == [(3, "申请日期")]
    assert "与理赔 HZ202400001（已支付，¥10,000.00）重复" in plan.errors[0].message
    with pytest.raises(ValidationError):
        apply_import(filled, SYSTEM, plan)
    assert _claims(filled) == before


def test_two_rows_of_the_same_claim_refuse_the_file(filled, tmp_path):
    rows = [HEADER,
            ["HZ9001", "李四", id_no(2), "ZY2024", "2024-08-01", "800", "800", "已核准"],
            ["HZ9002", "李四", id_no(2), "ZY2024", "2024-08-01", "800", None, "已受理"]]
    plan = plan_import(filled, SYSTEM, "claims", workbook(tmp_path / "c.xlsx", rows), today=TODAY)
    assert [(p.row, p.column_header) for p in plan.errors] == [(4, "申请日期")]
    assert "与第 3 行的理赔 HZ9001 重复" in plan.errors[0].message


def test_rejected_claims_are_no_duplicates(filled, tmp_path):
    rows = [HEADER,  # +钱七's claim of 2024-12-31 on file was rejected; a rejected row is no duplicate either
            ["HZ9001", "+钱七", id_no(5), "ZY2024", "2024-12-31", "500", "500", "已核准"],
            ["HZ9002", "张三", id_no(1), "ZY2024", "2024-03-05", "100", None, "不予赔付"]]
    before = _claims(filled)
    plan = plan_import(filled, SYSTEM, "claims", workbook(tmp_path / "c.xlsx", rows), today=TODAY)
    assert plan.errors == []
    apply_import(filled, SYSTEM, plan)
    assert _claims(filled) == before + 2
