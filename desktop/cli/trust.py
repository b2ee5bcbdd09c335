"""``backup``, ``restore`` and ``audit verify`` / ``audit export``."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.context import cli_actor, open_database, open_services

if TYPE_CHECKING:
    from db.engine import Database


class Backup:
    NAME = "backup"
    HELP = "备份整个数据库和附件到一个文件（程序使用中也可进行）"

    @staticmethod
    def add_arguments(parser) -> None:
        parser.add_argument("--out", required=True, help="备份文件路径")

    @staticmethod
    def run(args) -> int:
        services = open_services(args.db)
        info = services.backup.back_up_to(cli_actor(), Path(args.out))
        print(f"备份完成：{info.path}（{info.size / 1024:.0f} KB，附件 {info.files} 个）\nSHA-256：{info.sha256}")
        return 0


class Restore:
    NAME = "restore"
    HELP = "从备份文件恢复：先校验备份，当前数据库另存后再替换"

    @staticmethod
    def add_arguments(parser) -> None:
        parser.add_argument("file", help="备份文件")

    @staticmethod
    def run(args) -> int:
        services = open_services(args.db)
        aside = services.backup.restore(cli_actor(), Path(args.file))
        print(f"已从 {args.file} 恢复。")
        for path in aside:
            print(f"原数据已另存为：{path}")
        return 0


class Audit:
    NAME = "audit"
    HELP = "审计记录：verify 检查是否被改动；anchor 打印链头（锚点）；export 导出为 Excel"

    @staticmethod
    def add_arguments(parser) -> None:
        sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
        verify = sub.add_parser("verify", help="检查审计记录链是否完整、未被改动")
        verify.add_argument("--anchor", metavar="FILE|TEXT",
                            help="核对锚点：audit anchor 的输出、备份文件、导出的台账或其文字")
        sub.add_parser("anchor", help="打印审计记录链头（条数与校验值），请另行保存")
        export = sub.add_parser("export", help="导出审计记录（Excel）")
        export.add_argument("--out", required=True)
        export.add_argument("--from", dest="date_from", type=date.fromisoformat, help="起始日期 YYYY-MM-DD")
        export.add_argument("--to", dest="date_to", type=date.fromisoformat, help="截止日期 YYYY-MM-DD")
        export.add_argument("--officer", help="操作人姓名")

    @staticmethod
    def run(args) -> int:
        database = open_database(args.db)
        if args.audit_command == "verify":
            return _verify_anchor(database, args.anchor) if args.anchor else _verify(database)
        if args.audit_command == "anchor":
            return _print_anchor(database)
        return _export(database, args)


def _print_anchor(database: Database) -> int:
    from desktop.audit_log.anchor import current_anchor

    with database.engine.connect() as conn:
        print(current_anchor(conn).line)
    return 0


def _verify_anchor(database: Database, source: str) -> int:
    from desktop.audit_log.anchor import check_anchor, read_anchor

    anchor = read_anchor(source)
    with database.engine.connect() as conn:
        result = check_anchor(conn, anchor)
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def _verify(database: Database) -> int:
    from db import audit
    from desktop.audit_log.query import entry_summary

    with database.engine.connect() as conn:
        result = audit.verify(conn)
        if result.ok:
            print(f"审计记录完整：共 {result.checked} 条，校验链未发现改动、删除或调换。")
            return 0
        where = entry_summary(conn, result.bad_seq)
    print(f"审计记录被改动！{result.problem}\n首个异常条目：{where}\n"
          f"（此前 {result.checked} 条校验无误）", file=sys.stderr)
    return 1


def _export(database: Database, args) -> int:
    from desktop.audit_log.export import export_audit
    from desktop.audit_log.query import AuditFilter

    flt = AuditFilter(officer=args.officer, date_from=args.date_from, date_to=args.date_to)
    count = export_audit(database, cli_actor(), flt, Path(args.out))
    print(f"已导出审计记录 {count} 条：{args.out}")
    return 0
