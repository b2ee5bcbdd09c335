"""Contexts of the 一函两书 letters: the letter, its matter, its problems and the earlier letters."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from db.enums import DayUnit, MatterSource, RectificationResult
from db.models import SupervisionLetter
from desktop.documents.kinds import letter_document
from desktop.documents.textdates import plain_date
from desktop.errors import UserError
from desktop.issuing.people import as_item, items, lines, without_repeats

SOURCE_WORDS = {MatterSource.COMPLAINT: "接到职工投诉后", MatterSource.INSPECTION: "在开展劳动法律监督检查中",
                MatterSource.MEDIATION_CASE: "在办理劳动争议调解案件中", MatterSource.OTHER: "在工作中"}
OUTCOME_WORDS = {RectificationResult.FULL: "该单位已整改", RectificationResult.PARTIAL: "该单位仅部分整改",
                 RectificationResult.NONE: "该单位未整改"}


def build(session: Session, request) -> dict:
    letter: SupervisionLetter = request.record
    if not letter.number:
        raise UserError(f"该{letter.kind.label}尚未签发，没有文书编号，不能出具。")
    if not letter.problems:
        raise UserError(f"该{letter.kind.label}没有填写存在的问题及法律依据，不能出具。")
    return {"letter": {**_identity(letter, request), **_content(letter), **_chain(letter)}}


def _identity(letter: SupervisionLetter, request) -> dict:
    matter, company = letter.matter, letter.employer
    return {
        "number": letter.number, "date": letter.issued_on or request.on, "kind_name": letter_document(letter.kind).title,
        "source": SOURCE_WORDS[matter.source], "checked_on": matter.found_on,
        "check_method": matter.check_method, "recipient": letter.recipient_body or company.name,
        "recipient_credit_code": None if letter.recipient_body else company.credit_code,
        "recipient_address": None if letter.recipient_body else company.address,
        "employer": company.name, "employer_credit_code": company.credit_code,
        "contact": request.settings.contact_person, "phone": request.settings.phone,
        "copy_to": _copy_to(letter),
    }


def _content(letter: SupervisionLetter) -> dict:
    problems = [{"issue": p.problem, "basis": p.legal_basis} for p in letter.problems]
    per_problem = [as_item(p.request) for p in letter.problems if p.request]
    requests = [{"text": text} for text in without_repeats(per_problem + _own_requests(letter.requests, per_problem))]
    return {
        "facts": letter.facts or letter.matter.facts, "workers": letter.workers_affected or letter.matter.workers_affected,
        "amount": letter.amount_involved or None, "problems": problems, "requests": requests,
        "deadline": letter.deadline_on, "deadline_days": letter.deadline_days, "reply_days": letter.deadline_days,
        "deadline_span": deadline_span(letter.deadline_days, letter.deadline_unit),
    }


def _own_requests(text: str | None, per_problem: list[str]) -> list[str]:
    """The letter's own requests, less a line that only joins the problems' requests
    (「足额补发拖欠的工资；为全部职工参加工伤保险…」, as the letter form prefills it)."""
    asked = set(per_problem)
    own = []
    for item in items(text):
        parts = [as_item(part) for part in re.split(r"[；;]", item) if as_item(part)]
        if not (parts and all(part in asked for part in parts)):
            own.append(item)
    return own


def deadline_span(days: int, unit: DayUnit) -> str:
    """The time allowed as the letter says it: 15个工作日, or 15日 for calendar days."""
    return f"{days}个工作日" if unit == DayUnit.WORKING else f"{days}日"


def _chain(letter: SupervisionLetter) -> dict:
    earlier = _earlier(letter)
    # the officer's history text (prefilled from the chain when the letter was drafted)
    # replaces the generated one: both together told each earlier letter twice
    written = lines(letter.history)
    history = [{"text": text} for text in without_repeats(written or [_step(step) for step in earlier])]
    previous = earlier[-1].number if earlier else None
    return {"history": history, "previous_number": previous}


def _earlier(letter: SupervisionLetter) -> list[SupervisionLetter]:
    """The letters before this one in its chain, oldest first."""
    by_id = {item.id: item for item in letter.matter.letters}
    chain, current = [], by_id.get(letter.previous_letter_id)
    while current is not None and current not in chain:
        chain.insert(0, current)
        current = by_id.get(current.previous_letter_id)
    return chain


def _step(step: SupervisionLetter) -> str:
    when = f"{plain_date(step.issued_on)}，" if step.issued_on else ""
    outcome = OUTCOME_WORDS[step.result] if step.result else "该单位逾期未书面回复"
    return f"{when}本会向该单位发出《{letter_document(step.kind).title}》（{step.number}），{outcome}。"


def _copy_to(letter: SupervisionLetter) -> str | None:
    parts = [letter.copy_to.strip().rstrip("。")] if (letter.copy_to or "").strip() else []
    if letter.copied_to_procuratorate and not any("检察院" in part for part in parts):
        parts.append("人民检察院")
    return "、".join(parts) + "。" if parts else None
