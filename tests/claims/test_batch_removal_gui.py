"""移出批次 in the 支付批次 tab as an officer does it: select, click, give the reason, read the database back."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import BatchStatus, ClaimStatus, PaymentStatus, Role
from db.models import AidClaim, Payment, PaymentBatch, StateTransition
from desktop.claims.batches import BatchService
from desktop.claims.intake import ClaimIntakeService
from desktop.claims.review import ClaimReviewService
from tests.claims.helpers import draft, enrol, make_plan, worker_id, one_officer_centre
from tests.conftest import gui_context_for
from ui.claims.batches_tab import BatchesTab
from ui.main_window import MainWindow
from ui.qt import Qt

D = Decimal
LEFT = Qt.MouseButton.LeftButton
REASON = "银行卡已挂失，待会员补办后再发"


@pytest.fixture
def claims(gui_context, sqlite_actors, monkeypatch):
    """Two approved claims of 王芳 (¥1,200.25 and ¥1,000.00), by the director."""
    gui_context.prompt.strict = True
    database, boss = gui_context.database, sqlite_actors[Role.DIRECTOR]
    one_officer_centre(database)
    plan = make_plan(database, boss)
    enrol(database, boss, plan.id)
    return [_approved(database, boss, plan.id, day, self_pay) for day, self_pay in ((1, "3400.50"), (9, "3000.00"))]


def _approved(database, actor, plan_id, day, self_pay) -> int:
    claim = draft(worker_id(database), plan_id, event_on=date(2026, 6, day), admission_on=None, discharge_on=None,
                  self_pay=D(self_pay))
    saved = ClaimIntakeService(database).submit(actor, claim)
    review = ClaimReviewService(database)
    reviewed = review.review(actor, saved.id, _read(database, AidClaim, saved.id).version)
    return review.approve(actor, saved.id, reviewed.version).id


def _read(database, model, key):
    with database.read() as session:
        return session.get(model, key)


@pytest.fixture
def tab(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    area = window.show_area("理赔支付")
    area.setCurrentWidget(area.batches)  # the officer opens the tab: a hidden tab refreshes only when shown
    return area.batches


def make_batch(qtbot, tab, claim_ids, actor=None):
    batch = BatchService(tab.context.database).make_batch(actor or tab.context.actor, claim_ids, date(2026, 7, 1))
    qtbot.waitUntil(lambda: any(b.id == batch.id for b in tab.batches))
    tab.select(batch.id)
    return batch


def click_claim(qtbot, tab, row: int) -> None:
    rect = tab.sheet.visualItemRect(tab.sheet.item(row, 1))
    qtbot.mouseClick(tab.sheet.viewport(), LEFT, pos=rect.center())


def answer(tab, *answers):
    """Script the reason (``None``: 取消) and, for a batch's last claim, the confirmation;
    gives what was asked, live."""
    prompt = tab.context.prompt
    prompt.shown.clear()
    prompt.script(*answers)
    return prompt.recorded("ask_text", "confirm")


def test_remove_selected_claim_with_reason(qtbot, tab, claims, monkeypatch):
    batch = make_batch(qtbot, tab, claims)
    assert tab.sheet.rowCount() == 2 and not tab.remove_button.isEnabled()
    click_claim(qtbot, tab, 1)
    assert tab.remove_button.isEnabled()
    asked = answer(tab, REASON)
    qtbot.mouseClick(tab.remove_button, LEFT)
    qtbot.waitUntil(lambda: tab.sheet.rowCount() == 1)
    number = _read(tab.context.database, AidClaim, claims[1]).number
    assert asked == [f"将理赔 {number}（王芳，¥1,000.00）移出批次 {batch.number} 的原因："]
    claim = _read(tab.context.database, AidClaim, claims[1])
    assert (claim.status, claim.batch_id) == (ClaimStatus.APPROVED, None)
    stored = _read(tab.context.database, PaymentBatch, batch.id)
    assert (stored.status, stored.count, stored.total) == (BatchStatus.DRAFT, 1, D("1200.25"))
    with tab.context.database.read() as session:
        payment = session.scalar(select(Payment).where(Payment.claim_id == claims[1]))
        reason = session.scalar(select(StateTransition.reason).where(StateTransition.entity_type == "payment"))
    assert payment.status == PaymentStatus.CANCELLED and reason == f"移出批次：{REASON}"
    row = tab.table.currentRow()
    assert (tab.table.item(row, 2).text(), tab.table.item(row, 3).text()) == ("1", "1,200.25")
    assert tab.sheet.rowCount() == 1 and tab.sheet.item(0, 4).text() == "1,200.25"
    assert not tab.remove_button.isEnabled()


def test_cancelled_dialog_changes_nothing(qtbot, tab, claims, monkeypatch):
    batch = make_batch(qtbot, tab, claims)
    click_claim(qtbot, tab, 0)
    answer(tab, None)
    qtbot.mouseClick(tab.remove_button, LEFT)
    assert _read(tab.context.database, PaymentBatch, batch.id).version == batch.version
    assert tab.sheet.rowCount() == 2


def test_last_claim_asks_then_voids_the_batch(qtbot, tab, claims, monkeypatch):
    batch = make_batch(qtbot, tab, claims[:1])
    click_claim(qtbot, tab, 0)
    asked = answer(tab, REASON, False)
    qtbot.mouseClick(tab.remove_button, LEFT)
    assert f"批次 {batch.number} 的最后一笔理赔" in asked[1]
    assert _read(tab.context.database, AidClaim, claims[0]).batch_id == batch.id
    answer(tab, REASON, True)
    qtbot.mouseClick(tab.remove_button, LEFT)
    qtbot.waitUntil(lambda: tab.sheet.rowCount() == 0)
    stored = _read(tab.context.database, PaymentBatch, batch.id)
    assert (stored.status, stored.count, stored.total) == (BatchStatus.VOIDED, 0, D("0.00"))
    assert tab.table.item(tab.table.currentRow(), 4).text() == "已作废" and tab.sheet.rowCount() == 0
    assert not any(b.isEnabled() for b in (tab.approve_button, tab.remove_button, tab.export_button))


def test_not_offered_once_approved(qtbot, tab, claims):
    batch = make_batch(qtbot, tab, claims)
    qtbot.mouseClick(tab.approve_button, LEFT)
    qtbot.waitUntil(lambda: tab.current().status == BatchStatus.APPROVED)
    assert _read(tab.context.database, PaymentBatch, batch.id).status == BatchStatus.APPROVED
    click_claim(qtbot, tab, 0)
    assert tab.current_claim() is not None and not tab.remove_button.isEnabled()


def test_not_offered_without_the_permission(qtbot, claims, sqlite_database, sqlite_actors, preferences, qapp):
    clerk = gui_context_for(sqlite_database, sqlite_actors[Role.CLERK], preferences, qapp)
    tab = BatchesTab(clerk)
    qtbot.addWidget(tab)
    tab.show()
    make_batch(qtbot, tab, claims, sqlite_actors[Role.DIRECTOR])
    click_claim(qtbot, tab, 0)
    assert tab.current_claim() is not None and not tab.remove_button.isEnabled()
