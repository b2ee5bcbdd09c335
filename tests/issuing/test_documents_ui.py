"""The window: preview, save as, batch print to a PDF printer, the panel's service loop, the template editor."""

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from db.enums import DeliveryMethod, Role
from desktop.documents import shipped_text
from desktop.issuing.owners import CASE, CLAIM
from desktop.issuing.templates_store import TemplateStore
from tests.conftest import gui_context_for
from tests.documents.pdfread import all_text
from tests.issuing import records
from tests.issuing.printing import pages, pdf_printer_dialog
from ui.documents.common import document_service, open_preview
from ui.documents.page import DocumentsPage
from ui.documents.panel import DocumentsPanel
from ui.documents.serve_dialog import ServeDialog
from ui.main_window import MainWindow


def test_preview_shows_pages_and_saves_a_copy(qtbot, gui_context, issued, monkeypatch, tmp_path):
    original = document_service(gui_context).reprint(issued[0].id)
    preview = open_preview(None, gui_context, issued[0])
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == pages(original) >= 1
    assert preview.view.document() is preview.document
    target = tmp_path / "副本"
    gui_context.prompt.script(target)
    qtbot.mouseClick(preview.save_button, qt_left())
    assert (tmp_path / "副本.pdf").read_bytes() == original


def test_open_in_system_viewer_writes_a_copy(qtbot, gui_context, issued, monkeypatch, tmp_path):
    opened = gui_context.prompt.opened
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path))
    preview = open_preview(None, gui_context, issued[1])
    qtbot.addWidget(preview)
    qtbot.mouseClick(preview.open_button, qt_left())
    assert opened == [tmp_path / "UnionDesk" / "HZ202400903 职工互助保障理赔支付通知书.pdf"]
    assert Path(opened[0]).read_bytes() == document_service(gui_context).reprint(issued[1].id)


def test_batch_print_is_one_job_with_every_page(qtbot, gui_context, issued, monkeypatch, tmp_path):
    out, seen = tmp_path / "printed.pdf", []
    pdf_printer_dialog(monkeypatch, out, seen)
    page = DocumentsPage(gui_context)
    qtbot.addWidget(page)
    assert page.today.table.rowCount() == 2
    page.today.table.selectAll()
    qtbot.mouseClick(page.today.print_button, qt_left())
    assert len(seen) == 1
    service = document_service(gui_context)
    expected = sum(pages(service.reprint(view.id)) for view in issued)
    assert pages(out) == expected
    width, height = (float(x) for x in PdfReader(out).pages[0].mediabox[2:])
    assert abs(width - 595) < 2 and abs(height - 842) < 2
    assert all(service.get(view.id).printed_at is not None for view in issued)


def test_panel_runs_the_service_loop(qtbot, gui_context, owners, monkeypatch, tmp_path):
    gui_context.prompt.script("受理通知书")
    pdf_printer_dialog(monkeypatch, tmp_path / "printed.pdf", [])
    panel = DocumentsPanel(gui_context, CASE, owners[0].owner_id)
    qtbot.addWidget(panel)
    panel.show()  # a hidden panel catches up with changes only when shown
    assert panel.summary.text() == "尚未出具文书"
    qtbot.mouseClick(panel.buttons["issue"], qt_left())
    qtbot.addWidget(panel.preview)
    assert panel.table.rowCount() == 1 and panel.preview.document.pageCount() >= 1
    assert "未送达文书 1 份" in panel.summary.text()
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.buttons["reprint"], qt_left())
    qtbot.mouseClick(panel.buttons["seal"], qt_left())
    monkeypatch.setattr(ServeDialog, "ask", classmethod(lambda cls, parent, who: (date.today(), DeliveryMethod.IN_PERSON, who)))
    qtbot.mouseClick(panel.buttons["serve"], qt_left())
    scan = tmp_path / "回证.png"
    scan.write_bytes(b"\x89PNG signed")
    gui_context.prompt.script(scan)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.buttons["receipt"], qt_left())
    qtbot.waitUntil(lambda: panel.summary.text() == "文书均已送达")
    view = document_service(gui_context).documents_for(CASE, owners[0].owner_id)[0]
    assert (view.served_to, view.status_text) == ("张建华", "已送达，回证已附")


def test_panel_shows_refusals(qtbot, gui_context, owners, monkeypatch):
    shown = gui_context.prompt.recorded("warn")
    gui_context.prompt.script("调解协议书")
    panel = DocumentsPanel(gui_context, CASE, owners[0].owner_id)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.buttons["issue"], qt_left())
    assert shown == ["案件尚未录入调解协议条款，不能出具调解协议书。"]
    qtbot.mouseClick(panel.buttons["seal"], qt_left())
    assert shown[-1] == "请先在列表中选择一份文书。"


