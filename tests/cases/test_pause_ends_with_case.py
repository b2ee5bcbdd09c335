"""A case that ends while its clock is suspended: the suspension ends the same day (none left open)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from db.enums import PauseReason, TerminationReason
from db.models import AuditEntry, CasePause, MediationCase
from desktop.cases.forms import AgreementInput, TermInput, TerminationInput
from desktop.cases.pauses import PauseInput
from desktop.errors import ValidationError
from tests.cases.helpers import TODAY, drive, version_of

PAUSED_ON = TODAY - timedelta(days=2)
ENDINGS = {
    "terminate": lambda s, a, c, on: s.outcome.terminate(
        a, c, TerminationInput(on, TerminationReason.PARTY_REFUSED), version=version_of(s, c)),
    "withdraw": lambda s, a, c, on: s.outcome.withdraw(a, c, on, "撤回申请", version=version_of(s, c)),
    "agree": lambda s, a, c, on: s.outcome.agree(a, c, AgreementInput(on, (
        TermInput("支付工资", "6000", "被申请人", TODAY + timedelta(days=10), "银行转账"),)), version=version_of(s, c)),
}


def _paused_case(services, mediator) -> int:
    case_id = drive(services, mediator, "IN_MEDIATION")
    services.pauses.pause(mediator, case_id, PauseInput(PauseReason.APPRAISAL, PAUSED_ON),
                          version=version_of(services, case_id))
    return case_id


@pytest.mark.db
@pytest.mark.parametrize("ending", sorted(ENDINGS))
def test_ending_a_suspended_case_ends_its_suspension(services, database, mediator, ending):
    case_id = _paused_case(services, mediator)
    ENDINGS[ending](services, mediator, case_id, TODAY)
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        pause = session.scalars(select(CasePause).where(CasePause.case_id == case_id)).one()
        details = session.scalars(select(AuditEntry.detail).where(
            AuditEntry.entity_id == case_id, AuditEntry.action == "resume")).all()
    assert (case.paused_since, case.paused_days, pause.resumed_on) == (None, 2, TODAY)
    assert details == [f"案件结束，中止随之结束：{TODAY}，中止 2 日"]


@pytest.mark.db
def test_an_ending_dated_before_the_suspension_is_refused_and_nothing_changes(services, database, mediator):
    case_id = _paused_case(services, mediator)
    with pytest.raises(ValidationError, match="结束日期"):
        ENDINGS["withdraw"](services, mediator, case_id, PAUSED_ON - timedelta(days=1))
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        assert (case.status.name, case.paused_since) == ("IN_MEDIATION", PAUSED_ON)
