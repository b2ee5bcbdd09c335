"""The legal-aid documents through the document engine: issued when the case has reached their step,
numbered with the aid number, frozen on issue (a later change of lawyer does not change the PDF)."""

from __future__ import annotations

from datetime import date

import pytest

from db.enums import LawyerKind, LegalAidProcedure, Role
from desktop.bootstrap import bootstrap
from desktop.errors import UserError
from desktop.frontdesk.lawyers import LawyerInput
from desktop.frontdesk.legal_aid import ReviewInput
from desktop.issuing.service import OwnerRef
from desktop.services import Services
from tests.documents.pdfread import all_text
from tests.frontdesk.helpers import TODAY, application

pytestmark = pytest.mark.db
OWNER = "legal_aid_case"


@pytest.fixture(autouse=True)
def capitals():
    bootstrap()  # what main.py does: the 人民币大写 filter


@pytest.fixture
def services(database, tmp_path):
    return Services(database, tmp_path / "files", today=lambda: TODAY)


def _reviewed(services, actor) -> int:
    aid = services.legal_aid
    case_id = aid.apply(actor, application())
    aid.review(actor, case_id, ReviewInput(True, "会员，符合条件", date(2026, 6, 11)), aid.get(case_id).version)
    return case_id


def test_acceptance_and_assignment_letters_carry_the_aid_number_and_stay_frozen(services, actors):
    boss, aid = actors[Role.DIRECTOR], services.legal_aid
    first = services.lawyers.add(actors[Role.ADMIN], LawyerInput("赵律师", LawyerKind.UNION, "京密律师事务所"))
    second = services.lawyers.add(actors[Role.ADMIN], LawyerInput("钱律师", LawyerKind.DUTY, "援助工作站"))
    case_id = _reviewed(services, boss)
    with pytest.raises(UserError, match="尚未受理"):
        services.documents.issue(boss, "legal-aid-acceptance", OwnerRef(OWNER, case_id))
    aid.accept(boss, case_id, date(2026, 6, 12), "", aid.get(case_id).version)
    number = aid.get(case_id).number
    accepted = services.documents.issue(boss, "legal-aid-acceptance", number)  # by the aid number, as `render` does
    text = all_text(services.documents.reprint(accepted.id))
    assert number in text and "王芳" in text and "18,000.00" in text and "给予法律援助" in text
    assert accepted.number == number and accepted.recipient == "王芳"
    with pytest.raises(UserError, match="尚未指派律师"):
        services.documents.issue(boss, "legal-aid-assignment", OwnerRef(OWNER, case_id))
    aid.assign(boss, case_id, first, LegalAidProcedure.ARBITRATION, TODAY, aid.get(case_id).version)
    letter = services.documents.issue(boss, "legal-aid-assignment", OwnerRef(OWNER, case_id))
    printed = services.documents.reprint(letter.id)
    assert "赵律师律师（京密律师事务所）" in all_text(printed) and "仲裁" in all_text(printed)
    aid.assign(boss, case_id, second, LegalAidProcedure.FIRST_INSTANCE, TODAY, aid.get(case_id).version)
    assert services.documents.reprint(letter.id) == printed  # frozen: the issued letter names 赵律师 still
    assert "钱律师" in all_text(services.documents.draft("legal-aid-assignment", OwnerRef(OWNER, case_id)).pdf)
    kinds = [v.kind for v in services.documents.documents_for(OWNER, case_id)]
    assert sorted(kinds) == ["legal-aid-acceptance", "legal-aid-assignment"]


def test_the_refusal_notice_states_the_reasons(services, actors):
    boss, aid = actors[Role.DIRECTOR], services.legal_aid
    case_id = _reviewed(services, boss)
    with pytest.raises(UserError, match="未作出不予援助决定"):
        services.documents.issue(boss, "legal-aid-refusal", OwnerRef(OWNER, case_id))
    aid.refuse(boss, case_id, TODAY, "所请求事项已超过仲裁时效", aid.get(case_id).version)
    notice = services.documents.issue(boss, "legal-aid-refusal", OwnerRef(OWNER, case_id))
    text = all_text(services.documents.reprint(notice.id))
    assert "不予援助通知书" in text and "所请求事项已超过仲裁时效" in text and aid.get(case_id).number in text
