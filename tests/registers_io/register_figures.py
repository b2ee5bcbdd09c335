"""The year's figures (INTERFACE.md ``stats --json``) computed from exported registers alone.

Independent of ``desktop.stats``: it reads the workbooks with openpyxl by header text,
so a test can hold the statistics and the registers against each other.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

NOT_COUNTED = ("撤回", "不予受理", "对方不同意调解")
SETTLEMENT = "调解协议履行款"


def records(path: Path) -> list[dict]:
    rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    header = rows[2]
    body = rows[3:]
    body = body[: next(i for i, r in enumerate(body) if r[0] == "合计")]
    return [dict(zip(header, row)) for row in body]


def _in(year: int, value) -> bool:
    return isinstance(value, dt.datetime | dt.date) and value.year == year


def _money(rows: list[dict], column: str) -> str:
    return f"{sum((Decimal(str(r[column] or 0)) for r in rows), Decimal('0')):.2f}"


def case_figures(rows: list[dict], year: int) -> dict:
    accepted = [r for r in rows if _in(year, r["受理日期"])]
    closed = [r for r in rows if _in(year, r["结案日期"])]
    agreed = [r for r in closed if r["调解结果"] == "达成协议"]
    divisor = len([r for r in closed if r["调解结果"] not in NOT_COUNTED])
    return {"accepted": len(accepted), "closed": len(closed), "agreed": len(agreed),
            "success_rate": round(len(agreed) / divisor, 4) if divisor else 0.0,
            "amount_claimed": _money(accepted, "请求金额"), "amount_agreed": _money(agreed, "协议金额"),
            "amount_recovered": _money(agreed, "挽回经济损失"),
            "workers_involved": sum(r["涉及人数"] for r in accepted),
            "collective": len([r for r in accepted if r["涉及人数"] >= 10])}


def letter_figures(rows: list[dict], year: int) -> dict:
    issued = [r for r in rows if _in(year, r["发出日期"])]
    kinds = {"prompt": "提示函", "opinion": "意见书", "recommendation": "建议书"}
    return {**{key: len([r for r in issued if r["文书类型"] == label]) for key, label in kinds.items()},
            "rectified": len([r for r in issued if r["整改结果"] == "全部整改"]),
            "workers_covered": sum(r["涉及职工人数"] or 0 for r in issued)}


def claim_figures(claims: list[dict], payments: list[dict], year: int) -> dict:
    paid_out = [p for p in payments if _in(year, p["支付日期"]) and p["状态"] == "已支付"
                and p["支付类型"] != SETTLEMENT]
    return {"received": len([r for r in claims if _in(year, r["申请日期"])]),
            "paid": len([r for r in claims if _in(year, r["支付日期"]) and r["已支付金额"]]),
            "amount_paid": _money(paid_out, "支付金额")}
