"""The streamed sheet markup: well-formed, in the order Excel requires, cells as openpyxl writes them."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

from desktop.registers import CLAIMS, write_register

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# CT_Worksheet's sequence (ECMA-376 part 1, 18.3.1.99), the parts a register uses.
SCHEMA_ORDER = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData",
                "autoFilter", "mergeCells", "printOptions", "pageMargins", "pageSetup",
                "headerFooter"]


def sheet_xml(tmp_path: Path) -> ElementTree.Element:
    row = ["HZ-1", "王 & <秀英>", " 11010519491231002X ", "=1+1", "甲", dt.date(2024, 3, 5),
           Decimal("12345.67"), Decimal("0"), None, None, "已支付"]
    path = tmp_path / "x.xlsx"
    write_register(CLAIMS, [row], path, title_context={"year": 2024}, organisation="甲 & 乙",
                   exported_on=dt.date(2024, 12, 31), mask_ids=False)
    with zipfile.ZipFile(path) as book:
        return ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))


def cell(root: ElementTree.Element, ref: str) -> ElementTree.Element:
    return root.find(f".//m:c[@r='{ref}']", NS)


def test_elements_in_schema_order(tmp_path: Path) -> None:
    tags = [child.tag.split("}")[1] for child in sheet_xml(tmp_path)]
    assert tags == [t for t in SCHEMA_ORDER if t in tags]
    assert {"sheetData", "autoFilter", "mergeCells", "pageSetup"} <= set(tags)


def test_rows_numbered_in_order_with_heights(tmp_path: Path) -> None:
    rows = sheet_xml(tmp_path).findall(".//m:row", NS)
    assert [r.get("r") for r in rows] == ["1", "2", "3", "4", "5", "7"]
    assert rows[0].get("ht") == "36" and rows[0].get("customHeight") == "1"
    for row in rows:
        assert all(c.get("r").endswith(row.get("r")) for c in row)


def test_text_is_escaped_inline_string(tmp_path: Path) -> None:
    root = sheet_xml(tmp_path)
    name = cell(root, "B4")
    assert name.get("t") == "inlineStr"
    assert name.find("m:is/m:t", NS).text == "王 & <秀英>"
    padded = cell(root, "C4").find("m:is/m:t", NS)
    assert padded.text == " 11010519491231002X " and padded.get(XML_SPACE) == "preserve"
    assert cell(root, "A2").find("m:is/m:t", NS).text == "填报单位：甲 & 乙"


def test_numbers_dates_and_blanks(tmp_path: Path) -> None:
    root = sheet_xml(tmp_path)
    assert cell(root, "G4").find("m:v", NS).text == "12345.67"
    assert cell(root, "H4").find("m:v", NS).text == "0.00"
    assert cell(root, "F4").find("m:v", NS).text == "45356"  # 2024-03-05
    blank = cell(root, "I4")
    assert blank.get("s") and list(blank) == [] and blank.get("t") is None


def test_formula_text_is_not_a_formula(tmp_path: Path) -> None:
    formula = cell(sheet_xml(tmp_path), "D4")
    assert formula.get("t") == "inlineStr" and formula.find("m:f", NS) is None
