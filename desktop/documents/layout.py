"""Render an OfficialDocument to PDF bytes in GB/T 9704-2012 layout.

Canvas-level drawing on a 22 x 28 grid: A4, text block 156 x 225 mm at 28 mm
from the left and 37 mm from the top, body 3号仿宋 advancing 15.793 pt a
character, lines 28.9907 pt apart. The output is deterministic: fixed document
ID (reportlab's invariant mode) and the issue date as creation date.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from desktop.documents import blocks, closing, draftmark, furniture
from desktop.documents.fonts import FontSet, font_set
from desktop.documents.geometry import BLOCK_LEFT, PAGE_HEIGHT, PAGE_WIDTH, PITCH, Styles
from desktop.documents.model import OfficialDocument, ReplySlip
from desktop.documents.pages import PageFlow, draw_text

CREATOR = "UnionDesk 工会调解工作台"


@lru_cache(maxsize=8)
def styles_for(fonts: FontSet) -> Styles:
    return Styles.build(fonts)


def render_document(doc: OfficialDocument, fonts: FontSet | None = None) -> bytes:
    """The document as PDF bytes; the same document gives the same bytes."""
    fonts = fonts or font_set()
    pdf, orphaned = _render(doc, fonts, None)
    if orphaned:
        pdf, _again = _render(doc, fonts, orphaned)
    return pdf


def _render(doc: OfficialDocument, fonts: FontSet,
            forced_break: tuple[int, int] | None) -> tuple[bytes, tuple[int, int] | None]:
    styles = styles_for(fonts)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1,
                    initialFontName=styles.body.font.name, initialFontSize=styles.body.size)
    _metadata(canvas, doc, fonts)
    letter = doc.format == "letter"
    flow = PageFlow(canvas, _page_end(styles, doc), forced_break)
    _first_page(flow, styles, doc)
    _body(flow, styles, doc)
    if doc.reply_slip:  # 附件 before the 版记 (GB/T 9704 §7.3.7, §8)
        _reply_slip(flow, styles, doc.reply_slip, attachment_label(doc))
    furniture.imprint(flow, styles, furniture.imprint_rows(styles, doc, letter))
    flow.finish()
    canvas.save()
    return buffer.getvalue(), flow.orphaned


def _page_end(styles: Styles, doc: OfficialDocument):
    letter = doc.format == "letter"

    def finish_page(canvas: Canvas, page: int) -> None:
        furniture.page_number(canvas, styles, page, letter)
        if doc.draft:
            draftmark.draw_mark(canvas, styles)
    return finish_page


def _first_page(flow: PageFlow, styles: Styles, doc: OfficialDocument) -> None:
    if doc.format == "letter":
        furniture.letter_head(flow, styles, doc)
    elif doc.format == "form":
        furniture.form_head(flow, styles, doc)
    else:
        furniture.standard_head(flow, styles, doc)
    if doc.addressee:
        flow.paragraph(styles.body, doc.addressee, indent=0, align="left")


def _body(flow: PageFlow, styles: Styles, doc: OfficialDocument) -> None:
    blocks.draw_blocks(flow, styles, doc.blocks)
    closing.attachments(flow, styles, doc.attachments)
    if doc.signature:
        closing.signature(flow, styles, doc.signature, doc.note)
    closing.note(flow, styles, doc.note)


def attachment_label(doc: OfficialDocument) -> str:
    """「附件」, or 「附件2」 when the 附件说明 lists several and the 回执 is the second."""
    if len(doc.attachments) < 2 or doc.reply_slip is None:
        return "附件"
    wanted = _bare(doc.reply_slip.title)
    for index, name in enumerate(doc.attachments, 1):
        if _bare(name) == wanted:
            return f"附件{index}"
    return "附件"


def _bare(text: str) -> str:
    return "".join(text.split())


def _reply_slip(flow: PageFlow, styles: Styles, slip: ReplySlip, label: str) -> None:
    """回执 on a page of its own under a dashed line to cut along: 「附件」 in 3号黑体
    at the top left on the first line, the title centred on the third."""
    flow.new_page()
    canvas = flow.canvas
    canvas.setDash(4, 3)
    canvas.setLineWidth(0.5)
    canvas.line(BLOCK_LEFT - 20, flow.top + 12, PAGE_WIDTH - BLOCK_LEFT + 20, flow.top + 12)
    canvas.setDash()
    draw_text(canvas, styles.heading1, label, BLOCK_LEFT, flow.top)
    flow.top -= 2 * PITCH
    furniture.title(flow, styles, slip.title)
    blocks.draw_blocks(flow, styles, slip.blocks)


def _metadata(canvas: Canvas, doc: OfficialDocument, fonts: FontSet) -> None:
    issued = doc.issued_on or (doc.signature.date if doc.signature else date(2000, 1, 1))
    stamp = f"D:{issued:%Y%m%d}000000+08'00'"
    canvas.setDateFormatter(lambda *_parts: stamp)
    canvas.setTitle(f"{doc.title}{doc.number}" if doc.draft else f"{doc.title}（{doc.number}）" if doc.number
                    else doc.title)
    canvas.setAuthor(doc.signature.organ if doc.signature else doc.organ_header)
    canvas.setSubject(f"字体：{fonts.substitutions()}")
    keywords = ([doc.keywords] if doc.keywords else []) + ([draftmark.DRAFT_KEYWORD] if doc.draft else [])
    canvas.setKeywords("；".join(keywords + [f"字体替代：{fonts.substitutions()}"]))
    canvas.setCreator(CREATOR)
