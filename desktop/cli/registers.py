"""``export`` and ``import``: registers (台账) without the window (see shared/INTERFACE.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys

from db.enums import Role
from desktop.auth import Actor
from desktop.cli import bank_return
from desktop.cli.context import open_database
from desktop.errors import ValidationError

# The register kinds, spelled here so that ``--help`` need not load openpyxl and
# SQLAlchemy; tests/foundation/test_cli_speed.py checks them against registers_io.
EXPORT_KINDS = ("cases", "letters", "claims", "payments", "consultations", "tickets", "legal-aid", "hardship", "aid")
IMPORT_KINDS = ("cases", "letters", "claims", "members")


def command_line_actor() -> Actor:
    """Scripts run with the centre's full rights, named after the operating-system user."""
    return Actor(None, f"命令行（{getpass.getuser()}）", Role.ADMIN)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 2024-03-05：{text}") from None


class Export:
    NAME = "export"
    HELP = ("导出台账（Excel）：cases 调解案件、letters 一函两书、claims 理赔、payments 支付、"
            "consultations 法律咨询、tickets 热线工单、legal-aid 法律援助、hardship 困难职工档案、aid 帮扶救助、stats 年度统计")

    @staticmethod
    def add_arguments(parser) -> None:
        parser.add_argument("kind", choices=[*EXPORT_KINDS, "stats"], metavar="KIND",
                            help="cases / letters / claims / payments / consultations / tickets / legal-aid / hardship / aid / stats")
        parser.add_argument("--out", required=True, help="输出文件 FILE.xlsx")
        parser.add_argument("--year", type=int, help="年度，例如 2024")
        parser.add_argument("--from", dest="start", type=_date, help="开始日期（含），与 --to 一起代替 --year")
        parser.add_argument("--to", dest="end", type=_date, help="结束日期（含）")
        parser.add_argument("--full-ids", action="store_true", help="导出完整的身份证号和卡号（默认打码）")

    @staticmethod
    def run(args) -> int:
        from desktop.registers_io import ExportRequest, Period, export_register

        if args.kind == "stats":
            return _export_stats(args)
        if args.year is not None and (args.start or args.end):
            raise ValidationError("--year 与 --from/--to 只能选一种")
        period = Period.of_year(args.year) if args.year is not None else Period.between(args.start, args.end)
        database = open_database(args.db)
        request = ExportRequest(args.kind, period, full_ids=args.full_ids)
        count = export_register(database, command_line_actor(), request, args.out)
        print(f"已导出 {count} 行到 {args.out}")
        return 0


def _export_stats(args) -> int:
    """``export stats --out FILE.xlsx [--year Y]``: the year's statistics workbook (this year by default)."""
    from desktop.stats.export import export_stats

    if args.start or args.end:
        raise ValidationError("年度统计表按年度导出，请使用 --year")
    year = args.year if args.year is not None else dt.date.today().year
    export_stats(open_database(args.db), command_line_actor(), year, args.out)
    print(f"已导出 {year} 年度统计表到 {args.out}")
    return 0


class Import:
    NAME = "import"
    HELP = "导入台账（Excel）：cases、letters、claims、members；有任何错误则整个文件不导入"

    @staticmethod
    def add_arguments(parser) -> None:
        parser.add_argument("kind", choices=[*IMPORT_KINDS, bank_return.KIND], metavar="KIND",
                            help="cases / letters / claims / members / bank-return（银行回盘：批次号 FILE）")
        parser.add_argument("file", help="要导入的 FILE.xlsx（bank-return：批次号）")
        parser.add_argument("extra", nargs="?", metavar="FILE", help="bank-return：银行回盘 FILE.xlsx")
        parser.add_argument("--paid-on", type=_date, help="bank-return：银行支付日期（回盘中无日期的行），默认今天")
        parser.add_argument("--dry-run", action="store_true", help="只检查并报告将要新建和匹配的记录，不写入")
        parser.add_argument("--add-missing-mediators", action="store_true",
                            help="cases：台账中的调解员不是本系统用户时，作为不能登录的调解员一并添加")

    @staticmethod
    def run(args) -> int:
        if args.kind == bank_return.KIND:
            return bank_return.run(args, command_line_actor())
        if args.extra is not None:
            raise ValidationError(f"多余的参数「{args.extra}」：import {args.kind} 只接受一个文件")
        from desktop.registers_io import ImportOptions, apply_import, plan_import

        database = open_database(args.db)
        actor = command_line_actor()
        options = ImportOptions(add_missing_mediators=args.add_missing_mediators)
        plan = plan_import(database, actor, args.kind, args.file, options=options)
        for problem in plan.problems:
            if problem.level == "info":
                print(f"提示：{problem}", file=sys.stderr)
        if not plan.ok:
            raise ValidationError(f"文件中有 {len(plan.errors)} 个错误，未导入任何数据：\n" + plan.error_report())
        print(plan.summary())
        if args.dry_run:
            print("（试运行：未写入任何数据）")
            return 0
        count = apply_import(database, actor, plan)
        print(f"已导入 {count} 行。")
        return 0
