"""Printing PDFs through Qt: each page rendered to an image and painted onto the printer.

``ask_printer(parent)`` shows the system print dialog (GUI thread only);
``print_documents(printer, pdfs, control)`` paints every page of every document as
one job and may run on a worker thread: Qt supports QPainter on a QPrinter and QImage
outside the GUI thread, and Qt PDF serialises every pdfium call behind one mutex.
Every QPdfDocument it uses is made and destroyed in the calling thread.
``load_pdf(data)`` opens PDF bytes as a QPdfDocument for a view on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from desktop.errors import UserError
from ui.pdf import QBuffer, QByteArray, QIODevice, QPageSize, QPdfDocument, QPrintDialog, QPrinter, QRect
from ui.qt import QDialog, QObject, QPainter, QSize, delete_now
from ui.tasks import TaskControl

MAX_DPI = 300


class PrintCancelled(UserError):
    """The officer stopped the job; ``pages`` had already been sent to the printer."""

    def __init__(self, pages: int = 0) -> None:
        self.pages = pages
        sent = (f"已送往打印机的 {pages} 页可能仍会打印出来，如不需要请在系统的打印队列中删除该任务。"
                if pages else "")
        super().__init__(f"已取消打印，文书未标记为已打印。{sent}")


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """PDF bytes as a loaded QPdfDocument (the buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    try:
        _load_into(document, data, "该 PDF 文件")
    except UserError:
        delete_now(document)
        raise
    return document


@contextmanager
def opened_pdf(data: bytes, what: str) -> Iterator[QPdfDocument]:
    """A QPdfDocument made, used and destroyed in this thread: none reaches another thread."""
    document = QPdfDocument()
    try:
        _load_into(document, data, what)
        yield document
    finally:
        delete_now(document)


def _load_into(document: QPdfDocument, data: bytes, what: str) -> None:
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise UserError(f"无法打开{what}（文件可能已损坏）。")


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setDocName("UnionDesk 文书")
    return printer


def ask_printer(parent) -> QPrinter | None:
    """The printer the officer confirmed in the system print dialog; None when cancelled.

    The dialog is destroyed before returning, so nothing on the GUI thread refers to
    the printer while a worker prints on it.
    """
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("打印文书")
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    delete_now(dialog)
    return printer if accepted else None


def print_documents(printer: QPrinter, pdfs: list[bytes], control: TaskControl | None = None) -> int:
    """Paint every page of every document onto ``printer`` as one job; returns the number of pages.

    ``control`` reports 第 N / M 份 and is asked before every page whether to stop;
    a stop raises ``PrintCancelled`` after ending the job.
    """
    control = control or TaskControl()
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("无法开始打印：打印机不可用或输出文件无法写入。请检查打印机是否已连接、已开机。")
    run = _PrintRun(printer, painter, control)
    try:
        run.print_all(pdfs)
    except BaseException:
        _abandon(printer, painter)
        raise
    _finish(printer, painter, run.pages)
    control.report(len(pdfs), len(pdfs), f"已打印 {len(pdfs)} 份，共 {run.pages} 页。")
    return run.pages


class _PrintRun:
    """The pages of one started print job, with a stop honoured before each page."""

    def __init__(self, printer: QPrinter, painter: QPainter, control: TaskControl) -> None:
        self.printer, self.painter, self.control = printer, painter, control
        self.pages = 0

    def print_all(self, pdfs: list[bytes]) -> None:
        for done, data in enumerate(pdfs):
            self.control.report(done, len(pdfs), f"正在打印第 {done + 1} / {len(pdfs)} 份…")
            self.print_one(data, done + 1)

    def print_one(self, data: bytes, number: int) -> None:
        with opened_pdf(data, f"第 {number} 份文书的 PDF") as document:
            for page in range(document.pageCount()):
                self._page(document, page)

    def _page(self, document: QPdfDocument, page: int) -> None:
        if self.control.cancelled():
            raise PrintCancelled(self.pages)
        if self.pages and not self.printer.newPage():
            raise UserError(f"打印中断：打印机报告错误（可能缺纸、脱机或磁盘已满），已送出 {self.pages} 页。")
        _paint_page(self.painter, self.printer, document, page)
        self.pages += 1


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    points = document.pagePointSize(page)
    dpi = min(printer.resolution(), MAX_DPI)
    image = document.render(page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
    target = painter.viewport()
    scale = min(target.width() / points.width(), target.height() / points.height())
    width, height = round(points.width() * scale), round(points.height() * scale)
    painter.drawImage(QRect(target.x(), target.y(), width, height), image)


def _abandon(printer: QPrinter, painter: QPainter) -> None:
    """Stop a job part-way: abort where the print engine can (Qt's Windows, CUPS and PDF
    engines cannot, so pages already painted are still delivered), then end it."""
    printer.abort()
    painter.end()


def _finish(printer: QPrinter, painter: QPainter, pages: int) -> None:
    if not painter.end() or printer.printerState() == QPrinter.PrinterState.Error:
        raise UserError(f"打印未完成：打印机报告错误（{pages} 页可能未全部送出）。请检查打印机后重新打印。")
