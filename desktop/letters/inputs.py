"""What the forms hand to the services: plain, typed values (amounts already ``Decimal``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.parties import EmployerInput
from db.enums import DayUnit, DeliveryMethod, IssueCategory, MatterSource, RectificationResult

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ProblemInput:
    problem: str
    legal_basis: str = ""
    request: str = ""


@dataclass(frozen=True)
class LetterContent:
    """The editable body of a letter draft."""

    facts: str = ""
    categories: tuple[IssueCategory, ...] = ()
    problems: tuple[ProblemInput, ...] = ()
    workers_affected: int = 0
    amount_involved: Decimal = ZERO
    legal_basis: str = ""
    requests: str = ""
    history: str = ""
    recipient_body: str = ""
    deadline_days: int | None = None  # None: the organisation's setting for the kind
    deadline_unit: DayUnit | None = None
    copy_to: str = ""
    copied_to_procuratorate: bool = False
    remarks: str = ""


@dataclass(frozen=True)
class MatterInput:
    """``employer_id`` of an employer on file, or ``new_employer`` to register one (found again if on file)."""

    employer_id: int | None
    source: MatterSource
    found_on: date
    facts: str
    check_method: str = ""
    workers_affected: int = 0
    amount_involved: Decimal = ZERO
    case_id: int | None = None
    letter: LetterContent = field(default_factory=LetterContent)
    new_employer: EmployerInput | None = None


@dataclass(frozen=True)
class MatterOrigin:
    """How the matter came to light, as the letters quote it (「…，本会通过{检查方式}了解到…」)."""

    source: MatterSource
    found_on: date
    check_method: str = ""


@dataclass(frozen=True)
class Delivery:
    method: DeliveryMethod
    delivered_on: date
    copy_to: str | None = None
    copied_to_procuratorate: bool | None = None


@dataclass(frozen=True)
class Figures:
    """What the centre reports: recovered wages, back-paid insurance, contracts, workers covered."""

    wages_recovered: Decimal = ZERO
    insurance_backpaid: Decimal = ZERO
    contracts_signed: int = 0
    workers_covered: int = 0

    def __add__(self, other: Figures) -> Figures:
        return Figures(self.wages_recovered + other.wages_recovered,
                       self.insurance_backpaid + other.insurance_backpaid,
                       self.contracts_signed + other.contracts_signed,
                       self.workers_covered + other.workers_covered)


@dataclass(frozen=True)
class Reply:
    reply_on: date
    summary: str
    result: RectificationResult
    figures: Figures = field(default_factory=Figures)


@dataclass(frozen=True)
class DepartmentResult:
    result_on: date
    summary: str
    figures: Figures = field(default_factory=Figures)
