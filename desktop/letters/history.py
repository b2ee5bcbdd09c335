"""The history paragraph of an escalated letter: earlier letters and how the employer answered."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from db.enums import LetterStatus, RectificationResult
from db.models import SupervisionLetter
from desktop.documents.kinds import LETTER_DOCUMENTS
from desktop.money import format_amount

FULL_TITLES = {kind: item.title for kind, item in LETTER_DOCUMENTS.items()}


def chinese_date(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "（日期未记录）"


def history_text(letters: Iterable[SupervisionLetter]) -> str:
    return "\n".join(_paragraph(letter) for letter in letters if letter.number)


def _paragraph(letter: SupervisionLetter) -> str:
    sent = (f"{chinese_date(letter.issued_on)}，本会向该单位发出《{FULL_TITLES[letter.kind]}》（{letter.number}），"
            f"要求于{chinese_date(letter.deadline_on)}前整改并书面回复。")
    return sent + _response(letter)


def _response(letter: SupervisionLetter) -> str:
    if letter.reply_on is None:
        return "该单位逾期未作书面回复，亦未整改。" if letter.status is not LetterStatus.DRAFT else ""
    text = f"该单位于{chinese_date(letter.reply_on)}回复：{(letter.reply_summary or '').rstrip('。')}。"
    if letter.result is not None:
        text += f"经核查，{_result_phrase(letter.result)}{figures_phrase(letter)}。"
    return text


def _result_phrase(result: RectificationResult) -> str:
    return {RectificationResult.FULL: "已全部整改", RectificationResult.PARTIAL: "仅部分整改",
            RectificationResult.NONE: "拒不整改"}[result]


def figures_phrase(row) -> str:
    """``（补发工资 12,000.00 元，补签劳动合同 3 份）`` for the non-zero figures."""
    parts = []
    if row.wages_recovered:
        parts.append(f"补发工资 {format_amount(row.wages_recovered)} 元")
    if row.insurance_backpaid:
        parts.append(f"补缴社会保险 {format_amount(row.insurance_backpaid)} 元")
    if row.contracts_signed:
        parts.append(f"补签劳动合同 {row.contracts_signed} 份")
    if row.workers_covered:
        parts.append(f"惠及职工 {row.workers_covered} 人")
    return f"（{'，'.join(parts)}）" if parts else ""
