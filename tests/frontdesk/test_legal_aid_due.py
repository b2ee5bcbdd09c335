"""Legal-aid cases on the 工作台: the 审查期限 on the working-day calendar until decided, and the hearings
ahead while the case is handled; "mine" is the registering officer."""

from __future__ import annotations

from datetime import date

from db.enums import LawyerKind, LegalAidProcedure, Role
from desktop.due import DueList
from desktop.due.sources import all_sources
from desktop.frontdesk.lawyers import LawyerInput, LawyerService
from desktop.frontdesk.legal_aid import LegalAidService, ProgressInput, ReviewInput
from desktop.frontdesk.legal_aid_due import LegalAidDueSource
from tests.frontdesk.helpers import TODAY, application


def test_review_limit_and_hearings_are_due_until_done(database, actors):
    clerk, boss = actors[Role.CLERK], actors[Role.DIRECTOR]
    service = LegalAidService(database, today=lambda: TODAY)
    due = DueList(database, today=lambda: TODAY, sources=lambda: [LegalAidDueSource()])
    case_id = service.apply(clerk, application())  # Wednesday 2026-06-10
    items = due.summary(horizon=date(2026, 7, 31)).items
    assert [(i.what, i.due_on, i.ref.tab, i.officer_id) for i in items] == [
        ("法律援助审查期限", date(2026, 6, 17), "review", clerk.officer_id)]
    assert due.summary(boss.officer_id, horizon=date(2026, 7, 31)).items == ()
    lawyer = LawyerService(database).add(actors[Role.ADMIN], LawyerInput("赵律师", LawyerKind.UNION))
    service.review(clerk, case_id, ReviewInput(True, "符合", TODAY), service.get(case_id).version)
    service.accept(boss, case_id, TODAY, "", service.get(case_id).version)
    service.assign(clerk, case_id, lawyer, LegalAidProcedure.ARBITRATION, TODAY, service.get(case_id).version)
    for on, hearing in ((date(2026, 6, 30), True), (TODAY, False)):
        service.record_progress(clerk, case_id, ProgressInput(on, LegalAidProcedure.ARBITRATION, "开庭", hearing,
                                                              "第二仲裁庭"), service.get(case_id).version)
    items = due.summary(horizon=date(2026, 7, 31)).items
    assert [(i.what, i.due_on, i.ref.tab, i.explanation) for i in items] == [
        ("法律援助开庭", date(2026, 6, 30), "progress", "仲裁开庭，第二仲裁庭")]
    assert due.summary(horizon=date(2026, 6, 29)).items == ()
    assert any(isinstance(source, LegalAidDueSource) for source in all_sources())
