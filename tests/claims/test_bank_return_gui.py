"""导入银行回盘 in the 支付批次 tab as the director does it: choose the file, read the preview, confirm."""

from datetime import date
from decimal import Decimal

import pytest

from db.enums import BatchStatus, ClaimStatus, PaymentStatus, Role
from db.models import AidClaim, PaymentBatch
from tests.claims.bank_return_helpers import approved_batch, approved_claims, line, read, snapshot, write_return
from tests.claims.helpers import enrol, make_plan, one_officer_centre
from tests.conftest import gui_context_for
from ui.claims.common import set_date
from ui.main_window import MainWindow
from ui.qt import Qt

D = Decimal
LEFT = Qt.MouseButton.LeftButton
REASON = "户名与账号不符"


@pytest.fixture
def batch(gui_context, sqlite_actors):
    """An approved batch of three claims of 王芳 (¥1,200.25, ¥500.01, ¥1,000.00)."""
    database, boss = gui_context.database, sqlite_actors[Role.DIRECTOR]
    one_officer_centre(database)
    plan = make_plan(database, boss)
    enrol(database, boss, plan.id)
    return approved_batch(database, boss, approved_claims(database, boss, plan.id))


def open_tab(qtbot, context, batch):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    area = window.show_area("理赔支付")
    area.setCurrentWidget(area.batches)
    tab = area.batches
    qtbot.waitUntil(lambda: any(b.id == batch.id for b in tab.batches))
    tab.select(batch.id)
    return tab


def test_import_return_previews_then_writes_every_line(qtbot, gui_context, batch, tmp_path):
    gui_context.prompt.strict = True
    tab = open_tab(qtbot, gui_context, batch)
    assert tab.return_button.isEnabled() and tab.paid_button.text() == "全部支付成功…"
    path = write_return(tmp_path / "回盘.xlsx", [line(1), line(2, "失败", REASON), line(3)])
    gui_context.prompt.script(path)
    qtbot.mouseClick(tab.return_button, LEFT)
    dialog = tab.return_dialog
    assert dialog is not None and dialog.isVisible() and dialog.table.rowCount() == 3
    assert read(gui_context.database, PaymentBatch, batch.id).status == BatchStatus.APPROVED  # only a preview
    set_date(dialog.paid_on, date(2026, 7, 6))
    assert dialog.table.item(0, 6).text() == "2026-07-06"
    assert dialog.table.item(1, 5).text() == "失败" and dialog.table.item(1, 7).text() == REASON
    assert "支付失败 1 笔 ¥500.01" in dialog.summary.text() and "部分支付" in dialog.summary.text()
    informed = gui_context.prompt.recorded("inform")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    stored = read(gui_context.database, PaymentBatch, batch.id)
    assert (stored.status, stored.paid_count, stored.paid_total, stored.failed_count, stored.failed_total) == (
        BatchStatus.PARTIAL, 2, D("2200.25"), 1, D("500.01"))
    with gui_context.database.read() as session:
        claims = [(c.status, c.batch_id, c.paid_on) for c in session.query(AidClaim).order_by(AidClaim.number)]
    assert claims == [(ClaimStatus.PAID, batch.id, date(2026, 7, 6)), (ClaimStatus.APPROVED, None, None),
                      (ClaimStatus.PAID, batch.id, date(2026, 7, 6))]
    assert informed and "部分支付" in informed[0]
    qtbot.waitUntil(lambda: tab.current().status == BatchStatus.PARTIAL)
    row = tab.table.currentRow()
    assert tab.table.item(row, 4).text() == "部分支付"
    assert tab.table.item(row, 6).text() == "成功 2 笔 ¥2,200.25；失败 1 笔 ¥500.01"
    assert tab.sheet.item(1, 6).text() == PaymentStatus.FAILED.label and tab.sheet.item(1, 7).text() == REASON
    assert tab.sheet.item(0, 6).text() == "已支付 2026-07-06"
    assert not tab.paid_button.isEnabled() and tab.return_button.isEnabled()


def test_mismatch_is_refused_before_the_dialog_and_nothing_changes(qtbot, gui_context, batch, tmp_path):
    tab = open_tab(qtbot, gui_context, batch)
    before = snapshot(gui_context.database, batch.id)
    path = write_return(tmp_path / "bad.xlsx", [line(1), line(2, amount=D("600.00")), line(3)])
    warned = gui_context.prompt.recorded("warn")
    gui_context.prompt.script(path)
    qtbot.mouseClick(tab.return_button, LEFT)
    assert tab.return_dialog is None
    assert len(warned) == 1 and "第 4 行「金额」" in warned[0] and "¥600.00" in warned[0]
    assert snapshot(gui_context.database, batch.id) == before


def test_cancelled_dialog_writes_nothing(qtbot, gui_context, batch, tmp_path):
    tab = open_tab(qtbot, gui_context, batch)
    before = snapshot(gui_context.database, batch.id)
    gui_context.prompt.script(write_return(tmp_path / "r.xlsx", [line(1)]))
    qtbot.mouseClick(tab.return_button, LEFT)
    tab.return_dialog.reject()
    assert snapshot(gui_context.database, batch.id) == before


def test_all_paid_by_hand_asks_first(qtbot, gui_context, batch):
    tab = open_tab(qtbot, gui_context, batch)
    asked = gui_context.prompt.recorded("confirm")
    gui_context.prompt.script(False)
    qtbot.mouseClick(tab.paid_button, LEFT)
    assert "全部 3 笔" in asked[0] and "导入银行回盘" in asked[0]
    assert read(gui_context.database, PaymentBatch, batch.id).status == BatchStatus.APPROVED
    gui_context.prompt.script(True)
    qtbot.mouseClick(tab.paid_button, LEFT)
    stored = read(gui_context.database, PaymentBatch, batch.id)
    assert (stored.status, stored.paid_count, stored.paid_total) == (BatchStatus.PAID, 3, D("2700.26"))


def test_not_offered_without_the_permission(qtbot, batch, sqlite_database, sqlite_actors, preferences, qapp):
    clerk = gui_context_for(sqlite_database, sqlite_actors[Role.CLERK], preferences, qapp)
    tab = open_tab(qtbot, clerk, batch)
    assert not tab.return_button.isEnabled()


def test_reading_again_and_importing_run_on_the_task_runner(qtbot, gui_context, batch, tmp_path, monkeypatch):
    """With the program's threaded runner the file is read, read again and imported off the GUI thread."""
    import threading

    from desktop.claims.bank_return import BankReturnImport
    from ui.tasks import TaskRunner

    gui_context.runner, threads = TaskRunner(), []
    for name in ("preview", "apply"):
        original = getattr(BankReturnImport, name)

        def recorded(self, *args, _original=original, **kwargs):
            threads.append(threading.current_thread())
            return _original(self, *args, **kwargs)
        monkeypatch.setattr(BankReturnImport, name, recorded)
    tab = open_tab(qtbot, gui_context, batch)
    gui_context.prompt.script(write_return(tmp_path / "回盘.xlsx", [line(1), line(2, "失败", REASON), line(3)]))
    qtbot.mouseClick(tab.return_button, LEFT)
    qtbot.waitUntil(lambda: tab.return_dialog is not None and tab.return_dialog.isVisible())
    dialog = tab.return_dialog
    set_date(dialog.paid_on, date(2026, 7, 6))
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() and dialog.table.item(0, 6).text() == "2026-07-06")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    gui_context.runner.wait()
    assert read(gui_context.database, PaymentBatch, batch.id).status == BatchStatus.PARTIAL
    assert len(threads) == 3 and threading.main_thread() not in threads
