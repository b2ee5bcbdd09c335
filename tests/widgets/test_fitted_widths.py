"""A list fitted to its first rows keeps every column on screen: a long text column is capped, its
cells show the whole text as a tooltip."""

from ui.widgets.tables import FITTED_WIDTH_CAP, fill, table_widget


def test_a_long_text_column_is_capped_and_keeps_its_text_as_tooltip(qtbot):
    table = table_widget(("事项", "期限如何计算", "剩余"), "fitted_test")
    qtbot.addWidget(table)
    table.resize(900, 300)
    long_text = "调解协议第 1 项「被申请人于2026年8月15日前以银行转账方式向申请人支付第1期款项」" * 3
    fill(table, [("协议履行期限", long_text, "超期 98 天"), ("短", "短", "1 天")])
    assert table.columnWidth(1) <= FITTED_WIDTH_CAP
    assert table.item(0, 1).text() == long_text and table.item(0, 1).toolTip() == long_text
    assert table.item(1, 1).toolTip() == ""
