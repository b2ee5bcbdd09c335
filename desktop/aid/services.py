"""The aid services of one database, as ``Services.aid``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from db.engine import Database
from desktop.aid.applications import AidApplicationService
from desktop.aid.programmes import ProgrammeService
from desktop.aid.queries import AidQueries


@dataclass
class AidServices:
    """金秋助学, 送温暖, 劳模补助: programmes and standards, applications, the lists."""

    database: Database
    today: Callable[[], date] = date.today
    programmes: ProgrammeService = field(init=False)
    applications: AidApplicationService = field(init=False)
    queries: AidQueries = field(init=False)

    def __post_init__(self) -> None:
        db = self.database
        self.programmes, self.queries = ProgrammeService(db), AidQueries(db)
        self.applications = AidApplicationService(db, today=self.today)
