"""Every kind of workbook the program writes, filled with hostile text, holds no formula cell.

The register kinds come from the registry (``desktop.registers_io.EXPORTS``): each kind needs a
builder here that stores a record under a hostile name, so a new kind added to the registry
fails this test until it is covered. Beside the registers: the bank sheet (银行代发表), the
statistics workbook, 导出所选 and the audit export. Each file is opened with openpyxl.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from db.enums import ConsultCategory, LetterKind, LetterStatus, MatterSource, Role, TicketChannel
from db.models import Employer, SupervisionLetter, SupervisionMatter
from desktop.audit_log.export import export_audit
from desktop.audit_log.query import AuditFilter
from desktop.claims.batches import BatchService
from desktop.frontdesk.consultations import ConsultationService
from desktop.frontdesk.legal_aid import LegalAidService
from desktop.frontdesk.tickets import TicketInput, TicketService
from desktop.hardship.files import HardshipFileService
from desktop.parties import EmployerInput, WorkerInput
from desktop.registers_io import EXPORTS, ExportRequest, export_register
from desktop.registers_io.period import Period
from desktop.registers_io.selection import SelectionExport
from desktop.stats.export import export_stats
from tests.frontdesk.helpers import ID_NUMBER, application, consultation
from tests.hardship import helpers as hardship
from tests.registers_io.data import populate
from tests.xlsx.test_no_formulas import HOSTILE, _formula_cells, _hostile_claims, _texts

pytestmark = pytest.mark.db
LINK = HOSTILE[0]
TODAY = date(2026, 6, 15)


def _registers_data(database, actors) -> str:
    populate(database)  # cases (2024) under 「=HYPERLINK(...)」 and 「+钱七」
    return LINK


def _letter(database, actors) -> str:
    with database.write(None) as session:
        unit = Employer(name="-2速递有限公司")
        matter = SupervisionMatter(employer=unit, source=MatterSource.COMPLAINT, found_on=TODAY, facts="@未签合同")
        session.add(SupervisionLetter(matter=matter, kind=LetterKind.PROMPT, number="密工法监提〔2026〕1号",
                                      status=LetterStatus.AWAITING_REPLY, employer=unit, workers_affected=3,
                                      issued_on=TODAY, deadline_on=date(2026, 6, 30)))
    return "-2速递有限公司"


def _consultation(database, actors) -> str:
    ConsultationService(database, today=lambda: TODAY).register(actors[Role.CLERK], consultation(
        worker=WorkerInput("@咨询人", ID_NUMBER, phone="13800138000"), question="-2 工资少发",
        employer=EmployerInput("+1劳务公司")))
    return "@咨询人"


def _ticket(database, actors) -> str:
    TicketService(database, clock=lambda: datetime(2026, 6, 15, 10)).register(actors[Role.CLERK], TicketInput(
        "12351-2026-0001", TicketChannel.HOTLINE_12351, datetime(2026, 6, 14, 9), ConsultCategory.WAGES,
        "=1+1 反映欠薪", "\t=来电人", "13900139000"))
    return "=1+1 反映欠薪"


def _legal_aid(database, actors) -> str:
    LegalAidService(database, today=lambda: TODAY).apply(actors[Role.CLERK], application(
        worker=WorkerInput("-2援助人", "110228199001011240"), matter="@SUM(A1) 追讨工资"))
    return "@SUM(A1) 追讨工资"


def _hardship(database, actors) -> str:
    worker = hardship.make_worker(database, name="+1困难户", seq=311)
    HardshipFileService(database).open_file(actors[Role.CLERK], hardship.draft(worker, causes="=2+3 患病"))
    return "=2+3 患病"


def _aid(database, actors) -> str:
    from tests.aid import helpers as aid

    programme = aid.school_round(database, actors)
    worker = aid.hardship_worker(database, actors, name="+2学生家长", seq=412)
    aid.aid(database).applications.apply(actors[Role.CLERK], aid.school_draft(programme, worker, school="=1+2 中学"))
    return "=1+2 中学"


def _claims(database, actors) -> str:
    return "=2+3公司"  # the members ``_hostile_claims`` enrolled, approved and batched


def _payments(database, actors) -> str:
    return LINK  # the member's name on the batch's payments


BUILDERS = {"cases": _registers_data, "letters": _letter, "claims": _claims, "payments": _payments,
            "consultations": _consultation, "tickets": _ticket, "legal-aid": _legal_aid, "hardship": _hardship,
            "aid": _aid}


def test_every_registered_export_kind_has_a_hostile_builder():
    assert set(BUILDERS) == set(EXPORTS), "a new register kind needs a hostile record in BUILDERS"


def test_every_export_kind_keeps_hostile_text_as_text(database, actors, tmp_path):
    boss = actors[Role.DIRECTOR]
    batch_id = _hostile_claims(database, boss)
    built: dict = {}
    for build in BUILDERS.values():
        built[build] = built.get(build) or build(database, actors)
    expected = {kind: built[build] for kind, build in BUILDERS.items()}
    written = {}
    for kind in EXPORTS:
        written[kind] = tmp_path / f"{kind}.xlsx"
        export_register(database, boss, ExportRequest(kind, Period(), full_ids=True), written[kind])
    written.update(_other_workbooks(database, actors, batch_id, tmp_path))
    for kind, path in written.items():
        assert _formula_cells(path) == [], kind
    texts = {kind: _texts(path) for kind, path in written.items()}
    for kind, text in {**expected, "bank": LINK, "selection": LINK}.items():
        assert any(text in cell for cell in texts[kind]), (kind, text)
    assert any("=2+3 不符合条件" in t for t in texts["audit"])


def _other_workbooks(database, actors, batch_id, tmp_path) -> dict:
    boss = actors[Role.DIRECTOR]
    out = {name: tmp_path / f"{name}.xlsx" for name in ("bank", "stats", "selection", "audit")}
    BatchService(database).write_bank_sheet(boss, batch_id, out["bank"])
    export_stats(database, boss, 2026, out["stats"])
    SelectionExport(database).export(actors[Role.CLERK], "=所选案件", ["姓名", "单位", "备注"],
                                     [[LINK, "+1公司", "-2"], ["@x", "\tA", "\rB"]], out["selection"])
    export_audit(database, actors[Role.ADMIN], AuditFilter(), out["audit"])
    return out
