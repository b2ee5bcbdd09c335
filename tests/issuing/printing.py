"""Printing helpers for window tests: count PDF pages, accept the print dialog as a PDF printer."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from ui.pdf import QPrintDialog, QPrinter
from ui.qt import QDialog


def pages(pdf: bytes | Path) -> int:
    return len(PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf).pages)


def pdf_printer_dialog(monkeypatch, out: Path, seen: list) -> None:
    """The print dialog, never shown: it accepts at once with a PDF printer writing ``out``."""
    def accept(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        seen.append(printer)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QPrintDialog, "exec", accept)
