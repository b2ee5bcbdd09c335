"""Slow reads run on the task runner's worker, never on the GUI thread: the 统计 page's year
report, 设置's font list and the template editor's preview. The window keeps answering meanwhile
and shows what is being done; the results appear when they come."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event

from desktop.bootstrap import bootstrap
from desktop.documents.fontreport import font_report
from desktop.documents.templates import render
from tests.stats import dataset
from ui.documents import font_box, template_editor
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, gui_context):
    gui_context.runner = TaskRunner()  # the real worker thread, as in the window
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    gui_context.runner.wait()


def off_gui(threads: list[threading.Thread]) -> bool:
    return bool(threads) and all(thread is not threading.main_thread() for thread in threads)


def test_stats_figures_are_read_on_the_worker_and_shown_when_they_come(qtbot, window, gui_context):
    dataset.build(gui_context.database)
    readers: list[threading.Thread] = []

    def seen(_conn, _cursor, statement, *_rest) -> None:
        if "mediation_case" in statement:
            readers.append(threading.current_thread())

    event.listen(gui_context.database.engine, "before_cursor_execute", seen)
    try:
        page = window.areas["统计"]
        with qtbot.waitSignal(page.loaded, timeout=20000):
            window.show_area("统计")
            assert page.status.text().startswith("正在统计")  # the window answers while it is read
        assert page.status.text() == ""
        with qtbot.waitSignal(page.loaded, timeout=20000):
            page.year.setValue(2024)
        assert page.headline.text_of("cases", "accepted") == "7"
        assert page.views["调解案件（按月份）"].cell_text("合计", "受理件数") == "7"
        assert off_gui(readers)
    finally:
        event.remove(gui_context.database.engine, "before_cursor_execute", seen)


def test_an_overtaken_year_is_dropped(qtbot, window, gui_context):
    dataset.build(gui_context.database)
    page = window.show_area("统计")
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    with qtbot.waitSignal(page.loaded, timeout=20000) as arrived:
        page.year.setValue(2025)
        page.year.setValue(2024)  # asked before 2025's figures came
    gui_context.runner.wait()
    qtbot.wait(50)
    assert arrived.args[0].figures.year == 2024 and page.report.figures.year == 2024
    assert page.headline.text_of("cases", "accepted") == "7"


def test_the_font_list_is_read_on_the_worker(qtbot, window, monkeypatch):
    readers: list[threading.Thread] = []

    def report(fonts):
        readers.append(threading.current_thread())
        return font_report(fonts)

    monkeypatch.setattr(font_box, "font_report", report)
    box = window.show_area("设置").general.font_box
    qtbot.waitUntil(lambda: box.report.text().startswith("正文："), timeout=20000)
    assert off_gui(readers)


def test_the_template_preview_is_drawn_on_the_worker_and_only_once_shown(qtbot, window, monkeypatch):
    bootstrap()  # amounts in capitals, as the program wires at start
    drawers: list[threading.Thread] = []

    def draw(*args):
        drawers.append(threading.current_thread())
        return render(*args)

    monkeypatch.setattr(template_editor, "render", draw)
    page = window.show_area("文书")
    editor = page.templates
    assert editor.preview_document is None and drawers == []  # built at sign-in, read when first shown
    page.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: editor.preview_document is not None, timeout=20000)
    assert editor.preview_document.pageCount() >= 1 and editor.message.text() == ""
    editor.editor.setPlainText(editor.editor.toPlainText().replace("特此通知。", "特此通知。{case.judge}"))
    editor.render_preview()
    assert editor.message.text() == "正在生成预览…"
    qtbot.waitUntil(lambda: "未知字段「case.judge」" in editor.message.text(), timeout=20000)
    assert off_gui(drawers)
