"""Building blocks for case tests: valid identities and a ready intake form."""

from __future__ import annotations

from datetime import date, timedelta

from db.enums import CaseSource, DisputeCategory
from desktop.cases.forms import ClaimInput, EmployerInput, IntakeForm, WorkerInput
from desktop.validation import make_credit_code, make_id_number

TODAY = date.today()


def id_number(n: int, birth: date = date(1990, 5, 17)) -> str:
    return make_id_number("110228", birth, n)


def credit_code(n: int) -> str:
    return make_credit_code(f"91110228MA{n:07d}")


def applicant(n: int, name: str = "王芳", **kw) -> WorkerInput:
    return WorkerInput(name=name, id_number=id_number(n), phone="13800138000", **kw)


def employer(n: int = 1, name: str = "北京云岭建筑工程有限公司", **kw) -> EmployerInput:
    return EmployerInput(name=name, credit_code=credit_code(n), street="鼓楼街道", **kw)


def intake_form(**overrides) -> IntakeForm:
    values = dict(
        source=CaseSource.WALK_IN, received_on=TODAY - timedelta(days=3),
        applicants=(applicant(101),), employer=employer(),
        categories=(DisputeCategory.UNPAID_WAGES,),
        claims=(ClaimInput("拖欠工资", "12,000.50"), ClaimInput("经济补偿金", "8000")),
        facts="2024年3月至5月工资未发放。", requests="支付拖欠工资及经济补偿金。",
    )
    values.update(overrides)
    return IntakeForm(**values)


def collective_form(workers: int = 12, **overrides) -> IntakeForm:
    reps = tuple(applicant(200 + i, name, representative=True) for i, name in enumerate(["张伟", "李娜", "刘洋"]))
    overrides.setdefault("applicants", reps)
    return intake_form(workers_involved=workers, **overrides)


def version_of(services, case_id: int) -> int:
    """The case's version as the window would have loaded it (every case action requires it)."""
    return services.queries.detail(case_id).version


def drive(services, actor, state: str, form: IntakeForm | None = None) -> int:
    """A case taken through the ordinary path up to ``state`` (a CaseStatus value)."""
    from db.enums import MediatorRole
    from desktop.cases.forms import AgreementInput, MediatorInput, TermInput

    case_id = services.intake.register(actor, form or intake_form())
    path = ["DRAFT", "UNDER_REVIEW", "ACCEPTED", "IN_MEDIATION", "AGREED", "PERFORMING", "PERFORMED", "CLOSED",
            "ARCHIVED"]
    steps = {
        "UNDER_REVIEW": lambda: services.review.submit(actor, case_id, version=version_of(services, case_id)),
        "ACCEPTED": lambda: services.review.accept(actor, case_id, TODAY, version=version_of(services, case_id)),
        "IN_MEDIATION": lambda: (services.mediation.assign(actor, case_id, [MediatorInput(actor.officer_id,
                                                                                          MediatorRole.LEAD)], version=version_of(services, case_id)),
                                 services.mediation.start(actor, case_id, version=version_of(services, case_id))),
        "AGREED": lambda: services.outcome.agree(actor, case_id, AgreementInput(TODAY, (
            TermInput("支付工资", "6000", "被申请人", TODAY + timedelta(days=10), "银行转账"),
            TermInput("支付补偿", "4000.25", "被申请人", TODAY + timedelta(days=20), "银行转账"))), version=version_of(services, case_id)),
        "PERFORMING": lambda: services.outcome.record_payment(actor, case_id, _payment("6000"), version=version_of(services, case_id)),
        "PERFORMED": lambda: (services.outcome.record_payment(actor, case_id, _payment("4000.25"), version=version_of(services, case_id)),
                              services.outcome.mark_performed(actor, case_id, version=version_of(services, case_id))),
        "CLOSED": lambda: services.closing.close(actor, case_id, TODAY, version=version_of(services, case_id)),
        "ARCHIVED": lambda: services.closing.archive(actor, case_id, TODAY, version=version_of(services, case_id)),
    }
    for step in path[1:path.index(state) + 1]:
        steps[step]()
    return case_id


def _payment(amount: str):
    from desktop.cases.forms import PaymentInput

    return PaymentInput(TODAY, amount, "银行转账")
