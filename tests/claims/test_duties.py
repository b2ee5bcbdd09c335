"""职责分离: the reviewer of a claim cannot approve it, the maker of a batch cannot approve it.

Service rule on SQLite and PostgreSQL, the window's refusal naming the officer, and the
setting in 设置 that turns it off, each read back from the database.
"""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from db.enums import BatchStatus, ClaimStatus, Role
from db.models import AidClaim, PaymentBatch
from desktop.claims.batches import BatchService
from desktop.claims.intake import ClaimIntakeService
from desktop.claims.review import ClaimReviewService
from desktop.errors import PermissionDenied
from desktop.settings import SettingsService
from tests.claims.helpers import draft, enrol, make_plan, worker_id
from tests.conftest import gui_context_for
from ui.main_window import MainWindow
from ui.qt import Qt

LEFT = Qt.MouseButton.LeftButton


def _submitted(database, actor) -> int:
    plan = make_plan(database, actor)
    enrol(database, actor, plan.id)
    return ClaimIntakeService(database).submit(actor, draft(worker_id(database), plan.id)).id


def _claim(database, claim_id) -> AidClaim:
    with database.read() as session:
        return session.get(AidClaim, claim_id)


def test_reviewer_cannot_approve_and_batch_maker_cannot_approve_batch(database, actors):
    boss, mediator, admin = actors[Role.DIRECTOR], actors[Role.MEDIATOR], actors[Role.ADMIN]
    claim_id = _submitted(database, boss)
    review = ClaimReviewService(database)
    reviewed = review.review(boss, claim_id, _claim(database, claim_id).version)
    with pytest.raises(PermissionDenied, match="审核人与核准人不能为同一人（李主任）"):
        review.approve(boss, claim_id, reviewed.version)
    claim = _claim(database, claim_id)
    assert (claim.status, claim.approved_by, claim.approved_amount) == (ClaimStatus.REVIEWED, None, None)
    approved = review.approve(admin, claim_id, reviewed.version)
    assert approved.status == ClaimStatus.APPROVED and _claim(database, claim_id).approved_by == admin.officer_id
    batches = BatchService(database)
    batch = batches.make_batch(boss, [claim_id], date(2026, 7, 1))
    with pytest.raises(PermissionDenied, match="制表人与批次核准人不能为同一人（李主任）"):
        batches.approve(boss, batch.id, batch.version)
    with database.read() as session:
        assert session.get(PaymentBatch, batch.id).status == BatchStatus.DRAFT
    assert batches.approve(admin, batch.id, batch.version).status == BatchStatus.APPROVED
    assert mediator.officer_id != boss.officer_id


def test_a_centre_may_turn_separation_off(database, actors):
    boss, admin = actors[Role.DIRECTOR], actors[Role.ADMIN]
    settings = SettingsService(database)
    assert settings.load().separation_of_duties is True
    settings.save(admin, replace(settings.load(), separation_of_duties=False))
    claim_id = _submitted(database, boss)
    review = ClaimReviewService(database)
    reviewed = review.review(boss, claim_id, _claim(database, claim_id).version)
    assert review.approve(boss, claim_id, reviewed.version).status == ClaimStatus.APPROVED
    batches = BatchService(database)
    batch = batches.make_batch(boss, [claim_id], date(2026, 7, 1))
    assert batches.approve(boss, batch.id, batch.version).status == BatchStatus.APPROVED


def test_window_refuses_the_reviewer_approving_with_the_name(qtbot, sqlite_database, sqlite_actors, preferences,
                                                             qapp):
    boss = sqlite_actors[Role.DIRECTOR]
    claim_id = _submitted(sqlite_database, boss)
    context = gui_context_for(sqlite_database, boss, preferences, qapp)
    warnings = context.prompt.recorded()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("理赔支付")
    page.claims.apply_filter()
    page.claims.select_claim(claim_id)
    detail = page.claims.detail
    qtbot.mouseClick(detail.buttons["review"], LEFT)
    assert _claim(sqlite_database, claim_id).reviewed_by == boss.officer_id
    qtbot.mouseClick(detail.buttons["approve"], LEFT)
    qtbot.mouseClick(detail.approve_dialog.ok_button, LEFT)
    assert warnings and "审核人与核准人不能为同一人（李主任）" in warnings[-1]
    assert _claim(sqlite_database, claim_id).status == ClaimStatus.REVIEWED


def test_settings_page_turns_separation_off(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("设置").general
    assert page.separation.isChecked()
    page.separation.setChecked(False)
    qtbot.mouseClick(page.save_button, LEFT)
    assert SettingsService(gui_context.database).load().separation_of_duties is False


def test_demo_respects_separation(tmp_path):
    from db.engine import Database
    from db.migrate import upgrade
    from desktop.demo import generate

    database = Database(f"sqlite:///{tmp_path / 'demo.db'}")
    upgrade(database)
    generate(database, cases=30, letters=5, claims=200, seed=3, today=date(2026, 11, 30))
    with database.read() as session:
        claims = session.execute(select(AidClaim.reviewed_by, AidClaim.approved_by)
                                 .where(AidClaim.approved_by.is_not(None))).all()
        batches = session.execute(select(PaymentBatch.created_by, PaymentBatch.approved_by)).all()
    assert claims and batches
    assert all(reviewer != approver for reviewer, approver in claims)
    assert all(maker != approver for maker, approver in batches)