def test_panel_issues_a_receipt_for_a_chosen_document_and_letters_offer_their_kind(qtbot, gui_context, owners,
                                                                                   monkeypatch):
    service = document_service(gui_context)
    served = service.issue(gui_context.actor, "acceptance", owners[0])
    gui_context.prompt.script("送达回证", f"受理通知书（{served.issued_at.astimezone():%Y-%m-%d %H:%M}）", "张建华")
    panel = DocumentsPanel(gui_context, CASE, owners[0].owner_id)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.buttons["issue"], qt_left())
    qtbot.addWidget(panel.preview)
    assert [v.title for v in panel.table.views] == ["送达回证（受理通知书）", "受理通知书"]
    with gui_context.database.write(None) as session:
        letter = records.letter_chain(session)[1]
    letters = DocumentsPanel(gui_context, "supervision_letter", letter.id)
    qtbot.addWidget(letters)
    assert letters.kinds() == ("opinion-letter",)


def test_template_editor_refuses_unknown_field_and_saves_new_version(qtbot, gui_context, monkeypatch):
    warnings, infos = gui_context.prompt.recorded("warn"), gui_context.prompt.recorded("inform")
    page = DocumentsPage(gui_context)
    qtbot.addWidget(page)
    editor = page.templates
    assert editor.preview_document is None and editor.history.count() == 0  # nothing read until shown
    page.setCurrentWidget(editor)
    page.show()
    editor.kind.setCurrentIndex(editor.kind.findData("acceptance"))
    assert editor.preview_document.pageCount() >= 1 and editor.message.text() == ""
    editor.editor.setPlainText(shipped_text("acceptance").replace("特此通知。", "特此通知。{case.judge}"))
    editor.render_preview()
    assert "未知字段「case.judge」" in editor.message.text()
    qtbot.mouseClick(editor.save_button, qt_left())
    assert warnings and "未知字段「case.judge」" in warnings[0]
    store = TemplateStore(gui_context.database)
    assert store.history("acceptance") == []
    editor.editor.setPlainText(shipped_text("acceptance").replace("特此通知。", "特此通知，请准时参加。"))
    qtbot.mouseClick(editor.save_button, qt_left())
    assert store.current("acceptance")[0] == "centre-1" and "centre-1" in infos[0]
    assert editor.history.count() == 1 and "@version centre-1" in editor.editor.toPlainText()


def test_template_preview_from_a_record(qtbot, gui_context, owners):
    page = DocumentsPage(gui_context)
    qtbot.addWidget(page)
    editor = page.templates
    editor.kind.setCurrentIndex(editor.kind.findData("payout-notice"))
    editor.record.setText("HZ202400903")
    editor.render_preview()
    assert editor.message.text() == "" and editor.preview_document.pageCount() == 1
    editor.record.setText("HZ000")
    editor.render_preview()
    assert "找不到编号为「HZ000」" in editor.message.text()


def test_panel_is_read_only_for_the_auditor(qtbot, gui_context, issued, sqlite_database, sqlite_actors,
                                            preferences, qapp):
    auditor = gui_context_for(sqlite_database, sqlite_actors[Role.AUDITOR], preferences, qapp)
    panel = DocumentsPanel(auditor, CLAIM, issued[1].owner_id)
    qtbot.addWidget(panel)
    enabled = {name for name, button in panel.buttons.items() if button.isEnabled()}
    assert enabled == {"preview"} and panel.table.rowCount() == 1
    assert panel.summary.text() == "未送达文书 1 份：职工互助保障理赔支付通知书"


def test_documents_area_in_window_and_templates_for_admin_only(qtbot, gui_context, sqlite_database,
                                                               sqlite_actors, preferences, qapp):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles.index("文书") < titles.index("设置")
    auditor = gui_context_for(sqlite_database, sqlite_actors[Role.AUDITOR], preferences, qapp)
    page = DocumentsPage(auditor)
    qtbot.addWidget(page)
    assert page.templates is None and page.count() == 2


def qt_left():
    from ui.qt import Qt

    return Qt.MouseButton.LeftButton


def test_panel_asks_the_party_of_a_notice_and_the_session_of_a_record(qtbot, gui_context, owners):
    from db.models import MediationCase

    with gui_context.database.write(None) as session:
        record = session.get(MediationCase, owners[0].owner_id).sessions[0]
        record.applicant_position, record.respondent_position = "要求支付工资。", "同意分期支付。"
    gui_context.prompt.script("调解通知书", "北京密云宏达建筑工程有限公司",
                              "调解笔录", "2024-11-12 调解笔录（本中心第一调解室）")
    panel = DocumentsPanel(gui_context, CASE, owners[0].owner_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.buttons["issue"], qt_left())
    qtbot.addWidget(panel.preview)
    qtbot.mouseClick(panel.buttons["issue"], qt_left())
    qtbot.addWidget(panel.preview)
    views = document_service(gui_context).documents_for(CASE, owners[0].owner_id)
    assert sorted((v.kind, v.recipient) for v in views) == [
        ("mediation-notice", "北京密云宏达建筑工程有限公司"), ("session-record", None)]
    assert panel.summary.text() == "未送达文书 1 份：调解通知书"
    record_pdf = document_service(gui_context).reprint(next(v.id for v in views if v.kind == "session-record"))
    assert "同意分期支付" in all_text(record_pdf)
