"""The fixed elements of a document: red headers, page numbers, 版记."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from desktop.documents.geometry import (
    BLACK,
    BLOCK_BOTTOM,
    BLOCK_LEFT,
    BLOCK_RIGHT,
    BLOCK_TOP,
    BLOCK_WIDTH,
    MM,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PITCH,
    RED,
    SIZE_3,
    Styles,
    TextStyle,
)
from desktop.documents.linebreak import break_paragraph
from desktop.documents.model import OfficialDocument
from desktop.documents.pages import PageFlow, draw_text

LETTER_RULE = 170 * MM
THICK, THIN, RULE_GAP = 2.0, 0.6, 1.5


def header_style(styles: Styles, text: str, width: float, largest: float) -> TextStyle:
    """Red 小标宋 organ name, as large as fits the given width."""
    size = min(largest, width / max(len(text), 1))
    return TextStyle(styles.header, size, 0.0, RED)


def standard_head(flow: PageFlow, styles: Styles, doc: OfficialDocument) -> None:
    """发文机关标志, 发文字号, the red separator and the title (standard format)."""
    canvas = flow.canvas
    style = header_style(styles, doc.organ_header, BLOCK_WIDTH, 42.0)
    top = BLOCK_TOP - 35 * MM
    draw_text(canvas, style, doc.organ_header, BLOCK_LEFT, top, BLOCK_WIDTH, "center")
    top -= style.size + 2 * PITCH
    draw_text(canvas, styles.body, doc.number, BLOCK_LEFT, top, BLOCK_WIDTH, "center")
    rule = top - styles.body.size - 4 * MM
    _rule(canvas, BLOCK_LEFT, BLOCK_RIGHT, rule, 1.0)
    flow.top = rule - 2 * PITCH
    title(flow, styles, doc.title)


def letter_head(flow: PageFlow, styles: Styles, doc: OfficialDocument) -> None:
    """信函格式: organ name 30 mm from the top, red double lines, number on the right."""
    canvas = flow.canvas
    style = header_style(styles, doc.organ_header, LETTER_RULE * 0.92, 30.0)
    top = PAGE_HEIGHT - 30 * MM
    draw_text(canvas, style, doc.organ_header, BLOCK_LEFT, top, BLOCK_WIDTH, "center")
    rule = top - style.size - 4 * MM
    _double_rule(canvas, rule, thick_first=True)
    _double_rule(canvas, 20 * MM + THICK + RULE_GAP + THIN, thick_first=False)
    # GB/T 9704 §10.1: the number 7/8 of a 3号 character under the double line, the title two lines under it
    number_top = rule - THICK - RULE_GAP - THIN - SIZE_3 * 7 / 8
    draw_text(canvas, styles.body, doc.number, BLOCK_LEFT, number_top, BLOCK_WIDTH, "right")
    flow.top = number_top - styles.body.size - 2 * PITCH
    title(flow, styles, doc.title)


def form_head(flow: PageFlow, styles: Styles, doc: OfficialDocument) -> None:
    """A form (调解协议书, 送达回证): organ name and title centred, number flush right."""
    if doc.organ_header:
        style = TextStyle(styles.header, min(SIZE_3 + 2, BLOCK_WIDTH / len(doc.organ_header)))
        draw_text(flow.canvas, style, doc.organ_header, BLOCK_LEFT, flow.top, BLOCK_WIDTH, "center")
        flow.top -= PITCH
    title(flow, styles, doc.title, blank=False)
    if doc.number:
        draw_text(flow.canvas, styles.body, doc.number, BLOCK_LEFT, flow.top, BLOCK_WIDTH, "right")
        flow.top -= PITCH


def title(flow: PageFlow, styles: Styles, text: str, blank: bool = True) -> None:
    """2号 title, centred in balanced lines, then one blank line; the body starts on the grid."""
    for line in balanced_lines(styles.title, text, BLOCK_WIDTH - 2 * styles.title.size):
        draw_text(flow.canvas, styles.title, line, BLOCK_LEFT, flow.top, BLOCK_WIDTH, "center")
        flow.top -= PITCH
    if blank:
        flow.top -= PITCH - (PITCH - styles.title.size) / 2
    flow.snap()


def balanced_lines(style: TextStyle, text: str, width: float) -> list[str]:
    """Break a title into as few lines as fit, of about equal length (no orphan words)."""
    lines = break_paragraph(text, width, style.measure)
    if len(lines) < 2:
        return [line.text for line in lines]
    target = style.measure(text) / len(lines)
    while target < width:
        even = break_paragraph(text, target, style.measure)
        if len(even) == len(lines):
            return [line.text for line in even]
        target += style.size / 2
    return [line.text for line in lines]


def _rule(canvas: Canvas, x0: float, x1: float, y: float, thickness: float,
          color: object = RED) -> None:
    canvas.setStrokeColor(color)
    canvas.setLineWidth(thickness)
    canvas.line(x0, y, x1, y)


def _double_rule(canvas: Canvas, top: float, thick_first: bool) -> None:
    """Two red lines 170 mm long, centred; ``top`` is the upper line's top edge."""
    x0 = (PAGE_WIDTH - LETTER_RULE) / 2
    first, second = (THICK, THIN) if thick_first else (THIN, THICK)
    _rule(canvas, x0, x0 + LETTER_RULE, top - first / 2, first)
    _rule(canvas, x0, x0 + LETTER_RULE, top - first - RULE_GAP - second / 2, second)


