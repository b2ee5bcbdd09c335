"""Every document kind in the registry prints from records made through the services the
window calls, with only what the window requires filled (no applicant address or ID, an
employer with only a name, no 检查方式, a payment term with just what the form requires):
each PDF is rendered, stored and read back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from db.enums import (
    CaseSource, DeliveryMethod, DisputeCategory, DocumentKind, IssueCategory, MatterSource, MediatorRole, Role,
    TerminationReason,
)
from desktop.cases.forms import (
    AgreementInput, ClaimInput, EmployerInput, IntakeForm, MediatorInput, SessionInput, TermInput, TerminationInput, ApplicantInput,
)
from desktop.documents.kinds import letter_document
from desktop.errors import ValidationError
from desktop.issuing.registry import SPECS
from desktop.issuing.request import IssueOptions
from desktop.issuing.service import OwnerRef
from desktop.letters import LetterContent, MatterInput, ProblemInput
from desktop.letters.inputs import Delivery
from desktop.parties import EmployerInput as NewEmployer
from desktop.services import Services
from tests.claims.helpers import draft, enrol, make_plan, worker_id
from tests.documents.pdfread import all_text

pytestmark = pytest.mark.db

TODAY = date.today()


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock():
    return Clock(TODAY)


@pytest.fixture
def services(database, tmp_path, clock):
    return Services(database, tmp_path / "files", today=clock)


def _version(services: Services, case_id: int) -> int:
    return services.cases.queries.detail(case_id).version


def _case(services: Services, actor, name: str) -> int:
    form = IntakeForm(source=CaseSource.WALK_IN, received_on=TODAY - timedelta(days=2),
                      applicants=(ApplicantInput(name=name),), employer=EmployerInput(name=f"{name}所在单位有限公司"),
                      categories=(DisputeCategory.UNPAID_WAGES,), claims=(ClaimInput("拖欠工资", "5000"),),
                      facts="拖欠两个月工资。")
    return services.cases.intake.register(actor, form)


def _mediating(services: Services, actor, name: str) -> int:
    cases = services.cases
    case_id = _case(services, actor, name)
    cases.review.submit(actor, case_id, version=_version(services, case_id))
    cases.review.accept(actor, case_id, TODAY, version=_version(services, case_id))
    cases.mediation.assign(actor, case_id, [MediatorInput(actor.officer_id, MediatorRole.LEAD)],
                           version=_version(services, case_id))
    cases.mediation.start(actor, case_id, version=_version(services, case_id))
    return case_id


def _issue(services: Services, actor, kind: DocumentKind, owner_type: str, owner_id: int,
           options: IssueOptions | None = None) -> str:
    view = services.documents.issue(actor, kind, OwnerRef(owner_type, owner_id), options)
    text = all_text(services.documents.reprint(view.id))
    assert view.kind == kind.value and text.strip(), kind
    return text


def _case_documents(services: Services, actor) -> dict[DocumentKind, str]:
    cases, K = services.cases, DocumentKind
    accepted = _mediating(services, actor, "王芳")
    printed = {K.ACCEPTANCE: _issue(services, actor, K.ACCEPTANCE, "mediation_case", accepted),
               K.SERVICE_RECEIPT: _issue(services, actor, K.SERVICE_RECEIPT, "mediation_case", accepted)}
    cases.mediation.add_session(actor, accepted, SessionInput(TODAY, place="调解室", proposal="先行支付工资。"),
                                version=_version(services, accepted))
    for kind in (K.APPLICATION, K.RIGHTS_NOTICE, K.SESSION_RECORD):
        printed[kind] = _issue(services, actor, kind, "mediation_case", accepted)
    printed[K.MEDIATION_NOTICE] = _issue(services, actor, K.MEDIATION_NOTICE, "mediation_case", accepted,
                                         IssueOptions(recipient="王芳"))
    term = TermInput("支付拖欠工资", "5000", "被申请人", TODAY + timedelta(days=10), "银行转账")
    cases.outcome.agree(actor, accepted, AgreementInput(TODAY, (term,)), version=_version(services, accepted))
    printed[K.AGREEMENT] = _issue(services, actor, K.AGREEMENT, "mediation_case", accepted)
    assert "住址未登记" in printed[K.AGREEMENT] and "以银行转账方式支付" in printed[K.AGREEMENT]
    ended = _mediating(services, actor, "李娜")
    cases.outcome.terminate(actor, ended, TerminationInput(TODAY, TerminationReason.PARTY_REFUSED),
                            version=_version(services, ended))
    printed[K.TERMINATION] = _issue(services, actor, K.TERMINATION, "mediation_case", ended)
    refused = _case(services, actor, "刘洋")
    cases.review.submit(actor, refused, version=_version(services, refused))
    cases.review.reject(actor, refused, TODAY, "不属于劳动争议调解范围", version=_version(services, refused))
    printed[K.REJECTION] = _issue(services, actor, K.REJECTION, "mediation_case", refused)
    return printed


def _letter_documents(services: Services, actor, clock: Clock) -> dict[DocumentKind, str]:
    """签发 of each letter issues its PDF at once (the window's letters service has the documents)."""
    letters, documents = services.letters, services.documents
    problem = ProblemInput("未缴纳工伤保险", "《工伤保险条例》第二条", "为全部职工缴纳工伤保险")
    data = MatterInput(employer_id=None, new_employer=NewEmployer(name="只有名称的配送公司"),
                       source=MatterSource.COMPLAINT, found_on=clock.day, facts="配送员未参加工伤保险。",
                       letter=LetterContent(categories=(IssueCategory.SOCIAL_INSURANCE,), problems=(problem,)))
    letter = letters.matters.create_matter(actor, data).letters[0]
    printed = {}
    for step in range(3):
        letters.signing.sign(actor, letter.id, letter.version, clock.day)
        kind = letter_document(letter.kind).document
        issued = documents.latest(kind, OwnerRef("supervision_letter", letter.id))
        assert issued is not None, f"签发 issued no document for {letter.kind.label}"
        printed[kind] = all_text(documents.reprint(issued.id))
        current = letters.queries.chain(actor, letter.matter_id).letter(letter.id)
        letters.delivery.deliver(actor, letter.id, current.version, Delivery(DeliveryMethod.IN_PERSON, clock.day))
        if step == 2:
            break
        clock.day += timedelta(days=30)
        current = letters.queries.chain(actor, letter.matter_id).letter(letter.id)
        letters.replies.mark_overdue(actor, letter.id, current.version)
        current = letters.queries.chain(actor, letter.matter_id).letter(letter.id)
        letter = letters.escalation.escalate(actor, letter.id, current.version).letters[-1]
    return printed


def _payout_notice(services: Services, database, boss, reviewer) -> dict[DocumentKind, str]:
    plan = make_plan(database, boss)
    enrol(database, boss, plan.id)
    saved = services.claims.intake.submit(boss, draft(worker_id(database), plan.id))
    reviewed = services.claims.review.review(reviewer, saved.id, 1)
    services.claims.review.approve(boss, saved.id, reviewed.version)
    return {DocumentKind.PAYOUT_NOTICE: _issue(services, boss, DocumentKind.PAYOUT_NOTICE, "aid_claim", saved.id)}


def _legal_aid_documents(services: Services, boss) -> dict[DocumentKind, str]:
    """The application as the form requires it: a name and the matter (no ID, no unit, no amount)."""
    from desktop.frontdesk.lawyers import LawyerInput
    from desktop.frontdesk.legal_aid import ApplicationInput, ReviewInput
    from desktop.parties import WorkerInput
    from db.enums import ConsultCategory, LawyerKind, LegalAidProcedure

    aid, K = services.legal_aid, DocumentKind
    lawyer = services.lawyers.add(boss, LawyerInput("周律师", LawyerKind.DUTY))
    printed = {}
    for name, accept in (("孙丽", True), ("周强", False)):
        case_id = aid.apply(boss, ApplicationInput(TODAY, WorkerInput(name), ConsultCategory.OTHER, "追讨工资"))
        aid.review(boss, case_id, ReviewInput(False, "审查意见", TODAY), aid.get(case_id).version)
        decide = aid.accept if accept else aid.refuse
        decide(boss, case_id, TODAY, "" if accept else "不符合条件", aid.get(case_id).version)
        if not accept:
            printed[K.LEGAL_AID_REFUSAL] = _issue(services, boss, K.LEGAL_AID_REFUSAL, "legal_aid_case", case_id)
            continue
        printed[K.LEGAL_AID_ACCEPTANCE] = _issue(services, boss, K.LEGAL_AID_ACCEPTANCE, "legal_aid_case", case_id)
        aid.assign(boss, case_id, lawyer, LegalAidProcedure.EXECUTION, TODAY, aid.get(case_id).version)
        printed[K.LEGAL_AID_ASSIGNMENT] = _issue(services, boss, K.LEGAL_AID_ASSIGNMENT, "legal_aid_case", case_id)
    assert "本会工会法律服务律师" in printed[K.LEGAL_AID_ASSIGNMENT] and "未登记" in printed[K.LEGAL_AID_ASSIGNMENT]
    return printed


def test_every_registered_kind_prints_from_required_fields_only(services, database, actors, clock):
    actor = actors[Role.DIRECTOR]
    clock.day = TODAY - timedelta(days=60)
    printed = _letter_documents(services, actor, clock)
    assert "通过调查核实了解到" in printed[DocumentKind.PROMPT_LETTER]
    assert "统一社会信用代码：未登记" in printed[DocumentKind.RECOMMENDATION_LETTER]
    clock.day = TODAY
    printed.update(_case_documents(services, actor))
    printed.update(_payout_notice(services, database, actor, actors[Role.MEDIATOR]))
    printed.update(_legal_aid_documents(services, actors[Role.ADMIN]))
    assert set(printed) == set(SPECS), set(SPECS) - set(printed)


@pytest.mark.parametrize("missing", ["payer", "due_on", "method"])
def test_a_payment_term_without_payer_date_or_method_is_refused(services, actors, missing):
    actor = actors[Role.DIRECTOR]
    case_id = _mediating(services, actor, "赵敏")
    values = dict(description="支付工资", amount="5000", payer="被申请人", due_on=TODAY + timedelta(days=5),
                  method="银行转账")
    values[missing] = None if missing == "due_on" else ""
    with pytest.raises(ValidationError, match="协议条款1"):
        services.cases.outcome.agree(actor, case_id, AgreementInput(TODAY, (TermInput(**values),)),
                                     version=_version(services, case_id))
    assert services.cases.queries.detail(case_id).status.value == "IN_MEDIATION"
