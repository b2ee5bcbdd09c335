"""``stats --year Y [--json]``: the year's figures (shared/INTERFACE.md)."""

from __future__ import annotations

import argparse
import json
from datetime import date

from desktop.cli.context import open_database

FIRST_YEAR, LAST_YEAR = 1990, 2100


class Stats:
    NAME = "stats"
    HELP = "输出某一年的统计数字（受理、结案、调解成功率、一函两书、互助保障理赔等）"

    @staticmethod
    def add_arguments(parser) -> None:
        parser.add_argument("--year", type=_year, default=date.today().year, help="统计年度，默认今年")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出（供脚本和数据交换使用）")

    @staticmethod
    def run(args) -> int:
        from desktop.stats import to_json_dict, year_figures
        from desktop.stats.report import year_report
        from desktop.stats.text import report_text

        database = open_database(args.db)
        try:
            if args.json:
                print(json.dumps(to_json_dict(year_figures(database, args.year)), ensure_ascii=False, indent=2))
            else:
                print(report_text(year_report(database, args.year)), end="")
        finally:
            database.dispose()
        return 0


def _year(text: str) -> int:
    if not text.strip().isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"年度应为 {FIRST_YEAR} 至 {LAST_YEAR} 之间的四位数字，实际为「{text}」")
    return int(text)
