"""Deadlines per kind from the settings, the needs-action list, the filtered list, case links."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from db.enums import (CaseSource, DayUnit, DeliveryMethod, DisputeCategory, IssueCategory, LetterKind,
                      LetterStatus as S, MatterSource, Role)
from db.models import CaseCategory, MediationCase
from desktop.auth.permissions import SYSTEM
from desktop.letters import Delivery, LetterContent, LetterFilter
from desktop.settings import SettingsService
from tests.letters.helpers import PROBLEMS, add_employer, matter_input, service, version

pytestmark = pytest.mark.db


def signed_and_delivered(svc, officer, database, kind, day, name="北京顺达速递有限公司", street="鼓楼街道"):
    letter_id = svc.matters.create_matter(officer, matter_input(add_employer(database, name, street), found_on=day), kind).letters[0].id
    svc.signing.sign(officer, letter_id, version(svc, officer, letter_id), day)
    svc.delivery.deliver(officer, letter_id, version(svc, officer, letter_id), Delivery(DeliveryMethod.IN_PERSON, day))
    return svc.queries.chain(officer, svc.queries.matter_of_letter(letter_id)).letters[0]


def test_opinion_deadline_in_working_days_across_national_day(database, actors):
    svc, _ = service(database, today=date(2024, 9, 27))
    letter = signed_and_delivered(svc, actors[Role.MEDIATOR], database, LetterKind.OPINION, date(2024, 9, 27))
    assert (letter.deadline_days, letter.deadline_unit) == (15, DayUnit.WORKING)
    assert letter.deadline_on == date(2024, 10, 23)
    assert letter.deadline_explanation == (
        "自送达之日起算：自 2024年9月27日 起 15 个工作日（跳过 国庆节 10月1日-7日，9月29日、10月12日 调休上班），"
        "至 2024年10月23日")


def test_deadline_rule_comes_from_settings_per_kind(database, actors):
    settings = SettingsService(database)
    deadlines = {**settings.load().letter_deadlines, "PROMPT": {"days": 10, "unit": "WORKING"}}
    settings.save(SYSTEM, replace(settings.load(), letter_deadlines=deadlines))
    svc, _ = service(database, today=date(2024, 9, 27))
    letter = signed_and_delivered(svc, actors[Role.MEDIATOR], database, LetterKind.PROMPT, date(2024, 9, 27))
    assert (letter.deadline_days, letter.deadline_unit, letter.deadline_on) == (10, DayUnit.WORKING, date(2024, 10, 16))


def test_recommendation_deadline_five_working_days(database, actors):
    svc, _ = service(database, today=date(2024, 9, 27))
    letter = signed_and_delivered(svc, actors[Role.MEDIATOR], database, LetterKind.RECOMMENDATION, date(2024, 9, 27))
    assert letter.deadline_on == date(2024, 10, 10)  # counted: 9/29 (Sun, make-up), 9/30, 10/8, 10/9, 10/10
    assert letter.status is S.AWAITING_DEPARTMENT


def test_needs_action_lists_near_and_past_deadlines(database, actors):
    officer = actors[Role.MEDIATOR]
    svc, clock = service(database, today=date(2024, 9, 1))
    late = signed_and_delivered(svc, officer, database, LetterKind.PROMPT, date(2024, 9, 1), "甲公司", "鼓楼街道")
    clock.day = date(2024, 9, 10)
    near = signed_and_delivered(svc, officer, database, LetterKind.PROMPT, date(2024, 9, 10), "乙公司", "果园街道")
    clock.day = date(2024, 9, 20)
    signed_and_delivered(svc, officer, database, LetterKind.PROMPT, date(2024, 9, 20), "丙公司", "鼓楼街道")
    clock.day = date(2024, 9, 22)
    rows = svc.queries.needs_action()
    assert [(r.employer_name, r.deadline_on, r.note) for r in rows] == [
        ("甲公司", date(2024, 9, 18), "已逾期 4 天，未收到单位回复"),  # 15日 end on 中秋节 16 Sept: moved
        ("乙公司", date(2024, 9, 25), "3 天后到期，尚未收到单位回复"),
    ]
    svc.replies.mark_overdue(officer, late.id, version(svc, officer, late.id))
    assert svc.queries.needs_action(LetterFilter(street="鼓楼街道"))[0].note == "逾期未回复，待决定升级或办结"
    assert [r.id for r in svc.queries.needs_action(LetterFilter(street="果园街道"))] == [near.id]


def test_letter_list_filters(database, actors):
    officer = actors[Role.MEDIATOR]
    svc, clock = service(database, today=date(2024, 9, 1))
    first = signed_and_delivered(svc, officer, database, LetterKind.PROMPT, date(2024, 9, 1), "甲公司", "鼓楼街道")
    clock.day = date(2025, 3, 3)
    second = signed_and_delivered(svc, officer, database, LetterKind.OPINION, date(2025, 3, 3), "乙公司", "果园街道")
    assert svc.queries.count_letters(LetterFilter()) == 2
    assert [r.id for r in svc.queries.list_letters(LetterFilter(year=2024))] == [first.id]
    assert [r.id for r in svc.queries.list_letters(LetterFilter(kind=LetterKind.OPINION))] == [second.id]
    assert [r.id for r in svc.queries.list_letters(LetterFilter(employer="乙"))] == [second.id]
    assert [r.id for r in svc.queries.list_letters(LetterFilter(street="鼓楼街道", status=S.AWAITING_REPLY))] == [first.id]
    assert svc.queries.list_letters(LetterFilter(employer="%")) == []
    assert [r.number for r in svc.queries.list_letters(LetterFilter())] == ["密工法监意〔2025〕1号", "密工法监提〔2024〕1号"]


def test_start_from_mediation_case_keeps_the_link_both_ways(database, actors):
    officer = actors[Role.MEDIATOR]
    employer_id = add_employer(database)
    with database.write(None) as session:
        case = MediationCase(number="密工调〔2024〕12号", source=CaseSource.WALK_IN, received_on=date(2024, 8, 1),
                             accepted_on=date(2024, 8, 2), respondent_id=employer_id, facts="拖欠 12 名职工三个月工资",
                             workers_involved=12, amount_claimed=Decimal("96000.00"))
        case.categories = [CaseCategory(category=DisputeCategory.UNPAID_WAGES),
                           CaseCategory(category=DisputeCategory.OVERTIME),
                           CaseCategory(category=DisputeCategory.SOCIAL_INSURANCE)]
        session.add(case)
        session.flush()
        case_id = case.id
    svc, _ = service(database)
    chain = svc.matters.start_matter_from_case(officer, case_id, letter=LetterContent(problems=PROBLEMS))
    matter, letter = chain.matter, chain.letters[0]
    assert (matter.case_id, matter.case_number, matter.source) == (case_id, "密工调〔2024〕12号", MatterSource.MEDIATION_CASE)
    assert (matter.employer_id, matter.found_on, matter.workers_affected, matter.amount_involved) == (
        employer_id, date(2024, 8, 2), 12, Decimal("96000.00"))
    assert letter.facts == "在办理劳动争议调解案件密工调〔2024〕12号中发现：拖欠 12 名职工三个月工资"
    assert letter.categories == (IssueCategory.PAY, IssueCategory.SOCIAL_INSURANCE)
    assert svc.queries.letters_for_case(case_id) == ((letter.id, None, LetterKind.PROMPT, "草稿"),)
    assert svc.queries.letters_for_case(case_id + 1) == ()
