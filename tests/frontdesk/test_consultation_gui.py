"""法律咨询 through the window, keyboard only: type, Tab, Enter; the database read back."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.enums import ConsultCategory, ConsultOutcome
from db.models import Consultation, MediationCase
from tests.support.keyboard import type_text
from ui.frontdesk.consultations_page import AREA_KEY, ConsultationsPage

ID_NUMBER = "110228199001011232"


def _type(qtbot, text: str) -> None:
    type_text(qtbot, QApplication.focusWidget(), text)


def _tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_a_walk_in_is_entered_with_the_keyboard_alone_in_under_a_minute(qtbot, gui_context):
    page = ConsultationsPage(gui_context)
    qtbot.addWidget(page)
    page.show()
    started = time.monotonic()
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)  # the window's Ctrl+N runs the same new_record()
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.worker_name)
    _type(qtbot, "王芳")
    _tab(qtbot)
    _type(qtbot, ID_NUMBER)
    _tab(qtbot)
    _type(qtbot, "13800138000")
    _tab(qtbot)
    _type(qtbot, "密云建工有限公司")
    _tab(qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # 工资 → 社保
    _tab(qtbot)
    _type(qtbot, "公司不给缴社保怎么办")
    _tab(qtbot)
    _type(qtbot, "可向社保经办机构投诉，也可申请调解")
    _tab(qtbot)  # 处理结果 stays 当场解答
    _tab(qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert time.monotonic() - started < 60
    assert not dialog.isVisible() and gui_context.prompt.shown == []
    with gui_context.database.read() as session:
        record = session.scalars(select(Consultation)).one()
        saved = (record.number, record.worker.name, record.worker.id_number, record.employer.name, record.category,
                 record.outcome, record.officer_id)
    assert record.consulted_on == gui_context.services.today()
    assert saved == (f"密工咨〔{record.consulted_on.year}〕1号", "王芳", ID_NUMBER,
                     "密云建工有限公司", ConsultCategory.SOCIAL_INSURANCE, ConsultOutcome.ANSWERED,
                     gui_context.actor.officer_id)
    assert page.model.rowCount() == 1


def test_a_missing_answer_is_named_and_nothing_is_saved(qtbot, gui_context):
    page = ConsultationsPage(gui_context)
    qtbot.addWidget(page)
    dialog = page.new_consultation()
    type_text(qtbot, dialog.worker_name, "李明")
    type_text(qtbot, dialog.question, "辞退有没有补偿")
    qtbot.keyClick(dialog.worker_name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "解答内容" in str(gui_context.prompt.shown[-1])
    with gui_context.database.read() as session:
        assert session.scalars(select(Consultation)).all() == []


def test_referral_to_mediation_opens_the_intake_prefilled_and_links_the_case(qtbot, gui_context):
    page = ConsultationsPage(gui_context)
    qtbot.addWidget(page)
    dialog = page.new_consultation()
    type_text(qtbot, dialog.worker_name, "王芳")
    type_text(qtbot, dialog.id_number, ID_NUMBER)
    type_text(qtbot, dialog.employer, "密云建工有限公司")
    type_text(qtbot, dialog.question, "拖欠两个月工资")
    dialog.outcome.set_value(ConsultOutcome.TO_MEDIATION)
    qtbot.keyClick(dialog.employer, Qt.Key.Key_Return)
    intake = page.intake
    assert intake is not None and "拖欠两个月工资" in intake.facts.toPlainText()
    assert intake.employer.employer_id is not None
    intake.requests.setPlainText("支付拖欠工资")
    intake.save()
    with gui_context.database.read() as session:
        record = session.scalars(select(Consultation)).one()
        case = session.get(MediationCase, record.case_id)
        assert case is not None and case.respondent.name == "密云建工有限公司"
        assert [a.worker.name for a in case.applicants] == ["王芳"]


def test_open_record_shows_the_consultation(qtbot, gui_context):
    from tests.frontdesk.helpers import consultation

    service = gui_context.services.consultations
    record_id = service.register(gui_context.actor, consultation(consulted_on=gui_context.services.today()))
    page = ConsultationsPage(gui_context)
    qtbot.addWidget(page)
    page.open_record(record_id)
    assert AREA_KEY == "consultations"
    assert page.dialog.worker_name.text() == "王芳" and page.dialog.question.toPlainText() == "公司拖欠三个月工资怎么办"


def _walk_in_without_id(qtbot, page, name: str, phone: str, question: str) -> None:
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.worker_name)
    _type(qtbot, name)
    _tab(qtbot, 2)  # no ID number
    _type(qtbot, phone)
    _tab(qtbot, 3)  # no employer, category 工资
    _type(qtbot, question)
    _tab(qtbot)
    _type(qtbot, "可申请调解")
    _tab(qtbot, 2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible() and gui_context_prompt(page).shown == []


def gui_context_prompt(page):
    return page.context.prompt


def test_a_caller_without_id_is_one_identity_and_found_by_name(qtbot, gui_context):
    from db.models import Worker

    page = ConsultationsPage(gui_context)
    qtbot.addWidget(page)
    page.show()
    _walk_in_without_id(qtbot, page, "刘强", "13911112222", "加班费怎么算")
    _walk_in_without_id(qtbot, page, "刘强", "139 1111 2222", "又来问年休假")
    _walk_in_without_id(qtbot, page, "刘强", "13700001111", "另一个同名的人")
    with gui_context.database.read() as session:
        workers = session.execute(select(Worker.name, Worker.phone, Worker.id_number)
                                  .join(Consultation, Consultation.worker_id == Worker.id)
                                  .order_by(Consultation.id)).all()
        people = session.scalars(select(Worker.id).where(Worker.name == "刘强")).all()
    assert [w.phone for w in workers] == ["13911112222", "13911112222", "13700001111"]
    assert len(people) == 2  # the same name and phone twice is one worker; another phone, another worker
    type_text(qtbot, page.search, "刘强")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.search.clear()
    type_text(qtbot, page.search, "刘")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    type_text(qtbot, page.search, "王")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
