"""Plain, frozen read models handed to the window (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from db.enums import DayUnit, DeliveryMethod, IssueCategory, LetterKind, LetterStatus, MatterSource, RectificationResult
from desktop.letters.actions import LetterAction
from desktop.letters.inputs import Figures


@dataclass(frozen=True)
class ProblemView:
    seq: int
    problem: str
    legal_basis: str
    request: str


@dataclass(frozen=True)
class TransitionView:
    at: datetime
    from_state: str | None
    to_state: str
    officer_name: str | None
    reason: str | None


@dataclass(frozen=True)
class LetterView:
    id: int
    version: int
    matter_id: int
    kind: LetterKind
    number: str | None
    status: LetterStatus
    previous_letter_id: int | None
    addressee: str
    recipient_body: str | None
    facts: str | None
    legal_basis: str | None
    requests: str | None
    history: str | None
    categories: tuple[IssueCategory, ...]
    problems: tuple[ProblemView, ...]
    workers_affected: int
    amount_involved: Decimal
    deadline_days: int
    deadline_unit: DayUnit
    deadline_on: date | None
    deadline_explanation: str | None
    issued_on: date | None
    delivery_method: DeliveryMethod | None
    delivered_on: date | None
    copy_to: str | None
    copied_to_procuratorate: bool
    reply_on: date | None
    reply_summary: str | None
    result: RectificationResult | None
    figures: Figures
    department_case_on: date | None
    department_refusal: str | None
    department_result_on: date | None
    department_result: str | None
    closed_on: date | None
    remarks: str | None
    actions: tuple[LetterAction, ...]
    transitions: tuple[TransitionView, ...]

    @property
    def title(self) -> str:
        return f"{self.kind.label} {self.number or '（草稿，未编号）'}"


@dataclass(frozen=True)
class MatterView:
    id: int
    version: int
    employer_id: int
    employer_name: str
    street: str | None
    case_id: int | None
    case_number: str | None
    source: MatterSource
    found_on: date
    check_method: str | None
    facts: str
    workers_affected: int
    amount_involved: Decimal
    closed_on: date | None


@dataclass(frozen=True)
class TimelineEvent:
    on: date
    letter_id: int | None
    text: str


@dataclass(frozen=True)
class ChainView:
    matter: MatterView
    letters: tuple[LetterView, ...]
    timeline: tuple[TimelineEvent, ...]
    totals: Figures

    def letter(self, letter_id: int) -> LetterView:
        return next(letter for letter in self.letters if letter.id == letter_id)

    @property
    def current(self) -> LetterView | None:
        return self.letters[-1] if self.letters else None


@dataclass(frozen=True)
class LetterRow:
    """One line of the letter list or of the needs-action list."""

    id: int
    matter_id: int
    number: str | None
    kind: LetterKind
    status: LetterStatus
    employer_name: str
    street: str | None
    addressee: str
    issued_on: date | None
    deadline_on: date | None
    reply_on: date | None
    result: RectificationResult | None
    note: str = ""


@dataclass(frozen=True)
class LetterFilter:
    employer: str = ""  # part of the employer's name or credit code, or of the letter's number
    street: str = ""
    kind: LetterKind | None = None
    status: LetterStatus | None = None
    year: int | None = None  # year issued (drafts: year created)
    matter_id: int | None = None
