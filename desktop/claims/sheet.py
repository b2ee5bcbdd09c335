"""The bank-payment sheet (银行代发表) of a batch as a small workbook."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from desktop.claims.batches import SHEET_HEADERS, BankRow

WIDTHS = (6, 10, 22, 24, 14, 36)


def write_sheet(path: Path, batch_number: str, rows: list[BankRow]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "银行代发表"
    sheet.append([f"互助保障金银行代发表  批次号：{batch_number}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(SHEET_HEADERS))
    for row in rows:
        sheet.append([row.seq, row.name, row.id_number, row.account, row.amount, row.purpose])
        sheet.cell(sheet.max_row, 5).number_format = "#,##0.00"
    total = sum((r.amount for r in rows), Decimal("0.00"))
    sheet.append(["合计", f"{len(rows)} 笔", None, None, total, None])
    sheet.cell(sheet.max_row, 5).number_format = "#,##0.00"
    _layout(sheet)
    book.save(path)


def _layout(sheet) -> None:
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(64 + index)].width = width
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
