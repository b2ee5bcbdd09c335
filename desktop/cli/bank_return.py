"""``import bank-return BATCH_NO FILE``: the bank's return file (回盘) of a payment batch, headless.

The same preview and the same all-or-nothing import as the window's 「导入银行回盘…」: every
line is checked against the batch's bank sheet first; any mismatch refuses the whole file.
"""

from __future__ import annotations

import datetime as dt
import sys

from desktop.cli.context import open_database
from desktop.errors import ValidationError

KIND = "bank-return"


def run(args, actor) -> int:
    from desktop.claims.bank_return import BankReturnImport

    if not args.extra:
        raise ValidationError("用法：import bank-return 批次号 回盘文件.xlsx [--paid-on 2026-07-06] [--dry-run]")
    service = BankReturnImport(open_database(args.db))
    batch = service.find_batch(args.file)
    preview = service.preview(actor, batch.id, args.extra, args.paid_on or dt.date.today())
    for note in preview.notes:
        print(f"提示：{note}", file=sys.stderr)
    for line in preview.lines:
        print(f"序号 {line.seq}  {line.claim_number}  {line.name}  ¥{line.amount:,.2f}  "
              f"{line.result.label}  {line.reason}  → {line.change}")
    print(preview.summary())
    if args.dry_run:
        print("（试运行：未写入任何数据）")
        return 0
    done = service.apply(actor, preview)
    print(f"已导入银行回盘：批次 {done.number} 为「{done.status.label}」（{done.outcome}）。")
    return 0
