"""帮扶救助 through the window (SQLite + PostgreSQL): a programme made, a 金秋助学 application typed in,
a refusal naming the field, 审核 and 核准 by two officers; the database read back each time."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.enums import AidKind, AidStatus, Role, SchoolStage
from db.models import AidApplication, AidProgramme
from tests.aid.helpers import child_id, hardship_worker
from tests.conftest import gui_context_for
from tests.support.keyboard import type_text
from ui.aid.application_window import ApplicationWindow
from ui.aid.page import AREA_KEY, AidPage
from ui.pages import AREAS

pytestmark = pytest.mark.db


@pytest.fixture
def context(database, actors, preferences, qapp):
    shown = gui_context_for(database, actors[Role.ADMIN], preferences, qapp)
    shown.services.today = lambda: date(2025, 9, 30)
    shown.services.aid.applications._today = shown.services.today
    return shown


@pytest.fixture
def page(qtbot, context):
    shown = AidPage(context)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()
    shown.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_area_follows_hardship_in_the_navigation():
    keys = [getattr(area, "AREA_KEY", None) for area in AREAS]
    assert keys.index(AREA_KEY) == keys.index("hardship") + 1


def _new_programme(qtbot, page, context) -> int:
    dialog = page.new_programme()
    type_text(qtbot, dialog.name, "2025年金秋助学")
    dialog.save()
    with context.database.read() as session:
        programme = session.scalars(select(AidProgramme)).one()
    assert programme.kind is AidKind.SCHOOL and programme.year == 2025 and programme.fixed_amount is None
    return programme.id


def _pick_worker(qtbot, dialog, name: str) -> None:
    dialog.worker.setFocus()
    type_text(qtbot, dialog.worker, name)
    qtbot.waitUntil(lambda: dialog.worker.hits != [] and dialog.worker.completer().popup().isVisible())
    popup = dialog.worker.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.worker.chosen is not None)


def test_apply_review_and_approve_through_the_window(qtbot, page, context, actors, preferences, qapp):
    context.services.aid.programmes.set_standard(actors[Role.ADMIN], AidKind.SCHOOL, "UNDERGRADUATE", "5000",
                                                 date(2025, 1, 1))
    _new_programme(qtbot, page, context)
    hardship_worker(context.database, actors, "王小芳")
    qtbot.waitUntil(lambda: page.programme.count() == 2)
    dialog = page.new_application()
    _pick_worker(qtbot, dialog, "王小芳")
    type_text(qtbot, dialog.child_name, "王晓明")
    type_text(qtbot, dialog.child_id, "110105200705061234")  # wrong check digit
    type_text(qtbot, dialog.school, "北京工业大学")
    dialog.save()
    assert dialog.child_id in dialog.guard.marked() and dialog.isVisible()
    dialog.child_id.setText(child_id())
    dialog.save()
    with context.database.read() as session:
        record = session.scalars(select(AidApplication)).one()
    assert record.amount == Decimal("5000.00") and record.school_stage is SchoolStage.UNDERGRADUATE
    assert record.child_name == "王晓明" and record.grounds.startswith("困难职工档案 KN2025-")
    assert page.table.rowCount() == 1 and page.table.item(0, 8).text() == "待审核"
    window = page.window
    assert window is not None and "5,000.00" in window.summary.text()
    context.prompt.script("材料齐全", "同意")
    qtbot.mouseClick(window.buttons["review"], Qt.MouseButton.LeftButton)
    assert window.detail.row.status is AidStatus.REVIEWED and window.buttons["approve"].isEnabled()
    qtbot.mouseClick(window.buttons["approve"], Qt.MouseButton.LeftButton)
    assert "审核人与核准人不能为同一人" in context.prompt.texts("warn")[-1]
    director = gui_context_for(context.database, actors[Role.DIRECTOR], preferences, qapp)
    director.services.today = context.services.today
    other = ApplicationWindow(director, record.id)
    qtbot.addWidget(other)
    director.prompt.script("同意资助")
    qtbot.mouseClick(other.buttons["approve"], Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        record = session.get(AidApplication, record.id)
        assert record.status is AidStatus.APPROVED and record.decision_note == "同意资助"
    assert not other.buttons["approve"].isEnabled() and other.buttons["withdraw"].isEnabled()


def test_a_worker_with_no_grounds_is_refused_in_the_form(qtbot, page, context, actors):
    from tests.hardship.helpers import make_worker

    _new_programme(qtbot, page, context)
    make_worker(context.database, name="张伟", seq=300)
    page.refresh()
    dialog = page.new_application()
    _pick_worker(qtbot, dialog, "张伟")
    dialog.child_name.setText("张小伟")
    dialog.child_id.setText(child_id())
    dialog.school.setText("密云二中")
    dialog.save()
    assert dialog.worker in dialog.guard.marked() and "劳模名册" in dialog.worker.toolTip()
    with context.database.read() as session:
        assert session.scalar(select(AidApplication.id)) is None


def test_standards_and_the_model_roll_are_kept_in_their_window(qtbot, page, context, actors):
    from db.models import AidRule, ModelWorker
    from tests.hardship.helpers import make_worker

    worker = make_worker(context.database, name="张伟", seq=300)
    window = page.open_standards()
    qtbot.addWidget(window)
    window.grade.setCurrentIndex(window.grade.findText("本科"))
    type_text(qtbot, window.amount, "5000")
    qtbot.mouseClick(window.add_standard, Qt.MouseButton.LeftButton)
    window.amount.setText("-1")
    qtbot.mouseClick(window.add_standard, Qt.MouseButton.LeftButton)
    assert "标准金额" in context.prompt.texts("warn")[-1]
    with context.database.read() as session:
        rule = session.scalars(select(AidRule)).one()
    assert (rule.kind, rule.grade, rule.amount, rule.effective_from) == (
        AidKind.SCHOOL, "UNDERGRADUATE", Decimal("5000.00"), date(2025, 9, 30))
    assert window.standards.rowCount() == 1 and window.standards.item(0, 1).text() == "本科"
    window.tabs.setCurrentIndex(1)
    _pick_worker(qtbot, window, "张伟")
    type_text(qtbot, window.title, "北京市劳动模范")
    qtbot.mouseClick(window.add_model, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        assert session.scalars(select(ModelWorker.worker_id)).all() == [worker]
    assert window.roll.item(0, 0).text() == "张伟"
    window.roll.setCurrentCell(0, 0)
    context.prompt.script(True)
    qtbot.mouseClick(window.remove_model, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        assert session.scalar(select(ModelWorker.id)) is None
