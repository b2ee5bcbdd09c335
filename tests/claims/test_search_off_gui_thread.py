"""理赔申请 reads its list on the task runner's worker: typing in the search box, a filter or
another seat's change never holds the window while the count and first page are read
(at 100,000 claims the count alone took longer than the 200 ms a freeze is counted from)."""

from __future__ import annotations

import threading

from sqlalchemy import event

from tests.claims.test_gui import fill_claim, page, save  # noqa: F401  (the page fixture)
from tests.support.keyboard import type_text
from ui.tasks import TaskRunner


def test_typing_a_search_reads_on_the_worker_and_shows_the_rows_when_they_come(qtbot, page, gui_context):  # noqa: F811
    claim = save(qtbot, fill_claim(qtbot, page))
    tab = page.claims
    gui_context.runner = TaskRunner()  # the real worker thread, as in the window
    tab.apply_filter()
    qtbot.waitUntil(lambda: tab.count.text() == "共 1 笔")
    readers: list[threading.Thread] = []  # the thread of each claim-list query from here on

    def seen(_conn, _cursor, statement, *_rest) -> None:
        if "aid_claim" in statement and "count(" in statement.lower():  # the list's count
            readers.append(threading.current_thread())

    event.listen(gui_context.database.engine, "before_cursor_execute", seen)
    type_text(qtbot, tab.search, "李强")
    tab.apply_filter()
    assert tab.model.rowCount() == 1  # the rows shown stay until the new ones come
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.count.text() == "共 0 笔"
    tab.search.clear()
    type_text(qtbot, tab.search, "王芳")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)  # after the typing pause
    assert tab.model.id_at(0) == claim.id
    assert readers and all(thread is not threading.main_thread() for thread in readers)
    gui_context.runner.wait()
    event.remove(gui_context.database.engine, "before_cursor_execute", seen)
