"""What marks a draft: 「（草稿，未出具）」 where the number goes and a light diagonal 草稿.

A draft (a preview, or ``render`` of a document not issued yet) must never be
taken for the document: only an issued document shows its number plainly. The
watermark is drawn over each page in a light grey at half opacity, so the text
under it stays readable and it still shows on a photocopy.
"""

from __future__ import annotations

from reportlab.lib.colors import CMYKColor
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.geometry import PAGE_HEIGHT, PAGE_WIDTH, Styles

DRAFT_NUMBER = "（草稿，未出具）"
DRAFT_WORD = "草稿"
DRAFT_KEYWORD = "草稿（未出具）"
MARK_SIZE = 150.0  # points: the two characters span about 300 pt across the page's diagonal
MARK_GREY = CMYKColor(0, 0, 0, 0.5)
MARK_ALPHA = 0.35
MARK_ANGLE = 45.0


def draw_mark(canvas: Canvas, styles: Styles) -> None:
    """The diagonal 草稿 across the middle of the page."""
    canvas.saveState()
    canvas.setFillColor(MARK_GREY)
    canvas.setFillAlpha(MARK_ALPHA)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(MARK_ANGLE)
    canvas.setFont(styles.title.font.name, MARK_SIZE)
    canvas.drawCentredString(0, -MARK_SIZE * 0.35, DRAFT_WORD)
    canvas.restoreState()
