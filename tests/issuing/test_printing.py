"""Printing issued documents: one job on the worker, progress with 取消, marked printed only when complete."""

from __future__ import annotations

import threading

import pytest

from db.enums import Role
from desktop.errors import UserError
from desktop.filestore import document_path
from desktop.issuing.owners import CASE
from desktop.issuing.service import DocumentService, OwnerRef
from tests.issuing import records
from tests.issuing.printing import pages, pdf_printer_dialog
from ui import tasks
from ui.documents import printing
from ui.documents.common import document_service, open_preview
from ui.documents.page import DocumentsPage
from ui.documents.printing import PrintCancelled, new_printer, print_documents
from ui.pdf import QPrintDialog, QPrinter
from ui.qt import QDialog, QProgressDialog, QPushButton, Qt
from ui.tasks import TaskControl, TaskRunner


@pytest.fixture
def several(gui_context, owners, issued, sqlite_actors):
    """Four documents issued today: two 受理通知书, a 支付通知 and a 送达回证."""
    service = document_service(gui_context)
    with gui_context.database.write(None) as session:
        second = records.accepted_case(session, sqlite_actors[Role.MEDIATOR].officer_id, "密工调〔2024〕13号", 1)
    return [*issued, service.issue(gui_context.actor, "acceptance", OwnerRef(CASE, second.id)),
            service.issue(gui_context.actor, "service-receipt", owners[0])]


@pytest.fixture
def page(qtbot, gui_context, several):
    page = DocumentsPage(gui_context)
    qtbot.addWidget(page)
    assert page.today.table.rowCount() == len(several)
    page.today.table.selectAll()
    return page


@pytest.fixture
def messages(gui_context):
    return gui_context.prompt.recorded(with_kind=True)


@pytest.fixture
def progress(monkeypatch):
    """Every progress label shown; ``progress.cancel_at`` presses 取消 when a label starts with it."""
    seen = _Progress()
    original = tasks._show_progress

    def show(dialog, done, total, label):
        seen.append(label)
        original(dialog, done, total, label)
        if seen.cancel_at and label.startswith(seen.cancel_at):
            dialog.findChild(QPushButton).click()
    monkeypatch.setattr(tasks, "_show_progress", show)
    return seen


class _Progress(list):
    cancel_at: str | None = None


def stored(context, views) -> list[bytes]:
    service = document_service(context)
    return [service.reprint(view.id) for view in views]


def printed(context, views) -> list[bool]:
    service = document_service(context)
    return [service.get(view.id).printed_at is not None for view in views]


def click_print(qtbot, page) -> None:
    qtbot.mouseClick(page.today.print_button, Qt.MouseButton.LeftButton)


def test_batch_print_sends_every_page_and_marks_all_in_one_call(qtbot, gui_context, several, page, progress,
                                                                monkeypatch, tmp_path):
    out, seen, calls = tmp_path / "printed.pdf", [], []
    pdf_printer_dialog(monkeypatch, out, seen)
    original = DocumentService.mark_printed
    monkeypatch.setattr(DocumentService, "mark_printed",
                        lambda self, actor, ids: (calls.append(list(ids)), original(self, actor, ids)))
    click_print(qtbot, page)
    assert len(seen) == 1
    assert pages(out) == sum(pages(pdf) for pdf in stored(gui_context, several)) > len(several)
    assert calls == [[view.id for view in page.today.table.selected_views()]]
    assert all(printed(gui_context, several))
    assert [label for label in progress if label.startswith("正在打印")] == [
        f"正在打印第 {n} / 4 份…" for n in range(1, 5)]


@pytest.mark.parametrize("cancel_at, first_pages_sent", [("正在读取第 2 /", False), ("正在打印第 2 /", True)],
                         ids=["while-reading", "while-printing"])
def test_cancelled_job_marks_nothing_printed(qtbot, gui_context, several, page, progress, messages, monkeypatch,
                                             tmp_path, cancel_at, first_pages_sent):
    out = tmp_path / "printed.pdf"
    pdf_printer_dialog(monkeypatch, out, [])
    progress.cancel_at = cancel_at
    click_print(qtbot, page)
    assert not any(printed(gui_context, several))
    assert "正在打印第 3 / 4 份…" not in progress
    if first_pages_sent:
        first = pages(stored(gui_context, page.today.table.selected_views()[:1])[0])
        assert pages(out) == first  # the job was ended cleanly: a whole PDF of what was sent
        assert messages == [("inform", f"已取消打印，文书未标记为已打印。已送往打印机的 {first} 页可能仍会打印出来，"
                                     "如不需要请在系统的打印队列中删除该任务。")]
    else:
        assert not out.exists() and messages == []


