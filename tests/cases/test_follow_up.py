"""回访 after closing: planned at 结案 (设置's days after), on the due list, recorded on a closed
or archived file without reopening it (with satisfaction, audited), then off the due list."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from db.enums import CaseStatus, Role, Satisfaction
from db.models import AuditEntry, MediationCase
from desktop import settings as org_settings
from desktop.cases.forms import FollowUpInput
from desktop.cases.services import CaseServices
from desktop.due.service import DueList
from desktop.errors import ValidationError
from tests.cases.helpers import TODAY, drive, version_of
from tests.cases.test_window import click, errors, page  # noqa: F401
from tests.support.keyboard import type_text


def _follow_ups_due(database, horizon_days=60):
    summary = DueList(database).summary(horizon=TODAY + timedelta(days=horizon_days))
    return [item for item in summary.items if item.what == "结案回访"]


def _case(database, case_id):
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        return case.status, case.follow_up_due_on, [(f.satisfaction, f.result) for f in case.follow_ups]


@pytest.mark.parametrize("state", ["CLOSED", "ARCHIVED"])
def test_follow_up_is_planned_at_closing_and_recorded_without_reopening(services, database, mediator, state):
    case_id = drive(services, mediator, state)
    assert _case(database, case_id)[1] == TODAY + timedelta(days=30)
    due = _follow_ups_due(database)
    assert [(i.ref.record_id, i.due_on, i.ref.tab) for i in due] == [(case_id, TODAY + timedelta(days=30), "follow_up")]
    assert due[0].whose and "结案" in due[0].explanation

    with pytest.raises(ValidationError, match="满意度"):
        services.outcome.add_follow_up(mediator, case_id, FollowUpInput(TODAY, "电话", "已履行完毕"),
                                       version=version_of(services, case_id))
    services.outcome.add_follow_up(mediator, case_id, FollowUpInput(TODAY, "电话", "款项已全部到账", Satisfaction.BASIC),
                                   version=version_of(services, case_id))
    assert _case(database, case_id) == (CaseStatus(state), None, [(Satisfaction.BASIC, "款项已全部到账")])
    assert _follow_ups_due(database) == []
    with database.read() as session:
        events = session.scalars(select(AuditEntry.detail).where(AuditEntry.entity_id == case_id,
                                                                 AuditEntry.action == "follow_up")).all()
    assert events == [f"{TODAY:%Y-%m-%d} 基本满意：款项已全部到账"]


def test_follow_up_days_come_from_settings_and_reopening_drops_the_plan(services, database, actors, mediator):
    store = org_settings.SettingsService(database)
    with pytest.raises(ValidationError, match="1 到 365"):
        store.save(actors[Role.ADMIN], replace(store.load(), follow_up_days=0))
    store.save(actors[Role.ADMIN], replace(store.load(), follow_up_days=10))
    case_id = drive(services, mediator, "CLOSED")
    assert _case(database, case_id)[1] == TODAY + timedelta(days=10)
    services.closing.reopen(actors[Role.DIRECTOR], case_id, "补充材料", version=version_of(services, case_id))
    assert _case(database, case_id)[1] is None and _follow_ups_due(database) == []


def test_follow_up_from_the_window_of_an_archived_case(qtbot, page, gui_context, errors):  # noqa: F811
    services = CaseServices(gui_context.database)
    case_id = drive(services, gui_context.actor, "ARCHIVED")
    window = page.open_case(case_id)
    window.show_tab("follow_up")
    button = window.tabs.buttons["follow_up"]
    assert button.isVisible() and button.isEnabled()
    click(qtbot, button)
    dialog = window.current_dialog
    type_text(qtbot, dialog.inputs["result"], "协议已履行，申请人表示满意")
    click(qtbot, dialog.ok_button)
    assert errors and "满意度" in errors[-1]
    combo = dialog.inputs["satisfaction"]
    combo.setCurrentIndex(combo.findData(Satisfaction.SATISFIED))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert _case(gui_context.database, case_id) == (CaseStatus.ARCHIVED, None,
                                                    [(Satisfaction.SATISFIED, "协议已履行，申请人表示满意")])
    qtbot.waitUntil(lambda: window.tabs.follow_ups.rowCount() == 1)
    assert window.tabs.follow_ups.item(0, 2).text() == "满意"
