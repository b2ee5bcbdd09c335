"""Every kind issues from the demo data; a record that cannot is refused in Chinese, never a crash."""

import collections

import pytest
from sqlalchemy import select

from db.enums import Role
from desktop.demo import generate
from desktop.errors import UserError
from desktop.issuing.owners import OWNER_MODELS
from desktop.issuing.service import OwnerRef
from tests.documents.pdfread import all_text

pytestmark = [pytest.mark.db, pytest.mark.slow]


def test_demo_records_issue_every_kind(database, service, actors):
    generate(database, cases=60, letters=20, claims=30, seed=3)
    drafted, refused = collections.Counter(), collections.Counter()
    for owner_type, model in OWNER_MODELS.items():
        with database.read() as session:
            ids = list(session.scalars(select(model.id).order_by(model.id)))
        for owner_id in ids:
            ref = OwnerRef(owner_type, owner_id)
            for kind in service.kinds_for(ref):
                try:
                    service.draft(kind, ref)
                    drafted[kind] += 1
                except UserError as error:
                    assert "不能出具" in str(error), str(error)
                    refused[kind] += 1
    assert set(drafted) >= {"acceptance", "agreement", "prompt-letter", "payout-notice", "termination"}
    assert drafted["acceptance"] >= 40 and drafted["payout-notice"] >= 15


def test_issue_from_a_demo_case_and_reprint(database, service, actors):
    generate(database, cases=30, letters=5, claims=5, seed=5)
    from db.models import MediationCase

    with database.read() as session:
        number = session.scalar(select(MediationCase.number).where(MediationCase.accepted_on.is_not(None)).limit(1))
    view = service.issue(actors[Role.MEDIATOR], "acceptance", number)
    assert view.number == number and number.replace("〔", "").replace("〕", "")[:3] in all_text(service.reprint(view.id))
