"""Bad input refuses the whole file: every bad row named by row and column, nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import AidClaim, AuditEntry, MediationCase, SupervisionLetter
from desktop.auth.permissions import SYSTEM
from desktop.errors import ValidationError
from desktop.registers_io import apply_import, plan_import
from tests.registers_io.conftest import TODAY, add_plan, workbook
from tests.registers_io.data import add_officers, code_no, id_no, populate

CASE_HEADER = ["案件编号", "受理日期", "申请人", "身份证号", "被申请人", "统一社会信用代码", "请求金额",
               "状态", "调解结果", "协议金额", "结案日期", "调解员"]
GOOD_CASE = ["密工调〔2024〕40号", "2024-03-05", "张三", id_no(1), "某公司", code_no(1), "100.00",
             "调解中", None, None, None, "王调解"]
BAD_CASES = [
    ("身份证号", "110228197102020017", "校验位错误"),
    ("身份证号", "110228199902300011", "出生日期"),
    ("统一社会信用代码", "91110228MA0000001X", "校验位错误"),
    ("请求金额", "-5", "不能为负数"),
    ("请求金额", "五百元", "不是有效的金额"),
    ("受理日期", "2024-02-30", "不存在"),
    ("受理日期", "2099-01-01", "晚于今天"),
    ("状态", "办理中", "无法识别"),
    ("结案日期", "2024-01-01", "早于受理日期"),
    ("协议金额", "300", "调解结果不是“达成协议”"),
    ("调解结果", "撤回", "与状态「调解中」不一致"),
    ("身份证号", "110228********0016", "已打码"),
    ("案件编号", None, "必填项为空"),
]


def cases_file(tmp_path, column=None, value=None):
    bad = list(GOOD_CASE)
    bad[0] = "密工调〔2024〕41号"
    if column is not None:
        bad[CASE_HEADER.index(column)] = value
    return workbook(tmp_path / "cases.xlsx", [CASE_HEADER, GOOD_CASE, bad])


def count(database, model) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize(("column", "value", "message"), BAD_CASES, ids=[f"{c}-{v}" for c, v, _ in BAD_CASES])
def test_bad_cell_is_named_and_nothing_is_written(database, tmp_path, column, value, message):
    add_officers(database)
    plan = plan_import(database, SYSTEM, "cases", cases_file(tmp_path, column, value), today=TODAY)
    assert [(p.row, p.column_header) for p in plan.errors] == [(4, column)]
    assert message in plan.errors[0].message
    assert str(plan.errors[0]).startswith(f"第 4 行「{column}」: ")
    with pytest.raises(ValidationError, match="未导入任何数据"):
        apply_import(database, SYSTEM, plan, today=TODAY)
    assert count(database, MediationCase) == 0
    assert count(database, AuditEntry) == 3  # the officers only


def test_the_clean_file_goes_in(database, tmp_path):
    add_officers(database)
    plan = plan_import(database, SYSTEM, "cases", cases_file(tmp_path), today=TODAY)
    assert plan.ok, plan.error_report()
    assert apply_import(database, SYSTEM, plan, today=TODAY) == 2


def test_duplicate_case_number_in_the_file_and_against_the_database(database, tmp_path):
    populate(database)
    again = list(GOOD_CASE)
    on_file = list(GOOD_CASE)
    on_file[0] = "密工调〔2024〕1号"
    path = workbook(tmp_path / "d.xlsx", [CASE_HEADER, GOOD_CASE, again, on_file])
    plan = plan_import(database, SYSTEM, "cases", path, today=TODAY)
    assert [(p.row, p.column_header, p.message) for p in plan.errors] == [
        (4, "案件编号", "与第 3 行的案件编号重复"),
        (5, "案件编号", "案件编号「密工调〔2024〕1号」已存在于系统中"),
    ]


def test_every_bad_row_is_listed(database, tmp_path):
    add_officers(database)
    rows = [CASE_HEADER]
    for n in range(5):
        row = list(GOOD_CASE)
        row[0], row[3] = f"密工调〔2024〕{50 + n}号", "123"
        rows.append(row)
    plan = plan_import(database, SYSTEM, "cases", workbook(tmp_path / "e.xlsx", rows), today=TODAY)
    assert [p.row for p in plan.errors] == [3, 4, 5, 6, 7]


def test_claim_with_unknown_plan_or_overpaid_is_refused(database, tmp_path):
    add_plan(database)
    header = ["理赔编号", "姓名", "身份证号", "保障项目", "申请日期", "申请金额", "核定金额", "已支付金额", "支付日期"]
    rows = [header,
            ["HZ1", "张三", id_no(1), "不存在的项目", "2024-03-05", "100", "100", "0", None],
            ["HZ2", "李四", id_no(2), "ZY2024", "2024-03-05", "100", "50", "80", "2024-04-01"],
            ["HZ3", "王芳", id_no(3), "ZY2024", "2024-03-05", "100", "50", "50", None]]
    plan = plan_import(database, SYSTEM, "claims", workbook(tmp_path / "c.xlsx", rows), today=TODAY)
    assert [(p.row, p.column_header) for p in plan.errors] == [(3, "保障项目"), (4, "已支付金额"), (5, "支付日期")]
    assert "「不存在的项目」" in plan.errors[0].message
    assert count(database, AidClaim) == 0


def test_same_id_under_two_names_is_refused(database, tmp_path):
    header = ["理赔编号", "姓名", "身份证号", "保障项目", "申请日期"]
    add_plan(database)
    rows = [header, ["HZ1", "张三", id_no(1), "ZY2024", "2024-03-05"], ["HZ2", "张叁", id_no(1), "ZY2024", "2024-03-06"]]
    plan = plan_import(database, SYSTEM, "claims", workbook(tmp_path / "c.xlsx", rows), today=TODAY)
    assert [(p.row, p.column_header) for p in plan.errors] == [(4, "姓名")]
    assert "已登记为「张三」" in plan.errors[0].message


def test_letter_chain_must_exist_and_not_loop(database, tmp_path):
    header = ["文书编号", "文书类型", "发出日期", "对象单位", "上一文书编号"]
    rows = [header, ["A", "提示函", "2024-03-01", "某公司", "X"],
            ["B", "意见书", "2024-03-02", "某公司", "C"], ["C", "建议书", "2024-03-03", "某公司", "B"],
            ["D", "通知书", "2024-03-03", "某公司", None]]
    plan = plan_import(database, SYSTEM, "letters", workbook(tmp_path / "l.xlsx", rows), today=TODAY)
    assert [(p.row, p.column_header) for p in plan.errors] == [
        (3, "上一文书编号"), (4, "上一文书编号"), (5, "上一文书编号"), (6, "文书类型")]
    assert count(database, SupervisionLetter) == 0


def test_a_file_that_is_not_a_register_is_refused(database, tmp_path):
    path = workbook(tmp_path / "x.xlsx", [["甲", "乙"], [1, 2]])
    plan = plan_import(database, SYSTEM, "cases", path, today=TODAY)
    assert not plan.ok and "找不到表头" in plan.errors[0].message


def test_cancelled_import_writes_nothing(database, tmp_path):
    from desktop.registers import Cancelled

    add_officers(database)
    plan = plan_import(database, SYSTEM, "cases", cases_file(tmp_path), today=TODAY)
    assert plan.ok
    with pytest.raises(Cancelled):
        apply_import(database, SYSTEM, plan, today=TODAY, should_cancel=lambda: True)
    assert count(database, MediationCase) == 0
    assert count(database, AuditEntry) == 3


def test_clerk_may_import_but_an_auditor_may_not(database, actors, tmp_path):
    from db.enums import Role
    from desktop.errors import PermissionDenied

    path = cases_file(tmp_path)
    assert plan_import(database, actors[Role.CLERK], "cases", path, today=TODAY).records is not None
    with pytest.raises(PermissionDenied):
        plan_import(database, actors[Role.AUDITOR], "cases", path, today=TODAY)
