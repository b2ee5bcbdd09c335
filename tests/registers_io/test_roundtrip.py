"""Export a database, import into an empty one, export again: the same cells."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.models import IssuedNumber, MediationCase, Payment, SupervisionLetter, Worker
from desktop.auth.permissions import SYSTEM
from desktop.numbering import take_number
from desktop.registers_io import apply_import, plan_import
from tests.registers_io.conftest import TODAY, export, register_rows

KINDS = ("cases", "letters", "claims")


def round_trip(source, target, tmp_path, kind):
    first = export(source, kind, tmp_path / f"{kind}-1.xlsx", full_ids=True)
    plan = plan_import(target, SYSTEM, kind, first, today=TODAY)
    assert plan.ok, plan.error_report()
    apply_import(target, SYSTEM, plan, today=TODAY)
    return first, export(target, kind, tmp_path / f"{kind}-2.xlsx", full_ids=True)


@pytest.mark.parametrize("kind", KINDS)
def test_export_import_export_gives_the_same_cells(filled, empty_target, tmp_path, kind):
    first, second = round_trip(filled, empty_target, tmp_path, kind)
    assert register_rows(second) == register_rows(first)


def test_round_trip_keeps_identities_chains_and_payments(filled, empty_target, tmp_path):
    for kind in KINDS:
        round_trip(filled, empty_target, tmp_path, kind)
    with empty_target.read() as session:
        assert session.scalar(select(func.count()).select_from(Worker)) == 6  # matched across registers
        opinion = session.scalars(select(SupervisionLetter).where(SupervisionLetter.previous_letter_id.is_not(None))).one()
        previous = session.get(SupervisionLetter, opinion.previous_letter_id)
        assert previous.number == "密工法监提〔2024〕1号" and previous.matter_id == opinion.matter_id
        assert session.scalar(select(func.sum(Payment.amount))) == 10000


def test_imported_numbers_are_never_handed_out_again(filled, empty_target, tmp_path):
    round_trip(filled, empty_target, tmp_path, "cases")
    with empty_target.write(SYSTEM) as session:
        assert take_number(session, "case", 2024, entity_type="mediation_case", entity_id=None).seq == 5
        assert session.scalar(select(func.count()).select_from(IssuedNumber)) == 6


def test_second_import_of_the_same_file_is_refused_whole(filled, empty_target, tmp_path):
    first, _ = round_trip(filled, empty_target, tmp_path, "cases")
    plan = plan_import(empty_target, SYSTEM, "cases", first, today=TODAY)
    assert len(plan.errors) == 5 and all("已存在于系统中" in p.message for p in plan.errors)
    with empty_target.read() as session:
        assert session.scalar(select(func.count()).select_from(MediationCase)) == 5


def test_dates_come_back_as_dates(filled, empty_target, tmp_path):
    round_trip(filled, empty_target, tmp_path, "cases")
    with empty_target.read() as session:
        case = session.scalars(select(MediationCase).where(MediationCase.number == "密工调〔2024〕1号")).one()
    assert case.accepted_on == dt.date(2024, 3, 5) and case.closed_on == dt.date(2024, 4, 1)


def test_paused_days_are_exported_and_kept_on_import(filled, empty_target, tmp_path):
    with filled.write(None) as session:
        case = session.scalars(select(MediationCase).where(MediationCase.number.is_not(None))
                               .order_by(MediationCase.id)).first()
        case.paused_days, number = 12, case.number
    first, second = round_trip(filled, empty_target, tmp_path, "cases")
    header = next(r for r in register_rows(first) if r and "已中止天数" in r)
    row = next(r for r in register_rows(first) if r and r[header.index("案件编号")] == number)
    assert row[header.index("已中止天数")] == 12
    with empty_target.read() as session:
        assert session.scalar(select(MediationCase.paused_days).where(MediationCase.number == number)) == 12
    assert register_rows(second) == register_rows(first)
