"""Builders shared by the aid tests: standards, a 金秋助学 round, eligible workers, a school draft."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from db.enums import AidKind, Role, SchoolStage
from desktop.aid.applications import ApplicationDraft
from desktop.aid.programmes import ProgrammeDraft
from desktop.aid.services import AidServices
from desktop.hardship.files import HardshipFileService
from desktop.validation import make_id_number
from tests.hardship.helpers import draft, make_worker

TODAY = date(2025, 9, 30)


def aid(database) -> AidServices:
    return AidServices(database, today=lambda: TODAY)


def school_round(database, actors, services: AidServices | None = None) -> int:
    """2025年金秋助学 with standards 本科 ¥5,000 (¥4,000 before 2025) and 高中 ¥2,000."""
    services = services or aid(database)
    admin = actors[Role.ADMIN]
    services.programmes.set_standard(admin, AidKind.SCHOOL, "UNDERGRADUATE", "4000", date(2020, 1, 1))
    services.programmes.set_standard(admin, AidKind.SCHOOL, "UNDERGRADUATE", "5000", date(2025, 1, 1))
    services.programmes.set_standard(admin, AidKind.SCHOOL, "HIGH_SCHOOL", "2000", date(2020, 1, 1))
    return services.programmes.create(admin, ProgrammeDraft(AidKind.SCHOOL, "2025年金秋助学", 2025))


def hardship_worker(database, actors, name="王小芳", seq=124) -> int:
    worker = make_worker(database, name=name, seq=seq)
    HardshipFileService(database).open_file(actors[Role.CLERK], draft(worker, filed_on=date(2025, 3, 1)))
    return worker


def child_id(seq: int = 31) -> str:
    return make_id_number("110105", date(2007, 5, 6), seq)


def school_draft(programme_id: int, worker_id: int, **kw) -> ApplicationDraft:
    values = dict(programme_id=programme_id, worker_id=worker_id, applied_on=date(2025, 9, 10),
                  child_name="王晓明", child_id_number=child_id(), school_stage=SchoolStage.UNDERGRADUATE,
                  admission_year=2025, school="北京工业大学", reason="家庭困难，子女考入大学")
    values.update(kw)
    return ApplicationDraft(**values)


def approved(services: AidServices, actors, application_id: int) -> None:
    version = services.queries.detail(application_id).row.version
    version = services.applications.review(actors[Role.DIRECTOR], application_id, version, "材料齐全").version
    services.applications.approve(actors[Role.ADMIN], application_id, version, "同意")


MONEY = Decimal
