"""Importing a register: read and check every row into a preview, then write all of it or none.

``plan_import`` writes nothing: it returns an ``ImportPlan`` (records, what is created
or matched, every problem by row and column). ``apply_import`` writes a plan without
errors in ONE unit of work and records the import in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

from db.audit import record_event
from db.engine import Database
from desktop.auth import Actor, Permission, require
from desktop.errors import ValidationError
from desktop.registers import CASES, CLAIMS, LETTERS, MEMBERS, Problem, RegisterSpec, read_register
from desktop.registers.progress import Ticker

from .case_import import CasePlanner, apply_cases
from .claim_import import ClaimPlanner, apply_claims
from .letter_import import LetterPlanner, apply_letters
from .member_import import MemberPlanner, apply_members
from .plan import ImportOptions, ImportPlan

ProgressFn = Callable[[int], None] | None
CancelFn = Callable[[], bool] | None

IMPORTS: dict[str, tuple[RegisterSpec, type]] = {
    "cases": (CASES, CasePlanner),
    "letters": (LETTERS, LetterPlanner),
    "claims": (CLAIMS, ClaimPlanner),
    "members": (MEMBERS, MemberPlanner),
}
IMPORT_LABELS = {"cases": "调解案件", "letters": "一函两书", "claims": "理赔", "members": "参保会员名册"}


def plan_import(database: Database, actor: Actor, kind: str, path: str | os.PathLike[str], *,
                today: dt.date | None = None, progress: ProgressFn = None,
                should_cancel: CancelFn = None, options: ImportOptions = ImportOptions()) -> ImportPlan:
    """Read and check the whole file; nothing is written.

    ``options`` carries what the officer agreed to after a first preview (e.g. adding the
    historical register's mediators who are not users here)."""
    require(actor, Permission.IMPORT)
    if kind not in IMPORTS:
        raise ValidationError(f"不能导入「{kind}」，可导入：" + "、".join(IMPORTS), field="台账")
    spec, planner_class = IMPORTS[kind]
    read = read_register(spec, path, progress=progress, should_cancel=should_cancel)
    plan = ImportPlan(kind, Path(path), problems=list(read.problems), options=options)
    with database.read() as session:
        planner = planner_class(session, plan.problems, plan.entries, today or dt.date.today(), options=options)
        ticker = Ticker(progress, should_cancel)
        planner.prefetch(read.rows)
        for row in read.rows:
            record = planner.record(row)
            if record is not None:
                plan.records.append(record)
            ticker.tick()
        getattr(planner, "finish", lambda: None)()
        plan.missing_mediators = getattr(planner, "missing_mediators", ())
    if not read.rows and read.header_row is not None:
        plan.problems.append(Problem(read.header_row, None, "表头下面没有任何数据行"))
    plan.rows_read = len(read.rows)
    plan.problems.sort(key=lambda p: (p.level != "error", p.row or 0))  # errors first, by row
    return plan


def apply_import(database: Database, actor: Actor, plan: ImportPlan, *, today: dt.date | None = None,
                 progress: ProgressFn = None, should_cancel: CancelFn = None) -> int:
    """Write every record of ``plan`` in one unit of work; returns the number of rows written."""
    require(actor, Permission.IMPORT)
    if not plan.ok:
        raise ValidationError("文件中有错误，未导入任何数据：\n" + plan.error_report())
    ticker = Ticker(progress, should_cancel, every=200)
    with database.write(actor) as session:
        _apply(plan.kind, session, plan.records, ticker.tick, today or dt.date.today())
        ticker.check()
        detail = {"register": IMPORT_LABELS[plan.kind], "file": plan.path.name, "rows": len(plan.records),
                  "created": len(plan.creates), "matched": len(plan.matches)}
        record_event(session, "import", entity_type=plan.kind, detail=json.dumps(detail, ensure_ascii=False))
    return len(plan.records)


def _apply(kind: str, session, records: list, tick: Callable[[], None], today: dt.date) -> None:
    if kind == "members":
        apply_members(session, records, tick, today)
    else:
        {"cases": apply_cases, "letters": apply_letters, "claims": apply_claims}[kind](session, records, tick)
