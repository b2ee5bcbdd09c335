"""Shared rows and a written claims register for the register tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.registers import CLAIMS, write_register

EXPORTED_ON = dt.date(2024, 12, 31)
ORG = "北京市某区总工会"

CLAIM_ROWS: list[list[object]] = [
    ["HZ2024-0001", "王秀英", "11010519491231002X", "北京某某物流有限公司", "在职住院",
     dt.date(2024, 3, 5), Decimal("12345.67"), Decimal("10000.00"), Decimal("10000.00"),
     dt.date(2024, 4, 1), "已支付", None],
    ["HZ2024-0002", "李强", "110101199003071234", "北京某某（集团）有限公司", "意外伤害",
     dt.datetime(2024, 6, 30, 15, 20), Decimal("0.10"), Decimal("0.20"), None,
     None, "审核中", "确认非重复：两次住院，见病历"],
    ["HZ2024-0003", "张伟", "110101200001011237", "某某科技", "重大疾病",
     dt.date(2024, 12, 31), Decimal("1000000.05"), Decimal("999999.99"), Decimal("0.01"),
     dt.date(2025, 1, 2), "已支付", None],
]


def write_claims(path: Path, rows: list[list[object]] = CLAIM_ROWS, **kwargs: object) -> Path:
    options: dict[str, object] = {
        "title_context": {"year": 2024}, "organisation": ORG, "exported_on": EXPORTED_ON,
    }
    options.update(kwargs)
    write_register(CLAIMS, rows, path, **options)
    return path


@pytest.fixture
def claims_path(tmp_path: Path) -> Path:
    return write_claims(tmp_path / "claims.xlsx")


@pytest.fixture
def claims_sheet(claims_path: Path) -> Worksheet:
    return load_workbook(claims_path).active
