"""导出所选: the rows an officer selected in a list, as a workbook through the one register writer
(formula guard, atomic replace, Chinese errors), each cell as the list shows it, except that ID,
card/account and phone numbers are masked as the registers mask them; each export is audited."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path

from db.audit import record_event
from db.engine import Database
from desktop import settings as organisation_settings
from desktop.auth import Actor, Permission, require
from desktop.registers.masking import mask_card, mask_id
from desktop.registers.spec import Column, RegisterSpec
from desktop.registers.writer import write_register

ID_HEADER = re.compile(r"身份证|证件号")
CARD_HEADER = re.compile(r"卡号|账号|帐号")
PHONE_HEADER = re.compile(r"电话|手机|联系方式")
PHONE = re.compile(r"^(\d{3})(\d{4})(\d{4})$")


class SelectionExport:
    """The service behind every list's 导出所选: permission, masking, the one writer, an audit entry."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def export(self, actor: Actor, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
               out_path: str | os.PathLike[str], *, today: dt.date | None = None) -> int:
        require(actor, Permission.EXPORT)
        with self._db.read() as session:
            centre = organisation_settings.load(session).centre_name
        count = export_selection(title, headers, mask_rows(headers, rows), out_path, organisation=centre,
                                 today=today)
        detail = {"register": f"导出所选：{title}", "file": Path(out_path).name, "rows": count, "full_ids": False,
                  "columns": list(headers)}
        with self._db.write(actor) as session:
            record_event(session, "export", entity_type="selection", detail=json.dumps(detail, ensure_ascii=False))
        return count


def mask_rows(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """Mask the cells of ID, card/account and phone columns (judged by the header), as the registers do."""
    maskers = [_masker(header or "") for header in headers]
    return [[m(cell) if m and cell else cell for m, cell in zip(maskers, row)] for row in rows]


def _masker(header: str):
    if ID_HEADER.search(header):
        return lambda cell: cell if "*" in cell else mask_id(cell)
    if CARD_HEADER.search(header):
        return lambda cell: cell if "*" in cell else mask_card(cell)
    if PHONE_HEADER.search(header):
        return _mask_phone
    return None


def _mask_phone(cell: str) -> str:
    """13812345678 → 138****5678; a landline keeps its last 4."""
    text = "".join(cell.split())
    if "*" in text:
        return cell
    match = PHONE.match(text)
    return f"{match[1]}****{match[3]}" if match else mask_card(text)


def export_selection(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
                     out_path: str | os.PathLike[str], *, organisation: str,
                     today: dt.date | None = None) -> int:
    """Write ``rows`` (display text, in ``headers`` order) under ``title``; return the row count."""
    spec = RegisterSpec(key="selection", title_template=title.replace("{", "{{").replace("}", "}}"),
                        columns=tuple(Column(_unique(headers, i)) for i in range(len(headers))),
                        sheet_name=_sheet_name(title))
    return write_register(spec, rows, out_path, organisation=organisation,
                          exported_on=today or dt.date.today(), mask_ids=False)


def _unique(headers: Sequence[str], index: int) -> str:
    header = headers[index] or f"第{index + 1}列"
    return header if list(headers).count(headers[index]) == 1 else f"{header}（{index + 1}）"


def _sheet_name(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\")
    return (cleaned or "所选记录")[:31]
