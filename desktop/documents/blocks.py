"""Drawing the body blocks: paragraphs, headings, ruled tables, signing lines."""

from __future__ import annotations

from desktop.documents.geometry import (
    BLACK,
    BLOCK_LEFT,
    BLOCK_RIGHT,
    BLOCK_WIDTH,
    CHAR,
    PITCH,
    Styles,
    TextStyle,
)
from desktop.documents.linebreak import Line, break_paragraph
from desktop.documents.model import (
    BlankLine,
    Block,
    Cell,
    Heading,
    PageBreak,
    Paragraph,
    Row,
    SignatureLines,
    Table,
)
from desktop.documents.pages import PageFlow, draw_line, draw_text

CELL_PAD = 0.4 * CHAR
DATE_BLANK = "　　　　年　　月　　日"


def draw_blocks(flow: PageFlow, styles: Styles, blocks: list[Block]) -> None:
    for block in blocks:
        draw_block(flow, styles, block)


def draw_block(flow: PageFlow, styles: Styles, block: Block) -> None:
    if isinstance(block, Paragraph):
        flow.paragraph(styles.body, block.text, block.indent, block.align)
    elif isinstance(block, Heading):
        draw_heading(flow, styles, block)
    elif isinstance(block, Table):
        draw_table(flow, styles.body, block)
    elif isinstance(block, SignatureLines):
        draw_signature_lines(flow, styles.body, block)
    elif isinstance(block, PageBreak):
        flow.new_page()
    elif isinstance(block, BlankLine):
        flow.skip(block.count)
    else:
        raise TypeError(f"unknown block {block!r}")


def draw_heading(flow: PageFlow, styles: Styles, heading: Heading) -> None:
    """A heading never ends a page: it moves down with the line after it."""
    style = styles.for_heading(heading.level)
    lines = break_paragraph(heading.text, BLOCK_WIDTH, style.measure, 2 * style.em)
    flow.ensure(len(lines) + 1)
    flow.write_lines(style, lines, BLOCK_LEFT, BLOCK_WIDTH, first_x=BLOCK_LEFT + 2 * style.em)


def _column_edges(widths: list[float]) -> list[float]:
    total = sum(widths)
    edges = [BLOCK_LEFT]
    for width in widths:
        edges.append(edges[-1] + BLOCK_WIDTH * width / total)
    edges[-1] = BLOCK_RIGHT
    return edges


def _cell_boxes(row: Row, edges: list[float]) -> list[tuple[Cell, float, float]]:
    boxes, column = [], 0
    for cell in row.cells:
        end = min(column + cell.span, len(edges) - 1)
        boxes.append((cell, edges[column], edges[end]))
        column = end
    return boxes


def _cell_lines(style: TextStyle, cell: Cell, width: float) -> list[Line]:
    lines: list[Line] = []
    for part in cell.text.split("\n"):
        lines.extend(break_paragraph(part, width - 2 * CELL_PAD, style.measure))
    return lines


def draw_table(flow: PageFlow, style: TextStyle, table: Table) -> None:
    """Rows of ruled cells; each row is whole grid lines high and never split."""
    edges = _column_edges(table.widths)
    for row in table.rows:
        boxes = _cell_boxes(row, edges)
        laid = [(cell, x0, x1, _cell_lines(style, cell, x1 - x0)) for cell, x0, x1 in boxes]
        rows = max([row.min_lines] + [len(lines) for *_rest, lines in laid])
        flow.ensure(rows)
        for cell, x0, x1, lines in laid:
            _draw_cell(flow, style, cell, x0, x1, lines, rows, table.ruled)
        flow.top -= rows * PITCH


def _draw_cell(flow: PageFlow, style: TextStyle, cell: Cell, x0: float, x1: float,
               lines: list[Line], rows: int, ruled: bool) -> None:
    canvas, height = flow.canvas, rows * PITCH
    if ruled:
        canvas.setStrokeColor(BLACK)
        canvas.setLineWidth(0.75)
        canvas.rect(x0, flow.top - height, x1 - x0, height, stroke=1, fill=0)
    text_height = (len(lines) - 1) * PITCH + style.size
    top = flow.top - (height - text_height) / 2
    for line in lines:
        draw_line(canvas, style, line, x0 + CELL_PAD, top, x1 - x0 - 2 * CELL_PAD, cell.align)
        top -= PITCH


def draw_signature_lines(flow: PageFlow, style: TextStyle, block: SignatureLines) -> None:
    """Labels two to a row, each with room to sign and a date line under it."""
    half = BLOCK_WIDTH / 2
    for start in range(0, len(block.labels), 2):
        pair = block.labels[start:start + 2]
        flow.ensure(3 if block.with_date else 2)
        for index, label in enumerate(pair):
            draw_text(flow.canvas, style, label, BLOCK_LEFT + index * half, flow.top)
            if block.with_date:
                draw_text(flow.canvas, style, DATE_BLANK, BLOCK_LEFT + index * half,
                          flow.top - 2 * PITCH, half - CHAR, "right")
        flow.top -= (3 if block.with_date else 2) * PITCH
        flow.skip(1)
