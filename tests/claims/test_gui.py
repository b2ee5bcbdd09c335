"""The 理赔支付 area as an officer uses it; every path read back from the database to the cent."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import BatchStatus, ClaimStatus, Role
from db.models import AidClaim, PaymentBatch
from tests.claims.helpers import DOCS, LI_ID, enrol, make_plan, one_officer_centre
from tests.support.keyboard import type_text
from ui.claims.common import set_date
from ui.main_window import MainWindow
from ui.qt import Qt

D = Decimal
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, gui_context, sqlite_actors, monkeypatch):
    gui_context.prompt.strict = True
    gui_context.prompt.defaults["confirm"] = True
    boss = sqlite_actors[Role.DIRECTOR]
    one_officer_centre(gui_context.database)
    plan = make_plan(gui_context.database, boss)
    enrol(gui_context.database, boss, plan.id)
    enrol(gui_context.database, boss, plan.id, name="李强", id_number=LI_ID, start_on=date(2026, 5, 1),
          card="6217000020002222")
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    return window.show_area("理赔支付")


def fill_claim(qtbot, page, name="王芳", *, self_pay="3400.50", total="20000.00", docs=DOCS, event=date(2026, 6, 1),
               applied=date(2026, 6, 20)):
    form = page.claims.new_claim()
    f = form.f
    type_text(qtbot, f.member, name)
    f.member.run_search()
    f.member.choose(0)
    set_date(f.event_on, event)
    set_date(f.admission_on, event)
    set_date(f.discharge_on, date(2026, 6, 10) if event == date(2026, 6, 1) else event)
    set_date(f.applied_on, applied)
    type_text(qtbot, f.hospital, "北京市密云区医院")
    for key, value in (("total_cost", total), ("fund_paid", "12000.00"), ("copay", "3000.00"),
                       ("self_pay", self_pay)):
        qtbot.keyClicks(f.costs[key], value)
    form.set_documents(set(docs))
    form.recalculate()
    return form


def save(qtbot, form) -> AidClaim:
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.saved is not None
    return read_claim(form.context.database, form.saved.id)


def read_claim(database, claim_id) -> AidClaim:
    with database.read() as session:
        return session.get(AidClaim, claim_id)


def open_claim(page, claim_id):
    page.claims.apply_filter()
    page.claims.select_claim(claim_id)
    assert page.claims.detail.detail.row.id == claim_id
    return page.claims.detail


def test_complete_claim_approved_batched_paid(qtbot, page, tmp_path, monkeypatch):
    form = fill_claim(qtbot, page)
    text = form.calculation.toPlainText()
    assert "自费费用 ¥3,400.50" in text and "× 给付比例 50%：¥1,200.25" in text and "应付金额：¥1,200.25" in text
    claim = save(qtbot, form)
    assert claim.status == ClaimStatus.SUBMITTED and claim.calculated_amount == D("1200.25")
    detail = open_claim(page, claim.id)
    assert detail.buttons["review"].isVisibleTo(detail) and not detail.buttons["approve"].isVisibleTo(detail)
    qtbot.mouseClick(detail.buttons["review"], LEFT)
    qtbot.mouseClick(detail.buttons["approve"], LEFT)
    qtbot.mouseClick(detail.approve_dialog.ok_button, LEFT)
    assert read_claim(form.context.database, claim.id).approved_amount == D("1200.25")
    page.claims.apply_filter()
    page.claims.select_claim(claim.id)
    qtbot.mouseClick(page.claims.batch_button, LEFT)
    batches = page.batches
    page.setCurrentWidget(batches)  # a hidden tab catches up with the change when shown
    qtbot.waitUntil(lambda: len(batches.batches) == 1)
    batches.select(batches.batches[0].id)
    assert batches.sheet.item(0, 1).text() == "王芳" and batches.sheet.item(0, 4).text() == "1,200.25"
    qtbot.mouseClick(batches.approve_button, LEFT)
    qtbot.waitUntil(lambda: batches.paid_button.isEnabled())
    set_date(batches.paid_on, date(2026, 7, 3))
    qtbot.mouseClick(batches.paid_button, LEFT)
    claim = read_claim(form.context.database, claim.id)
    assert claim.status == ClaimStatus.PAID and claim.paid_amount == D("1200.25") and claim.paid_on == date(2026, 7, 3)
    with form.context.database.read() as session:
        batch = session.scalar(select(PaymentBatch))
        assert (batch.status, batch.total, batch.count) == (BatchStatus.PAID, D("1200.25"), 1)
    detail = open_claim(page, claim.id)
    qtbot.mouseClick(detail.buttons["archive"], LEFT)
    assert read_claim(form.context.database, claim.id).status == ClaimStatus.ARCHIVED
    out = tmp_path / "sheet.xlsx"
    form.context.prompt.script(out)
    qtbot.mouseClick(batches.export_button, LEFT)
    assert out.exists()


def test_incomplete_completed_then_approved_with_changed_amount(qtbot, page):
    form = fill_claim(qtbot, page, docs=("申请表",))
    assert "缺少材料" in form.notice.text() and "住院发票" in form.notice.text()
    claim = save(qtbot, form)
    assert claim.status == ClaimStatus.DOCS_INCOMPLETE and claim.missing_documents == "住院发票\n出院小结"
    detail = open_claim(page, claim.id)
    for i in range(detail.documents.count()):
        detail.documents.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(detail.buttons["complete"], LEFT)
    assert read_claim(form.context.database, claim.id).status == ClaimStatus.SUBMITTED
    qtbot.mouseClick(detail.buttons["review"], LEFT)
    qtbot.mouseClick(detail.buttons["approve"], LEFT)
    dialog = detail.approve_dialog
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1000.10")
    type_text(qtbot, dialog.reason, "一张发票不属于保障范围")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    claim = read_claim(form.context.database, claim.id)
    assert claim.status == ClaimStatus.APPROVED and claim.approved_amount == D("1000.10")
    assert claim.calculated_amount == D("1200.25") and claim.approval_note == "一张发票不属于保障范围"


def test_rejected_with_reason(qtbot, page, monkeypatch):
    claim = save(qtbot, fill_claim(qtbot, page))
    page.claims.context.prompt.script("所患疾病不在保障范围")
    detail = open_claim(page, claim.id)
    qtbot.mouseClick(detail.buttons["reject"], LEFT)
    claim = read_claim(page.claims.context.database, claim.id)
    assert claim.status == ClaimStatus.REJECTED and claim.reject_reason == "所患疾病不在保障范围"
    assert not any(b.isVisibleTo(detail) for b in detail.buttons.values())


def test_waiting_period_refused_and_recorded(qtbot, page):
    form = fill_claim(qtbot, page, name="李强")
    assert "等待期" in form.notice.text() and "应付金额：¥0.00（不予赔付）" in form.calculation.toPlainText()
    claim = save(qtbot, form)
    assert claim.status == ClaimStatus.REJECTED and "等待期" in claim.reject_reason
    assert claim.calculated_amount == D("0.00")


def test_yearly_cap_refused(qtbot, page, monkeypatch):
    first = save(qtbot, fill_claim(qtbot, page, self_pay="12000.00", total="30000.00"))
    assert first.calculated_amount == D("5000.00")
    detail = open_claim(page, first.id)
    qtbot.mouseClick(detail.buttons["review"], LEFT)
    qtbot.mouseClick(detail.buttons["approve"], LEFT)
    qtbot.mouseClick(detail.approve_dialog.ok_button, LEFT)
    second = fill_claim(qtbot, page, self_pay="12000.00", total="30000.00", event=date(2026, 8, 1),
                        applied=date(2026, 8, 5))
    assert "剩余额度 ¥3,000.00" in second.calculation.toPlainText()
    second_claim = save(qtbot, second)
    assert second_claim.calculated_amount == D("3000.00")
    detail = open_claim(page, second_claim.id)
    qtbot.mouseClick(detail.buttons["review"], LEFT)
    qtbot.mouseClick(detail.buttons["approve"], LEFT)
    qtbot.mouseClick(detail.approve_dialog.ok_button, LEFT)
    third = fill_claim(qtbot, page, event=date(2026, 9, 1), applied=date(2026, 9, 2))
    assert "已达年度封顶" in third.notice.text()
    page.claims.context.prompt.script(False)
    qtbot.mouseClick(third.save_button, LEFT)
    assert third.saved is None
    with page.claims.context.database.read() as session:
        assert len(session.scalars(select(AidClaim)).all()) == 2


def test_duplicate_flagged(qtbot, page):
    first = save(qtbot, fill_claim(qtbot, page))
    form = fill_claim(qtbot, page)
    assert f"疑似重复：</b>与 {first.number}" in form.notice.text()
    second = save(qtbot, form)
    assert second.duplicate_of_id == first.id and second.calculated_amount == D("1200.25")
    detail = open_claim(page, second.id)
    assert f"重复理赔：与理赔 {first.number}" in detail.info.text()
    page.claims.apply_filter()
    assert page.claims.model.row_at(0).tone == "warning"


def test_search_and_filters(qtbot, page):
    save(qtbot, fill_claim(qtbot, page))
    tab = page.claims
    type_text(qtbot, tab.search, "王")
    tab.apply_filter()
    assert tab.model.rowCount() == 1
    tab.search.clear()
    qtbot.keyClicks(tab.month, "2026-05")
    tab.apply_filter()
    assert tab.model.rowCount() == 0
    tab.month.clear()
    tab.status.setCurrentIndex(tab.status.findData(ClaimStatus.SUBMITTED))
    assert tab.model.rowCount() == 1


def test_claims_model_is_valid(qtbot, page, qtmodeltester):
    save(qtbot, fill_claim(qtbot, page))
    qtmodeltester.check(page.claims.model)


def test_rule_change_makes_new_version(qtbot, page):
    plans = page.plans
    plans.rule.ratio.clear()
    qtbot.keyClicks(plans.rule.ratio, "0.60")
    set_date(plans.effective_from, date(2026, 7, 1))
    qtbot.mouseClick(plans.rule_button, LEFT)
    assert plans.versions.rowCount() == 2 and "60%" in plans.versions.item(0, 2).text()
    form = fill_claim(qtbot, page, event=date(2026, 7, 5), applied=date(2026, 7, 20))
    assert "第 2 版" in form.calculation.toPlainText()


def test_enrol_one_member_then_claim(qtbot, page):
    from desktop.validation import make_id_number

    dialog = page.plans.enrol()
    type_text(qtbot, dialog.edits["name"], "赵敏")
    qtbot.keyClicks(dialog.edits["id_number"], make_id_number("110228", date(1991, 2, 3), 88))
    type_text(qtbot, dialog.edits["unit"], "北京燕山物流有限公司")
    qtbot.keyClicks(dialog.edits["card_no"], "6217000030003333")
    set_date(dialog.start_on, date(2026, 1, 1))
    dialog.save()
    assert dialog.result_ is not None and dialog.result_.enrolled == 1
    form = fill_claim(qtbot, page, name="赵敏")
    assert "应付金额：¥1,200.25" in form.calculation.toPlainText()
    assert save(qtbot, form).account_no == "6217000030003333"


def test_enrol_bad_id_is_refused(qtbot, page, monkeypatch):
    prompt = page.plans.context.prompt
    prompt.strict = False
    shown = prompt.recorded("warn")
    dialog = page.plans.enrol()
    type_text(qtbot, dialog.edits["name"], "赵敏")
    qtbot.keyClicks(dialog.edits["id_number"], "110228199102031234")
    dialog.save()
    assert dialog.result_ is None and "身份证号" in shown[0]


def test_refused_approval_keeps_the_dialog_and_its_input(qtbot, page):
    claim = save(qtbot, fill_claim(qtbot, page))
    detail = open_claim(page, claim.id)
    qtbot.mouseClick(detail.buttons["review"], LEFT)
    qtbot.mouseClick(detail.buttons["approve"], LEFT)
    dialog, prompt = detail.approve_dialog, page.claims.context.prompt
    prompt.strict = False
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1000.10")
    qtbot.mouseClick(dialog.ok_button, LEFT)  # a changed amount needs a reason
    assert dialog.isVisible() and dialog.amount.text() == "1000.10"
    assert dialog.guard.marked() == [dialog.reason] and "调整原因" in prompt.texts("warn")[-1]
    assert read_claim(page.claims.context.database, claim.id).status == ClaimStatus.REVIEWED
    type_text(qtbot, dialog.reason, "一张发票不属于保障范围")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert read_claim(page.claims.context.database, claim.id).approved_amount == D("1000.10")


def test_duplicate_refused_then_director_confirms_in_the_window(qtbot, page, tmp_path):
    from openpyxl import load_workbook

    from db.models import AuditEntry
    from desktop.registers_io import ExportRequest, export_register

    database = page.claims.context.database
    first = save(qtbot, fill_claim(qtbot, page))
    detail = open_claim(page, first.id)
    qtbot.mouseClick(detail.buttons["review"], LEFT)
    qtbot.mouseClick(detail.buttons["approve"], LEFT)
    qtbot.mouseClick(detail.approve_dialog.ok_button, LEFT)
    second = save(qtbot, fill_claim(qtbot, page))
    detail = open_claim(page, second.id)
    assert f"重复理赔：与理赔 {first.number}（已核准，¥1,200.25）重复" in detail.info.text()
    assert detail.not_duplicate_button.isVisibleTo(detail)
    qtbot.mouseClick(detail.buttons["review"], LEFT)
    prompt = page.claims.context.prompt
    prompt.strict = False
    qtbot.mouseClick(detail.buttons["approve"], LEFT)
    qtbot.mouseClick(detail.approve_dialog.ok_button, LEFT)
    assert read_claim(database, second.id).status == ClaimStatus.REVIEWED
    assert "不能核准" in prompt.texts("warn")[-1] and first.number in prompt.texts("warn")[-1]
    detail.approve_dialog.reject()
    prompt.script("同日两次住院，已核实两张发票")
    qtbot.mouseClick(detail.not_duplicate_button, LEFT)
    claim = read_claim(database, second.id)
    assert claim.duplicate_override == "同日两次住院，已核实两张发票"
    assert "主任确认非重复：同日两次住院" in detail.info.text() and "重复理赔" not in detail.info.text()
    assert not detail.not_duplicate_button.isVisibleTo(detail)
    qtbot.mouseClick(detail.buttons["approve"], LEFT)
    qtbot.mouseClick(detail.approve_dialog.ok_button, LEFT)
    assert read_claim(database, second.id).status == ClaimStatus.APPROVED
    with database.read() as session:
        audited = session.scalar(select(AuditEntry.detail).where(AuditEntry.action == "duplicate_override",
                                                                 AuditEntry.entity_id == second.id))
    assert first.number in audited and "同日两次住院" in audited
    out = tmp_path / "claims.xlsx"
    export_register(database, page.claims.context.actor, ExportRequest("claims"), out)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    header = next(r for r in rows if r and r[0] == "理赔编号")
    remarks = {r[0]: r[header.index("备注")] for r in rows if r and r[0] in (first.number, second.number)}
    assert remarks == {first.number: None, second.number: "主任确认非重复：同日两次住院，已核实两张发票"}
