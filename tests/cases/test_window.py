"""The case screens driven as an officer does: type, click, then read the database back."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import ApplicantRole, CaseStatus, DisputeCategory, Role, Satisfaction, TerminationReason
from db.models import Employer, MediationCase, StateTransition
from tests.cases.helpers import credit_code, id_number
from tests.support.keyboard import type_text
from desktop.cases.listing import STATUS_COLUMN
from ui.cases.widgets import to_qdate
from ui.main_window import MainWindow
from ui.qt import QApplication, Qt, QTableWidgetItem

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()


@pytest.fixture
def errors(gui_context):
    return gui_context.prompt.recorded("warn", "error")


@pytest.fixture
def page(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    return window.show_area("调解案件")


def click(qtbot, widget):
    """Click, then let the window take in the change the click made (announced on the next loop turn)."""
    qtbot.mouseClick(widget, LEFT)
    QApplication.processEvents()


def set_cells(table, rows):
    for r, cells in enumerate(rows):
        if r >= table.rowCount():
            table.insertRow(r)
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


def fill_intake(qtbot, dialog, *, received: date = TODAY, reps=("张伟", "李娜", "刘洋"), workers=12):
    dialog.received_on.setDate(to_qdate(received))
    for row in (0, 4):
        dialog.categories.item(row).setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, dialog.facts, "2024年3月至5月工资未发放，多次催要无果。")
    type_text(qtbot, dialog.requests, "支付拖欠工资及未签合同二倍工资。")
    parties = dialog.applicants
    for n, name in enumerate(reps):
        type_text(qtbot, parties.name, name)
        type_text(qtbot, parties.id_number, id_number(500 + n))
        type_text(qtbot, parties.phone, "13800138000")
        parties.representative.setChecked(True)
        click(qtbot, parties.add_button)
    parties.workers.setValue(workers)
    employer = dialog.employer.edits
    type_text(qtbot, employer["name"], "北京燕山建筑劳务有限公司")
    type_text(qtbot, employer["credit_code"], credit_code(77))
    type_text(qtbot, employer["street"], "果园街道")
    set_cells(dialog.claims, [("拖欠工资", "12,000.50", "工资条"), ("二倍工资", "8000", "")])
    row = dialog.agents.add_row()
    dialog.agents.table.cellWidget(row, 1).setCurrentIndex(2)  # 工会
    dialog.agents.table.setItem(row, 2, QTableWidgetItem("周律"))
    dialog.agents.table.setItem(row, 4, QTableWidgetItem("区总工会法律服务站"))


def new_case(qtbot, page, errors, **kw) -> int:
    click(qtbot, page.new_button)
    dialog = page.intake_dialog
    fill_intake(qtbot, dialog, **kw)
    assert dialog.total.text() == "合计：20,000.50 元"
    click(qtbot, dialog.save_button)
    assert errors == []
    assert not dialog.isVisible()
    return max(page.windows)


def step(qtbot, window, key, fill=None):
    click(qtbot, window.step_buttons[key] if key in window.step_buttons else window.tabs.buttons[key])
    dialog = window.current_dialog
    if fill is not None:
        fill(dialog)
        click(qtbot, dialog.ok_button)
        assert not dialog.isVisible()


def assert_prefilled(dialog, place, narrative):
    assert (dialog.inputs["place"].text(), dialog.inputs["narrative"].toPlainText()) == (place, narrative)


def set_text(qtbot, dialog, key, text):
    widget = dialog.inputs[key]
    widget.clear()
    type_text(qtbot, widget, text)


def read_case(database, case_id):
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        trail = session.scalars(select(StateTransition.to_state).where(StateTransition.entity_id == case_id)
                                .order_by(StateTransition.id)).all()
        return case, {
            "status": case.status, "number": case.number, "archive_no": case.archive_no,
            "workers": case.workers_involved, "claimed": case.amount_claimed, "agreed": case.agreed_amount,
            "performed": case.amount_performed, "recovered": case.amount_recovered,
            "roles": [a.role for a in case.applicants], "names": [a.worker.name for a in case.applicants],
            "categories": sorted(c.category for c in case.categories), "sessions": len(case.sessions),
            "terms": [(t.amount, t.due_on) for t in case.terms], "payments": [p.amount for p in case.performances],
            "employer": case.respondent.name, "follow_ups": len(case.follow_ups), "trail": trail,
            "agents": [(a.side.label, a.kind.label, a.name, a.organisation) for a in case.agents],
        }


def test_whole_collective_case_through_the_window(qtbot, page, gui_context, errors):
    case_id = new_case(qtbot, page, errors)
    window = page.windows[case_id]
    assert list(window.step_buttons) == ["submit"]
    step(qtbot, window, "submit")
    assert set(window.step_buttons) == {"accept", "reject", "decline"}
    step(qtbot, window, "accept", lambda d: None)
    assert window.detail.number == f"密工调〔{TODAY.year}〕1号"
    assert window.title.text() == f"密工调〔{TODAY.year}〕1号 张伟等3人 诉 北京燕山建筑劳务有限公司　［受理］"
    days_left = (window.detail.clock.due - TODAY).days  # 15, or more when the 15th day is a day off
    assert "调解期限 15 日" in window.clock.text() and f"剩余 {days_left} 天" in window.clock.text()
    assert days_left >= 15
    step(qtbot, window, "assign", lambda d: d.combos[0].setCurrentIndex(1))
    step(qtbot, window, "start")
    for place in ("调解室一", "调解室二"):
        step(qtbot, window, "session", lambda d, place=place: (set_text(qtbot, d, "place", place),
                                                  type_text(qtbot, d.inputs["narrative"], "双方陈述意见，调解员释法。")))
    window.tabs.sessions.selectRow(0)
    step(qtbot, window, "edit_session", lambda d: (
        assert_prefilled(d, "调解室一", "双方陈述意见，调解员释法。"), set_text(qtbot, d, "place", "调解室三")))
    assert [window.tabs.sessions.item(r, 3).text() for r in range(2)] == ["调解室三", "调解室二"]
    step(qtbot, window, "agree", lambda d: set_cells(d.terms, [
        ("支付拖欠工资", "9000", "", f"{TODAY + timedelta(days=10):%Y-%m-%d}", "银行转账"),
        ("支付二倍工资差额", "3000.50", "", f"{TODAY + timedelta(days=30):%Y-%m-%d}", "银行转账")]))
    for amount in ("9000", "3000.50"):
        step(qtbot, window, "payment", lambda d, amount=amount: set_text(qtbot, d, "amount", amount))
    assert "已履行：12,000.50 元" in window.tabs.amounts.text()
    def follow_up(dialog):
        type_text(qtbot, dialog.inputs["result"], "款项已全部到账")
        satisfaction = dialog.inputs["satisfaction"]
        satisfaction.setCurrentIndex(satisfaction.findData(Satisfaction.SATISFIED))
    step(qtbot, window, "follow_up", follow_up)
    step(qtbot, window, "performed")
    step(qtbot, window, "close", lambda d: None)
    assert window.tabs.buttons["follow_up"].isEnabled()  # 回访 is recorded on a closed file too
    step(qtbot, window, "archive", lambda d: None)
    assert errors == []

    case, got = read_case(gui_context.database, case_id)
    assert got == {
        "status": CaseStatus.ARCHIVED, "number": f"密工调〔{TODAY.year}〕1号",
        "archive_no": f"密工调档〔{TODAY.year}〕1号", "workers": 12, "claimed": Decimal("20000.50"),
        "agreed": Decimal("12000.50"), "performed": Decimal("12000.50"), "recovered": Decimal("12000.50"),
        "roles": [ApplicantRole.REPRESENTATIVE] * 3, "names": ["张伟", "李娜", "刘洋"],
        "categories": sorted([DisputeCategory.UNPAID_WAGES, DisputeCategory.DOUBLE_PAY]), "sessions": 2,
        "terms": [(Decimal("9000.00"), TODAY + timedelta(days=10)), (Decimal("3000.50"), TODAY + timedelta(days=30))],
        "payments": [Decimal("9000.00"), Decimal("3000.50")], "employer": "北京燕山建筑劳务有限公司",
        "follow_ups": 1, "agents": [("申请人", "工会", "周律", "区总工会法律服务站")],
        "trail": ["UNDER_REVIEW", "ACCEPTED", "IN_MEDIATION", "AGREED", "PERFORMING", "PERFORMED", "CLOSED",
                  "ARCHIVED"],
    }
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).cells[STATUS_COLUMN] == CaseStatus.ARCHIVED
    assert page.model.row_at(0).tone == "muted"


def _to_review(qtbot, page, errors, **kw):
    case_id = new_case(qtbot, page, errors, **kw)
    window = page.windows[case_id]
    step(qtbot, window, "submit")
    return case_id, window


def test_reject_with_reasons(qtbot, page, gui_context, errors):
    case_id, window = _to_review(qtbot, page, errors)
    step(qtbot, window, "reject", lambda d: type_text(qtbot, d.inputs["reason"], "不属于劳动争议调解范围"))
    step(qtbot, window, "close", lambda d: None)
    case, got = read_case(gui_context.database, case_id)
    assert (got["status"], got["number"], case.decision_reason) == (CaseStatus.CLOSED, None, "不属于劳动争议调解范围")
    assert got["trail"] == ["UNDER_REVIEW", "REJECTED", "CLOSED"]


def test_respondent_declines(qtbot, page, gui_context, errors):
    case_id, window = _to_review(qtbot, page, errors)
    step(qtbot, window, "decline", lambda d: type_text(qtbot, d.inputs["reason"], "被申请人明确拒绝调解"))
    _, got = read_case(gui_context.database, case_id)
    assert (got["status"], got["trail"]) == (CaseStatus.RESPONDENT_DECLINED, ["UNDER_REVIEW", "RESPONDENT_DECLINED"])


def _mediating(qtbot, page, errors, **kw):
    case_id, window = _to_review(qtbot, page, errors, **kw)
    step(qtbot, window, "accept", lambda d: None)
    step(qtbot, window, "assign", lambda d: d.combos[0].setCurrentIndex(1))
    step(qtbot, window, "start")
    return case_id, window


def test_terminate_at_the_time_limit(qtbot, page, gui_context, errors):
    case_id, window = _mediating(qtbot, page, errors, received=TODAY - timedelta(days=16))
    assert "已超期 1 天" in window.clock.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0).tone == "overdue")
    assert page.model.data(page.model.index(0, 11)) == "已超期 1 天"
    page.filters.clock.setCurrentIndex(2)
    assert page.model.rowCount() == 1
    step(qtbot, window, "terminate", lambda d: d.inputs["reason"].setCurrentIndex(
        d.inputs["reason"].findData(TerminationReason.TIME_LIMIT)))
    case, got = read_case(gui_context.database, case_id)
    assert (got["status"], case.termination_reason, case.ended_on) == (
        CaseStatus.TERMINATED, TerminationReason.TIME_LIMIT, TODAY)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # no longer overdue: the clock stopped


def test_withdraw(qtbot, page, gui_context, errors):
    case_id, window = _mediating(qtbot, page, errors)
    step(qtbot, window, "withdraw", lambda d: type_text(qtbot, d.inputs["reason"], "双方自行和解"))
    _, got = read_case(gui_context.database, case_id)
    assert got["status"] == CaseStatus.WITHDRAWN and got["trail"][-1] == "WITHDRAWN"
    assert set(window.step_buttons) == {"close"}


def test_refused_input_shows_message_and_saves_nothing(qtbot, page, gui_context, errors):
    click(qtbot, page.new_button)
    dialog = page.intake_dialog
    fill_intake(qtbot, dialog, reps=("张伟", "李娜"))
    click(qtbot, dialog.save_button)
    assert len(errors) == 1 and "代表人" in errors[0]
    assert dialog.isVisible()
    with gui_context.database.read() as session:
        assert session.scalars(select(MediationCase)).all() == []
        assert session.scalars(select(Employer)).all() == []


def test_existing_employer_found_as_you_type_with_history(qtbot, page, gui_context, errors):
    new_case(qtbot, page, errors)
    click(qtbot, page.new_button)
    dialog = page.intake_dialog
    dialog.tabs.setCurrentIndex(1)
    type_text(qtbot, dialog.employer.search, "燕山")
    qtbot.waitUntil(lambda: len(dialog.employer.search.hits) == 1)
    dialog.employer.search.choose(0)
    assert dialog.employer.edits["credit_code"].text() == credit_code(77)
    assert "其中未结 1 件" in dialog.employer.history.text()
    type_text(qtbot, dialog.applicants.search, "李娜")
    qtbot.waitUntil(lambda: len(dialog.applicants.search.hits) == 1)
    dialog.applicants.search.choose(0)
    assert dialog.applicants.table.item(0, 6).text() == "已登记"
    dialog.categories.item(0).setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, dialog.facts, "加班费未支付")
    click(qtbot, dialog.save_button)
    assert errors == []
    with gui_context.database.read() as session:
        assert len(session.scalars(select(Employer)).all()) == 1
        second = session.get(MediationCase, 2)
        assert [a.worker.name for a in second.applicants] == ["李娜"]
        assert second.applicants[0].worker_id == session.get(MediationCase, 1).applicants[1].worker_id


def test_search_box_finds_two_character_name(qtbot, page, errors):
    new_case(qtbot, page, errors)
    type_text(qtbot, page.filters.search, "李娜")
    page.filters.flush()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.filters.search.clear()
    type_text(qtbot, page.filters.search, "王芳")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.count_label.text() == "共 0 件"


def test_closed_case_offers_reopen_only_to_director(qtbot, sqlite_database, sqlite_actors, preferences, qapp, errors):
    from tests.conftest import gui_context_for

    context = gui_context_for(sqlite_database, sqlite_actors[Role.MEDIATOR], preferences, qapp)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("调解案件")
    case_id, case_window = _to_review(qtbot, page, errors)
    step(qtbot, case_window, "reject", lambda d: type_text(qtbot, d.inputs["reason"], "超出受理范围"))
    step(qtbot, case_window, "close", lambda d: None)
    assert set(case_window.step_buttons) == {"archive"}
    director = gui_context_for(sqlite_database, sqlite_actors[Role.DIRECTOR], preferences, qapp)
    other = MainWindow(director)
    qtbot.addWidget(other)
    director_window = other.show_area("调解案件").open_case(case_id)
    assert set(director_window.step_buttons) == {"archive", "reopen"}
    step(qtbot, director_window, "reopen", lambda d: type_text(qtbot, d.inputs["reason"], "补充材料"))
    assert director_window.detail.status == CaseStatus.REJECTED


def test_attach_evidence_and_open_it(qtbot, page, gui_context, errors, tmp_path):
    evidence = tmp_path / "劳动合同.jpg"
    evidence.write_bytes(b"contract scan")
    opened = gui_context.prompt.opened
    gui_context.prompt.script(evidence)
    case_id = new_case(qtbot, page, errors)
    window = page.windows[case_id]
    click(qtbot, window.tabs.buttons["attach"])
    assert window.tabs.attachments.count() == 1 and "劳动合同.jpg" in window.tabs.attachments.item(0).text()
    click(qtbot, window.tabs.buttons["open_file"])
    assert len(opened) == 1 and open(opened[0], "rb").read() == b"contract scan"
    assert str(opened[0]).endswith("/劳动合同.jpg")  # the viewer sees the officer's name and extension
    stored = list((gui_context.files_dir / "attachments").rglob("*.jpg"))
    assert len(stored) == 1 and stored[0].read_bytes() == b"contract scan"


def test_case_list_model_passes_the_model_tester(qtbot, qtmodeltester, page, errors):
    new_case(qtbot, page, errors)
    page.filters.flush()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtmodeltester.check(page.model, force_py=True)
    assert page.model.data(page.model.index(0, 4), Qt.ItemDataRole.ToolTipRole) == "北京燕山建筑劳务有限公司"


def test_correct_an_accepted_case_in_the_window(qtbot, page, gui_context, errors):
    case_id, window = _to_review(qtbot, page, errors)
    step(qtbot, window, "accept", lambda d: None)
    number = window.detail.number
    click(qtbot, window.tabs.buttons["amend"])
    dialog = window.current_dialog
    assert dialog.windowTitle() == f"更正登记信息 — {number}" and dialog.save_button.text() == "保存更正"
    assert [e.name for e in dialog.applicants.entries] == ["张伟", "李娜", "刘洋"]
    assert dialog.employer.edits["name"].text() == "北京燕山建筑劳务有限公司" and dialog.employer.employer_id
    assert dialog.total.text() == "合计：20,000.50 元" and dialog.applicants.workers.value() == 12
    assert dialog.agents.table.item(0, 2).text() == "周律"
    dialog.claims.setItem(1, 1, QTableWidgetItem("9000"))
    dialog.categories.item(1).setCheckState(Qt.CheckState.Checked)
    click(qtbot, dialog.save_button)
    assert len(errors) == 1 and "更正原因" in errors[0] and dialog.isVisible()
    type_text(qtbot, dialog.reason, "二倍工资金额录入错误")
    click(qtbot, dialog.save_button)
    assert len(errors) == 1 and not dialog.isVisible()
    assert "请求金额合计：21,000.50 元" in window.tabs.categories.text()
    case, got = read_case(gui_context.database, case_id)
    assert got["number"] == number and got["status"] == CaseStatus.ACCEPTED and got["claimed"] == Decimal("21000.50")
    assert got["names"] == ["张伟", "李娜", "刘洋"] and got["workers"] == 12
    assert got["agents"] == [("申请人", "工会", "周律", "区总工会法律服务站")]
    assert len(got["categories"]) == 3


def test_correcting_is_not_offered_on_a_closed_case(qtbot, page, gui_context, errors):
    case_id, window = _to_review(qtbot, page, errors)
    assert window.tabs.buttons["amend"].isEnabled()
    step(qtbot, window, "reject", lambda d: type_text(qtbot, d.inputs["reason"], "不属于调解范围"))
    step(qtbot, window, "close", lambda d: None)
    assert not window.tabs.buttons["amend"].isEnabled()


def test_correct_an_applicants_id_number_and_the_employers_address(qtbot, page, gui_context, errors):
    from db.models import Worker

    case_id, window = _to_review(qtbot, page, errors)
    window.tabs.setCurrentIndex(1)
    window.tabs.applicants.selectRow(1)
    click(qtbot, window.tabs.buttons["edit_worker"])
    dialog = window.current_dialog
    assert dialog.windowTitle() == "修改申请人信息 — 李娜" and dialog.inputs["id_number"].text() == id_number(501)
    dialog.inputs["id_number"].clear()
    type_text(qtbot, dialog.inputs["id_number"], id_number(500))  # 张伟's: refused, naming him
    click(qtbot, dialog.ok_button)
    assert len(errors) == 1 and "张伟" in errors[0] and dialog.isVisible()
    dialog.inputs["id_number"].clear()
    type_text(qtbot, dialog.inputs["id_number"], id_number(601))
    type_text(qtbot, dialog.inputs["reason"], "身份证号录入错误")
    click(qtbot, dialog.ok_button)
    assert len(errors) == 1 and not dialog.isVisible()
    assert window.tabs.applicants.item(1, 3).text() == id_number(601)
    click(qtbot, window.tabs.buttons["edit_employer"])
    dialog = window.current_dialog
    type_text(qtbot, dialog.inputs["address"], "北京市密云区果园街道1号")
    type_text(qtbot, dialog.inputs["reason"], "补充地址")
    click(qtbot, dialog.ok_button)
    assert len(errors) == 1 and "北京市密云区果园街道1号" in window.tabs.employer.text()
    with gui_context.database.read() as session:
        names = {w.name: w.id_number for w in session.scalars(select(Worker))}
    assert names == {"张伟": id_number(500), "李娜": id_number(601), "刘洋": id_number(502)}


def test_director_revokes_a_mistaken_acceptance_voiding_its_number(qtbot, page, gui_context, errors):
    from db.enums import NumberStatus
    from db.models import IssuedNumber

    case_id, window = _to_review(qtbot, page, errors)
    step(qtbot, window, "accept", lambda d: None)
    number = window.detail.number
    assert "revoke" in window.step_buttons  # the administrator may void numbers
    step(qtbot, window, "revoke", lambda d: type_text(qtbot, d.inputs["reason"], "与另一案件重复登记"))
    assert errors == [] and window.detail.number is None
    assert set(window.step_buttons) == {"accept", "reject", "decline"}
    assert window.title.text().endswith("［审查］")
    with gui_context.database.read() as session:
        voided = session.scalars(select(IssuedNumber).where(IssuedNumber.number == number)).one()
    assert voided.status == NumberStatus.VOIDED and voided.void_reason == "撤销受理：与另一案件重复登记"
    step(qtbot, window, "accept", lambda d: None)
    assert window.detail.number not in (None, number)
