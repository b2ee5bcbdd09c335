"""Printing PDFs through Qt: each page rendered to an image and painted onto the printer.

``print_with_dialog(parent, pdfs)`` asks with the system print dialog and prints
every document in one job; ``load_pdf(data)`` opens PDF bytes as a QPdfDocument.
"""

from __future__ import annotations

from desktop.errors import UserError
from ui.pdf import QBuffer, QByteArray, QIODevice, QPageSize, QPdfDocument, QPrintDialog, QPrinter, QRect
from ui.qt import QDialog, QObject, QPainter, QSize

MAX_DPI = 300


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """PDF bytes as a loaded QPdfDocument (the buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise UserError("无法打开该 PDF 文件（文件可能已损坏）。")
    return document


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setDocName("UnionDesk 文书")
    return printer


def print_with_dialog(parent, pdfs: list[bytes]) -> bool:
    """Ask for a printer, then print all ``pdfs`` as one job; False when cancelled."""
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("打印文书")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_documents(dialog.printer(), pdfs)
    return True


def print_documents(printer: QPrinter, pdfs: list[bytes]) -> int:
    """Paint every page of every document onto ``printer``; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("无法开始打印：打印机不可用或输出文件无法写入。")
    pages = 0
    try:
        for data in pdfs:
            document = load_pdf(data)
            for page in range(document.pageCount()):
                if pages:
                    printer.newPage()
                _paint_page(painter, printer, document, page)
                pages += 1
    finally:
        painter.end()
    return pages


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    points = document.pagePointSize(page)
    dpi = min(printer.resolution(), MAX_DPI)
    image = document.render(page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
    target = painter.viewport()
    scale = min(target.width() / points.width(), target.height() / points.height())
    width, height = round(points.width() * scale), round(points.height() * scale)
    painter.drawImage(QRect(target.x(), target.y(), width, height), image)
