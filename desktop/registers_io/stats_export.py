"""``export stats``: the year's statistics workbook (``desktop.stats``), recorded like any export."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from db.audit import record_event
from db.engine import Database
from desktop import settings as organisation
from desktop.auth import Actor, Permission, require
from desktop.stats.report import year_report
from desktop.stats.workbook import write_stats_workbook


def export_stats(database: Database, actor: Actor, year: int, out_path: str | os.PathLike[str], *,
                 today: dt.date | None = None) -> Path:
    """Write the statistics workbook of ``year`` to ``out_path``; return the path."""
    require(actor, Permission.EXPORT)
    report = year_report(database, year)
    with database.read() as session:
        centre = organisation.load(session).centre_name
    out = write_stats_workbook(report.figures, report.breakdowns, out_path, centre, today or dt.date.today())
    detail = {"register": "年度统计", "file": Path(out).name, "year": year}
    with database.write(actor) as session:
        record_event(session, "export", entity_type="stats", detail=json.dumps(detail, ensure_ascii=False))
    return Path(out)
