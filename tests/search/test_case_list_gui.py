"""Typing a surname into the case list's search box lists exactly the cases of that surname."""

from __future__ import annotations

from tests.search.records import add_case
from tests.support.keyboard import type_text
from ui.main_window import MainWindow


def test_typing_a_surname_lists_its_cases(qtbot, gui_context):
    with gui_context.database.write(None) as session:
        wang = add_case(session, "密工调〔2025〕1号", [("王芳", None)]).id
        li_wang = add_case(session, "密工调〔2025〕2号", [("李强", None), ("王小明", None)]).id
        add_case(session, "密工调〔2025〕3号", [("张伟", None)], unit="某餐饮店", credit=None)
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("调解案件")
    assert page.model.rowCount() == 3
    type_text(qtbot, page.filters.search, "王")
    page.filters.flush()
    assert {page.model.id_at(row) for row in range(page.model.rowCount())} == {wang, li_wang}
    type_text(qtbot, page.filters.search, "芳")
    page.filters.flush()
    assert [page.model.id_at(row) for row in range(page.model.rowCount())] == [wang]
