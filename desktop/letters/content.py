"""Writing a letter's body onto its row: validated first, then applied."""

from __future__ import annotations

from db.enums import DayUnit, LetterKind
from db.models import LetterCategory, LetterProblem, SupervisionLetter
from desktop.errors import ValidationError
from desktop.letters.base import non_negative, required_text
from desktop.letters.inputs import LetterContent
from desktop.settings import OrganisationSettings

DEFAULT_DEPARTMENT = "密云区人力资源和社会保障局劳动保障监察大队"


def check_content(content: LetterContent) -> None:
    non_negative(content.workers_affected, "涉及职工人数")
    non_negative(content.amount_involved, "涉及金额")
    if content.deadline_days is not None and not 1 <= content.deadline_days <= 365:
        raise ValidationError("应在 1 到 365 天之间", field="期限天数")
    for seq, item in enumerate(content.problems, start=1):
        required_text(item.problem, f"第 {seq} 个问题的“存在问题”")
    if len(set(content.categories)) != len(content.categories):
        raise ValidationError("有重复的类别", field="问题类别")


def check_ready_to_sign(letter: SupervisionLetter) -> None:
    """Everything a letter must say before it can be signed."""
    required_text(letter.facts, "查明的事实")
    if not letter.categories:
        raise ValidationError("至少选择一个", field="问题类别")
    if not letter.problems:
        raise ValidationError("至少列出一个问题及其法律依据", field="存在的问题")
    for problem in letter.problems:
        required_text(problem.legal_basis, f"第 {problem.seq} 个问题的“法律依据”")
        required_text(problem.request, f"第 {problem.seq} 个问题的“整改要求”")
    if letter.kind is LetterKind.RECOMMENDATION:
        required_text(letter.recipient_body, "建议书主送部门")


def apply_content(letter: SupervisionLetter, content: LetterContent, settings: OrganisationSettings) -> None:
    check_content(content)
    _apply_text(letter, content)
    _apply_deadline_rule(letter, content, settings)
    _apply_categories(letter, content)
    letter.problems = [
        LetterProblem(seq=seq, problem=p.problem.strip(), legal_basis=_opt(p.legal_basis), request=_opt(p.request))
        for seq, p in enumerate(content.problems, start=1)
    ]


def _apply_text(letter: SupervisionLetter, content: LetterContent) -> None:
    letter.facts = _opt(content.facts)
    letter.legal_basis = _opt(content.legal_basis)
    letter.requests = _opt(content.requests)
    letter.history = _opt(content.history)
    letter.workers_affected = content.workers_affected
    letter.amount_involved = content.amount_involved
    letter.copy_to = _opt(content.copy_to)
    letter.copied_to_procuratorate = content.copied_to_procuratorate
    letter.remarks = _opt(content.remarks)
    recipient = _opt(content.recipient_body)
    if letter.kind is LetterKind.RECOMMENDATION and recipient is None:
        recipient = DEFAULT_DEPARTMENT
    letter.recipient_body = recipient


def _apply_deadline_rule(letter: SupervisionLetter, content: LetterContent, settings: OrganisationSettings) -> None:
    rule = settings.letter_deadline(letter.kind.value)
    letter.deadline_days = content.deadline_days or rule.days
    letter.deadline_unit = content.deadline_unit or DayUnit.of(rule.unit)


def _apply_categories(letter: SupervisionLetter, content: LetterContent) -> None:
    wanted = list(dict.fromkeys(content.categories))
    letter.categories = [c for c in letter.categories if c.category in wanted] + [
        LetterCategory(category=c) for c in wanted if c not in {x.category for x in letter.categories}
    ]


def _opt(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None
