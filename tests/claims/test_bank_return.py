"""The bank's return file (回盘) on SQLite and PostgreSQL: per-line results, refusals, new batches, figures."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import BatchStatus, ClaimStatus, PaymentStatus, Role
from db.models import AidClaim, AuditEntry, Payment, PaymentBatch, StateTransition
from desktop.claims.bank_return import BankReturnImport
from desktop.claims.bank_return_file import parse_result, same_account
from desktop.claims.batches import BatchService
from desktop.claims.queries import ClaimQueries
from desktop.errors import ConflictError, PermissionDenied, TransitionError, ValidationError
from desktop.registers_io import Period
from desktop.registers_io.claim_rows import payment_rows
from desktop.stats.claims import claim_metrics
from tests.claims.bank_return_helpers import (
    ACCOUNT, CLAIMS, approved_batch, approved_claims, line, read, snapshot, write_return,
)
from tests.claims.helpers import enrol, make_plan, one_officer_centre

D = Decimal
BANK_DAY = date(2026, 7, 6)
REASON = "账户已销户"


@pytest.fixture
def world(database, actors):
    boss = actors[Role.DIRECTOR]
    plan = make_plan(database, boss)
    one_officer_centre(database)
    enrol(database, boss, plan.id)
    ids = approved_claims(database, boss, plan.id)
    return database, boss, ids, approved_batch(database, boss, ids)


def _import(database, actor, batch_id, path, paid_on=BANK_DAY):
    service = BankReturnImport(database)
    return service.apply(actor, service.preview(actor, batch_id, path, paid_on))


def _payments(database, claim_id):
    with database.read() as session:
        return [(p.status, p.batch_id, p.paid_on, p.failure_reason) for p in
                session.scalars(select(Payment).where(Payment.claim_id == claim_id).order_by(Payment.id))]


def test_mixed_return_pays_the_paid_lines_and_sends_the_failed_claim_back(world, tmp_path):
    database, boss, (first, second, third), batch = world
    path = write_return(tmp_path / "回盘.xlsx", [line(1), line(2, "失败", REASON), line(3, "交易成功")])
    service = BankReturnImport(database)
    preview = service.preview(boss, batch.id, path, BANK_DAY)
    assert [(c.seq, c.claim_number, c.result, c.paid_on) for c in preview.lines] == [
        (1, read(database, AidClaim, first).number, PaymentStatus.PAID, BANK_DAY),
        (2, read(database, AidClaim, second).number, PaymentStatus.FAILED, None),
        (3, read(database, AidClaim, third).number, PaymentStatus.PAID, BANK_DAY)]
    assert preview.new_status == BatchStatus.PARTIAL
    assert (preview.paid_count, preview.paid_total, preview.failed_count, preview.failed_total) == (
        2, D("2200.25"), 1, D("500.01"))
    assert read(database, PaymentBatch, batch.id).status == BatchStatus.APPROVED  # a preview writes nothing

    done = service.apply(boss, preview)
    assert (done.status, done.paid_count, done.paid_total, done.failed_count, done.failed_total, done.paid_on) == (
        BatchStatus.PARTIAL, 2, D("2200.25"), 1, D("500.01"), BANK_DAY)
    assert done.outcome == "成功 2 笔 ¥2,200.25；失败 1 笔 ¥500.01"
    for claim_id, amount in ((first, D("1200.25")), (third, D("1000.00"))):
        claim = read(database, AidClaim, claim_id)
        assert (claim.status, claim.paid_amount, claim.paid_on, claim.batch_id) == (
            ClaimStatus.PAID, amount, BANK_DAY, batch.id)
        assert _payments(database, claim_id) == [(PaymentStatus.PAID, batch.id, BANK_DAY, None)]
    failed = read(database, AidClaim, second)
    assert (failed.status, failed.batch_id, failed.paid_amount, failed.paid_on) == (
        ClaimStatus.APPROVED, None, D("0.00"), None)
    assert _payments(database, second) == [(PaymentStatus.FAILED, batch.id, None, REASON)]
    rows = BatchService(database).bank_rows(boss, batch.id)
    assert [(r.seq, r.status, r.failure_reason) for r in rows] == [
        (1, PaymentStatus.PAID, ""), (2, PaymentStatus.FAILED, REASON), (3, PaymentStatus.PAID, "")]
    with database.read() as session:
        events = [(e.entity_type, e.detail) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "bank_return").order_by(AuditEntry.seq))]
        moves = session.scalars(select(StateTransition.reason).where(
            StateTransition.entity_type == "payment", StateTransition.to_state == "FAILED")).all()
    assert events[0] == ("aid_claim", f"批次 {batch.number} 银行支付失败：{REASON}；退回已核准，待编入新批次")
    assert events[1][0] == "payment_batch" and "回盘.xlsx" in events[1][1] and "支付失败 1 笔 ¥500.01" in events[1][1]
    assert moves == [REASON]


def test_all_paid_return_closes_the_batch_and_cannot_be_imported_twice(world, tmp_path):
    database, boss, ids, batch = world
    path = write_return(tmp_path / "r.xlsx", [line(1), line(2), line(3)])
    done = _import(database, boss, batch.id, path)
    assert (done.status, done.paid_count, done.paid_total, done.failed_count) == (BatchStatus.PAID, 3, D("2700.26"), 0)
    assert all(read(database, AidClaim, i).status == ClaimStatus.PAID for i in ids)
    with pytest.raises(TransitionError, match="已支付"):
        BankReturnImport(database).preview(boss, batch.id, path, BANK_DAY)
    with pytest.raises(TransitionError):
        BatchService(database).mark_paid(boss, batch.id, done.version, BANK_DAY)


@pytest.mark.parametrize("bad_line, message", [
    (line(2, name="王芳芳"), "第 4 行「姓名」: 序号 2"),
    (line(2, amount=D("500.00")), "第 4 行「金额」: 序号 2"),
    (line(2, account="6217000010009999"), "第 4 行「账号」: 序号 2"),
    (line(7, amount=D("9.00")), "第 4 行「序号」: 批次 "),
    (line(1), "第 4 行「序号」: 序号 1 与第 3 行重复"),
    (line(2, "待定"), "第 4 行「结果」: 无法识别「待定」"),
])
def test_a_line_that_differs_from_the_sheet_refuses_the_whole_file(world, tmp_path, bad_line, message):
    database, boss, _ids, batch = world
    before = snapshot(database, batch.id)
    path = write_return(tmp_path / "bad.xlsx", [line(1), bad_line, line(3, "失败", REASON)])
    with pytest.raises(ValidationError) as refused:
        BankReturnImport(database).preview(boss, batch.id, path, BANK_DAY)
    assert message in str(refused.value) and "未导入任何结果" in str(refused.value)
    assert snapshot(database, batch.id) == before


def test_every_bad_row_is_named_at_once(world, tmp_path):
    database, boss, _ids, batch = world
    path = write_return(tmp_path / "bad.xlsx", [line(1, name="李四"), line(2, amount=D("1.00")), line(3)])
    with pytest.raises(ValidationError) as refused:
        BankReturnImport(database).preview(boss, batch.id, path, BANK_DAY)
    assert "第 3 行「姓名」" in str(refused.value) and "第 4 行「金额」" in str(refused.value)


def test_failed_claim_goes_into_a_new_batch_and_is_paid(world, tmp_path):
    database, boss, (first, second, third), batch = world
    _import(database, boss, batch.id, write_return(tmp_path / "r.xlsx", [line(1), line(2, "失败", REASON), line(3)]))
    assert ClaimQueries(database).detail(second).failed_payments == (f"批次 {batch.number} 支付失败：{REASON}",)
    again = approved_batch(database, boss, [second], date(2026, 7, 10))
    assert (again.count, again.total) == (1, D("500.01"))
    assert ClaimQueries(database).detail(second).batch_number == again.number
    rows = BatchService(database).bank_rows(boss, again.id)
    assert [(r.seq, r.claim_id, r.status) for r in rows] == [(1, second, PaymentStatus.PENDING)]
    path = write_return(tmp_path / "r2.xlsx", [line(1, amount=D("500.01"))])
    done = _import(database, boss, again.id, path, date(2026, 7, 12))
    assert (done.status, done.paid_count, done.paid_total) == (BatchStatus.PAID, 1, D("500.01"))
    claim = read(database, AidClaim, second)
    assert (claim.status, claim.batch_id, claim.paid_amount, claim.paid_on) == (
        ClaimStatus.PAID, again.id, D("500.01"), date(2026, 7, 12))
    assert _payments(database, second) == [(PaymentStatus.FAILED, batch.id, None, REASON),
                                           (PaymentStatus.PAID, again.id, date(2026, 7, 12), None)]
    old = read(database, PaymentBatch, batch.id)
    assert (old.status, old.failed_count, old.paid_count) == (BatchStatus.PARTIAL, 1, 2)


def test_statistics_and_the_payments_register_count_only_money_paid(world, tmp_path):
    database, boss, (_first, second, _third), batch = world
    _import(database, boss, batch.id, write_return(tmp_path / "r.xlsx", [line(1), line(2, "失败", REASON), line(3)]))
    with database.read() as session:
        year = claim_metrics(session, 2026)[None]
        register = list(payment_rows(session, Period.of_year(2026)))
    assert (year.paid, year.claims_paid_amount, year.amount_paid) == (2, D("2200.25"), D("2200.25"))
    assert sorted(row[6] for row in register) == [D("1000.00"), D("1200.25")]
    assert {row[-2] for row in register} == {"已支付"} and sorted(row[-1] for row in register) == sorted(
        row[6] for row in register)
    again = approved_batch(database, boss, [second], date(2026, 7, 10))
    BatchService(database).mark_paid(boss, again.id, again.version, date(2026, 7, 12))
    with database.read() as session:
        year = claim_metrics(session, 2026)[None]
    assert (year.paid, year.claims_paid_amount, year.amount_paid) == (3, D("2700.26"), D("2700.26"))


def test_the_payments_registers_total_is_money_that_left(world, tmp_path):
    """A line still waiting for the bank shows its 支付金额 but no 实付金额: the 合计 is what was paid."""
    from openpyxl import load_workbook

    from desktop.registers_io import ExportRequest, export_register

    database, boss, (_first, second, _third), batch = world
    _import(database, boss, batch.id, write_return(tmp_path / "r.xlsx", [line(1), line(2, "失败", REASON), line(3)]))
    approved_batch(database, boss, [second], date(2026, 7, 10))
    out = tmp_path / "支付台账.xlsx"
    export_register(database, boss, ExportRequest("payments", Period()), out)  # 历年: pending lines too
    rows = [[c.value for c in r] for r in load_workbook(out).active.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "支付批次")
    titles, data = rows[header], rows[header + 1:]
    lines = [dict(zip(titles, r)) for r in data if r[3] and r[0] != "合计" and r[-2] in ("已支付", "待支付")]
    assert sorted((r["状态"], r["实付金额"]) for r in lines) == [
        ("已支付", D("1000.00")), ("已支付", D("1200.25")), ("待支付", None)]
    total = next(dict(zip(titles, r)) for r in data if "合计" in r)
    assert total["实付金额"] == D("2200.25") and total["支付金额"] is None


def test_a_partial_file_leaves_lines_pending_and_the_complete_file_settles_them(world, tmp_path):
    database, boss, (first, second, third), batch = world
    done = _import(database, boss, batch.id, write_return(tmp_path / "a.xlsx", [line(1)]))
    assert (done.status, done.paid_count, done.pending_count) == (BatchStatus.PARTIAL, 1, 2)
    assert done.outcome == "成功 1 笔 ¥1,200.25；待回盘 2 笔"
    with pytest.raises(TransitionError, match="部分支付"):
        BatchService(database).mark_paid(boss, batch.id, done.version, BANK_DAY)
    service = BankReturnImport(database)
    preview = service.preview(boss, batch.id, write_return(tmp_path / "b.xlsx", [line(1), line(2), line(3)]),
                              date(2026, 7, 8))
    assert [c.change for c in preview.lines][0] == "已登记，无变化" and len(preview.changes) == 2
    assert preview.new_status == BatchStatus.PAID and preview.pending_count == 0
    done = service.apply(boss, preview)
    assert (done.status, done.paid_count, done.paid_on) == (BatchStatus.PAID, 3, date(2026, 7, 8))
    assert read(database, AidClaim, first).paid_on == BANK_DAY  # the earlier line keeps its date
    refused = write_return(tmp_path / "c.xlsx", [line(1, "失败", REASON)])
    with pytest.raises(TransitionError):
        service.preview(boss, batch.id, refused, BANK_DAY)


def test_a_result_that_contradicts_an_earlier_return_is_refused(world, tmp_path):
    database, boss, _ids, batch = world
    _import(database, boss, batch.id, write_return(tmp_path / "a.xlsx", [line(1)]))
    before = snapshot(database, batch.id)
    path = write_return(tmp_path / "b.xlsx", [line(1, "失败", REASON), line(2)])
    with pytest.raises(ValidationError, match="已登记为「已支付」，回盘为「支付失败」"):
        BankReturnImport(database).preview(boss, batch.id, path, BANK_DAY)
    assert snapshot(database, batch.id) == before


def test_a_stale_preview_is_refused(world, tmp_path):
    database, boss, _ids, batch = world
    service = BankReturnImport(database)
    preview = service.preview(boss, batch.id, write_return(tmp_path / "a.xlsx", [line(1)]), BANK_DAY)
    service.apply(boss, preview)
    before = snapshot(database, batch.id)
    with pytest.raises(ConflictError):
        service.apply(boss, preview)
    assert snapshot(database, batch.id) == before


def test_only_the_director_imports_and_only_an_approved_batch(world, tmp_path, actors):
    database, boss, _ids, batch = world
    path = write_return(tmp_path / "a.xlsx", [line(1)])
    with pytest.raises(PermissionDenied):
        BankReturnImport(database).preview(actors[Role.CLERK], batch.id, path, BANK_DAY)
    with pytest.raises(ValidationError, match="晚于今天"):
        BankReturnImport(database).preview(boss, batch.id, path, date(2999, 1, 1))
    assert read(database, PaymentBatch, batch.id).status == BatchStatus.APPROVED


def test_a_draft_batch_has_no_return(database, actors, tmp_path):
    boss = actors[Role.DIRECTOR]
    plan = make_plan(database, boss)
    one_officer_centre(database)
    enrol(database, boss, plan.id)
    ids = approved_claims(database, boss, plan.id)
    batch = BatchService(database).make_batch(boss, ids, date(2026, 7, 1))
    with pytest.raises(TransitionError, match="待审批"):
        BankReturnImport(database).preview(boss, batch.id, write_return(tmp_path / "a.xlsx", [line(1)]), BANK_DAY)


def test_headers_and_cells_as_a_bank_writes_them(world, tmp_path):
    database, boss, _ids, batch = world
    headers = ("户名", "收款账号", "交易金额（元）", "序号", "处理结果", "备注", "交易日期")
    rows = [("王芳", "6217 0000 1000 1234", "1,200.25", "1", "交易成功", None, "2026/7/5"),
            ("王 芳", "6217********1234", 500.01, 2, "失败", None, None),
            ("王芳", ACCOUNT, "1000", 3, "S", "", None)]
    path = write_return(tmp_path / "bank.xlsx", rows, headers)
    preview = BankReturnImport(database).preview(boss, batch.id, path, BANK_DAY)
    assert [(c.seq, c.result, c.paid_on, c.reason) for c in preview.lines] == [
        (1, PaymentStatus.PAID, date(2026, 7, 5), ""), (2, PaymentStatus.FAILED, None, "银行未注明原因"),
        (3, PaymentStatus.PAID, BANK_DAY, "")]
    assert any("失败原因" in note for note in preview.notes)


def test_result_words_and_masked_accounts():
    assert [parse_result(t) for t in ("成功", "交易成功", "s", "已入账")] == [PaymentStatus.PAID] * 4
    assert [parse_result(t) for t in ("失败", "未成功", "F", "退票")] == [PaymentStatus.FAILED] * 4
    assert same_account(ACCOUNT, "6217-0000-1000-1234") and same_account(ACCOUNT, "6217****1234")
    assert not same_account(ACCOUNT, "6218****1234") and not same_account(ACCOUNT, "****")
    assert CLAIMS[0][2] == D("1200.25")


def test_import_bank_return_command(world, tmp_path, capsys):
    from desktop.cli import build_parser, run_command

    database, _boss, (_first, second, _third), batch = world
    url = database.url.render_as_string(hide_password=False)
    path = write_return(tmp_path / "回盘.xlsx", [line(1), line(2, "失败", REASON), line(3)])
    command = ["--db", url, "import", "bank-return", batch.number, str(path), "--paid-on", "2026-07-06"]
    assert run_command(build_parser().parse_args([*command, "--dry-run"])) == 0
    assert "试运行" in capsys.readouterr().out
    assert read(database, PaymentBatch, batch.id).status == BatchStatus.APPROVED
    assert run_command(build_parser().parse_args(command)) == 0
    out = capsys.readouterr().out
    assert f"批次 {batch.number} 为「部分支付」（成功 2 笔 ¥2,200.25；失败 1 笔 ¥500.01）" in out
    assert read(database, AidClaim, second).batch_id is None
    assert run_command(build_parser().parse_args(["--db", url, "import", "bank-return", "ZF2026-999", str(path)])) == 1
    assert "找不到支付批次「ZF2026-999」" in capsys.readouterr().err
