"""中止 from the case window: a reason from the list, a start, a resume; the clock moves by the days paused."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from db.enums import PauseReason
from db.models import AuditEntry, CasePause, MediationCase
from desktop.calendar import calendar_of
from tests.cases.test_window import TODAY, _mediating, click, errors, page, step  # noqa: F401
from tests.support.keyboard import type_text
from ui.cases.widgets import to_qdate


def test_pause_and_resume_move_the_clock_by_the_days_paused(qtbot, page, gui_context, errors):  # noqa: F811
    case_id, window = _mediating(qtbot, page, errors, received=TODAY - timedelta(days=12))
    assert window.tabs.buttons["pause"].isEnabled() and not window.tabs.buttons["resume"].isEnabled()

    def other_without_text(dialog):
        dialog.inputs["reason"].setCurrentIndex(dialog.inputs["reason"].findData(PauseReason.OTHER))
    click(qtbot, window.tabs.buttons["pause"])
    other_without_text(window.current_dialog)
    click(qtbot, window.current_dialog.ok_button)
    assert errors and "具体原因" in errors[-1]
    window.current_dialog.reject()

    def appraisal(dialog):
        dialog.inputs["reason"].setCurrentIndex(dialog.inputs["reason"].findData(PauseReason.APPRAISAL))
        dialog.inputs["started_on"].setDate(to_qdate(TODAY - timedelta(days=10)))
        type_text(qtbot, dialog.inputs["note"], "工伤等级鉴定")
    step(qtbot, window, "pause", appraisal)
    assert "已中止" in window.clock.text() and "鉴定/评估" in window.clock.text()
    assert window.tabs.buttons["resume"].isEnabled() and not window.tabs.buttons["pause"].isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.data(page.model.index(0, 11)) == "已中止")

    step(qtbot, window, "resume", lambda d: d.inputs["on"].setDate(to_qdate(TODAY)))
    with gui_context.database.read() as session:
        case = session.get(MediationCase, case_id)
        pause = session.scalars(select(CasePause).where(CasePause.case_id == case_id)).one()
        expected = calendar_of(session).next_working_day(case.received_on + timedelta(days=15 + 10))
        events = session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == case_id,
                                                                 AuditEntry.action.in_(("pause", "resume")))).all()
    assert (case.paused_days, case.paused_since, pause.resumed_on) == (10, None, TODAY)
    assert events == ["pause", "resume"]
    assert window.detail.clock.due == expected
    assert "中止 10 日" in window.clock.text()
