"""法律援助 through the window: an application typed with the keyboard, reviewed, accepted, assigned,
a hearing recorded, closed; 转法律援助 from a consultation; the lawyer list in 设置. The database read back."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.enums import ConsultOutcome, LawyerKind, LegalAidProcedure, LegalAidStatus
from db.models import Consultation, LegalAidCase, LegalAidLawyer
from desktop.frontdesk.lawyers import LawyerInput
from tests.frontdesk.helpers import consultation
from tests.support.keyboard import type_text
from ui.frontdesk.consultations_page import ConsultationsPage
from ui.frontdesk.legal_aid_page import LegalAidPage
from ui.pages.lawyers_page import LawyersPage


def _type(qtbot, text: str) -> None:
    type_text(qtbot, QApplication.focusWidget(), text)


def _tab(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _stored(context, case_id: int) -> LegalAidCase:
    with context.database.read() as session:
        record = session.get(LegalAidCase, case_id)
        list(record.progress)
        return record


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_application_is_typed_and_walked_to_closed(qtbot, gui_context):
    context = gui_context
    lawyer_id = context.services.lawyers.add(context.actor, LawyerInput("赵律师", LawyerKind.UNION, "京密律师事务所"))
    page = LegalAidPage(context)
    qtbot.addWidget(page)
    page.show()
    page.new_record()
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.worker_name)
    _type(qtbot, "孙丽")
    _tab(qtbot)
    _type(qtbot, "110228199001011232")
    _tab(qtbot)
    _type(qtbot, "13800138000")
    _tab(qtbot)
    _type(qtbot, "密云建工有限公司")
    _tab(qtbot)  # 争议类别 stays 工资
    _tab(qtbot)
    _type(qtbot, "追讨拖欠的三个月工资")
    _tab(qtbot)
    _type(qtbot, "18,000")
    _tab(qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible() and context.prompt.shown == []
    with context.database.read() as session:
        record = session.scalars(select(LegalAidCase)).one()
    assert (record.worker.name, record.employer.name, record.amount_claimed, record.status) == (
        "孙丽", "密云建工有限公司", Decimal("18000.00"), LegalAidStatus.PENDING)
    assert record.number == f"密工援〔{context.services.today().year}〕1号"
    assert page.model.rowCount() == 1 and page.model.row_at(0).cells[6] == "待审查"
    window = page.windows[record.id]  # saving opens the case at 审查
    assert window.tabs.currentIndex() == 0 and not window.accept_button.isEnabled()
    assert window.hardship.text() == "无困难职工档案"
    window.is_member.setChecked(True)
    type_text(qtbot, window.review_note, "工会会员，拖欠工资属援助范围")
    _click(qtbot, window.review_button)
    type_text(qtbot, window.reason, "符合受理条件")
    _click(qtbot, window.accept_button)
    assert window.tabs.currentIndex() == 1 and "已受理" in window.windowTitle()
    window.lawyer.setCurrentIndex(window.lawyer.findData(lawyer_id))
    window.procedure.set_value(LegalAidProcedure.ARBITRATION)
    _click(qtbot, window.assign_button)
    assert window.tabs.currentIndex() == 2
    window.step_on.set_value(context.services.today() + timedelta(days=20))
    window.hearing.setChecked(True)
    type_text(qtbot, window.place, "区仲裁委第二仲裁庭")
    type_text(qtbot, window.step_note, "仲裁立案，定于下月开庭")
    _click(qtbot, window.step_button)
    assert window.progress.rowCount() == 1 and page.model.row_at(0).cells[8] != ""
    window.tabs.setCurrentIndex(3)
    type_text(qtbot, window.outcome, "仲裁调解，单位支付工资")
    type_text(qtbot, window.recovered, "15000.50")
    _click(qtbot, window.close_button)
    assert context.prompt.shown == []
    stored = _stored(context, record.id)
    assert (stored.status, stored.is_member, stored.lawyer_id, stored.procedure, stored.amount_recovered) == (
        LegalAidStatus.CLOSED, True, lawyer_id, LegalAidProcedure.ARBITRATION, Decimal("15000.50"))
    assert stored.decision_reason == "符合受理条件" and stored.progress[0].is_hearing
    assert not window.close_button.isEnabled()
    page.pending.setChecked(True)
    assert page.model.rowCount() == 0


def test_a_bad_amount_keeps_the_form_and_saves_nothing(qtbot, gui_context):
    page = LegalAidPage(gui_context)
    qtbot.addWidget(page)
    page.show()
    dialog = page.new_application()
    type_text(qtbot, dialog.worker_name, "孙丽")
    type_text(qtbot, dialog.matter, "追讨工资")
    type_text(qtbot, dialog.amount, "12.345")
    dialog.save()
    assert dialog.isVisible() and any("请求金额" in text for text in gui_context.prompt.recorded("warn"))
    with gui_context.database.read() as session:
        assert session.scalars(select(LegalAidCase)).all() == []


def test_a_consultation_referred_to_legal_aid_opens_the_application_prefilled_and_links_it(qtbot, gui_context):
    context = gui_context
    consultation_id = context.services.consultations.register(
        context.actor, consultation(outcome=ConsultOutcome.TO_LEGAL_AID, consulted_on=context.services.today(),
                                    officer_id=context.actor.officer_id))
    page = ConsultationsPage(context)
    qtbot.addWidget(page)
    page.show()
    page._saved(consultation_id, ConsultOutcome.TO_LEGAL_AID)
    dialog = page.aid_dialog
    assert (dialog.worker_name.text(), dialog.employer.text(), dialog.matter.toPlainText()) == (
        "王芳", "密云建工有限公司", "公司拖欠三个月工资怎么办")
    dialog.save()
    assert not dialog.isVisible() and context.prompt.shown == []
    with context.database.read() as session:
        case = session.scalars(select(LegalAidCase)).one()
        assert session.get(Consultation, consultation_id).legal_aid_id == case.id
        assert case.worker.name == "王芳"


def test_the_lawyer_list_is_kept_in_settings(qtbot, gui_context):
    page = LawyersPage(gui_context)
    qtbot.addWidget(page)
    type_text(qtbot, page.name, "钱律师")
    page.kind.set_value(LawyerKind.DUTY)
    type_text(qtbot, page.firm, "密云法律援助工作站")
    _click(qtbot, page.add_button)
    page.table.setCurrentCell(0, 0)
    _click(qtbot, page.toggle_button)
    with gui_context.database.read() as session:
        lawyer = session.scalars(select(LegalAidLawyer)).one()
    assert (lawyer.name, lawyer.kind, lawyer.firm, lawyer.active) == ("钱律师", LawyerKind.DUTY, "密云法律援助工作站",
                                                                       False)
    assert page.table.item(0, 4).text() == "已停用" and gui_context.services.lawyers.list() == []
