"""The headless commands (see shared/INTERFACE.md). Each lives in its own module.

A command module exposes ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args, context) -> int``; register it in ``COMMANDS`` below.
"""

from __future__ import annotations

import argparse
import logging
import sys

from desktop.cli import basic, calendar, demo, registers, render, stats, trust
from desktop.applog import refused
from desktop.errors import UserError

log = logging.getLogger(__name__)

COMMANDS = [
    basic.Init, basic.Where, basic.EnsureDemo, demo.Demo, registers.Export, registers.Import, render.Render,
    stats.Stats, trust.Backup, trust.Restore, trust.Audit, calendar.Calendar,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="UnionDesk 工会调解工作台")
    parser.add_argument("--db", help="数据库地址（SQLAlchemy URL），默认使用本机数据目录中的 SQLite 文件")
    parser.add_argument("--version", action="store_true",
                        help="显示程序版本（与 --db 同用时，另显示该数据库的结构版本）")
    window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command_parser = sub.add_parser(command.NAME, help=command.HELP, description=command.HELP)
        command.add_arguments(command_parser)
        command_parser.set_defaults(handler=command)
    return parser


def window_options(parser: argparse.ArgumentParser) -> None:
    """Options of the window itself (no COMMAND): scripted sign-in and a timed run, for smoke tests."""
    group = parser.add_argument_group("窗口选项（不带 COMMAND 时）")
    group.add_argument("--user", help="以该用户名登录（密码从标准输入读取，须同时给出 --password-stdin）")
    group.add_argument("--password-stdin", action="store_true", help="从标准输入读取 --user 的密码")
    group.add_argument("--quit-after", type=float, metavar="SECONDS",
                       help="主窗口打开后经过这么多秒自动关闭（用于检查安装包）")


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command; a refused input prints Chinese on stderr and exits 1."""
    try:
        return args.handler.run(args)
    except UserError as exc:  # NewerSchemaError included
        refused(log, exc, f"command {args.command}")
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except Exception:
        log.exception("command %s failed", args.command)
        raise


def print_version(args: argparse.Namespace) -> int:
    """``--version``: the program's version; with ``--db``, the database's schema revision too."""
    from desktop.about import version_line

    print(version_line())
    if args.db:
        print(f"数据库结构版本：{_schema_of(args.db)}")
    return 0


def _schema_of(url: str) -> str:
    from pathlib import Path

    from db.engine import Database
    from db.migrate import current_revision, head_revision

    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return f"（数据库文件不存在）（本程序：{head_revision()}）"
    database = Database(url)
    try:
        return f"{current_revision(database) or '（未建立）'}（本程序：{head_revision()}）"
    finally:
        database.dispose()
