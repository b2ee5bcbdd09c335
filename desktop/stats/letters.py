"""Legal-supervision letter figures: letters issued in the year, by kind.

A letter counts in the year of its ``issued_on``. Rectified: issued in the year
and its result is 全部整改 (FULL). Replied: issued in the year and a reply date is
recorded. workers_covered in the JSON contract is the sum of ``workers_affected``
(涉及职工人数) over the letters issued in the year; the results the letters won
(wages recovered, insurance back-paid, contracts signed, workers benefiting) are
summed over the same letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import LetterKind, RectificationResult
from db.models import SupervisionLetter
from desktop.stats.sql import count_if, in_year, total
from desktop.stats.values import TOTAL_LABEL, Breakdown, Rate, rate

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LetterMetrics:
    issued: int = 0
    replied: int = 0
    rectified: int = 0
    partial: int = 0
    workers_affected: int = 0
    wages_recovered: Decimal = ZERO
    insurance_backpaid: Decimal = ZERO
    contracts_signed: int = 0
    workers_benefiting: int = 0

    @property
    def reply_rate(self) -> Rate:
        return rate(self.replied, self.issued)

    @property
    def rectification_rate(self) -> Rate:
        return rate(self.rectified, self.issued)


def letter_metrics(session: Session, year: int) -> dict[LetterKind, LetterMetrics]:
    """Every kind of letter, with zeros for a kind none of which was issued."""
    letter = SupervisionLetter
    statement = (
        select(
            letter.kind,
            func.count(),
            count_if(letter.reply_on.is_not(None)),
            count_if(letter.result == RectificationResult.FULL),
            count_if(letter.result == RectificationResult.PARTIAL),
            total(letter.workers_affected),
            total(letter.wages_recovered),
            total(letter.insurance_backpaid),
            total(letter.contracts_signed),
            total(letter.workers_covered),
        )
        .where(in_year(letter.issued_on, year))
        .group_by(letter.kind)
    )
    found = {row[0]: LetterMetrics(*row[1:]) for row in session.execute(statement)}
    return {kind: found.get(kind, LetterMetrics()) for kind in LetterKind}


def combined(metrics: dict[LetterKind, LetterMetrics]) -> LetterMetrics:
    """All kinds together."""
    values = [sum((getattr(m, name) for m in metrics.values()), start=getattr(LetterMetrics(), name))
              for name in LetterMetrics.__dataclass_fields__]
    return LetterMetrics(*values)


LETTER_HEADERS = (
    "文书类型", "发出件数", "已回复", "回复率", "全部整改", "部分整改", "整改率",
    "涉及职工人数", "追回工资（元）", "补缴社保（元）", "补签劳动合同（份）", "整改惠及职工",
)
LETTER_NOTE = (
    "按发出日期统计当年发出的提示函、意见书、建议书。回复率 = 已记录回复日期的件数 ÷ 发出件数；"
    "整改率 = 整改结果为“全部整改”的件数 ÷ 发出件数。"
)


def letters_by_kind(metrics: dict[LetterKind, LetterMetrics]) -> Breakdown:
    rows = [_letter_row(kind.label, m) for kind, m in metrics.items()]
    rows.append(_letter_row(TOTAL_LABEL, combined(metrics)))
    return Breakdown("一函两书（按文书类型）", LETTER_HEADERS, tuple(rows), LETTER_NOTE)


def _letter_row(label: str, m: LetterMetrics) -> tuple:
    return (label, m.issued, m.replied, m.reply_rate, m.rectified, m.partial, m.rectification_rate,
            m.workers_affected, m.wages_recovered, m.insurance_backpaid, m.contracts_signed, m.workers_benefiting)
