"""The archived file as a volume: 盒号/卷号/保管期限, 借阅 (借阅中, on the due list when due back) and 归还,
without reopening the file; from the window and headless."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from db.enums import CaseStatus, Retention
from db.models import ArchiveLoan, MediationCase
from desktop.cases.archive import LoanInput, VolumeInput
from desktop.cases.services import CaseServices
from desktop.due.service import DueList
from desktop.errors import TransitionError, ValidationError
from tests.cases.helpers import TODAY, drive, version_of
from tests.cases.test_window import click, errors, page, step  # noqa: F401
from tests.support.keyboard import type_text
from ui.cases.widgets import to_qdate


def _loans_due(database):
    summary = DueList(database).summary(horizon=TODAY + timedelta(days=30))
    return [(item.ref.record_id, item.due_on) for item in summary.items if item.what == "卷宗借阅归还"]


def _loans(database, case_id):
    with database.read() as session:
        return [(r.borrower, r.lent_on, r.due_back_on, r.returned_on) for r in session.scalars(
            select(ArchiveLoan).where(ArchiveLoan.case_id == case_id).order_by(ArchiveLoan.id))]


def test_volume_and_loans_on_an_archived_file(services, database, mediator):
    closed = drive(services, mediator, "CLOSED")
    with pytest.raises(TransitionError, match="归档"):
        services.archive.file_volume(mediator, closed, VolumeInput("3", "12", Retention.LONG),
                                     version=version_of(services, closed))
    case_id = drive(services, mediator, "ARCHIVED")
    with pytest.raises(ValidationError, match="保管期限"):
        services.archive.file_volume(mediator, case_id, VolumeInput("3", "12", None), version=version_of(services, case_id))
    services.archive.file_volume(mediator, case_id, VolumeInput(" 3 ", "12", Retention.LONG),
                                 version=version_of(services, case_id))
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        assert (case.status, case.box_no, case.volume_no, case.retention) == (CaseStatus.ARCHIVED, "3", "12", Retention.LONG)

    with pytest.raises(ValidationError, match="不能早于借出日期"):
        services.archive.lend(mediator, case_id, LoanInput("王律师", "仲裁举证", TODAY, TODAY - timedelta(days=1)),
                              version=version_of(services, case_id))
    services.archive.lend(mediator, case_id, LoanInput("王律师", "仲裁举证", TODAY, TODAY + timedelta(days=7), "某律所"),
                          version=version_of(services, case_id))
    assert _loans_due(database) == [(case_id, TODAY + timedelta(days=7))]
    with pytest.raises(ValidationError, match="尚未归还"):
        services.archive.lend(mediator, case_id, LoanInput("李四", "查阅", TODAY, TODAY), version=version_of(services, case_id))
    services.archive.give_back(mediator, case_id, TODAY, version=version_of(services, case_id))
    assert _loans(database, case_id) == [("王律师", TODAY, TODAY + timedelta(days=7), TODAY)]
    assert _loans_due(database) == []
    with pytest.raises(ValidationError, match="不在借阅中"):
        services.archive.give_back(mediator, case_id, TODAY, version=version_of(services, case_id))


def test_archive_tab_files_the_volume_lends_and_takes_back(qtbot, page, gui_context, errors):  # noqa: F811
    services = CaseServices(gui_context.database)
    case_id = drive(services, gui_context.actor, "ARCHIVED")
    window = page.open_case(case_id)
    window.show_tab("archive")
    buttons = window.tabs.buttons
    assert buttons["lend"].isEnabled() and not buttons["give_back"].isEnabled()

    def volume(dialog):
        type_text(qtbot, dialog.inputs["box_no"], "5")
        type_text(qtbot, dialog.inputs["volume_no"], "27")
        combo = dialog.inputs["retention"]
        combo.setCurrentIndex(combo.findData(Retention.PERMANENT))
    step(qtbot, window, "volume", volume)
    qtbot.waitUntil(lambda: "盒号：5" in window.tabs.volume.text())
    assert "保管期限：永久" in window.tabs.volume.text() and "在库" in window.tabs.volume.text()

    def lend(dialog):
        type_text(qtbot, dialog.inputs["borrower"], "赵律师")
        type_text(qtbot, dialog.inputs["purpose"], "诉讼举证")
        dialog.inputs["lent_on"].setDate(to_qdate(TODAY))
        dialog.inputs["due_back_on"].setDate(to_qdate(TODAY + timedelta(days=5)))
    step(qtbot, window, "lend", lend)
    qtbot.waitUntil(lambda: "借阅中" in window.tabs.volume.text())
    assert buttons["give_back"].isEnabled() and not buttons["lend"].isEnabled()
    assert window.tabs.loans.item(0, 4).text() == "借阅中"

    step(qtbot, window, "give_back", lambda d: d.inputs["on"].setDate(to_qdate(TODAY)))
    qtbot.waitUntil(lambda: "在库" in window.tabs.volume.text())
    assert errors == []
    assert _loans(gui_context.database, case_id) == [("赵律师", TODAY, TODAY + timedelta(days=5), TODAY)]
