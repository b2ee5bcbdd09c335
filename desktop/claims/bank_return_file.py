"""Reading the bank's return file (回盘) of a batch: one result per line of the bank sheet.

The bank answers the 银行代发表 with a workbook of 序号/姓名/账号/金额/结果/失败原因 (and
sometimes the date it paid). It is read as tolerantly as a register (``desktop.registers``:
a title row above the header, other spellings of the headers, reordered columns, numbers as
text, a 合计 row below); every line is then matched to the batch's line by its 序号 and checked
against what was sent: the name, the account and the amount. Nothing here writes.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from db.enums import PaymentStatus
from desktop.errors import ValidationError
from desktop.registers import Problem, RegisterSpec, read_register
from desktop.registers.spec import Column

BANK_RETURN = RegisterSpec(
    key="bank-return",
    title_template="银行回盘",
    sheet_name="银行回盘",
    columns=(
        Column("序号", "int", required=True, aliases=("行号", "顺序号", "流水序号")),
        Column("姓名", "text", required=True, aliases=("户名", "收款人", "收款人姓名", "账户名称", "账户名")),
        Column("账号", "text", required=True,
               aliases=("卡号", "银行卡号", "银行账号", "收款账号", "收款人账号", "开户行/卡号", "账户")),
        Column("金额", "money", required=True, aliases=("交易金额", "代发金额", "实发金额", "支付金额")),
        Column("结果", "text", required=True, aliases=("处理结果", "交易结果", "代发结果", "支付结果", "交易状态", "状态")),
        Column("失败原因", "text", aliases=("原因", "失败说明", "错误信息", "返回信息", "备注")),
        Column("支付日期", "date", aliases=("交易日期", "入账日期", "处理日期", "日期")),
    ),
)

FAILED_WORDS = ("失败", "未成功", "退票", "退回", "拒绝", "无效", "失效")
FAILED_CODES = ("F", "FAIL", "FAILED", "N", "NO", "ERROR")
PAID_WORDS = ("成功", "已支付", "已入账", "入账", "已付")
PAID_CODES = ("S", "SUCCESS", "Y", "YES", "OK")
NO_REASON = "银行未注明原因"


@dataclass(frozen=True)
class ReturnedLine:
    """One line of the return file as the bank wrote it (sheet row included for messages)."""

    row: int
    seq: int
    name: str
    account: str
    amount: Decimal
    result: PaymentStatus  # PAID or FAILED
    reason: str
    paid_on: date | None


def read_return(path: str | os.PathLike[str]) -> tuple[list[ReturnedLine], list[Problem]]:
    """Every readable line of the file and every problem found (by row and column)."""
    read = read_register(BANK_RETURN, path)
    problems = list(read.problems)
    if not read.rows and read.header_row is not None:
        problems.append(Problem(read.header_row, None, "表头下面没有任何数据行"))
    lines = [line for row in read.rows if (line := _line(row, problems)) is not None]
    return lines, problems


def _line(row: dict[str, Any], problems: list[Problem]) -> ReturnedLine | None:
    number = row["_row"]
    result = _result(row.get("结果"), number, problems)
    seq, name, account, amount = (row.get("序号"), row.get("姓名"), row.get("账号"), row.get("金额"))
    if result is None or seq is None or name is None or account is None or amount is None:
        return None
    reason = (row.get("失败原因") or "").strip()
    if result == PaymentStatus.FAILED and not reason:
        problems.append(Problem(number, "失败原因", f"未填写，将记为「{NO_REASON}」", "info"))
    reason = (reason or NO_REASON) if result == PaymentStatus.FAILED else ""
    return ReturnedLine(number, seq, name, account, amount, result, reason, row.get("支付日期"))


def _result(text: str | None, row: int, problems: list[Problem]) -> PaymentStatus | None:
    if text is None:
        return None
    try:
        return parse_result(text)
    except ValidationError as error:
        problems.append(Problem(row, "结果", error.reason))
        return None


def parse_result(text: str) -> PaymentStatus:
    """「成功」「交易成功」「S」 → 已支付; 「失败」「退票」「F」 → 支付失败 (failure words win: 未成功)."""
    folded = compact(text).upper()
    if folded in FAILED_CODES or any(word in folded for word in FAILED_WORDS):
        return PaymentStatus.FAILED
    if folded in PAID_CODES or any(word in folded for word in PAID_WORDS):
        return PaymentStatus.PAID
    raise ValidationError(f"无法识别「{text}」，应为：成功、失败")


def compact(text: str) -> str:
    """Full-width folded, every space (full-width too) and hyphen removed."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(folded.split()).replace("-", "")


def same_account(sent: str, returned: str) -> bool:
    """The account the sheet sent and the one the bank returned: equal, or equal where the bank
    masked it (6217****1234: the same beginning and end, at least four digits shown)."""
    sent, returned = compact(sent), compact(returned)
    if "*" not in returned:
        return sent == returned
    head, tail = returned.split("*", 1)[0], returned.rsplit("*", 1)[-1]
    return len(head) + len(tail) >= 4 and sent.startswith(head) and sent.endswith(tail)
