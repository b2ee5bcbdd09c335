"""The year's figures: headline numbers (``stats --json``), breakdown tables and the workbook. Qt-free.

    report = year_report(database, 2024)          # figures + breakdowns, one read session
    to_json_dict(report.figures)                  # the INTERFACE.md object
    write_stats_workbook(report.figures, report.breakdowns, "统计.xlsx", organisation, date.today())
    export_stats(database, actor, 2024, "统计.xlsx")   # the same as an audited officer action

Definitions live in the module docstrings: ``sql`` (how a closed case ended),
``on_time`` (the time-limit rule), ``letters``, ``claims``.
"""

from desktop.stats.export import export_stats
from desktop.stats.figures import (
    CaseFigures,
    ClaimFigures,
    LetterFigures,
    YearFigures,
    figures_in,
    to_json_dict,
    year_figures,
)
from desktop.stats.report import YearReport, year_breakdowns, year_report
from desktop.stats.values import Breakdown, Rate
from desktop.stats.workbook import write_stats_workbook

__all__ = [
    "Breakdown", "CaseFigures", "ClaimFigures", "LetterFigures", "Rate", "YearFigures", "YearReport",
    "export_stats", "figures_in", "to_json_dict", "write_stats_workbook", "year_breakdowns", "year_figures",
    "year_report",
]
