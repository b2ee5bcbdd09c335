"""Fill a database with realistic made-up data, deterministic by seed and reference day."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from random import Random

from db.audit import record_event
from db.changes import collector
from db.engine import Database
from desktop import settings as org_settings
from desktop.demo.bulk import BulkWriter, Progress
from desktop.demo.case_plan import plan_cases
from desktop.demo.case_rows import write_cases
from desktop.demo.claim_plan import plan_claims
from desktop.demo.claims import save_batch_totals, write_claims
from desktop.demo.context import Ctx
from desktop.demo.frontdesk import write_frontdesk
from desktop.demo.letter_plan import plan_matters
from desktop.demo.legal_aid import write_legal_aid
from desktop.demo.letters import write_letters
from desktop.demo.members import enrol_members
from desktop.demo.numbers import NumberBook
from desktop.demo.people import Directory, ensure_staff
from desktop.demo.plans import ensure_plans


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    today: date
    officers_created: int
    cases: int
    letters: int
    claims: int
    seconds: float
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def generate(database: Database, *, cases: int = 300, letters: int = 60, claims: int = 500, seed: int = 1,
             today: date | None = None, progress: Progress | None = None) -> DemoSummary:
    """Insert the demo data in one transaction; the same seed and ``today`` give the same rows."""
    today = today or date.today()
    started = time.perf_counter()
    with database.write(None, audited=False) as session:
        writer = BulkWriter(session.connection())
        ctx = _context(writer, org_settings.load(session), seed, today)
        _fill(ctx, seed, cases, letters, claims, progress)
        detail = f"生成演示数据：调解案件 {cases} 件，一函两书 {letters} 份，互助理赔 {claims} 笔（种子 {seed}，基准日 {today}）"
        record_event(session, "demo", detail=detail)
        collector(session).note_kinds(writer.counts)
    return DemoSummary(seed, today, ctx.staff.created, cases, letters, claims,
                       time.perf_counter() - started, dict(writer.counts))


def _context(writer: BulkWriter, settings, seed: int, today: date) -> Ctx:
    start = first_day(today)
    staff = ensure_staff(writer, start)
    people = Directory(writer, Random(f"{seed}:people"), start)
    people.load_existing()
    book = NumberBook(writer, settings, Random(f"{seed}:numbers"))
    return Ctx(writer, Random(f"{seed}:cases"), today, staff, people, book)


def first_day(today: date) -> date:
    """The start of the demo period: 1 January three years back."""
    return date(today.year - 3, 1, 1)


def _fill(ctx: Ctx, seed: int, cases: int, letters: int, claims: int, progress: Progress | None) -> None:
    writer, today = ctx.writer, ctx.today
    ctx.people.add_firms(max(30, min(20_000, cases // 6 + letters // 4 + claims // 20)))
    writer.flush()
    refs = write_cases(ctx, plan_cases(Random(f"{seed}:case-plans"), today, cases), progress)
    ctx.rng = Random(f"{seed}:letters")
    write_letters(ctx, plan_matters(Random(f"{seed}:letter-plans"), today, letters), refs, progress)
    write_frontdesk(ctx, Random(f"{seed}:frontdesk"), refs)
    ctx.rng = Random(f"{seed}:claims")
    aid_plans = ensure_plans(writer, first_day(today), date(today.year + 1, 12, 31))
    if claims:
        pools = enrol_members(ctx, aid_plans, max(20, claims // 2), first_day(today),
                              date(today.year + 1, 12, 31), progress)
        batches = write_claims(ctx, plan_claims(Random(f"{seed}:claim-plans"), today, claims), aid_plans,
                               pools, progress)
    write_legal_aid(ctx, Random(f"{seed}:legal-aid"), min(35, cases // 8))
    ctx.book.save_sequences()
    writer.finish()
    if claims:
        save_batch_totals(ctx, batches)
    writer.sync_sequences()
