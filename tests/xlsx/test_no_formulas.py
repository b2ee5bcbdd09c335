"""Every workbook the program writes, filled with hostile text, holds no formula cell.

A member enrolled as ``=HYPERLINK("http://x","点我")`` under a unit called ``=2+3``, a plan
called ``@SUM(A1)``, a refusal reason ``+1``: the registers, the bank sheet (银行代发表),
the statistics workbook and the audit export are each read back with openpyxl.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.enums import Role
from desktop.audit_log.export import export_audit
from desktop.audit_log.query import AuditFilter
from desktop.claims.batches import BatchService
from desktop.claims.intake import ClaimIntakeService
from desktop.claims.review import ClaimReviewService
from desktop.registers_io import ExportRequest, export_register
from desktop.registers_io.period import Period
from desktop.stats.export import export_stats
from desktop.validation import make_id_number
from tests.claims.helpers import draft, enrol, make_plan, one_officer_centre, worker_id

HOSTILE = ['=HYPERLINK("http://x","点我")', "=2+3", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1"]
pytestmark = pytest.mark.db


def _hostile_claims(database, boss) -> int:
    """Members with hostile names and units, claims approved and one rejected with a hostile reason."""
    one_officer_centre(database)
    plan = make_plan(database, boss, name="@SUM(A1)")
    claims = []
    for n, text in enumerate(HOSTILE):
        id_number = make_id_number("110105", date(1980, 1, 1 + n), 100 + n)
        enrol(database, boss, plan.id, name=text, id_number=id_number, unit=f"{text}公司" if n else text,
              card=f"62170000100012{n:02d}")
        saved = ClaimIntakeService(database).submit(boss, draft(worker_id(database, id_number), plan.id))
        claims.append(saved.id)
    review = ClaimReviewService(database)
    approved = []
    for claim_id in claims[:-1]:
        result = review.review(boss, claim_id, _version(database, claim_id))
        review.approve(boss, claim_id, result.version)
        approved.append(claim_id)
    review.reject(boss, claims[-1], _version(database, claims[-1]), "=2+3 不符合条件")
    batch = BatchService(database).make_batch(boss, approved, date(2026, 7, 1))
    return batch.id


def _version(database, claim_id) -> int:
    from db.models import AidClaim

    with database.read() as session:
        return session.get(AidClaim, claim_id).version


def _formula_cells(path: Path) -> list[str]:
    found = []
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            found += [f"{sheet.title}!{c.coordinate}={c.value!r}" for c in row if c.data_type == "f"]
    with zipfile.ZipFile(path) as book:
        for name in book.namelist():
            if name.startswith("xl/worksheets/") and b"<f>" in book.read(name):
                found.append(f"{name}: <f>")
    return found


def test_every_workbook_keeps_hostile_text_as_text(database, actors, tmp_path):
    boss = actors[Role.DIRECTOR]
    batch_id = _hostile_claims(database, boss)
    year = Period.of_year(2026)
    written = {kind: tmp_path / f"{kind}.xlsx" for kind in ("cases", "letters", "claims", "payments")}
    for kind, path in written.items():
        export_register(database, boss, ExportRequest(kind, year, full_ids=True), path)
    written["bank"] = BatchService(database).write_bank_sheet(boss, batch_id, tmp_path / "bank.xlsx")
    export_stats(database, boss, 2026, tmp_path / "stats.xlsx")
    written["stats"] = tmp_path / "stats.xlsx"
    export_audit(database, actors[Role.ADMIN], AuditFilter(), tmp_path / "audit.xlsx")
    written["audit"] = tmp_path / "audit.xlsx"
    for kind, path in written.items():
        assert _formula_cells(path) == [], kind
    texts = {kind: _texts(path) for kind, path in written.items()}
    assert HOSTILE[0] in texts["bank"] and "=2+3公司" in texts["claims"]
    assert any("@SUM(A1)" in t for t in texts["stats"])
    assert any("=2+3 不符合条件" in t for t in texts["audit"])


def _texts(path: Path) -> set[str]:
    return {c.value for s in load_workbook(path).worksheets for r in s.iter_rows() for c in r
            if isinstance(c.value, str)}


def test_risky_text_carries_the_quote_prefix(database, actors, tmp_path):
    boss = actors[Role.DIRECTOR]
    batch_id = _hostile_claims(database, boss)
    sheet = load_workbook(BatchService(database).write_bank_sheet(boss, batch_id, tmp_path / "b.xlsx")).active
    names = {sheet.cell(r, 2).value: sheet.cell(r, 2) for r in range(3, sheet.max_row)}
    for text in HOSTILE[:-1]:
        cell = names[text.strip()]  # enrolment trims names
        assert cell.data_type == "s" and cell.quotePrefix, text
