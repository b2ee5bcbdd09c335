"""The end of the body: 附件说明, signature and date, 附注."""

from __future__ import annotations

from desktop.documents.geometry import (
    BLOCK_LEFT,
    BLOCK_RIGHT,
    BLOCK_WIDTH,
    CHAR,
    MM,
    PITCH,
    Styles,
)
from desktop.documents.linebreak import break_paragraph
from desktop.documents.model import Signature
from desktop.documents.pages import PageFlow, draw_text
from desktop.documents.textdates import court_date, plain_date

SEAL = 42 * MM


def attachments(flow: PageFlow, styles: Styles, items: list[str]) -> None:
    """`附件：1. …` one blank line under the body, later items aligned under the first."""
    if not items:
        return
    flow.skip(1)
    style = styles.body
    numbered = [f"{i}. {name}" for i, name in enumerate(items, 1)] if len(items) > 1 else items
    x = BLOCK_LEFT + 5 * CHAR
    flow.ensure(1)
    draw_text(flow.canvas, style, "附件：", BLOCK_LEFT + 2 * CHAR, flow.top)
    for item in numbered:
        lines = break_paragraph(item, BLOCK_RIGHT - x, style.measure)
        flow.write_lines(style, lines, x, BLOCK_RIGHT - x)


def signature(flow: PageFlow, styles: Styles, sign: Signature, note_text: str = "") -> None:
    """发文机关署名 and 成文日期, with or without room for the seal; the 附注
    (``note_text``, drawn by ``note``) is kept on the same page."""
    after = len(_note_lines(styles, note_text)) if note_text else 0
    if sign.with_seal:
        _sealed(flow, styles, sign, after)
    else:
        _unsealed(flow, styles, sign, after)


CARRIED = 3  # body lines moved with a signature that has no room: never 「特此通知。」 alone


def _make_room(flow: PageFlow, blank: int, after: int) -> None:
    """Blank lines then two lines for name and date, on the body's last page.

    The seal's room never shrinks to nothing: with too little room the blank lines
    tighten to one (GB/T 9704 §7.3.5.4); with less still, the body's last lines are
    carried over with the signature (lines move, not the seal); a signature page
    that would hold less than three body lines (「特此通知。」 alone, or with one
    line) is given the last three.
    """
    alone = flow.page > 1 and flow.row < CARRIED
    if not alone and flow.room(blank + 2 + after):
        flow.skip(blank)
    elif not alone and flow.room(1 + 2 + after):
        flow.skip(1)
    else:
        flow.carry_over(CARRIED)
        flow.ensure(blank + 2 + after)
        flow.skip(blank)


def _date_text(sign: Signature) -> str:
    return court_date(sign.date) if sign.court_style_date else plain_date(sign.date)


def _sealed(flow: PageFlow, styles: Styles, sign: Signature, after: int) -> None:
    """Date 4 characters in from the right, organ name centred above it, seal over both."""
    style = styles.body
    _make_room(flow, blank=2, after=after)
    date = _date_text(sign)
    date_width = style.measure(date)
    centre = BLOCK_RIGHT - 4 * CHAR - date_width / 2
    organ_width = style.measure(sign.organ)
    organ_x = min(centre - organ_width / 2, BLOCK_RIGHT - organ_width)
    draw_text(flow.canvas, style, sign.organ, organ_x, flow.top)
    draw_text(flow.canvas, style, date, centre - date_width / 2, flow.top - PITCH)
    if sign.seal_image:
        seal_top = flow.top + 2 * PITCH - PITCH / 2
        flow.canvas.drawImage(sign.seal_image, centre - SEAL / 2, seal_top - SEAL,
                              SEAL, SEAL, mask="auto", preserveAspectRatio=True)
    flow.top -= 2 * PITCH


def _unsealed(flow: PageFlow, styles: Styles, sign: Signature, after: int) -> None:
    """Organ name 2 characters in from the right; the date starts 2 characters further in."""
    style = styles.body
    _make_room(flow, blank=1, after=after)
    organ_x = BLOCK_RIGHT - 2 * CHAR - style.measure(sign.organ)
    date = _date_text(sign)
    date_x = min(organ_x + 2 * CHAR, BLOCK_RIGHT - 2 * CHAR - style.measure(date))
    draw_text(flow.canvas, style, sign.organ, organ_x, flow.top)
    draw_text(flow.canvas, style, date, date_x, flow.top - PITCH)
    flow.top -= 2 * PITCH


def note(flow: PageFlow, styles: Styles, text: str) -> None:
    """附注: the line after the date, indented 2 characters, in round brackets."""
    if text:
        flow.write_lines(styles.body, _note_lines(styles, text), BLOCK_LEFT, BLOCK_WIDTH,
                         first_x=BLOCK_LEFT + 2 * CHAR)


def _note_lines(styles: Styles, text: str) -> list:
    return break_paragraph(f"（{text}）", BLOCK_WIDTH, styles.body.measure, 2 * CHAR)
