"""The search index on SQLite and PostgreSQL: what it finds, and that it follows every change
of a record within the record's own transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select

from db import search_index
from db.models import Employer, MediationCase, Worker
from db.models.search import SearchGram
from tests.search.records import CREDIT, UNIT, add_case, found, grams_of, names

ID_A, ID_B = "110105199003071234", "11010819850512002X"


@pytest.fixture
def filed(database):
    with database.write(None) as session:
        first = add_case(session, "密工调〔2025〕17号", [("王芳", ID_A), ("李王强", None)])
        second = add_case(session, "密工调〔2025〕171号", [("张伟", ID_B)], unit="密云区某餐饮店", credit=None)
        return database, first.id, second.id


def test_one_character_surname_and_last_character(filed):
    database, _first, _second = filed
    with database.read() as session:
        assert names(session, "王") == {"王芳", "李王强"}
        assert names(session, "芳") == {"王芳"}  # a field's last character is found alone too
        assert names(session, "强") == {"李王强"}
        assert names(session, "赵") == set()


def test_two_character_name(filed):
    database, _first, _second = filed
    with database.read() as session:
        assert names(session, "王芳") == {"王芳"}
        assert names(session, "王强") == {"李王强"}
        assert names(session, "芳王") == set()


def test_case_number_and_id_number_fragments(filed):
    database, first, second = filed
    with database.read() as session:
        assert found(session, "case", "〔2025〕17") == {first, second}
        assert found(session, "case", "17号") == {first}
        assert found(session, "case", "171") == {second}
        assert found(session, "case", "号") == {first, second}
        assert names(session, "0307") == {"王芳"}
        assert names(session, "19900307123") == {"王芳"}
        assert names(session, "002x") == {"张伟"} == names(session, "002X")
        assert names(session, "99") == {"王芳"}
        assert names(session, "1101") == {"王芳", "张伟"}


def test_unit_name_and_credit_code(filed):
    database, _first, _second = filed
    with database.read() as session:
        units = dict(session.execute(select(Employer.name, Employer.id)).all())
        assert found(session, "unit", "物流") == {units[UNIT]}
        assert found(session, "unit", "密") == {units["密云区某餐饮店"]}
        assert found(session, "unit", "ma01abcd") == {units[UNIT]} == found(session, "unit", CREDIT[-6:])
        assert found(session, "unit", "有限公司") == {units[UNIT]}


def test_pattern_characters_are_literal(filed):
    database, _first, _second = filed
    with database.read() as session:
        assert found(session, "case", "%") == set() == found(session, "case", "5_")
        assert names(session, "王%") == set()


def test_rename_update_and_delete_in_one_transaction(filed):
    database, first, _second = filed
    with database.write(None) as session:
        worker = session.scalar(select(Worker).where(Worker.name == "王芳"))
        worker.name = "赵芳"
        session.flush()
        assert names(session, "王") == {"李王强"} and names(session, "赵芳") == {"赵芳"}
        worker.name = "钱芳芳"
        worker.id_number = None
        case = session.get(MediationCase, first)
        case.number = "密工调〔2025〕99号"
        assert names(session, "赵") == set() and names(session, "芳芳") == {"钱芳芳"}  # autoflush before a read
        assert names(session, "0307") == set()
        assert found(session, "case", "99号") == {first} and found(session, "case", "17号") == set()
        worker_id = worker.id
        passer_by = Worker(name="周杰", id_number="110101200001011234")
        session.add(passer_by)
        assert names(session, "周杰") == {"周杰"}
        session.delete(passer_by)
        session.flush()
        assert names(session, "周") == set() and names(session, "2000") == set()
    with database.read() as session:
        assert grams_of(session, "worker", worker_id) == search_index.grams(["钱芳芳", None])
        assert names(session, "钱") == {"钱芳芳"}


def test_stored_grams_are_exactly_the_fields_grams(filed):
    database, first, _second = filed
    with database.write(None) as session:
        case = session.get(MediationCase, first)
        case.number = "密工调〔2025〕1号"  # shares grams with the old number: only the difference moves
    with database.read() as session:
        assert grams_of(session, "case", first) == search_index.grams(["密工调〔2025〕1号"])
        for worker in session.scalars(select(Worker)):
            assert grams_of(session, "worker", worker.id) == search_index.grams([worker.name, worker.id_number])


def test_rollback_leaves_no_grams(database):
    with pytest.raises(RuntimeError), database.write(None) as session:
        add_case(session, "密工调〔2025〕5号", [("孙丽", ID_A)])
        assert names(session, "孙丽") == {"孙丽"}
        raise RuntimeError("the officer's action failed")
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(SearchGram)) == 0
        assert names(session, "孙") == set()


def test_deleting_a_case_removes_its_grams(filed):
    database, first, _second = filed
    with database.write(None) as session:
        session.delete(session.get(MediationCase, first))
    with database.read() as session:
        assert grams_of(session, "case", first) == set()
        assert found(session, "case", "17号") == set()


def test_reindex_rebuilds_after_core_writes(filed):
    database, first, _second = filed
    with database.write(None) as session:
        session.execute(delete(SearchGram).where(SearchGram.kind == "case"))
        search_index.reindex(session.connection(), search_index.kind_named("case"), [first])
    with database.read() as session:
        assert found(session, "case", "17号") == {first}
        assert found(session, "case", "171") == set()  # not asked for: stays out until reindexed


def test_digit_runs_are_found_by_their_four_digit_pieces(filed):
    database, first, second = filed
    with database.read() as session:
        workers = dict(session.execute(select(Worker.name, Worker.id)).all())
        assert {"0307", "1990"} <= grams_of(session, "worker", workers["王芳"])
        assert "002x" not in grams_of(session, "worker", workers["张伟"])
        assert names(session, "0512") == {"张伟"}  # one key
        assert names(session, "19850512") == {"张伟"}  # driven by 0512, checked by LIKE
        assert names(session, "0512002x") == {"张伟"}
        assert found(session, "case", "2025〕171") == {second}
        assert found(session, "case", "〔2025〕17号") == {first}


def test_downgrade_drops_the_digit_pieces_and_upgrade_restores_them(filed):
    from alembic import command

    from db.migrate import alembic_config, upgrade

    database, first, second = filed
    with database.read() as session:
        before = set(session.execute(select(SearchGram.kind, SearchGram.gram, SearchGram.entity_id)).all())
    with database.engine.begin() as connection:
        config = alembic_config(database)
        config.attributes["connection"] = connection
        command.downgrade(config, "0014")
    with database.read() as session:
        assert session.scalar(select(func.max(func.length(SearchGram.gram)))) == 2
    upgrade(database)
    with database.read() as session:
        after = set(session.execute(select(SearchGram.kind, SearchGram.gram, SearchGram.entity_id)).all())
        assert found(session, "case", "2025") == {first, second}
    assert after == before
