"""Two workstations edit the same record: the second save is refused, naming what the other changed."""

from __future__ import annotations

import pytest

from db.enums import Role
from db.models import Employer
from desktop.concurrency import ensure_version
from desktop.errors import ConflictError

LABELS = {"name": "单位名称", "contact_phone": "联系电话"}


@pytest.fixture
def employer_id(database, actors):
    with database.write(actors[Role.CLERK]) as session:
        employer = Employer(name="密云建工集团", contact_phone="010-69041111")
        session.add(employer)
        session.flush()
        return employer.id


def _open_form(database, employer_id) -> tuple[int, dict]:
    with database.read() as session:
        employer = session.get(Employer, employer_id)
        return employer.version, {"name": employer.name, "contact_phone": employer.contact_phone}


def test_second_save_refused_with_the_others_change(database, actors, employer_id):
    mine_version, shown = _open_form(database, employer_id)
    theirs_version, _ = _open_form(database, employer_id)
    with database.write(actors[Role.MEDIATOR]) as session:  # the other workstation saves first
        employer = session.get(Employer, employer_id)
        ensure_version(session, employer, theirs_version, shown, LABELS)
        employer.contact_phone = "13800138000"
    with pytest.raises(ConflictError) as caught, database.write(actors[Role.CLERK]) as session:
        employer = session.get(Employer, employer_id)
        ensure_version(session, employer, mine_version, shown, LABELS)
        employer.name = "密云建工集团有限公司"
    message = str(caught.value)
    assert "王调解" in message and "联系电话：010-69041111 → 13800138000" in message
    with database.read() as session:
        assert session.get(Employer, employer_id).name == "密云建工集团"


def test_concurrent_flush_on_stale_row_becomes_conflict(database, actors, employer_id):
    """Both sessions hold the row; the later flush hits the version check in SQL."""
    first = database._sessions()
    stale = first.get(Employer, employer_id)
    first.close()
    with database.write(actors[Role.MEDIATOR]) as session:
        session.get(Employer, employer_id).contact_phone = "13900139000"
    with pytest.raises(ConflictError, match="已被其他人修改"), database.write(actors[Role.CLERK]) as session:
        mine = session.merge(stale, load=False)
        mine.name = "旧副本上的修改"
    with database.read() as session:
        assert session.get(Employer, employer_id).contact_phone == "13900139000"
