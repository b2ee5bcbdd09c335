"""The headless commands (see shared/INTERFACE.md). Each lives in its own module.

A command module exposes ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args, context) -> int``; register it in ``COMMANDS`` below.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli import basic, calendar, demo, registers, render, stats, trust
from desktop.errors import UserError

COMMANDS = [
    basic.Init, basic.Where, basic.EnsureDemo, demo.Demo, registers.Export, registers.Import, render.Render,
    stats.Stats, trust.Backup, trust.Restore, trust.Audit, calendar.Calendar,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="UnionDesk 工会调解工作台")
    parser.add_argument("--db", help="数据库地址（SQLAlchemy URL），默认使用本机数据目录中的 SQLite 文件")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command_parser = sub.add_parser(command.NAME, help=command.HELP, description=command.HELP)
        command.add_arguments(command_parser)
        command_parser.set_defaults(handler=command)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command; a refused input prints Chinese on stderr and exits 1."""
    try:
        return args.handler.run(args)
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
