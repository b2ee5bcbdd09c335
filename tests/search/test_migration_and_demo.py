"""Migration 0006 indexes the records already there; the demo writer indexes what it writes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db import search_index
from db.engine import Database
from db.migrate import upgrade
from db.models.search import SearchGram
from desktop.demo import generate

NOW = "'2024-03-01 01:00:00.000000', '2024-03-01 01:00:00.000000'"


def _index(database) -> set[tuple]:
    with database.read() as session:
        return set(session.execute(select(SearchGram.kind, SearchGram.gram, SearchGram.entity_id)).all())


def _rebuilt(database) -> set[tuple]:
    with database.write(None) as session:
        for kind in search_index.kinds():
            search_index.reindex(session.connection(), kind)
    return _index(database)


def test_migration_fills_the_index_for_existing_rows(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(database, "0002")
    with database.engine.begin() as conn:  # rows of a file from before the index, written as they were then
        conn.exec_driver_sql("INSERT INTO employer (id, name, credit_code, version, created_at, updated_at) "
                             f"VALUES (1, '北京宏达物流有限公司', '91110105MA01ABCD2X', 1, {NOW})")
        conn.exec_driver_sql("INSERT INTO worker (id, name, id_number, is_member, version, created_at, updated_at) "
                             f"VALUES (1, '王芳', '11010819850512002X', 0, 1, {NOW})")
        conn.exec_driver_sql("INSERT INTO mediation_case (id, number, status, source, application_form, "
                             "court_simple_procedure, received_on, respondent_id, workers_involved, amount_claimed, "
                             "extension_days, amount_performed, amount_recovered, version, created_at, updated_at) "
                             "VALUES (1, '密工调〔2024〕3号', 'ACCEPTED', 'WALK_IN', 'WRITTEN', 0, '2024-03-01', 1, 1, 0, 0, "
                             f"0, 0, 1, {NOW})")
    upgrade(database)
    migrated = _index(database)
    assert ("worker", "王芳", 1) in migrated and ("worker", "2x", 1) in migrated
    assert ("case", "3号", 1) in migrated and ("unit", "物流", 1) in migrated
    assert ("worker:d", "0512", 1) in migrated and ("case:d", "2024", 1) in migrated  # 0019: 4-digit pieces
    assert ("unit:d", "0105", 1) in migrated and ("worker", "0512", 1) not in migrated
    assert migrated == _rebuilt(database)
    database.dispose()


def test_demo_writer_fills_the_index(database):
    generate(database, cases=30, letters=8, claims=30, seed=4, today=date(2026, 11, 23))
    written = _index(database)
    assert {kind for kind, _gram, _id in written} == {"case", "letter", "claim", "worker", "unit",
                                                       "case:d", "letter:d", "claim:d", "worker:d", "unit:d"}
    assert written == _rebuilt(database)
