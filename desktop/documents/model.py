"""Plain data describing a formal document, independent of how it is drawn."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Align = Literal["justify", "left", "center", "right"]


@dataclass
class Paragraph:
    """Body text in 3号仿宋; ``indent`` in characters on the first line."""

    text: str
    indent: int = 2
    align: Align = "justify"


@dataclass
class Heading:
    """一、 (level 1, 黑体), （一） (level 2, 楷体), 1. and （1） (levels 3-4, 仿宋)."""

    text: str
    level: int = 1


@dataclass
class Cell:
    text: str
    span: int = 1
    align: Align = "left"


@dataclass
class Row:
    cells: list[Cell]
    min_lines: int = 1  # height in grid lines at least


@dataclass
class Table:
    """A ruled form; ``widths`` are relative column widths across the text block."""

    widths: list[float]
    rows: list[Row]
    ruled: bool = True


@dataclass
class SignatureLines:
    """Lines for the parties and mediator to sign, each with a date line."""

    labels: list[str]
    with_date: bool = True


@dataclass
class PageBreak:
    pass


@dataclass
class BlankLine:
    count: int = 1


Block = Paragraph | Heading | Table | SignatureLines | PageBreak | BlankLine


@dataclass
class Signature:
    """发文机关署名 and 成文日期; with a seal the date sits 4 characters in from the right."""

    organ: str
    date: date
    with_seal: bool = True
    court_style_date: bool = False  # 二〇二四年十一月二十二日
    seal_image: str | None = None


@dataclass
class ReplySlip:
    """回执: a tear-off slip on its own page with fields to fill in."""

    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class OfficialDocument:
    """``format``: "standard" (red-header 文件), "letter" (信函格式), or "form"
    (a plain form such as 调解协议书 or 送达回证: title and number, no red header)."""

    format: Literal["standard", "letter", "form"]
    organ_header: str
    number: str
    title: str
    addressee: str = ""
    blocks: list[Block] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    signature: Signature | None = None
    note: str = ""
    copy_to: str = ""
    printed_by: str = ""
    printed_on: date | None = None
    reply_slip: ReplySlip | None = None
    issued_on: date | None = None  # PDF creation date; defaults to the signature date
    keywords: str = ""
    draft: bool = False  # not issued: 草稿 watermark, 「（草稿，未出具）」 for the number
