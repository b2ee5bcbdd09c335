"""Lists sort states and sources by the label shown (pinyin order), not by the stored code."""

from datetime import date

import pytest
from sqlalchemy import insert, select

from db.enums import CaseSource, CaseStatus
from db.models import Employer, MediationCase
from db.types import utcnow
from desktop.paging import label_order


@pytest.mark.db
def test_label_order_sorts_by_pinyin_of_the_label(database):
    statuses = [CaseStatus.ACCEPTED, CaseStatus.DRAFT, CaseStatus.IN_MEDIATION, CaseStatus.UNDER_REVIEW,
                CaseStatus.WITHDRAWN]
    with database.write(None, audited=False) as session:
        session.execute(insert(Employer), [{"id": 1, "name": "某公司", "version": 1, "created_at": utcnow(),
                                            "updated_at": utcnow()}])
        session.execute(insert(MediationCase), [
            {"id": i + 1, "status": status, "source": CaseSource.WALK_IN, "received_on": date(2024, 1, 1),
             "respondent_id": 1, "version": 1, "created_at": utcnow(), "updated_at": utcnow()}
            for i, status in enumerate(statuses)])
    with database.read() as session:
        shown = session.scalars(select(MediationCase.status).order_by(label_order(MediationCase.status, CaseStatus)))
        labels = [status.label for status in shown]
    assert labels == ["撤回", "登记", "审查", "受理", "调解中"]  # chè dēng shěn shòu tiáo; by code: 受理 first
