"""Numbers are gap-free, per kind and year, voidable, and unique under concurrency."""

import threading

import pytest
from sqlalchemy import select

from db.enums import NumberStatus
from db.models import IssuedNumber
from desktop import numbering
from desktop.errors import ValidationError

pytestmark = pytest.mark.db


def take(database, kind="case", year=2024):
    with database.write(None) as session:
        return numbering.take_number(session, kind, year, entity_type="mediation_case", entity_id=None).number


def test_default_pattern_and_sequence(database):
    assert [take(database) for _ in range(3)] == ["密工调〔2024〕1号", "密工调〔2024〕2号", "密工调〔2024〕3号"]
    assert take(database, year=2025) == "密工调〔2025〕1号"
    assert take(database, kind="prompt_letter") == "密工法监提〔2024〕1号"


def test_rolled_back_action_returns_its_number(database):
    take(database)
    with pytest.raises(RuntimeError):
        with database.write(None) as session:
            numbering.take_number(session, "case", 2024, entity_type="x", entity_id=None)
            raise RuntimeError
    assert take(database) == "密工调〔2024〕2号"


def test_voided_number_stays_and_is_not_reused(database):
    first = take(database)
    with database.write(None) as session:
        numbering.void_number(session, first, "录入错误")
    assert take(database) == "密工调〔2024〕2号"
    with database.read() as session:
        row = session.scalar(select(IssuedNumber).where(IssuedNumber.number == first))
    assert row.status == NumberStatus.VOIDED and row.void_reason == "录入错误"


def test_void_needs_reason(database):
    number = take(database)
    with pytest.raises(ValidationError, match="原因"):
        with database.write(None) as session:
            numbering.void_number(session, number, " ")


def test_concurrent_writers_never_share_a_number(database):
    """Several threads (separate connections, like separate workstations) at once."""
    taken, errors = [], []
    barrier = threading.Barrier(4)

    def worker():
        barrier.wait()
        for _ in range(15):
            try:
                taken.append(take(database))
            except Exception as exc:  # collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(taken) == 60 and len(set(taken)) == 60
    seqs = sorted(int(n.removeprefix("密工调〔2024〕").removesuffix("号")) for n in taken)
    assert seqs == list(range(1, 61))
