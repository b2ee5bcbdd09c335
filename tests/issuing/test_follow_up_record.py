"""回访记录: issued from an archived file's 回访 (no reopening), every visit with its satisfaction; read back."""

from datetime import date

import pytest

from db.enums import Satisfaction
from db.models import MediationCase
from desktop.cases.forms import FollowUpInput
from desktop.cases.services import CaseServices
from desktop.errors import UserError
from desktop.issuing.owners import CASE
from desktop.issuing.service import OwnerRef
from tests.cases.helpers import drive, version_of
from tests.documents.pdfread import all_text

pytestmark = pytest.mark.db


def test_follow_up_record_of_an_archived_file(service, database, mediator):
    cases = CaseServices(database)
    case_id = drive(cases, mediator, "ARCHIVED")
    ref = OwnerRef(CASE, case_id)
    with pytest.raises(UserError, match="还没有登记回访"):
        service.issue(mediator, "follow-up-record", ref)
    visited = date.today()
    cases.outcome.add_follow_up(mediator, case_id, FollowUpInput(visited, "电话", "工资已全部到账，无新的争议",
                                                                 Satisfaction.BASIC), version=version_of(cases, case_id))
    view = service.issue(mediator, "follow-up-record", ref)
    text = all_text(service.reprint(view.id))
    with database.read() as session:
        number = session.get(MediationCase, case_id).number
    assert (view.title, view.number, view.kind) == ("回访记录", number, "follow-up-record")
    for expected in ("回访记录", f"{visited.year}年{visited.month}月{visited.day}日", "电话回访", "基本满意",
                     "工资已全部到账", "被回访人"):
        assert expected in text, expected
