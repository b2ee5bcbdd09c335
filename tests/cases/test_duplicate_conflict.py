"""A unique key taken at the same moment (two officers registering the same new worker) is a
conflict that names the record, in Chinese, with nothing saved; never a raw IntegrityError."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select, text

from db.enums import Role
from db.models import Employer, Worker
from desktop import parties
from desktop.errors import ConflictError, DuplicateRecord
from tests.cases.helpers import id_number

pytestmark = pytest.mark.db


def test_a_taken_unique_key_is_a_conflict_naming_the_record(database, actors, mediator):
    with database.write(mediator) as session:
        session.add(Worker(name="王芳", id_number=id_number(7)))
    with pytest.raises(DuplicateRecord) as refused, database.write(mediator) as session:
        session.add(Worker(name="王芳（重复）", id_number=id_number(7)))
    error = refused.value
    assert isinstance(error, ConflictError)
    assert (error.table, error.columns) == ("worker", ("id_number",))
    assert "相同身份证号的职工已经存在" in str(error) and "数据未保存" in str(error)
    assert id_number(7) not in str(error)  # the message goes to the log: no personal data
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Worker).where(Worker.name.like("王芳%"))) == 1


def _until_someone_waits_for_a_lock(database, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    with database.engine.connect() as probe:
        while time.monotonic() < deadline:
            if probe.scalar(text("SELECT count(*) FROM pg_locks WHERE NOT granted")):
                return
            probe.rollback()
            time.sleep(0.05)


def test_two_officers_registering_the_same_new_worker_at_once(database, mediator, actors):
    """Two sessions each look for the worker by ID number, find nobody and insert: the second
    insert waits on the unique index until the first commits, then is refused as a conflict.

    (Through 新登记调解案件 the audit chain's head lock already orders the two registrations,
    so the second finds the first's worker; roster imports and other paths that create the
    worker first in their unit of work meet the race exactly as here.)"""
    if database.is_sqlite:
        pytest.skip("SQLite serialises writers (BEGIN IMMEDIATE): the race cannot happen there")
    same = parties.WorkerInput("李强", id_number(8))
    inserted, outcome = threading.Event(), {}

    def officer_a():
        with database.write(mediator) as session:
            parties.find_or_create_worker(session, same)
            inserted.set()
            _until_someone_waits_for_a_lock(database)  # B's insert now waits on the unique index

    def officer_b():
        inserted.wait(10)
        try:
            with database.write(actors[Role.CLERK]) as session:
                parties.find_or_create_worker(session, same)
                session.add(Employer(name="B 同时登记的单位"))
        except Exception as error:  # noqa: BLE001 - the test inspects what the officer would see
            outcome["error"] = error

    threads = [threading.Thread(target=officer_a), threading.Thread(target=officer_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    error = outcome.get("error")
    assert isinstance(error, DuplicateRecord), repr(error)
    assert "相同身份证号的职工已经存在" in str(error)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Worker).where(Worker.id_number == same.id_number)) == 1
        assert session.scalar(select(func.count()).select_from(Employer).where(Employer.name.like("B %"))) == 0
