"""Reading rendered PDFs back: lines of body characters, text, fonts."""

from __future__ import annotations

import io
from collections import defaultdict

import pdfplumber
from pypdf import PdfReader


def body_lines(pdf: bytes, page: int, size: float = 16.0) -> list[list[dict]]:
    """Characters of the given font size on a page, grouped into lines, top to bottom."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = document.pages[page].chars
    lines: dict[float, list[dict]] = defaultdict(list)
    for char in chars:
        if abs(char["size"] - size) < 0.3:
            lines[round(char["top"], 1)].append(char)
    return [sorted(lines[top], key=lambda c: c["x0"]) for top in sorted(lines)]


def line_texts(pdf: bytes, size: float = 16.0) -> list[str]:
    """Body lines of every page, in reading order."""
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    return ["".join(c["text"] for c in line) for p in range(pages) for line in body_lines(pdf, p, size)]


def all_text(pdf: bytes) -> str:
    """Every character of the document with spaces and line breaks removed."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    return "".join(text.split())


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def font_descriptors(pdf: bytes) -> list[dict]:
    """Font descriptor of every font used on any page."""
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            found.append(font.get("/FontDescriptor").get_object() if "/FontDescriptor" in font else {})
    return found


def draft_marks(pdf: bytes) -> list[str]:
    """The large watermark text of each page that has one (草稿 on a draft)."""
    marks = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            big = "".join(char["text"] for char in page.chars if char["size"] > 100)
            if big:
                marks.append(big)
    return marks
