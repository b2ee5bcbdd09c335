"""``demo``: fill the database with realistic made-up data (see shared/INTERFACE.md)."""

from __future__ import annotations

import argparse
import sys

from typing import TYPE_CHECKING

from desktop.cli.context import open_database

if TYPE_CHECKING:  # the demo writer is loaded only when a command runs (fast --help)
    from desktop.demo import DemoSummary

TABLE_LABELS = (
    ("employer", "用人单位"), ("worker", "职工"), ("mediation_case", "调解案件"), ("state_transition", "状态变更记录"),
    ("supervision_matter", "法律监督事项"), ("supervision_letter", "一函两书"), ("enrolment", "互助参保记录"),
    ("aid_claim", "互助理赔"), ("payment_batch", "支付批次"), ("payment", "支付记录"),
    ("legal_aid_case", "法律援助案件"), ("legal_aid_lawyer", "法律援助律师"),
)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为整数：{text}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"不能为负数：{text}")
    return value


class Demo:
    NAME = "demo"
    HELP = "填入逼真的演示数据（虚构的人员、单位、案件、一函两书、理赔和支付）；相同种子生成相同数据"

    @staticmethod
    def add_arguments(parser) -> None:
        parser.add_argument("--cases", type=_count, default=300, help="调解案件数（默认 300）")
        parser.add_argument("--letters", type=_count, default=60, help="一函两书文书数（默认 60）")
        parser.add_argument("--claims", type=_count, default=500, help="互助理赔笔数（默认 500）")
        parser.add_argument("--seed", type=int, default=1, help="随机种子（默认 1）")

    @staticmethod
    def run(args) -> int:
        from desktop.demo import generate

        database = open_database(args.db)
        try:
            summary = generate(database, cases=args.cases, letters=args.letters, claims=args.claims,
                               seed=args.seed, progress=_progress)
        finally:
            database.dispose()
        print("\n".join(summary_lines(summary)))
        return 0


def _progress(done: int, total: int, label: str) -> None:
    print(f"  {label}：{done}/{total}", file=sys.stderr)


def summary_lines(summary: DemoSummary) -> list[str]:
    from desktop.demo.people import DEMO_PASSWORD, OFFICERS

    lines = [f"已生成演示数据（种子 {summary.seed}，基准日 {summary.today:%Y-%m-%d}），"
             f"共 {summary.total_rows:,} 行，用时 {summary.seconds:.1f} 秒："]
    lines += [f"  {label}：{summary.rows.get(table, 0):,}" for table, label in TABLE_LABELS]
    if summary.officers_created:
        users = "、".join(username for username, _, _ in OFFICERS)
        lines.append(f"演示账号：{users}，密码均为 {DEMO_PASSWORD}")
    else:
        lines.append("数据库中已有工作人员账号，未新建账号。")
    return lines
