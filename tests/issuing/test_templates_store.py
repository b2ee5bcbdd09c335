"""The centre's template copies: checked before saving, versioned, recorded on each issue."""

import pytest
from sqlalchemy import select

from db.enums import Role
from db.models import Setting
from desktop.documents import shipped_text
from desktop.errors import PermissionDenied, UserError, ValidationError
from desktop.issuing.owners import CASE
from desktop.issuing.service import OwnerRef
from tests.documents.pdfread import all_text
from tests.issuing import records

pytestmark = pytest.mark.db


def edited(kind: str, old: str, new: str) -> str:
    text = shipped_text(kind)
    assert old in text
    return text.replace(old, new, 1)


def test_unknown_field_is_refused_and_nothing_saved(templates, actors, database):
    bad = edited("acceptance", "特此通知。", "特此通知。{case.judge}")
    with pytest.raises(ValidationError, match="未知字段「case.judge」"):
        templates.save(actors[Role.ADMIN], "acceptance", bad)
    with database.read() as session:
        assert session.scalar(select(Setting).where(Setting.key == "template:acceptance")) is None
    assert templates.current("acceptance")[0] == "1"


def test_saving_bumps_version_and_keeps_history(templates, actors):
    admin = actors[Role.ADMIN]
    first = templates.save(admin, "acceptance", edited("acceptance", "特此通知。", "特此通知，请准时参加。"))
    assert first == "centre-1"
    with pytest.raises(UserError, match="没有改动"):
        templates.save(admin, "acceptance", templates.current("acceptance")[1])
    second = templates.save(admin, "acceptance", edited("acceptance", "特此通知。", "此致。"))
    version, text = templates.current("acceptance")
    assert (second, version) == ("centre-2", "centre-2") and "@version centre-2" in text
    assert [(v.version, v.saved_by) for v in templates.history("acceptance")] == [
        ("centre-1", "管理员甲"), ("centre-2", "管理员甲")]


def test_only_template_keepers_save(templates, actors):
    with pytest.raises(PermissionDenied):
        templates.save(actors[Role.MEDIATOR], "acceptance", shipped_text("acceptance"))


def test_kind_line_must_match(templates, actors):
    with pytest.raises(ValidationError, match="不符"):
        templates.save(actors[Role.ADMIN], "rejection", shipped_text("acceptance"))


def test_each_issue_records_its_template_version(service, templates, database, actors, mediator):
    with database.write(None) as session:
        ref = OwnerRef(CASE, records.accepted_case(session, mediator.officer_id).id)
    before = service.issue(mediator, "acceptance", ref)
    templates.save(actors[Role.ADMIN], "acceptance", edited("acceptance", "特此通知。", "特此通知，请准时参加。"))
    after = service.issue(mediator, "acceptance", ref)
    assert (before.template_version, after.template_version) == ("1", "centre-1")
    assert "请准时参加" in all_text(service.reprint(after.id))
    assert "请准时参加" not in all_text(service.reprint(before.id))
