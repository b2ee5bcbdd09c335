"""The shared UI toolkit: prompts, fields, forms that keep their input, lists with office habits."""

from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from db.enums import CaseSource
from desktop.errors import ValidationError
from tests.support.keyboard import type_text
from tests.support.prompts import ScriptedPrompt, UnexpectedQuestion
from ui.qt import QApplication, QFileDialog, QLabel, QLineEdit, QSettings, Qt, QVBoxLayout, QWidget
from ui.widgets.fields import DateField, EnumCombo, MoneyField
from ui.widgets.forms import GuardedDialog, Problem
from ui.widgets.prompts import QtPrompt, prompt_for
from ui.widgets.tables import export_rows_action, fill, install_list, table_widget


class Holder(QWidget):
    def __init__(self, prompt):
        super().__init__()
        self.prompt = prompt


def test_prompt_is_found_from_any_child_and_unscripted_questions_fail(qtbot):
    fake = ScriptedPrompt(True)
    holder = Holder(fake)
    qtbot.addWidget(holder)
    child = QLineEdit(holder)
    assert prompt_for(child) is fake
    assert isinstance(prompt_for(QWidget()), QtPrompt)
    assert prompt_for(child).confirm(child, "t", "q") is True
    with pytest.raises(UnexpectedQuestion):
        prompt_for(child).confirm(child, "t", "again?")
    assert fake.shown == [("confirm", "t", "q"), ("confirm", "t", "again?")]


def test_fields_read_and_write_python_values(qtbot):
    day, money, combo = DateField(date(2024, 3, 5)), MoneyField(label="请求金额"), EnumCombo(CaseSource, blank="全部")
    for widget in (day, money, combo):
        qtbot.addWidget(widget)
    assert day.value() == date(2024, 3, 5) and day.displayFormat() == "yyyy-MM-dd"
    type_text(qtbot, money, "1,234.5")
    assert money.value() == Decimal("1234.50")
    money.set_value(Decimal("8800"))
    assert money.text() == "8,800.00"
    money.setText("十块")
    with pytest.raises(ValidationError, match="请求金额"):
        money.value()
    assert combo.value() is None and combo.itemText(0) == "全部"
    combo.set_value(CaseSource.WALK_IN)
    assert combo.currentData() is CaseSource.WALK_IN and combo.currentText() == CaseSource.WALK_IN.label


class NameForm(GuardedDialog):
    def __init__(self, prompt):
        super().__init__()
        self.prompt = prompt
        self.name, self.phone = QLineEdit(objectName="name"), QLineEdit(objectName="phone")
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.phone)
        self.guard.watch(self.name, self.phone)

    def save(self) -> bool:
        problems = [Problem(w, f"「{n}」必须填写") for w, n in ((self.name, "姓名"), (self.phone, "电话"))
                    if not w.text()]
        if self.guard.check(problems):
            self.accept()
            return True
        return False


def test_validation_marks_every_wrong_field_focuses_first_and_keeps_input(qtbot):
    fake = ScriptedPrompt()
    form = NameForm(fake)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert not form.save()
    assert form.isVisible() and set(form.guard.marked()) == {form.name, form.phone}
    assert form.focusWidget() is form.name
    assert len(fake.shown) == 1 and "2 处" in fake.shown[0][2] and "姓名" in fake.shown[0][2]
    type_text(qtbot, form.name, "张三")
    assert form.guard.marked() == [form.phone] and form.name.property("invalid") is False
    assert not form.save()
    assert form.name.text() == "张三" and form.focusWidget() is form.phone


def test_esc_on_a_dirty_form_asks_before_discarding(qtbot):
    fake = ScriptedPrompt()
    form = NameForm(fake)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and fake.shown == []  # nothing typed: nothing asked
    form.show()
    type_text(qtbot, form.name, "李四")
    fake.script(False)
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert form.isVisible() and form.name.text() == "李四"
    assert fake.shown[-1] == ("confirm", "放弃填写", "是否放弃已填写的内容？")
    fake.script(True)
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert not form.isVisible()


