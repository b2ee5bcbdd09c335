"""编号登记簿: every number the centre has handed out, used or voided, and whether each
year's sequence is whole (numbers are gap-free; a voided one stays, marked voided)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from db.engine import Database
from db.enums import NumberStatus
from db.models import IssuedNumber
from desktop.auth import Actor, Permission, require
from desktop.paging import ListColumn, SelectSource, TableRow

KIND_LABELS = {
    "case": "案件编号", "archive": "卷宗号", "rejection": "不予受理通知书编号",
    "prompt_letter": "提示函编号", "opinion_letter": "意见书编号", "recommendation_letter": "建议书编号",
    "claim": "理赔编号", "batch": "支付批次编号", "consultation": "法律咨询编号",
    "legal_aid": "法律援助案件编号", "hardship": "困难职工档案编号", "aid": "帮扶申请编号",
}
RECORD_LABELS = {"mediation_case": "调解案件", "supervision_letter": "一函两书", "aid_claim": "理赔申请",
                 "payment_batch": "支付批次", "consultation": "法律咨询",
                 "legal_aid_case": "法律援助案件", "hardship_file": "困难职工档案",
                 "aid_application": "帮扶申请"}

N = IssuedNumber
COLUMNS = (
    ListColumn("number", "编号"), ListColumn("kind", "种类"), ListColumn("year", "年度", numeric=True),
    ListColumn("seq", "序号", numeric=True), ListColumn("status", "状态"), ListColumn("record", "所属记录"),
    ListColumn("reason", "作废原因", sortable=False), ListColumn("taken", "取号时间"),
)
SORTS = {"number": N.year * 1_000_000 + N.seq, "kind": N.kind, "year": N.year, "seq": N.seq, "status": N.status,
         "record": N.entity_type, "taken": N.created_at}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


@dataclass(frozen=True)
class SequenceCheck:
    """One kind's numbers in one year: how many, how many voided, which are missing."""

    kind: str
    year: int
    count: int
    voided: int
    missing: tuple[int, ...]

    @property
    def text(self) -> str:
        head = f"{self.year}年{kind_label(self.kind)}：共 {self.count} 个（其中作废 {self.voided} 个）"
        if not self.missing:
            return f"{head}，序号连续，无缺号。"
        shown = "、".join(str(seq) for seq in self.missing[:20]) + ("等" if len(self.missing) > 20 else "")
        return f"{head}，缺号 {len(self.missing)} 个：{shown}。请核查。"


class NumberRegister:
    def __init__(self, database: Database) -> None:
        self._db = database

    def source(self, actor: Actor, kind: str | None = None, year: int | None = None) -> SelectSource:
        """The register as a list (newest first), optionally one kind and one year; by
        number means by year and sequence (「10号」 after 「9号」)."""
        require(actor, Permission.AUDIT_VIEW)
        statement = select(N.id, N.number, N.kind, N.year, N.seq, N.status, N.entity_type, N.entity_id,
                           N.void_reason, N.created_at)
        if kind:
            statement = statement.where(N.kind == kind)
        if year:
            statement = statement.where(N.year == year)
        return SelectSource(self._db, COLUMNS, statement.order_by(N.created_at.desc(), N.id.desc()), SORTS,
                            _row, id_column=N.id)

    def kinds_and_years(self) -> list[tuple[str, int]]:
        with self._db.read() as session:
            return [tuple(r) for r in session.execute(
                select(N.kind, N.year).distinct().order_by(N.year.desc(), N.kind))]

    def check(self, actor: Actor, kind: str, year: int) -> SequenceCheck:
        require(actor, Permission.AUDIT_VIEW)
        with self._db.read() as session:
            seqs = set(session.scalars(select(N.seq).where(N.kind == kind, N.year == year)))
            voided = session.scalar(select(func.count()).where(
                N.kind == kind, N.year == year, N.status == NumberStatus.VOIDED)) or 0
        missing = tuple(sorted(set(range(1, max(seqs, default=0) + 1)) - seqs))
        return SequenceCheck(kind, year, len(seqs), voided, missing)


def _row(r) -> TableRow:
    record = RECORD_LABELS.get(r.entity_type, r.entity_type or "") + (f" #{r.entity_id}" if r.entity_id else "")
    tone = "muted" if r.status == NumberStatus.VOIDED else None
    return TableRow(r.id, (r.number, kind_label(r.kind), r.year, r.seq, r.status, record, r.void_reason or "",
                           r.created_at), tone)
