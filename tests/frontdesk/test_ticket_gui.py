"""热线工单 through the window: register by keyboard, contact, result, visit, 转咨询 / 转调解, import,
the limits in 设置 and the 工作台 opening a ticket at its step; the database read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.enums import ConsultCategory, Satisfaction, TicketChannel, TicketStatus
from db.models import Consultation, HotlineTicket, MediationCase
from desktop.calendar import HolidayCalendar
from desktop.frontdesk.deadlines import add_working_hours
from desktop.frontdesk.tickets import TicketInput
from tests.support.keyboard import type_text
from ui.frontdesk.tickets_page import AREA_KEY, TicketsPage
from ui.pages.ticket_limits import TicketLimitsPage


def _type(qtbot, text: str) -> None:
    type_text(qtbot, QApplication.focusWidget(), text)


def _tab(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _page(qtbot, context) -> TicketsPage:
    page = TicketsPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def _ticket(context, number: str = "12351-2026-0007", hours_ago: int = 3, **changes) -> int:
    values = dict(platform_number=number, channel=TicketChannel.HOTLINE_12351,
                  received_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=hours_ago),
                  category=ConsultCategory.WAGES, content="反映某建筑公司拖欠农民工工资两个月", caller_name="赵先生",
                  caller_phone="13900139000", officer_id=context.actor.officer_id)
    values.update(changes)
    return context.services.tickets.register(context.actor, TicketInput(**values))


def _stored(context, ticket_id: int) -> HotlineTicket:
    with context.database.read() as session:
        ticket = session.get(HotlineTicket, ticket_id)
        list(ticket.contacts)
        return ticket


def test_a_call_is_registered_with_the_keyboard_and_walked_to_closed(qtbot, gui_context):
    page = _page(qtbot, gui_context)
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.number)
    _type(qtbot, "12351-2026-0100")
    _tab(qtbot)  # 平台 stays 12351
    _tab(qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # 工资 → 社保
    _tab(qtbot)
    _type(qtbot, "公司一直不给缴纳社会保险")
    _tab(qtbot)
    _type(qtbot, "钱女士")
    _tab(qtbot)
    _type(qtbot, "13800138000")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible() and gui_context.prompt.shown == []
    with gui_context.database.read() as session:
        ticket = session.scalars(select(HotlineTicket)).one()
        ticket_id = ticket.id
    assert (ticket.platform_number, ticket.channel, ticket.category, ticket.caller_name, ticket.status,
            ticket.officer_id) == ("12351-2026-0100", TicketChannel.HOTLINE_12351, ConsultCategory.SOCIAL_INSURANCE,
                                   "钱女士", TicketStatus.RECEIVED, gui_context.actor.officer_id)
    assert page.model.rowCount() == 1 and page.model.row_at(0).cells[0] == "12351-2026-0100"
    window = page.windows[ticket_id]  # saving opens the ticket at 联系记录
    assert window.tabs.currentIndex() == 0
    type_text(qtbot, window.note, "已电话联系来电人，约定明日到单位核实")
    qtbot.mouseClick(window.add_contact_button, Qt.MouseButton.LeftButton)
    assert window.contacts.rowCount() == 1 and "办理中" in window.windowTitle()
    window.tabs.setCurrentIndex(1)
    type_text(qtbot, window.result, "单位已为其补缴社会保险")
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    window.tabs.setCurrentIndex(2)
    window.satisfaction.set_value(Satisfaction.BASIC)
    type_text(qtbot, window.visit_note, "来电人表示基本满意")
    qtbot.mouseClick(window.visit_button, Qt.MouseButton.LeftButton)
    assert gui_context.prompt.shown == []
    ticket = _stored(gui_context, ticket_id)
    assert [c.note for c in ticket.contacts] == ["已电话联系来电人，约定明日到单位核实"]
    assert (ticket.status, ticket.result, ticket.satisfaction, ticket.visit_note) == (
        TicketStatus.CLOSED, "单位已为其补缴社会保险", Satisfaction.BASIC, "来电人表示基本满意")
    assert not window.visit_button.isEnabled() and not window.add_contact_button.isEnabled()
    page.pending.setChecked(True)
    assert page.model.rowCount() == 0


def test_a_ticket_without_content_keeps_the_dialog_and_saves_nothing(qtbot, gui_context):
    page = _page(qtbot, gui_context)
    dialog = page.new_ticket()
    type_text(qtbot, dialog.number, "12345-2026-0001")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.isVisible() and "诉求内容" in str(gui_context.prompt.shown[-1])
    assert dialog.content in dialog.guard.marked()
    _ticket(gui_context, "12345-2026-0002")
    type_text(qtbot, dialog.content, "加班费不给")
    dialog.number.setText("12345-2026-0002")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.isVisible() and "已登记" in str(gui_context.prompt.shown[-1])
    with gui_context.database.read() as session:
        assert session.scalars(select(HotlineTicket.platform_number)).all() == ["12345-2026-0002"]


def test_a_result_before_any_contact_is_refused_and_the_text_stays(qtbot, gui_context):
    ticket_id = _ticket(gui_context)
    window = _page(qtbot, gui_context).open_record(ticket_id, "result")
    assert window.tabs.currentIndex() == 1 and not window.finish_button.isEnabled()
    window.result.setPlainText("已办理")
    window.finish()  # as if the button were pressed: the service still refuses
    assert "须先登记联系记录" in str(gui_context.prompt.shown[-1]) and window.result.toPlainText() == "已办理"
    type_text(qtbot, window.note, "")
    qtbot.mouseClick(window.add_contact_button, Qt.MouseButton.LeftButton)  # an empty note is named
    assert "联系情况" in str(gui_context.prompt.shown[-1]) and window.note in window.guard.marked()
    assert _stored(gui_context, ticket_id).status is TicketStatus.RECEIVED


def test_new_limits_in_settings_give_a_new_ticket_its_deadline(qtbot, gui_context):
    limits = TicketLimitsPage(gui_context)
    qtbot.addWidget(limits)
    amount, unit = limits.edits[("HOTLINE_12351", "reply")]
    amount.setValue(3)
    unit.setCurrentIndex(unit.findData("HOURS"))
    qtbot.mouseClick(limits.save_button, Qt.MouseButton.LeftButton)
    assert "已保存" in str(gui_context.prompt.shown[-1])
    page = _page(qtbot, gui_context)
    dialog = page.new_ticket()
    received = datetime(2026, 6, 12, 22, 30)  # a Friday night: the hours go on on Monday
    dialog.received.set_value(received)
    type_text(qtbot, dialog.number, "12351-2026-0200")
    type_text(qtbot, dialog.content, "工伤认定后单位不支付待遇")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    with gui_context.database.read() as session:
        ticket = session.scalars(select(HotlineTicket)).one()
    assert ticket.reply_by == add_working_hours(received, 3, HolidayCalendar()) == datetime(2026, 6, 15, 1, 30)
    assert "3小时" in ticket.deadline_explanation


def test_a_stale_limits_form_is_refused(qtbot, gui_context):
    limits = TicketLimitsPage(gui_context)
    qtbot.addWidget(limits)
    settings = gui_context.settings
    settings.save(gui_context.actor, replace(settings.load(), phone="010-1"))  # another seat saved meanwhile
    limits.edits[("HOTLINE_12345", "finish")][0].setValue(9)
    limits.save()
    assert "其他人已修改" in str(gui_context.prompt.shown[-1])
    assert settings.load().ticket_deadlines["HOTLINE_12345"]["finish"] == 7


def test_the_workbench_opens_an_overdue_ticket_at_its_step(qtbot, gui_context):
    from ui.main_window import MainWindow
    from ui.workbench.due_tables import SHOWN_GROUPS

    ticket_id = _ticket(gui_context, hours_ago=24 * 10)
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    page = window.current_area()
    group = next(g for g in SHOWN_GROUPS if any(i.area == AREA_KEY for i in page.tabs.items[g]))
    row = next(r for r, i in enumerate(page.tabs.items[group]) if i.area == AREA_KEY)
    assert page.tabs.items[group][row].ref.tab == "contacts"
    page.tabs.setCurrentWidget(page.tabs.tables[group])
    table = page.tabs.tables[group]
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tickets = window.areas["热线工单"]
    assert window.current_area() is tickets
    ticket_window = tickets.windows[ticket_id]
    assert ticket_window.isVisible() and ticket_window.tabs.tabText(ticket_window.tabs.currentIndex()) == "联系记录"
    ticket_window.close()


def test_to_consultation_links_the_consultation(qtbot, gui_context):
    ticket_id = _ticket(gui_context)
    page = _page(qtbot, gui_context)
    window = page.open_record(ticket_id)
    qtbot.mouseClick(window.to_consultation, Qt.MouseButton.LeftButton)
    dialog = page.consultation
    assert dialog.worker_name.text() == "赵先生" and "拖欠农民工工资" in dialog.question.toPlainText()
    type_text(qtbot, dialog.answer, "可申请调解，也可向劳动监察投诉")
    qtbot.keyClick(dialog.employer, Qt.Key.Key_Return)
    assert not dialog.isVisible(), gui_context.prompt.shown
    with gui_context.database.read() as session:
        consultation = session.scalars(select(Consultation)).one()
        assert session.get(HotlineTicket, ticket_id).consultation_id == consultation.id
    assert consultation.number in window.summary.text() and not window.to_consultation.isEnabled()


def test_to_mediation_prefills_the_intake_and_links_the_case(qtbot, gui_context):
    ticket_id = _ticket(gui_context)
    page = _page(qtbot, gui_context)
    window = page.open_record(ticket_id)
    qtbot.mouseClick(window.to_case, Qt.MouseButton.LeftButton)
    intake = page.intake
    assert "12351-2026-0007" in intake.facts.toPlainText() and intake.applicants.name.text() == "赵先生"
    intake.applicants.id_number.setText("110228199001011232")
    intake.applicants.add_new()
    type_text(qtbot, intake.employer.edits["name"], "密云建工有限公司")
    intake.requests.setPlainText("支付拖欠工资")
    intake.save()
    with gui_context.database.read() as session:
        case = session.get(MediationCase, session.get(HotlineTicket, ticket_id).case_id)
        assert case is not None and [a.worker.name for a in case.applicants] == ["赵先生"]
        assert "拖欠农民工工资" in case.facts
    assert "已转调解" in window.summary.text()


def test_import_reports_the_count_or_the_refusal(qtbot, gui_context, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["工单编号", "接收时间", "诉求内容", "来电人"])
    sheet.append(["12345-2026-0301", "2026-06-10 09:30", "反映单位拖欠工资", "孙先生"])
    sheet.append(["12345-2026-0302", "2026-06-10 10:00", "反映未签劳动合同", "周女士"])
    good = tmp_path / "派单表.xlsx"
    book.save(good)
    sheet.append(["12345-2026-0301", "2026-06-11 10:00", "重复的工单", ""])
    bad = tmp_path / "重复.xlsx"
    book.save(bad)
    page = _page(qtbot, gui_context)
    gui_context.prompt.script(good)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "已导入 2 件工单" in str(gui_context.prompt.shown[-1]) and page.model.rowCount() == 2
    gui_context.prompt.script(bad)
    page.import_workbook()
    assert "未导入" in str(gui_context.prompt.shown[-1]) and page.model.rowCount() == 2


def test_the_list_sorts_by_what_it_shows_and_keeps_the_order_over_a_search(qtbot, gui_context):
    _ticket(gui_context, "12351-2026-0001", hours_ago=5, officer_id=None)
    _ticket(gui_context, "12345-2026-0002", hours_ago=1, channel=TicketChannel.HOTLINE_12345)
    _ticket(gui_context, "12351-2026-0003", hours_ago=3)
    page = _page(qtbot, gui_context)
    numbers = lambda: [page.model.row_at(r).cells[0] for r in range(page.model.rowCount())]  # noqa: E731
    assert numbers() == ["12345-2026-0002", "12351-2026-0003", "12351-2026-0001"]  # newest first
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # 平台 by its label: 12345… before 12351…
    assert numbers()[0] == "12345-2026-0002"
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    type_text(qtbot, page.search, "12351")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert numbers() == ["12351-2026-0003", "12351-2026-0001"]


def test_a_consultation_referred_to_mediation_links_the_case_to_both(qtbot, gui_context):
    from db.enums import ConsultOutcome

    ticket_id = _ticket(gui_context)
    page = _page(qtbot, gui_context)
    window = page.open_record(ticket_id)
    dialog = page.refer_to_consultation(window.view)
    type_text(qtbot, dialog.id_number, "110228199001011232")
    type_text(qtbot, dialog.employer, "密云建工有限公司")
    dialog.outcome.set_value(ConsultOutcome.TO_MEDIATION)
    qtbot.keyClick(dialog.employer, Qt.Key.Key_Return)
    intake = page.intake
    assert intake is not None and "拖欠农民工工资" in intake.facts.toPlainText()
    intake.requests.setPlainText("支付拖欠工资")
    intake.save()
    with gui_context.database.read() as session:
        ticket = session.get(HotlineTicket, ticket_id)
        consultation = session.get(Consultation, ticket.consultation_id)
        assert ticket.case_id is not None and consultation.case_id == ticket.case_id
    assert "已转调解" in window.summary.text() and "已转咨询" in window.summary.text()


def test_an_auditor_reads_tickets_but_cannot_change_them(qtbot, sqlite_database, sqlite_actors, preferences, qapp):
    from db.enums import Role
    from tests.conftest import gui_context_for

    admin = gui_context_for(sqlite_database, sqlite_actors[Role.ADMIN], preferences, qapp)
    ticket_id = _ticket(admin)
    context = gui_context_for(sqlite_database, sqlite_actors[Role.AUDITOR], preferences, qapp)
    page = _page(qtbot, context)
    assert not page.new_button.isEnabled() and not page.import_button.isEnabled()
    window = page.open_record(ticket_id, "visit")
    assert window.tabs.currentIndex() == 2 and "12351-2026-0007" in window.summary.text()
    assert not any(b.isEnabled() for b in (window.add_contact_button, window.finish_button, window.visit_button,
                                           window.to_case, window.to_consultation))
    limits = TicketLimitsPage(context)
    qtbot.addWidget(limits)
    assert not limits.save_button.isEnabled()
