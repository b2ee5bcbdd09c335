"""The window shell: areas, settings page, remembered geometry, error display."""

from sqlalchemy import select

from db.enums import Role
from db.models import AuditEntry
from ui.main_window import MainWindow
from tests.support.keyboard import type_text


def test_window_shows_areas_and_remembers_geometry(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["工作台", "调解案件", "一函两书", "理赔支付", "困难帮扶", "帮扶救助", "法律咨询", "法律援助", "热线工单", "文书", "台账导出", "统计", "用户与审计",
                      "设置"]
    window.resize(1024, 661)
    window.close()
    again = MainWindow(gui_context)
    qtbot.addWidget(again)
    assert again.size().height() == 661


def test_settings_page_saves_through_service(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    page = window.show_area("设置").general
    page.text_edits["union_name"].clear()
    type_text(qtbot, page.text_edits["union_name"], "北京市怀柔区总工会")
    page.patterns.item(0, 1).setText("怀工调")
    assert page.patterns.item(0, 3).text() == "怀工调〔2024〕12号"
    qtbot.mouseClick(page.save_button, qtbot_button())
    settings = gui_context.settings.load()
    assert gui_context.prompt.texts("inform") == ["设置已保存。"]
    assert settings.union_name == "北京市怀柔区总工会"
    assert settings.prefixes["case"] == "怀工调"
    with gui_context.database.read() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.entity_type == "setting")) is not None


def test_bad_settings_show_message_and_save_nothing(qtbot, gui_context):
    shown = gui_context.prompt.texts
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    page = window.show_area("设置").general
    page.text_edits["centre_name"].clear()
    qtbot.mouseClick(page.save_button, qtbot_button())
    assert len(shown("warn")) == 1 and "调解中心名称" in shown("warn")[0]
    assert gui_context.settings.load().centre_name != ""


def test_settings_page_read_only_for_mediator(qtbot, sqlite_database, sqlite_actors, preferences, qapp):
    from tests.conftest import gui_context_for

    context = gui_context_for(sqlite_database, sqlite_actors[Role.MEDIATOR], preferences, qapp)
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.show_area("设置").general
    assert not page.widget().isEnabled()


def qtbot_button():
    from ui.qt import Qt

    return Qt.MouseButton.LeftButton


def test_navigation_is_wide_enough_for_every_title(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    metrics = window.navigation.fontMetrics()
    for i in range(window.navigation.count()):
        text = window.navigation.item(i).text()
        assert metrics.horizontalAdvance(text) + 16 <= window.navigation.viewport().width(), text


def test_settings_page_says_which_fonts_stand_in_and_what_to_install(qtbot, gui_context):
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("设置").general
    report = page.font_box.report
    qtbot.waitUntil(lambda: report.text().startswith("正文："))
    assert "生僻字" in report.text()
    if "替代" in report.text():
        assert "建议安装公文标准字体" in report.text()