def people_table(qtbot, preferences, opened):
    table = table_widget(["姓名", "金额", "单位"], "people", sortable=True)
    qtbot.addWidget(table)
    fill(table, [["张三", "1,200.00", "上海=2+3"], ["艾青", "90.00", "北京"], ["王五", "", "天津"]])
    behaviour = install_list(table, "people", preferences, open_row=opened.append)
    return table, behaviour


def test_list_copies_rows_opens_on_enter_and_sorts_by_pinyin(qtbot, preferences):
    opened = []
    table, behaviour = people_table(qtbot, preferences, opened)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [table.item(r, 0).text() for r in range(3)] == ["艾青", "王五", "张三"]
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [table.item(r, 1).text() for r in range(3)] == ["90.00", "1,200.00", ""]
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "姓名\t金额\t单位\n张三\t1,200.00\t上海=2+3"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [1]
    menu = behaviour.menu()
    assert [a.text() for a in menu.actions()] == ["打开", "复制"]
    assert not table.tabKeyNavigation()


def test_list_remembers_widths_and_sort(qtbot, preferences):
    table, _ = people_table(qtbot, preferences, [])
    table.setColumnWidth(1, 233)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    preferences.sync()
    again, _ = people_table(qtbot, QSettings(preferences.fileName(), QSettings.Format.IniFormat), [])
    assert again.columnWidth(1) == 233
    assert again.horizontalHeader().sortIndicatorSection() == 0
    assert [again.item(r, 0).text() for r in range(3)] == ["张三", "王五", "艾青"]


def test_widths_before_the_first_rows_are_not_remembered(qtbot, preferences):
    """A page installs its list while still empty; the layout's resizes then are not the officer's."""
    table = table_widget(["姓名", "金额", "单位"], "people")
    qtbot.addWidget(table)
    install_list(table, "people", preferences)
    table.setColumnWidth(2, 41)  # the empty page being laid out
    assert preferences.value("lists/people/header") is None
    fill(table, [["张三", "1,200.00", "上海市某某区某某街道某某路一号"]])
    assert table.columnWidth(2) > 41  # fitted to its rows
    table.setColumnWidth(0, 150)  # now the officer's
    preferences.sync()
    again, _ = people_table(qtbot, QSettings(preferences.fileName(), QSettings.Format.IniFormat), [])
    assert again.columnWidth(0) == 150


def test_export_selected_writes_the_rows_shown_without_formulas(qtbot, preferences, tmp_path, gui_context):
    from sqlalchemy import select

    from db.models import AuditEntry

    fake = ScriptedPrompt(tmp_path / "所选.xlsx")
    holder = Holder(fake)
    qtbot.addWidget(holder)
    table = table_widget(["姓名", "单位", "身份证号", "手机号码", "银行卡号"], "people")
    table.setParent(holder)
    fill(table, [["张三", "=2+3", "110228197001010012", "13812345678", "6217000010001234567"],
                 ["李四", "北京", "110228********0012", "", ""]])
    behaviour = install_list(table, "people", preferences)
    behaviour.actions.export = export_rows_action(lambda: behaviour, "人员名单", gui_context)
    table.selectAll()
    [export] = [a for a in behaviour.menu().actions() if a.text() == "导出所选…"]
    export.trigger()
    assert fake.texts("inform") and "2 行" in fake.texts("inform")[0]
    sheet = openpyxl.load_workbook(tmp_path / "所选.xlsx").active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    values = {cell.value for cell in cells}
    assert {"张三", "北京", "=2+3", "110228********0012", "138****5678", "***************4567"} <= values
    assert not {"110228197001010012", "13812345678", "6217000010001234567"} & values  # masked as registers are
    assert all(cell.data_type != "f" for cell in cells)  # kept as text, never a live formula
    with gui_context.database.read() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert entry.entity_type == "selection" and "导出所选：人员名单" in entry.detail and "所选.xlsx" in entry.detail


def test_qt_file_dialog_speaks_chinese(qapp):
    from ui.app import make_application

    make_application()
    dialog = QFileDialog(None, "选择文件")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not any("Look in" in text or "type:" in text for text in labels)
