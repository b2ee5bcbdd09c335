"""Hand-kept workbooks: every officer habit is accepted and normalised."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl import Workbook
from sqlalchemy import select

from db.enums import CaseSource, CaseStatus, DisputeCategory
from db.models import CaseApplicant, Employer, Enrolment, MediationCase, Worker
from desktop.auth.permissions import SYSTEM
from desktop.registers_io import apply_import, plan_import
from tests.registers_io.conftest import TODAY, add_plan, workbook
from tests.registers_io.data import add_officers, code_no, id_no, populate


def messy_cases(path):
    """Title rows, merged title, reordered and extra columns, blank rows, text numbers and dates."""
    wb = Workbook()
    ws = wb.active
    ws.append(["密云区总工会 2024 年调解案件台账"])
    ws.merge_cells("A1:H1")
    ws.append(["填表人：小王"])
    ws.append(["序号", "案号", "申请人姓名", "身份证号码", "用人单位", "信用代码", "受理时间", "涉案金额（元）",
               "争议类别", "状态", "结案时间", "备注"])
    ws.append([None] * 12)
    ws.append([1, "密工调〔2024〕21号", "张三", id_no(1), "北京密云第9建筑有限公司", code_no(9).lower(),
               "2024.3.5", "1,234.5", "拖欠劳动报酬，加班费", "调解中", None, "老台账"])
    ws.append([2, "密工调〔2024〕22号", "王芳、 李四", f"{id_no(3)}、{id_no(2)}", None,
               None, "2024年3月6日", "¥800元", None, None, "2024-03-20", None])
    ws.merge_cells("E5:E6")  # one employer for two cases, as officers merge cells
    ws.merge_cells("F5:F6")
    ws.append([])
    ws.append([3, "密工调〔2024〕23号", "赵六", id_no(4), "小饭馆", None, 45363, 500, None, "受理", None, None])
    ws.append(["合计", None, None, None, None, None, None, 2534.5])
    wb.save(path)
    return path


def test_messy_cases_workbook_is_accepted_and_normalised(database, tmp_path):
    add_officers(database)
    plan = plan_import(database, SYSTEM, "cases", messy_cases(tmp_path / "old.xlsx"), today=TODAY)
    assert plan.ok, plan.error_report()
    assert len(plan.records) == 3
    infos = {(p.row, p.column_header) for p in plan.problems}
    assert (6, "状态") in infos and (3, "序号") in infos  # default status said; extra column named
    apply_import(database, SYSTEM, plan, today=TODAY)
    with database.read() as session:
        cases = {c.number: c for c in session.scalars(select(MediationCase))}
        first, second, third = (cases[f"密工调〔2024〕{n}号"] for n in (21, 22, 23))
        assert first.accepted_on == dt.date(2024, 3, 5) and first.amount_claimed == Decimal("1234.50")
        assert {c.category for c in first.categories} == {DisputeCategory.UNPAID_WAGES, DisputeCategory.OVERTIME}
        assert first.respondent.credit_code == code_no(9) and second.respondent_id == first.respondent_id
        assert first.source == CaseSource.OTHER and first.status == CaseStatus.IN_MEDIATION
        assert second.accepted_on == dt.date(2024, 3, 6) and second.amount_claimed == Decimal("800.00")
        assert second.status == CaseStatus.CLOSED and second.closed_on == dt.date(2024, 3, 20)
        assert second.workers_involved == 2
        names = [a.worker.name for a in session.scalars(
            select(CaseApplicant).where(CaseApplicant.case_id == second.id).order_by(CaseApplicant.position))]
        assert names == ["王芳", "李四"]
        assert third.accepted_on == dt.date(2024, 3, 12)  # Excel serial 45363
        assert third.respondent.credit_code is None


def test_existing_workers_and_employers_are_matched_not_duplicated(database, tmp_path):
    populate(database)  # knows 张三 = id_no(1), 北京密云第1建筑有限公司 = code_no(1)
    path = workbook(tmp_path / "c.xlsx", [
        ["案件编号", "受理日期", "申请人", "身份证号", "被申请人", "统一社会信用代码"],
        ["密工调〔2024〕30号", "2024-05-01", "张三", id_no(1), "北京密云第1建筑有限公司", code_no(1)],
    ])
    plan = plan_import(database, SYSTEM, "cases", path, today=TODAY)
    assert {(e.action, e.entity) for e in plan.entries} == {("匹配", "职工"), ("匹配", "单位"), ("新建", "案件")}
    with database.read() as session:
        before = len(session.scalars(select(Worker)).all())
    apply_import(database, SYSTEM, plan, today=TODAY)
    with database.read() as session:
        assert len(session.scalars(select(Worker)).all()) == before


def test_members_roster_enrols_and_a_second_import_matches(database, tmp_path):
    add_plan(database)
    rows = [["姓名", "身份证号", "手机号码", "所属单位", "会员卡号", "保障项目"],
            ["张三", id_no(1), "13800138000", "北京密云第1建筑有限公司", "6217000010001234567", "ZY2024"],
            ["李四", id_no(2), None, "北京密云第1建筑有限公司", None, "在职职工住院医疗互助"]]
    path = workbook(tmp_path / "m.xlsx", rows, title="会员名册")
    plan = plan_import(database, SYSTEM, "members", path, today=TODAY)
    assert plan.ok and len(plan.creates) == 4
    apply_import(database, SYSTEM, plan, today=TODAY)
    again = plan_import(database, SYSTEM, "members", path, today=TODAY)
    assert again.ok and not again.creates and len(again.matches) == 4
    with database.read() as session:
        worker = session.scalars(select(Worker).where(Worker.name == "张三")).one()
        assert worker.is_member and worker.member_card_no == "6217000010001234567" and worker.phone == "13800138000"
        enrolment = session.scalars(select(Enrolment).where(Enrolment.worker_id == worker.id)).one()
        assert enrolment.enrolled_on == TODAY and enrolment.card_no == "6217000010001234567"
        unit = session.get(Employer, worker.employer_id)  # linked as enrolling in the window links it
        assert unit.name == "北京密云第1建筑有限公司" and enrolment.employer_id == unit.id
