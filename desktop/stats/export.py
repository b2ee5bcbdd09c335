"""Exporting the statistics workbook as an officer's action: permission, file, audit entry."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from db.audit import record_event
from db.engine import Database
from desktop import settings as organisation
from desktop.auth import Actor, Permission, require
from desktop.stats.report import YearReport, year_report
from desktop.stats.workbook import write_stats_workbook

AUDIT_KIND = "stats"


def export_stats(database: Database, actor: Actor, year: int, out_path: str | os.PathLike[str],
                 *, today: dt.date | None = None) -> YearReport:
    """Write ``year``'s statistics workbook to ``out_path``, record the export, return the report written."""
    require(actor, Permission.EXPORT)
    report = year_report(database, year)
    with database.read() as session:
        centre = organisation.load(session).centre_name
    out = write_stats_workbook(report.figures, report.breakdowns, out_path, centre, today or dt.date.today())
    detail = {"register": "年度统计", "file": Path(out).name, "year": year}
    with database.write(actor) as session:
        record_event(session, "export", entity_type=AUDIT_KIND, detail=json.dumps(detail, ensure_ascii=False))
    return report
