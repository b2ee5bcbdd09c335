"""The 一函两书 page driven with qtbot: the whole chain, a prompt letter alone, the lists."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import DeliveryMethod, IssueCategory, LetterKind, LetterStatus as S, RectificationResult
from db.models import SupervisionLetter, SupervisionMatter
from desktop.letters import Figures, LetterServices
from tests.letters.gui_support import (
    choose, click, fill_date_dialog, tick, fill_figures, letter_ids, press_action, press_ok, qdate,
)
from tests.letters.helpers import Clock, add_employer, documents_for
from tests.support.keyboard import type_text
from ui.letters.page import LettersPage


@pytest.fixture
def clock():
    return Clock(date(2024, 9, 20))


@pytest.fixture
def warnings(gui_context):
    gui_context.prompt.defaults["confirm"] = True
    return gui_context.prompt.recorded("warn", "error")


@pytest.fixture
def page(qtbot, gui_context, clock, warnings):
    add_employer(gui_context.database)
    widget = LettersPage(gui_context, LetterServices(gui_context.database, today=clock, documents=documents_for(gui_context.database, clock)))
    qtbot.addWidget(widget)
    widget.resize(1220, 720)
    widget.show()
    return widget


def new_matter_through_form(qtbot, page) -> int:
    click(qtbot, page.new_button)
    dialog = page.matter_dialog
    type_text(qtbot, dialog.employer.search, "顺达")
    dialog.employer.search.run_search()
    dialog.employer.search.choose(0)
    dialog.found_on.setDate(qdate(date(2024, 9, 10)))
    type_text(qtbot, dialog.check_method, "现场检查、查阅工资台账")
    form = dialog.content_form
    type_text(qtbot, form.facts, "经职工投诉并现场核查，该单位未为快递员缴纳工伤保险，并拖欠两个月工资。")
    tick(qtbot, form.categories.boxes[IssueCategory.SOCIAL_INSURANCE])
    tick(qtbot, form.categories.boxes[IssueCategory.PAY])
    form.workers.setValue(32)
    type_text(qtbot, form.amount, "186000")
    click(qtbot, form.problems.add_button)
    for column, text in enumerate(("未为 32 名快递员缴纳工伤保险", "《工伤保险条例》第二条", "立即办理工伤保险参保")):
        form.problems.table.item(0, column).setText(text)
    type_text(qtbot, form.copy_to, "密云区人民检察院")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    return page.chain.view.letters[0].id


def sign_and_deliver(qtbot, page, letter_id, day, warnings=None):
    fill_date_dialog(qtbot, press_action(qtbot, page, letter_id, "SIGN"), day)
    dialog = press_action(qtbot, page, letter_id, "DELIVER")
    choose(dialog.method, DeliveryMethod.IN_PERSON)
    dialog.day.setDate(qdate(day))
    press_ok(qtbot, dialog)


def test_one_employer_through_the_whole_chain(qtbot, page, clock, gui_context):
    prompt = new_matter_through_form(qtbot, page)
    sign_and_deliver(qtbot, page, prompt, date(2024, 9, 20))
    card = page.chain.cards[prompt]
    assert card.fields["期限"].text() == "2024-10-08（15自然日）"
    assert card.fields["期限"].toolTip() == "自送达之日起算：自 2024年9月20日 起 15 日，届满日 2024年10月5日 为法定休假日，顺延至 2024年10月8日"
    assert "MARK_OVERDUE" not in {a.name for a in card.buttons}

    clock.day = date(2024, 10, 8)
    page.refresh()
    assert "MARK_OVERDUE" not in {a.name for a in page.chain.cards[prompt].buttons}
    clock.day = date(2024, 10, 11)
    page.refresh()
    assert page.due_model.rows[0].note == "已逾期 3 天，未收到单位回复"
    press_action(qtbot, page, prompt, "MARK_OVERDUE")
    press_ok(qtbot, press_action(qtbot, page, prompt, "ESCALATE"))
    opinion = letter_ids(page)[1]
    assert page.chain.cards[opinion].buttons[next(iter(page.chain.cards[opinion].buttons))].text() == "修改草稿"
    draft = press_action(qtbot, page, opinion, "EDIT_DRAFT")
    assert draft.origin_row is None  # the prompt letter is signed: how the matter was found is fixed
    draft.reject()

    clock.day = date(2024, 10, 25)
    sign_and_deliver(qtbot, page, opinion, date(2024, 10, 9))
    dialog = press_action(qtbot, page, opinion, "RECORD_REPLY")
    dialog.day.setDate(qdate(date(2024, 10, 25)))
    type_text(qtbot, dialog.summary, "已补发部分工资，工伤保险正在办理")
    choose(dialog.result, RectificationResult.PARTIAL)
    fill_figures(qtbot, dialog.figures, "120000", "0", 0, 20)
    press_ok(qtbot, dialog)

    escalate = press_action(qtbot, page, opinion, "ESCALATE")
    assert escalate.department.text() == "密云区人力资源和社会保障局劳动保障监察大队"
    press_ok(qtbot, escalate)
    recommendation = letter_ids(page)[2]

    clock.day = date(2024, 12, 12)
    sign_and_deliver(qtbot, page, recommendation, date(2024, 10, 30))
    fill_date_dialog(qtbot, press_action(qtbot, page, recommendation, "CASE_OPENED"), date(2024, 11, 5))
    dialog = press_action(qtbot, page, recommendation, "DEPARTMENT_RESULT")
    dialog.day.setDate(qdate(date(2024, 12, 10)))
    type_text(qtbot, dialog.summary, "责令补发工资并补缴工伤保险，已执行完毕")
    fill_figures(qtbot, dialog.figures, "66000", "48000.5", 12, 32)
    press_ok(qtbot, dialog)
    fill_date_dialog(qtbot, press_action(qtbot, page, recommendation, "CLOSE"), date(2024, 12, 12))

    view = page.chain.view
    assert [(x.kind, x.number, x.status) for x in view.letters] == [
        (LetterKind.PROMPT, "密工法监提〔2024〕1号", S.CLOSED),
        (LetterKind.OPINION, "密工法监意〔2024〕1号", S.CLOSED),
        (LetterKind.RECOMMENDATION, "密工法监建〔2024〕1号", S.CLOSED)]
    assert view.totals == Figures(Decimal("186000.00"), Decimal("48000.50"), 12, 52)
    assert page.chain.totals.text() == (
        "整改成效合计：补发工资 186,000.00 元，补缴社会保险 48,000.50 元，补签劳动合同 12 份，惠及职工 52 人")
    assert page.chain.timeline.item(page.chain.timeline.count() - 1).text() == "2024-12-12  监督事项办结"
    assert all(not card.buttons for card in page.chain.cards.values())
    with gui_context.database.read() as session:
        matter = session.scalar(select(SupervisionMatter))
        letters = session.scalars(select(SupervisionLetter).order_by(SupervisionLetter.id)).all()
        assert matter.closed_on == date(2024, 12, 12)
        assert [x.deadline_on for x in letters] == [date(2024, 10, 8), date(2024, 10, 29), date(2024, 11, 6)]
        assert letters[1].history.startswith("2024年9月20日，本会向该单位发出《工会劳动法律监督提示函》")
        assert (letters[2].recipient_body, letters[2].department_case_on) == (
            "密云区人力资源和社会保障局劳动保障监察大队", date(2024, 11, 5))
        assert (letters[1].wages_recovered, letters[1].workers_covered, letters[1].result) == (
            Decimal("120000.00"), 20, RectificationResult.PARTIAL)


def test_prompt_letter_alone_gets_full_rectification(qtbot, page, clock, gui_context):
    prompt = new_matter_through_form(qtbot, page)
    sign_and_deliver(qtbot, page, prompt, date(2024, 9, 20))
    clock.day = date(2024, 10, 3)
    page.refresh()
    dialog = press_action(qtbot, page, prompt, "RECORD_REPLY")
    dialog.day.setDate(qdate(date(2024, 10, 2)))
    type_text(qtbot, dialog.summary, "已全部补发工资并为 32 名快递员参保")
    choose(dialog.result, RectificationResult.FULL)
    fill_figures(qtbot, dialog.figures, "186,000.00", "52340.5", 32, 32)
    press_ok(qtbot, dialog)
    assert [a.name for a in page.chain.cards[prompt].buttons] == ["CLOSE"]
    fill_date_dialog(qtbot, press_action(qtbot, page, prompt, "CLOSE"), date(2024, 10, 3))
    with gui_context.database.read() as session:
        row = session.scalar(select(SupervisionLetter))
        assert (row.status, row.result, row.closed_on) == (S.CLOSED, RectificationResult.FULL, date(2024, 10, 3))
        assert (row.wages_recovered, row.insurance_backpaid, row.contracts_signed, row.workers_covered) == (
            Decimal("186000.00"), Decimal("52340.50"), 32, 32)
        assert session.scalar(select(SupervisionMatter.closed_on)) == date(2024, 10, 3)
    assert page.chain.header.text().count("已于 2024-10-03 办结") == 1


@pytest.fixture(autouse=True)
def _report_warnings(warnings):
    yield
    assert warnings == []


def test_how_the_matter_was_found_is_corrected_before_signing(qtbot, page, gui_context):
    letter_id = new_matter_through_form(qtbot, page)
    matter_id = page.chain.view.matter.id
    dialog = press_action(qtbot, page, letter_id, "EDIT_DRAFT")
    assert dialog.origin_row is not None and dialog.origin_row.check_method.text() == "现场检查、查阅工资台账"
    dialog.origin_row.check_method.clear()
    assert dialog.origin_row.found_on.date() == qdate(date(2024, 9, 10))
    type_text(qtbot, dialog.origin_row.check_method, "职工座谈")
    press_ok(qtbot, dialog)
    with gui_context.database.read() as session:
        matter = session.get(SupervisionMatter, matter_id)
        assert (matter.check_method, matter.found_on) == ("职工座谈", date(2024, 9, 10))
    assert "职工座谈" in page.chain.header.text()
