"""Benchmark of the document engine.

    uv run python -m bench.documents [--count 500]

Prints the time for one warm document (target under 150 ms) and for a batch of
acceptance notices, against plain reportlab drawing the same lines with the same
fonts in the same run (target: within 1.5 times). Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from copy import deepcopy
from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import font_set
from desktop.documents.geometry import (
    BLOCK_LEFT,
    BLOCK_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PITCH,
)
from desktop.documents.layout import styles_for
from desktop.documents.model import Heading, Paragraph
from desktop.documents.templates import build, render
from tests.documents.samples import install_capitals, sample_context

SINGLE_TARGET = 0.150
RATIO_TARGET = 1.5
CHUNK = 25
NAMES = "张王李赵刘陈杨黄周吴"


def contexts(count: int) -> list[dict]:
    """``count`` acceptance contexts, each with its own applicant and number."""
    base = sample_context("acceptance")
    out = []
    for index in range(count):
        context = deepcopy(base)
        context["case"]["number"] = f"密工调〔2024〕{index + 1}号"
        context["case"]["applicant"]["name"] = NAMES[index % 10] + "建" + NAMES[(index // 10) % 10]
        out.append(context)
    return out


def plain_lines(context: dict) -> list[tuple[str, str]]:
    """(role, text) lines of the same notice, cut every 28 characters, for the baseline."""
    document = build("acceptance", context)
    lines = [("title", document.organ_header), ("body", document.number),
             ("title", document.title), ("body", document.addressee)]
    for block in document.blocks:
        if isinstance(block, (Paragraph, Heading)):
            text = "　　" + block.text
            lines += [("body", text[i:i + 28]) for i in range(0, len(text), 28)]
    return lines


def plain_reportlab(lines: list[tuple[str, str]]) -> bytes:
    """The same text drawn line by line with reportlab's canvas."""
    styles = styles_for(font_set())
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1)
    top = BLOCK_TOP
    for role, text in lines:
        style = styles.title if role == "title" else styles.body
        if top < 120:
            canvas.showPage()
            top = BLOCK_TOP
        canvas.setFont(style.font.name, style.size)
        canvas.drawString(BLOCK_LEFT, top - style.size, text, charSpace=style.char_space)
        top -= PITCH
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def timed(function, items) -> float:
    start = time.perf_counter()
    for item in items:
        function(item)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    count = parser.parse_args(argv).count
    install_capitals()
    batch = contexts(count)
    render("acceptance", batch[0])  # warm: fonts registered, template compiled
    single = min(timed(lambda c: render("acceptance", c), batch[:1]) for _ in range(5))
    prepared = [plain_lines(context) for context in batch]
    baseline = engine = 0.0
    for start in range(0, count, CHUNK):  # interleaved, so machine load hits both alike
        baseline += timed(plain_reportlab, prepared[start:start + CHUNK])
        engine += timed(lambda c: render("acceptance", c), batch[start:start + CHUNK])
    ratio = engine / baseline
    print(f"one document, warm:           {single * 1000:8.1f} ms   (target < {SINGLE_TARGET * 1000:.0f} ms)")
    print(f"{count} notices, engine:        {engine:8.2f} s    ({engine / count * 1000:.1f} ms each)")
    print(f"{count} notices, plain reportlab: {baseline:6.2f} s    ({baseline / count * 1000:.1f} ms each)")
    print(f"ratio engine / reportlab:     {ratio:8.2f}     (target <= {RATIO_TARGET})")
    missed = single > SINGLE_TARGET or ratio > RATIO_TARGET
    print("RESULT:", "target missed" if missed else "targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
