"""Every list in the window has the office habits: a right-click menu (打开 · 复制 · 导出所选 · 打印
as the list allows), Ctrl+C copying rows, remembered widths. The test walks every area and every tab
of the main window, so a list added later without them fails here."""

from __future__ import annotations

from ui.main_window import MainWindow
from ui.qt import QAbstractItemView, QTabWidget, QTableView, QWidget


def every_tab_shown(qtbot, root: QWidget) -> None:
    """Show each tab of every tab widget under ``root`` once (lists built or filled when shown)."""
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(1)


def lists(root: QWidget) -> list[QTableView]:
    """The read-only tables of whole rows under ``root`` (not grids edited in place, not the calendar's
    month grids whose cells are days)."""
    return [view for view in root.findChildren(QTableView)
            if view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
            and view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows]


def lists_without_habits(root: QWidget) -> list[str]:
    return sorted(f"{type(view.parentWidget()).__name__}/{view.objectName() or type(view).__name__}"
                  for view in lists(root) if not hasattr(view, "list_behaviour"))


def test_every_list_in_the_window_has_a_menu_and_copies(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for title in window.areas:
        every_tab_shown(qtbot, window.show_area(title))
    assert len(lists(window)) > 30
    assert lists_without_habits(window) == []
    for view in lists(window):
        entries = [action.text() for action in view.list_behaviour.menu().actions()]
        assert "复制" in entries, view.objectName()


def test_a_list_without_the_habits_is_caught(qtbot, gui_context):
    from ui.widgets.tables import table_widget

    holder = QWidget()
    qtbot.addWidget(holder)
    table_widget(("甲", "乙"), "forgotten").setParent(holder)
    assert lists_without_habits(holder) == ["QWidget/forgotten"]


def test_the_settlements_list_menu_copies_and_exports(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    claims = window.show_area("理赔支付")
    view = claims.findChild(QTableView, "settlements_table")
    assert [a.text() for a in view.list_behaviour.menu().actions()] == ["复制", "导出所选…"]
