"""Every document kind prints from records made through the services the window calls,
with only the required fields filled (no applicant address or ID, an employer with only a
name, no 检查方式, a payment term with just what the form requires): each PDF is rendered,
stored and read back."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from db.enums import CaseSource, DeliveryMethod, DisputeCategory, IssueCategory, MatterSource, MediatorRole, Role
from desktop.cases.forms import (
    AgreementInput, ClaimInput, EmployerInput, IntakeForm, MediatorInput, TermInput, TerminationInput, WorkerInput,
)
from desktop.cases.services import CaseServices
from desktop.claims.intake import IntakeService
from desktop.claims.review import ReviewService
from desktop.documents import KINDS
from desktop.issuing.service import DocumentService, OwnerRef
from desktop.letters import LetterContent, LettersService, MatterInput, ProblemInput
from desktop.letters.inputs import Delivery
from desktop.parties import EmployerInput as NewEmployer
from db.enums import TerminationReason
from tests.claims.helpers import draft, enrol, make_plan, worker_id
from tests.documents.pdfread import all_text

TODAY = date.today()


def _case(services: CaseServices, actor, name: str) -> int:
    form = IntakeForm(source=CaseSource.WALK_IN, received_on=TODAY - timedelta(days=2),
                      applicants=(WorkerInput(name=name),), employer=EmployerInput(name=f"{name}所在单位有限公司"),
                      categories=(DisputeCategory.UNPAID_WAGES,), claims=(ClaimInput("拖欠工资", "5000"),),
                      facts="拖欠两个月工资。")
    return services.intake.register(actor, form)


def _mediating(services: CaseServices, actor, name: str) -> int:
    case_id = _case(services, actor, name)
    services.review.submit(actor, case_id)
    services.review.accept(actor, case_id, TODAY)
    services.mediation.assign(actor, case_id, [MediatorInput(actor.officer_id, MediatorRole.LEAD)])
    services.mediation.start(actor, case_id)
    return case_id


def _issue(documents: DocumentService, actor, kind: str, owner_type: str, owner_id: int, **options) -> str:
    view = documents.issue(actor, kind, OwnerRef(owner_type, owner_id), **options)
    text = all_text(documents.reprint(view.id))
    assert view.kind == kind and text.strip(), kind
    return text


@pytest.fixture
def documents(database, tmp_path):
    return DocumentService(database, tmp_path / "files")


def test_case_documents_from_required_fields_only(database, actors, documents):
    actor, services = actors[Role.DIRECTOR], CaseServices(database)
    accepted = _mediating(services, actor, "王芳")
    printed = {"acceptance": _issue(documents, actor, "acceptance", "mediation_case", accepted)}
    printed["service-receipt"] = _issue(documents, actor, "service-receipt", "mediation_case", accepted)
    term = TermInput("支付拖欠工资", "5000", "被申请人", TODAY + timedelta(days=10), "银行转账")
    services.outcome.agree(actor, accepted, AgreementInput(TODAY, (term,)))
    printed["agreement"] = _issue(documents, actor, "agreement", "mediation_case", accepted)
    assert "住址未登记" in printed["agreement"] and "以银行转账方式支付" in printed["agreement"]
    ended = _mediating(services, actor, "李娜")
    services.outcome.terminate(actor, ended, TerminationInput(TODAY, TerminationReason.PARTY_REFUSED))
    printed["termination"] = _issue(documents, actor, "termination", "mediation_case", ended)
    refused = _case(services, actor, "刘洋")
    services.review.submit(actor, refused)
    services.review.reject(actor, refused, TODAY, "不属于劳动争议调解范围")
    printed["rejection"] = _issue(documents, actor, "rejection", "mediation_case", refused)
    assert set(printed) == {k for k in KINDS if k in ("acceptance", "rejection", "agreement", "termination",
                                                       "service-receipt")}


def test_letter_chain_from_required_fields_only_signing_issues_each(database, actors, tmp_path):
    actor = actors[Role.DIRECTOR]
    clock = [TODAY - timedelta(days=60)]
    documents = DocumentService(database, tmp_path / "files", today=lambda: clock[0])
    letters = LettersService(database, today=lambda: clock[0], documents=documents)
    problem = ProblemInput("未缴纳工伤保险", "《工伤保险条例》第二条", "为全部职工缴纳工伤保险")
    data = MatterInput(employer_id=None, new_employer=NewEmployer(name="只有名称的配送公司"),
                       source=MatterSource.COMPLAINT, found_on=clock[0], facts="配送员未参加工伤保险。",
                       letter=LetterContent(categories=(IssueCategory.SOCIAL_INSURANCE,), problems=(problem,)))
    letter = letters.create_matter(actor, data).letters[0]
    texts = []
    for step in range(3):
        letters.sign(actor, letter.id, letter.version, clock[0])
        issued = documents.latest(_kind(letter), OwnerRef("supervision_letter", letter.id))
        assert issued is not None, f"签发 issued no document for {letter.kind.label}"
        texts.append(all_text(documents.reprint(issued.id)))
        current = letters.chain(actor, letter.matter_id).letter(letter.id)
        letters.deliver(actor, letter.id, current.version, Delivery(DeliveryMethod.IN_PERSON, clock[0]))
        if step == 2:
            break
        clock[0] += timedelta(days=30)
        current = letters.chain(actor, letter.matter_id).letter(letter.id)
        letters.mark_overdue(actor, letter.id, current.version)
        current = letters.chain(actor, letter.matter_id).letter(letter.id)
        letter = letters.escalate(actor, letter.id, current.version).letters[-1]
    assert "通过调查核实了解到" in texts[0] and "统一社会信用代码：未登记" in texts[2]


def _kind(letter) -> str:
    from desktop.issuing.owners import LETTER_KINDS

    return LETTER_KINDS[letter.kind]


def test_payout_notice_from_an_approved_claim(database, actors, documents):
    boss, mediator = actors[Role.DIRECTOR], actors[Role.MEDIATOR]
    plan = make_plan(database, boss)
    enrol(database, boss, plan.id)
    saved = IntakeService(database).submit(boss, draft(worker_id(database), plan.id))
    review = ReviewService(database)
    reviewed = review.review(mediator, saved.id, 1)
    review.approve(boss, saved.id, reviewed.version)
    assert "互助" in _issue(documents, boss, "payout-notice", "aid_claim", saved.id)


@pytest.mark.parametrize("missing", ["payer", "due_on", "method"])
def test_a_payment_term_without_payer_date_or_method_is_refused(database, actors, missing):
    from desktop.errors import ValidationError

    actor, services = actors[Role.DIRECTOR], CaseServices(database)
    case_id = _mediating(services, actor, "赵敏")
    values = dict(description="支付工资", amount="5000", payer="被申请人", due_on=TODAY + timedelta(days=5),
                  method="银行转账")
    values[missing] = None if missing == "due_on" else ""
    with pytest.raises(ValidationError, match="协议条款1"):
        services.outcome.agree(actor, case_id, AgreementInput(TODAY, (TermInput(**values),)))
    assert services.queries.detail(case_id).status.value == "IN_MEDIATION"
