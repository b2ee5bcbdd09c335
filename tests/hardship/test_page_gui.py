"""困难帮扶 through the window (SQLite + PostgreSQL): 建档 with the keyboard, the filters, 年度复核, 脱困,
supporting documents and the 工作台's way in; the database read back each time."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.enums import HardshipLevel, HardshipStatus, ReviewResult, Role
from db.models import Attachment, HardshipFile, HardshipReview
from desktop.filestore import file_sha256
from tests.conftest import gui_context_for
from tests.hardship.helpers import draft, make_worker
from tests.support.keyboard import type_text
from ui.hardship.page import AREA_KEY, HardshipPage
from ui.pages import AREAS

pytestmark = pytest.mark.db


@pytest.fixture
def context(database, actors, preferences, qapp):
    return gui_context_for(database, actors[Role.ADMIN], preferences, qapp)


@pytest.fixture
def page(qtbot, context):
    shown = HardshipPage(context)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()
    shown.deleteLater()  # its dialogs and their pending worker searches go with it, before the database does
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _type(qtbot, text: str) -> None:
    type_text(qtbot, QApplication.focusWidget(), text)


def _key(qtbot, key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)


def _numbers(page) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def test_the_area_follows_claims_in_the_navigation():
    keys = [getattr(area, "AREA_KEY", None) for area in AREAS]
    assert keys.index(AREA_KEY) == keys.index("claims") + 1


def test_a_file_is_opened_with_the_keyboard_alone(qtbot, page, context):
    worker = make_worker(context.database, name="王小芳")
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.worker)
    _type(qtbot, "王小芳")
    qtbot.waitUntil(lambda: dialog.worker.hits != [] and dialog.worker.completer().popup().isVisible())
    popup = dialog.worker.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.worker.chosen is not None)
    assert dialog.worker.chosen.id == worker and "王小芳" in dialog.worker_info.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.level)  # picking the worker moves on
    _key(qtbot, Qt.Key.Key_Up)  # 困难 → 特困
    _key(qtbot, Qt.Key.Key_Tab)
    QApplication.focusWidget().selectAll()
    _type(qtbot, "4")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "612.50")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "丈夫重病、两子女就学")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "夫 李某 重病")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.filed_on
    _key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible() and context.prompt.shown == []
    with context.database.read() as session:
        record = session.scalars(select(HardshipFile)).one()
        saved = (record.worker_id, record.level, record.household_size, str(record.income_per_head),
                 record.causes, record.household_members, record.filed_on, record.status)
    today = context.services.today()
    assert saved == (worker, HardshipLevel.EXTREME, 4, "612.50", "丈夫重病、两子女就学", "夫 李某 重病", today,
                     HardshipStatus.ACTIVE)
    assert _numbers(page) == [record.number] and page.window is not None
    assert page.window.windowTitle() == f"困难职工档案 {record.number} — 王小芳"
    assert "在档 1 户（特困 1" in page.figures.text() and "鼓楼街道 1" in page.figures.text()


def test_no_worker_chosen_or_no_causes_is_named_and_nothing_is_saved(qtbot, page, context):
    make_worker(context.database, name="张伟")
    dialog = page.new_file()
    type_text(qtbot, dialog.worker, "张伟")
    qtbot.keyClick(dialog.income, Qt.Key.Key_Return)
    assert dialog.isVisible() and "请从查找结果中选定职工" in context.prompt.shown[-1][2]
    dialog.worker.run_search()
    dialog.worker.choose(0)
    type_text(qtbot, dialog.income, "800")
    qtbot.keyClick(dialog.income, Qt.Key.Key_Return)
    assert dialog.isVisible() and "致困原因" in context.prompt.shown[-1][2]
    assert dialog.guard.marked() == [dialog.causes]
    with context.database.read() as session:
        assert session.scalars(select(HardshipFile)).all() == []


def _file(context, name: str, seq: int, **kw) -> int:
    worker = make_worker(context.database, name=name, seq=seq, street=kw.pop("street", "鼓楼街道"))
    return context.services.hardship.files.open_file(context.actor, draft(worker, **kw)).id


def test_search_level_status_and_due_filters(qtbot, page, context):
    _file(context, "王小芳", 124, filed_on=date(2024, 3, 1))  # review due long ago
    _file(context, "张伟", 245, level=HardshipLevel.RELATIVE, street="果园街道",
          filed_on=context.services.today())
    page.refresh()
    assert len(_numbers(page)) == 2
    page.due_only.setChecked(True)
    assert [page.table.item(r, 1).text() for r in range(page.table.rowCount())] == ["王小芳"]
    page.due_only.setChecked(False)
    page.level.set_value(HardshipLevel.RELATIVE)
    assert [page.table.item(r, 1).text() for r in range(page.table.rowCount())] == ["张伟"]
    page.level.set_value(None)
    type_text(qtbot, page.search, "小芳")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert [page.table.item(r, 1).text() for r in range(page.table.rowCount())] == ["王小芳"]
    page.status.set_value(HardshipStatus.RELIEVED)
    assert page.table.rowCount() == 0


def test_review_relief_and_documents_in_the_file_window(qtbot, page, context, tmp_path):
    file_id = _file(context, "王小芳", 124, filed_on=date(2025, 11, 20))
    window = page.open_record(file_id, "review")
    qtbot.addWidget(window)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "复核记录"
    review = window.start_review()
    review.level.set_value(HardshipLevel.EXTREME)
    type_text(qtbot, review.income, "")
    review.income.selectAll()
    type_text(qtbot, review.income, "520")
    qtbot.keyClick(review.income, Qt.Key.Key_Return)
    assert review.isVisible() and "复核意见" in context.prompt.shown[-1][2]
    type_text(qtbot, review.note, "丈夫病情加重，收入下降")
    qtbot.keyClick(review.income, Qt.Key.Key_Return)
    assert not review.isVisible()
    assert window.reviews.rowCount() == 1 and window.reviews.item(0, 1).text() == "调整等级"
    relief = window.start_relief()
    type_text(qtbot, relief.reason, "本人再就业，家庭收入超过标准")
    qtbot.keyClick(relief.reason, Qt.Key.Key_Return)
    assert not relief.isVisible()
    assert not window.review_button.isEnabled() and "脱困" in window.summary.text()
    proof = tmp_path / "低保证明.pdf"
    proof.write_bytes(b"%PDF-1.4 certificate of minimum living allowance")
    context.prompt.script(str(proof))
    window.attach_button.click()
    assert window.attachments.count() == 1 and "低保证明.pdf" in window.attachments.item(0).text()
    window.open_button.click()
    opened = context.prompt.opened[-1]
    assert opened.name == "低保证明.pdf" and opened.read_bytes() == proof.read_bytes()
    with context.database.read() as session:
        record = session.get(HardshipFile, file_id)
        reviews = session.scalars(select(HardshipReview)).all()
        attachment = session.scalars(select(Attachment).where(Attachment.owner_id == file_id)).one()
        assert (record.status, record.level, record.relieved_on, record.relieved_reason, record.next_review_on) == (
            HardshipStatus.RELIEVED, HardshipLevel.EXTREME, context.services.today(), "本人再就业，家庭收入超过标准",
            None)
        assert [(r.result, r.note) for r in reviews] == [(ReviewResult.CHANGED, "丈夫病情加重，收入下降")]
        assert attachment.owner_type == "hardship_file" and attachment.sha256 == file_sha256(proof)
