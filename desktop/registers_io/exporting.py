"""Exporting a register from the database: permission, period, columns, file, audit entry."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.audit import record_event
from db.engine import Database
from db.models import (AidClaim, Consultation, HardshipFile, HotlineTicket, LegalAidCase, MediationCase, Payment,
                       SupervisionLetter)
from desktop import settings as organisation
from desktop.audit_log.anchor import current_anchor
from desktop.auth import Actor, Permission, require
from desktop.errors import ValidationError
from desktop.aid.register import AID, aid_rows
from desktop.hardship.register import HARDSHIP, hardship_rows
from desktop.registers import CASES, CLAIMS, LETTERS, PAYMENTS, RegisterSpec, write_register

from .case_rows import case_rows
from .claim_rows import claim_rows, payment_rows
from .frontdesk_rows import CONSULTATIONS, TICKETS, consultation_rows, ticket_rows
from .legal_aid_rows import LEGAL_AID, legal_aid_rows
from .letter_rows import letter_rows
from .period import Period

RowSource = Callable[[Session, Period], Iterator[list[object]]]

EXPORTS: dict[str, tuple[RegisterSpec, RowSource]] = {
    "cases": (CASES, case_rows),
    "letters": (LETTERS, letter_rows),
    "claims": (CLAIMS, claim_rows),
    "payments": (PAYMENTS, payment_rows),
    "consultations": (CONSULTATIONS, consultation_rows),
    "tickets": (TICKETS, ticket_rows),
    "legal-aid": (LEGAL_AID, legal_aid_rows),
    "hardship": (HARDSHIP, hardship_rows),
    "aid": (AID, aid_rows),
}
KIND_LABELS = {"cases": "调解案件登记台账", "letters": "一函两书台账", "claims": "理赔台账",
               "payments": "支付台账", "consultations": "法律咨询登记台账", "tickets": "热线工单台账",
               "legal-aid": "法律援助案件台账", "hardship": "困难职工档案台账",
               "aid": "帮扶救助台账"}


@dataclass(frozen=True)
class ExportRequest:
    """What the officer asked for. ``columns`` are headers (None: all), in any order."""

    kind: str
    period: Period = Period()
    columns: tuple[str, ...] | None = None
    full_ids: bool = False


def check_export(actor: Actor, request: ExportRequest) -> RegisterSpec:
    """The register spec to write; refuses what the actor may not export."""
    require(actor, Permission.EXPORT)
    if request.full_ids:
        require(actor, Permission.EXPORT_FULL_IDS)
    if request.kind not in EXPORTS:
        raise ValidationError(f"没有名为「{request.kind}」的台账", field="台账")
    return _with_columns(EXPORTS[request.kind][0], request.columns)


def export_register(database: Database, actor: Actor, request: ExportRequest,
                    out_path: str | os.PathLike[str], *, today: dt.date | None = None,
                    progress: Callable[[int], None] | None = None,
                    should_cancel: Callable[[], bool] | None = None) -> int:
    """Write the register to ``out_path`` and record the export; returns the row count."""
    spec = check_export(actor, request)
    source = EXPORTS[request.kind][1]
    picks = [EXPORTS[request.kind][0].headers.index(h) for h in spec.headers]
    with database.read() as session:
        centre = organisation.load(session).centre_name
        anchor = current_anchor(session.connection())
        count = write_register(
            _titled(spec), _project(source(session, request.period), picks), out_path,
            title_context={"period": request.period.title_text}, organisation=centre,
            exported_on=today or dt.date.today(), mask_ids=not request.full_ids,
            notes=[anchor.short_line], progress=progress, should_cancel=should_cancel,
        )
    _record(database, actor, request, Path(out_path), count)
    return count


def count_rows(database: Database, request: ExportRequest) -> int:
    """How many rows the export will write (for a progress bar with an end)."""
    key, when, *conditions = _COUNTED[request.kind]()
    statement = select(func.count(key)).where(*conditions, *request.period.conditions(when))
    with database.read() as session:
        return session.scalar(statement) or 0


_COUNTED = {
    "cases": lambda: (MediationCase.id, MediationCase.accepted_on, MediationCase.number.is_not(None)),
    "letters": lambda: (SupervisionLetter.id, SupervisionLetter.issued_on, SupervisionLetter.number.is_not(None)),
    "claims": lambda: (AidClaim.id, AidClaim.applied_on),
    "payments": lambda: (Payment.id, func.coalesce(Payment.paid_on, Payment.due_on)),
    "consultations": lambda: (Consultation.id, Consultation.consulted_on),
    "tickets": lambda: (HotlineTicket.id, HotlineTicket.received_at),
    "legal-aid": lambda: (LegalAidCase.id, LegalAidCase.applied_on),
    "hardship": lambda: (HardshipFile.id, HardshipFile.filed_on),
}


def _with_columns(spec: RegisterSpec, columns: Sequence[str] | None) -> RegisterSpec:
    if columns is None:
        return spec
    unknown = [c for c in columns if c not in spec.headers]
    if unknown:
        raise ValidationError("本台账没有这些列：" + "、".join(unknown), field="导出列")
    if not columns:
        raise ValidationError("请至少选择一列", field="导出列")
    chosen = set(columns)
    return replace(spec, columns=tuple(c for c in spec.columns if c.header in chosen))


def _titled(spec: RegisterSpec) -> RegisterSpec:
    """The title names the period: 2024年度…, 2024年3月1日至2024年6月30日…, 历年…"""
    return replace(spec, title_template=spec.title_template.replace("{year}年度", "{period}"))


def _project(rows: Iterable[list[object]], picks: list[int]) -> Iterable[list[object]]:
    """Only the chosen columns; all of them (the usual case) passes the rows through."""
    if len(picks) == len(set(picks)) and picks == sorted(picks) and picks[-1] == len(picks) - 1:
        return rows
    return ([row[i] for i in picks] for row in rows)


def _record(database: Database, actor: Actor, request: ExportRequest, out: Path, count: int) -> None:
    detail = {"register": KIND_LABELS[request.kind], "file": out.name, "rows": count,
              "period": request.period.title_text, "full_ids": request.full_ids,
              "columns": list(request.columns) if request.columns else "全部"}
    with database.write(actor) as session:
        record_event(session, "export", entity_type=request.kind, detail=json.dumps(detail, ensure_ascii=False))
