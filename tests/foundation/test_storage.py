"""Schema, units of work, optimistic locking and the audit chain, on both databases."""

from decimal import Decimal

import pytest
from sqlalchemy import select, text

from db import audit
from db.migrate import is_current, upgrade
from db.models import AuditEntry, Employer, Worker
from desktop.errors import ConflictError

pytestmark = pytest.mark.db


def test_upgrade_twice_keeps_data(database, actors):
    with database.write(None) as session:
        session.add(Employer(name="北京某某物流有限公司"))
    upgrade(database)
    upgrade(database)
    assert is_current(database)
    with database.read() as session:
        assert session.scalar(select(Employer.name)) == "北京某某物流有限公司"


def test_money_round_trips_exactly(database):
    from db.models import ClaimItem, MediationCase  # noqa: F401
    from db.types import Money
    from sqlalchemy import Column, MetaData, Table, Integer, insert, func

    meta = MetaData()
    table = Table("money_probe", meta, Column("id", Integer, primary_key=True), Column("amount", Money()))
    meta.create_all(database.engine)
    values = [Decimal("0.10"), Decimal("0.20"), Decimal("123456789012.34"), Decimal("0.01")]
    with database.engine.begin() as conn:
        conn.execute(insert(table), [{"amount": v} for v in values])
        total = conn.execute(select(func.sum(table.c.amount))).scalar_one()
        back = conn.execute(select(table.c.amount).order_by(table.c.id)).scalars().all()
    assert back == values
    assert Decimal(total).quantize(Decimal("0.01")) == Decimal("123456789012.65")


def test_failed_action_writes_nothing(database, actors):
    with pytest.raises(RuntimeError):
        with database.write(None) as session:
            session.add(Employer(name="甲公司"))
            session.flush()
            raise RuntimeError("boom")
    with database.read() as session:
        assert session.scalar(select(Employer).limit(1)) is None
        assert session.scalar(select(AuditEntry).where(AuditEntry.entity_type == "employer")) is None


def test_second_stale_save_is_refused(database):
    with database.write(None) as session:
        session.add(Worker(name="王芳"))
    with database.read() as session:
        first = session.scalar(select(Worker))
    with database.read() as session:
        second = session.scalar(select(Worker))
    with database.write(None) as session:
        session.merge(first).phone = "13800138000"
    with pytest.raises(ConflictError):
        with database.write(None) as session:
            session.merge(second).phone = "13900139000"


def test_audit_chain_records_changes_and_detects_tampering(database, actors):
    with database.write(None) as session:
        session.add(Employer(name="乙公司"))
    with database.write(None) as session:
        session.scalar(select(Employer)).street = "鼓楼街道"
    with database.engine.connect() as conn:
        result = audit.verify(conn)
        assert result.ok and result.checked >= 7  # 5 officers + create + update
        seq = conn.execute(select(AuditEntry.seq).where(AuditEntry.field == "street")).scalar_one()
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET new_value = '别的街道' WHERE seq = :s"), {"s": seq})
    with database.engine.connect() as conn:
        result = audit.verify(conn)
    assert not result.ok
    assert result.bad_seq == seq
    assert f"第 {seq} 条" in result.problem


def test_audit_detects_deleted_entry(database, actors):
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE seq = 2"))
    with database.engine.connect() as conn:
        result = audit.verify(conn)
    assert not result.ok and result.bad_seq == 3


def test_audit_records_who(database, actors):
    from db.enums import Role

    clerk = actors[Role.CLERK]
    with database.write(clerk) as session:
        session.add(Employer(name="丙公司"))
    with database.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity_type == "employer"))
    assert (entry.officer_id, entry.officer_name, entry.action) == (clerk.officer_id, "赵登记", "create")


def test_upgrading_an_older_file_gives_its_units_a_pinyin_sort_key(database):
    from datetime import UTC, datetime

    from alembic import command
    from sqlalchemy import column, insert, table

    from db.migrate import alembic_config

    with database.engine.begin() as connection:
        config = alembic_config(database)
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    now = datetime.now(UTC).replace(tzinfo=None)
    employer = table("employer", column("name"), column("version"), column("created_at"), column("updated_at"))
    with database.engine.begin() as connection:
        connection.execute(insert(employer), [{"name": name, "version": 1, "created_at": now, "updated_at": now}
                                              for name in ("重庆小面密云店", "安徽建工北京分公司")])
    upgrade(database)
    assert is_current(database)
    with database.read() as session:
        keys = dict(session.execute(select(Employer.name, Employer.name_sort)).all())
    assert keys == {"重庆小面密云店": "chong2 qing4 xiao3 mian4 mi4 yun2 dian4",
                    "安徽建工北京分公司": "an1 hui1 jian4 gong1 bei3 jing1 fen1 gong1 si1"}
