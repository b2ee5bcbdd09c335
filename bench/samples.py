"""Render every kind from its sample context and save the first page as a PNG.

    uv run python -m bench.samples [OUT_DIR]

Needs pdftoppm (poppler-utils). Writes OUT_DIR/<kind>.pdf is not kept: only the
pictures under docs/samples/ (60 dpi) are meant for the repository.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.documents.kinds import KINDS
from desktop.documents.templates import render
from tests.documents.samples import install_capitals, sample_context


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/samples")
    out.mkdir(parents=True, exist_ok=True)
    install_capitals()
    with tempfile.TemporaryDirectory() as scratch:
        for kind in KINDS:
            pdf = Path(scratch) / f"{kind}.pdf"
            pdf.write_bytes(render(kind, sample_context(kind)))
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(out / kind)], check=True)
            print(out / f"{kind}.png")
        _picture(render("acceptance", sample_context("acceptance"), draft=True), Path(scratch), out, "draft")
    return 0


def _picture(pdf_bytes: bytes, scratch: Path, out: Path, name: str) -> None:
    """The first page of a draft (草稿 watermark, no number) next to the issued samples."""
    pdf = scratch / f"{name}.pdf"
    pdf.write_bytes(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(out / name)],
                   check=True)
    print(out / f"{name}.png")


if __name__ == "__main__":
    sys.exit(main())