def test_missing_stored_pdf_prints_nothing_and_says_so(qtbot, gui_context, several, page, messages, monkeypatch,
                                                        tmp_path):
    out = tmp_path / "printed.pdf"
    pdf_printer_dialog(monkeypatch, out, [])
    document_path(gui_context.files_dir, several[2].sha256).unlink()
    click_print(qtbot, page)
    assert not out.exists() and not any(printed(gui_context, several))
    assert len(messages) == 1 and messages[0][0] == "warn"
    assert "找不到受理通知书（密工调〔2024〕13号）的存档文件" in messages[0][1]
    assert messages[0][1].endswith("本次打印未完成，文书未标记为已打印。")


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_unavailable_printer_is_a_message_and_marks_nothing(qtbot, gui_context, several, page, messages,
                                                           monkeypatch, tmp_path):
    pdf_printer_dialog(monkeypatch, tmp_path / "no-such-folder" / "printed.pdf", [])
    click_print(qtbot, page)
    assert not any(printed(gui_context, several))
    assert [kind for kind, _ in messages] == ["warn"] and "无法开始打印" in messages[0][1]


def test_closing_the_print_dialog_prints_nothing(qtbot, gui_context, several, page, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    click_print(qtbot, page)
    assert not any(printed(gui_context, several))


def test_preview_prints_through_the_same_job(qtbot, gui_context, issued, monkeypatch, tmp_path):
    out = tmp_path / "printed.pdf"
    pdf_printer_dialog(monkeypatch, out, [])
    preview = open_preview(None, gui_context, issued[1])
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.printed, timeout=1000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert pages(out) == pages(stored(gui_context, issued[1:])[0])
    assert printed(gui_context, issued) == [False, True]


def test_threaded_job_keeps_the_window_responsive(qtbot, gui_context, several, page, monkeypatch, tmp_path):
    out, gate, threads = tmp_path / "printed.pdf", threading.Event(), []
    pdf_printer_dialog(monkeypatch, out, [])
    gui_context.runner = TaskRunner()
    _hold_first_page(monkeypatch, gate, threads)
    page.show()
    click_print(qtbot, page)
    dialog = page.today.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and bool(threads), timeout=5000)  # the GUI thread is free meanwhile
    assert not any(printed(gui_context, several))
    gate.set()
    qtbot.waitUntil(lambda: all(printed(gui_context, several)), timeout=20000)
    gui_context.runner.wait()
    assert threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: page.today.findChild(QProgressDialog) is None)
    assert pages(out) == sum(pages(pdf) for pdf in stored(gui_context, several))


def test_threaded_job_stops_when_cancelled(qtbot, gui_context, several, page, messages, monkeypatch, tmp_path):
    out, gate, threads = tmp_path / "printed.pdf", threading.Event(), []
    pdf_printer_dialog(monkeypatch, out, [])
    gui_context.runner = TaskRunner()
    _hold_first_page(monkeypatch, gate, threads)
    page.show()
    click_print(qtbot, page)
    dialog = page.today.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and bool(threads), timeout=5000)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    gui_context.runner.wait()
    assert len(threads) == 1 and pages(out) == 1
    assert messages[0][0] == "inform" and "已送往打印机的 1 页" in messages[0][1]
    assert not any(printed(gui_context, several))


def _hold_first_page(monkeypatch, gate: threading.Event, threads: list) -> None:
    """The worker paints its first page only once ``gate`` is set; ``threads`` records where pages were painted."""
    original = printing._paint_page

    def paint(*args):
        threads.append(threading.current_thread())
        assert gate.wait(timeout=10)
        original(*args)
    monkeypatch.setattr(printing, "_paint_page", paint)


# print_documents on its own, as a plain function


@pytest.fixture
def pdfs(gui_context, issued) -> list[bytes]:
    return stored(gui_context, issued)


def pdf_printer(path) -> QPrinter:
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)
    return printer


def test_print_documents_reports_each_document_and_returns_the_pages(qapp, pdfs, tmp_path):
    control, reports = TaskControl(), []
    control.on_progress = lambda done, total, label: reports.append((done, total, label))
    count = print_documents(pdf_printer(tmp_path / "out.pdf"), pdfs, control)
    assert count == pages(tmp_path / "out.pdf") == sum(pages(pdf) for pdf in pdfs)
    assert reports[:2] == [(0, 2, "正在打印第 1 / 2 份…"), (1, 2, "正在打印第 2 / 2 份…")]
    assert reports[-1] == (2, 2, f"已打印 2 份，共 {count} 页。")


def test_print_documents_stops_before_the_next_page_when_cancelled(qapp, pdfs, tmp_path):
    control = TaskControl()
    control.on_progress = lambda done, total, label: done == 1 and control.cancel()
    with pytest.raises(PrintCancelled) as stopped:
        print_documents(pdf_printer(tmp_path / "out.pdf"), pdfs, control)
    assert stopped.value.pages == pages(pdfs[0]) == pages(tmp_path / "out.pdf")


def test_print_documents_names_a_damaged_document(qapp, pdfs, tmp_path):
    with pytest.raises(UserError, match="无法打开第 2 份文书的 PDF（文件可能已损坏）"):
        print_documents(pdf_printer(tmp_path / "out.pdf"), [pdfs[0], b"%PDF-1.7 not really"])
    assert pages(tmp_path / "out.pdf") == pages(pdfs[0])