def page_number(canvas: Canvas, styles: Styles, page: int, letter: bool) -> None:
    """`— 1 —` with its dashes 7 mm below the block (GB/T 9704 §7.5: the dash sits
    at the middle of the em box); odd pages right, even pages left, 1 char in."""
    if letter and page == 1:
        return
    style = styles.page_number
    text = f"— {page} —"
    top = BLOCK_BOTTOM - 7 * MM + style.size / 2
    if page % 2:
        draw_text(canvas, style, text, BLOCK_LEFT, top, BLOCK_WIDTH - style.size, "right")
    else:
        draw_text(canvas, style, text, BLOCK_LEFT + style.size, top)


def imprint_rows(styles: Styles, doc: OfficialDocument, letter: bool) -> list[tuple[str, str]]:
    """版记 rows as (left text, right text): 抄送 lines, then 印发机关 and 印发日期."""
    rows: list[tuple[str, str]] = []
    if doc.copy_to:
        style = styles.small
        width = BLOCK_WIDTH - 5 * style.size
        for index, line in enumerate(break_paragraph(doc.copy_to, width, style.measure)):
            rows.append((("抄送：" if index == 0 else "\u3000" * 3) + line.text, ""))
    if not letter and doc.printed_by and doc.printed_on:
        rows.append((doc.printed_by, f"{_plain_date(doc.printed_on)}印发"))
    return rows


def imprint(flow: PageFlow, styles: Styles, rows: list[tuple[str, str]]) -> None:
    """版记 at the foot of the last page: its last line on the block's bottom edge.

    First and last rules 0.35 mm, the rule between 抄送 and 印发 0.25 mm.
    """
    if not rows:
        return
    flow.ensure(len(rows))
    canvas, style = flow.canvas, styles.small
    top = BLOCK_BOTTOM + len(rows) * PITCH
    _rule(canvas, BLOCK_LEFT, BLOCK_RIGHT, top, 0.35 * MM, BLACK)
    for index, (left, right) in enumerate(rows):
        row_top = top - index * PITCH - (PITCH - style.size) / 2
        draw_text(canvas, style, left, BLOCK_LEFT + style.size, row_top)
        if right:
            draw_text(canvas, style, right, BLOCK_LEFT, row_top, BLOCK_WIDTH - style.size, "right")
    copies = sum(1 for _left, right in rows if not right)
    if 0 < copies < len(rows):
        _rule(canvas, BLOCK_LEFT, BLOCK_RIGHT, top - copies * PITCH, 0.25 * MM, BLACK)
    _rule(canvas, BLOCK_LEFT, BLOCK_RIGHT, BLOCK_BOTTOM, 0.35 * MM, BLACK)
    flow.top = BLOCK_BOTTOM


def _plain_date(value) -> str:
    return f"{value.year}年{value.month}月{value.day}日"
