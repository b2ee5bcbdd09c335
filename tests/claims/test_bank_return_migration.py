"""Migration 0013: a batch paid by hand before the return file existed counts every line paid."""

from __future__ import annotations

from decimal import Decimal

from db.engine import Database
from db.enums import BatchStatus
from db.migrate import upgrade
from db.models import Payment, PaymentBatch

NOW = "'2026-07-01 01:00:00.000000', '2026-07-01 01:00:00.000000'"


def test_paid_batches_count_their_lines_paid_and_the_others_none(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(database, "0009")
    with database.engine.begin() as conn:  # money in whole cents, as SQLite stores it
        for id_, status, total, count in ((1, "PAID", 270026, 3), (2, "APPROVED", 50001, 1)):
            conn.exec_driver_sql("INSERT INTO payment_batch (id, number, status, made_on, total, count, version, "
                                 f"created_at, updated_at) VALUES ({id_}, 'ZF2026-00{id_}', '{status}', '2026-07-01', "
                                 f"{total}, {count}, 1, {NOW})")
        conn.exec_driver_sql("INSERT INTO payment (id, kind, status, batch_id, payee_name, amount) "
                             "VALUES (1, 'CLAIM_PAYOUT', 'PENDING', 2, '王芳', 50001)")
    upgrade(database)
    with database.read() as session:
        paid, approved = session.get(PaymentBatch, 1), session.get(PaymentBatch, 2)
        assert (paid.status, paid.paid_count, paid.paid_total, paid.failed_count) == (
            BatchStatus.PAID, 3, Decimal("2700.26"), 0)
        assert (approved.paid_count, approved.paid_total, approved.failed_total) == (0, Decimal("0.00"),
                                                                                       Decimal("0.00"))
        assert session.get(Payment, 1).failure_reason is None
    database.dispose()
