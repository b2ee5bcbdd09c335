"""The lists of the 一函两书 page: what needs action, the filtered list, starting from a case."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from db.enums import CaseSource, DeliveryMethod, LetterKind, Role
from db.models import MediationCase
from desktop.letters import Delivery, LetterServices
from tests.letters.gui_support import click
from tests.letters.helpers import Clock, add_employer, matter_input, version, documents_for
from tests.support.keyboard import type_text
from ui.letters.page import LettersPage
from ui.letters.tables import LetterRowsModel


def seed(database, actor, svc, clock):
    ids = []
    for name, street, kind, day in (("甲公司", "鼓楼街道", LetterKind.PROMPT, date(2024, 9, 1)),
                                     ("乙公司", "果园街道", LetterKind.OPINION, date(2024, 9, 10))):
        clock.day = day
        letter_id = svc.matters.create_matter(actor, matter_input(add_employer(database, name, street), found_on=day),
                                      kind).letters[0].id
        svc.signing.sign(actor, letter_id, version(svc, actor, letter_id), day)
        svc.delivery.deliver(actor, letter_id, version(svc, actor, letter_id), Delivery(DeliveryMethod.POST, day))
        ids.append(letter_id)
    return ids


@pytest.fixture
def setup(qtbot, gui_context, monkeypatch):
    shown = gui_context.prompt.recorded("warn", "error")
    clock = Clock(date(2024, 9, 1))
    svc = LetterServices(gui_context.database, today=clock, documents=documents_for(gui_context.database, clock))
    ids = seed(gui_context.database, gui_context.actor, svc, clock)
    clock.day = date(2024, 9, 20)
    page = LettersPage(gui_context, svc)
    qtbot.addWidget(page)
    page.show()
    return page, ids, shown


def test_needs_action_and_filters_open_the_chain(qtbot, setup, qtmodeltester):
    page, (late, waiting), _ = setup
    assert page.tabs.tabText(0) == "待办提醒（1）"
    assert [(r.employer_name, r.note) for r in page.due_model.rows] == [("甲公司", "已逾期 2 天，未收到单位回复")]
    page.due_table.selectRow(0)
    assert page.chain.view.letters[0].id == late
    assert page.all_model.rowCount() == 2
    type_text(qtbot, page.filters.street, "果园街道")
    assert page.all_model.rowCount() == 1 and page.all_model.id_at(0) == waiting
    page.filters.street.clear()
    page.filters.kind.set_value(LetterKind.PROMPT)
    assert [page.all_model.id_at(i) for i in range(page.all_model.rowCount())] == [late]
    page.tabs.setCurrentIndex(1)
    page.all_table.selectRow(0)
    assert page.chain.header.text().startswith("<b style='font-size:15px'>甲公司</b>")
    qtmodeltester.check(page.due_model)
    qtmodeltester.check(LetterRowsModel())


def test_start_from_case_by_number(qtbot, setup, monkeypatch, gui_context):
    page, _, shown = setup
    employer_id = add_employer(gui_context.database, "丙公司", "溪翁庄镇")
    with gui_context.database.write(None) as session:
        session.add(MediationCase(number="密工调〔2024〕12号", source=CaseSource.WALK_IN, received_on=date(2024, 8, 1),
                                  respondent_id=employer_id, facts="拖欠工资", workers_involved=12,
                                  amount_claimed=Decimal("96000.00")))
    page.context.prompt.script("密工调〔2024〕99号")
    click(qtbot, page.from_case_button)
    assert shown == ["没有案号为「密工调〔2024〕99号」的调解案件，请核对后重新输入。"]
    page.context.prompt.script("密工调〔2024〕12号")
    click(qtbot, page.from_case_button)
    matter = page.chain.view.matter
    assert (matter.employer_name, matter.case_number, matter.workers_affected) == ("丙公司", "密工调〔2024〕12号", 12)
    assert "关联调解案件：密工调〔2024〕12号" in page.chain.header.text()


def test_clerk_sees_letters_but_cannot_act(qtbot, sqlite_database, sqlite_actors, preferences, qapp):
    from tests.conftest import gui_context_for

    context = gui_context_for(sqlite_database, sqlite_actors[Role.CLERK], preferences, qapp)
    clock = Clock(date(2024, 9, 1))
    svc = LetterServices(sqlite_database, today=clock, documents=documents_for(sqlite_database, clock))
    seed(sqlite_database, sqlite_actors[Role.MEDIATOR], svc, clock)
    page = LettersPage(context, svc)
    qtbot.addWidget(page)
    page.all_table.selectRow(0)
    assert not page.new_button.isEnabled()
    assert all(not card.buttons for card in page.chain.cards.values())


def test_edit_draft_through_the_form_is_saved_and_audited(qtbot, setup, gui_context):
    from sqlalchemy import select

    from db.models import AuditEntry, LetterProblem
    from tests.letters.gui_support import press_action, press_ok

    page, (late, _), shown = setup
    svc = page.service
    svc.replies.mark_overdue(gui_context.actor, late, version(svc, gui_context.actor, late))
    chain = svc.escalation.escalate(gui_context.actor, late, version(svc, gui_context.actor, late))
    page.chain.show_matter(chain.matter.id)
    opinion = chain.letters[1].id
    dialog = press_action(qtbot, page, opinion, "EDIT_DRAFT")
    form = dialog.content_form
    assert form.history.toPlainText().startswith("2024年9月1日，本会向该单位发出《工会劳动法律监督提示函》")
    form.problems.table.item(1, 2).setText("十日内足额支付所欠工资")
    form.deadline_days.setValue(10)
    press_ok(qtbot, dialog)
    assert shown == []
    letter = page.chain.view.letter(opinion)
    assert (letter.problems[1].request, letter.deadline_days) == ("十日内足额支付所欠工资", 10)
    with gui_context.database.read() as session:
        requests = session.scalars(select(LetterProblem.request).where(LetterProblem.letter_id == opinion)
                                   .order_by(LetterProblem.seq)).all()
        audited = session.scalars(select(AuditEntry.new_value).where(
            AuditEntry.entity_type == "supervision_letter", AuditEntry.entity_id == opinion,
            AuditEntry.field == "deadline_days")).all()
    assert requests[1] == "十日内足额支付所欠工资"
    assert audited == ["10"]
