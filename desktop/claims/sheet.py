"""The bank-payment sheet (银行代发表) of a batch, the one file that leaves the office for the bank.

Written through the one workbook writer: a member's name such as ``=HYPERLINK(...)`` stays text.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from desktop.claims.batches import SHEET_HEADERS, BankRow
from desktop.xlsx import write_workbook

WIDTHS = (6, 10, 22, 24, 14, 36)
MONEY = "#,##0.00"


def write_sheet(path: Path, batch_number: str, rows: list[BankRow]) -> None:
    with write_workbook(path) as book:
        sheet = book.sheet("银行代发表", WIDTHS)
        money = book.style(num_format=MONEY)
        sheet.append([f"互助保障金银行代发表  批次号：{batch_number}"], book.style(bold=True, font_size=13))
        sheet.append(list(SHEET_HEADERS), book.style(bold=True, align="center"))
        line = [None, None, None, None, money, None]
        for row in rows:
            sheet.append([row.seq, row.name, row.id_number, row.account, row.amount, row.purpose], line)
        total = sum((r.amount for r in rows), Decimal("0.00"))
        sheet.append(["合计", f"{len(rows)} 笔", None, None, total, None], line)
