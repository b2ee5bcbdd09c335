import pytest

from db.enums import Role
from desktop.errors import PermissionDenied, ValidationError
from desktop.settings import OrganisationSettings, SettingsService

pytestmark = pytest.mark.db


def test_settings_round_trip_and_drive_numbering(database, actors):
    from dataclasses import replace

    from desktop import numbering

    service = SettingsService(database)
    settings = service.load()
    changed = replace(settings, union_name="北京市朝阳区总工会", prefixes={**settings.prefixes, "case": "朝工调"})
    service.save(actors[Role.ADMIN], changed)
    assert service.load().union_name == "北京市朝阳区总工会"
    with database.write(None) as session:
        assert numbering.take_number(session, "case", 2024, entity_type="c", entity_id=None).number == "朝工调〔2024〕1号"


def test_bad_pattern_is_refused_with_field(database, actors):
    settings = OrganisationSettings()
    bad = OrganisationSettings(patterns={**settings.patterns, "case": "{prefix}〔{year}〕号"})
    with pytest.raises(ValidationError, match="编号格式（case）"):
        SettingsService(database).save(actors[Role.ADMIN], bad)


def test_only_admin_changes_settings(database, actors):
    with pytest.raises(PermissionDenied, match="调解员"):
        SettingsService(database).save(actors[Role.MEDIATOR], OrganisationSettings())
