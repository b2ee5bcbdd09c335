"""Enrolling members from roster rows: one identity, all-or-nothing, problems by row and field."""

from datetime import date

from sqlalchemy import func, select

from db.enums import Role
from db.models import Employer, Enrolment, Worker
from desktop.claims.enrolment import EnrolmentService, RosterRow
from tests.claims.helpers import LI_ID, WANG_ID, make_plan

ROWS = [
    RosterRow("王芳", WANG_ID, "13800138000", "北京市密云区某某建材有限公司", "6217000010001234", row_no=2),
    RosterRow("李强", LI_ID, "", "北京市密云区某某建材有限公司", "", row_no=3),
]


def counts(database):
    with database.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in (Worker, Employer, Enrolment))


def test_enrols_matches_and_creates_once(database, actors):
    boss = actors[Role.DIRECTOR]
    plan = make_plan(database, boss)
    service = EnrolmentService(database)
    dry = service.enrol_members(boss, plan.id, ROWS, dry_run=True)
    assert dry.ok and dry.enrolled == 2 and counts(database) == (0, 0, 0)
    result = service.enrol_members(boss, plan.id, ROWS)
    assert (result.enrolled, result.new_workers) == (2, 2)
    assert counts(database) == (2, 1, 2)
    again = service.enrol_members(boss, plan.id, ROWS[:1])
    assert (again.enrolled, again.already_enrolled, again.new_workers) == (0, 1, 0)
    with database.read() as session:
        wang = session.scalar(select(Worker).where(Worker.id_number == WANG_ID))
        assert wang.is_member and wang.member_card_no == "6217000010001234" and wang.birth_date == date(1985, 3, 2)


def test_bad_rows_refuse_all_and_name_row_and_field(database, actors):
    boss = actors[Role.DIRECTOR]
    plan = make_plan(database, boss)
    rows = [
        ROWS[0],
        RosterRow("李强", LI_ID[:-1] + ("0" if LI_ID[-1] != "0" else "1"), row_no=3),
        RosterRow("", WANG_ID, row_no=4),
        RosterRow("赵六", LI_ID, "12345", row_no=5),
        RosterRow("钱七", LI_ID, plan="不存在的项目", row_no=6),
    ]
    result = EnrolmentService(database).enrol_members(boss, plan.id, rows)
    assert not result.ok
    fields = [(p.row_no, p.field) for p in result.problems]
    assert fields == [(3, "身份证号"), (4, "姓名"), (5, "手机号码"), (6, "保障项目")]
    assert "第 3 行「身份证号」" in result.summary()
    assert counts(database) == (0, 0, 0)


def test_name_must_match_existing_identity(database, actors):
    boss = actors[Role.DIRECTOR]
    plan = make_plan(database, boss)
    service = EnrolmentService(database)
    service.enrol_members(boss, plan.id, ROWS[:1])
    result = service.enrol_members(boss, plan.id, [RosterRow("王小芳", WANG_ID)])
    assert not result.ok and result.problems[0].field == "姓名"


def test_plan_per_row_by_code_and_duplicate_rows(database, actors):
    boss = actors[Role.DIRECTOR]
    plan = make_plan(database, boss)
    rows = [RosterRow.from_mapping({"姓名": "王芳", "身份证号": WANG_ID, "保障项目": plan.code}, 2),
            RosterRow.from_mapping({"姓名": "王芳", "身份证号": WANG_ID, "保障项目": plan.name}, 3)]
    result = EnrolmentService(database).enrol_members(boss, None, rows)
    assert not result.ok and str(result.problems[0]) == "第 3 行「身份证号」：与第 2 行重复"
    assert EnrolmentService(database).enrol_members(boss, None, rows[:1]).enrolled == 1
