"""困难帮扶: the hardship files (困难职工档案) — search, level/status filter, 只看待复核 (reviews due),
建档 (Ctrl+N), a file's window (Enter), and the figures by level and street."""

from __future__ import annotations

from db.enums import HardshipLevel, HardshipStatus
from desktop.auth import Permission
from desktop.hardship.queries import FileRow
from ui.changes import watch
from ui.context import AppContext
from ui.hardship.file_dialog import OpenFileDialog
from ui.hardship.file_window import FileWindow
from ui.qt import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from ui.widgets.fields import EnumCombo
from ui.widgets.tables import fill_records, install_list, record_id, table_widget

TITLE = "困难帮扶"
AREA_KEY = "hardship"
WATCHED = ("hardship_file", "hardship_review", "worker", "employer")
HEADERS = ("档案编号", "姓名", "所属单位", "街道", "困难等级", "状态", "家庭人口", "家庭月人均收入", "建档日期",
           "下次复核")


def create(context: AppContext, parent=None) -> QWidget:
    return HardshipPage(context, parent)


def _cells(row: FileRow) -> tuple:
    return (row.number, row.worker_name, row.unit, row.street, row.level.label, row.status.label,
            row.household_size, f"{row.income_per_head:,.2f}", row.filed_on, row.next_review_on or "")


class HardshipPage(QWidget):
    HELP = ("困难帮扶：困难职工建档（Ctrl+N），按编号、姓名或身份证号查找（Ctrl+F），按等级、状态筛选；"
            "「只看待复核」列出今天已到复核日期的档案。回车打开档案：年度复核、脱困、证明材料。")

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("hardship_page")
        self.context = context
        self.queries = context.services.hardship.queries
        self.search = QLineEdit(objectName="hardshipSearch", placeholderText="按档案编号、姓名或身份证号查找")
        self.level = EnumCombo(HardshipLevel, blank="全部等级", objectName="hardshipLevelFilter")
        self.status = EnumCombo(HardshipStatus, blank="全部状态", objectName="hardshipStatusFilter")
        self.due_only = QCheckBox("只看待复核", objectName="hardshipDueOnly")
        self.new_button = QPushButton("建档（Ctrl+N）", objectName="newHardshipFile")
        self.new_button.setEnabled(context.can(Permission.CLAIM_INTAKE))
        self.table = table_widget(HEADERS, "hardshipFiles", stretch=2, sortable=True)
        install_list(self.table, "hardship_files", context.preferences, open_row=self._open_row)
        self.figures = QLabel(objectName="hardshipFigures", wordWrap=True)
        self.dialog: OpenFileDialog | None = None
        self.window: FileWindow | None = None
        self._build()
        self.search.returnPressed.connect(self.refresh)
        for signal in (self.level.currentIndexChanged, self.status.currentIndexChanged, self.due_only.toggled):
            signal.connect(self.refresh)
        self.new_button.clicked.connect(lambda: self.new_file())
        watch(self, context.changes, self.refresh, WATCHED, load_on_show=True)

    def _build(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.search, self.level, self.status, self.due_only, self.new_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.figures)

    def rows(self) -> list[FileRow]:
        due_by = self.context.services.today() if self.due_only.isChecked() else None
        return self.queries.files(status=self.status.value(), level=self.level.value(), due_by=due_by,
                                  text=self.search.text())

    def refresh(self) -> None:
        rows = self.rows()
        fill_records(self.table, [_cells(row) for row in rows], [row.id for row in rows])
        self.figures.setText(_figures_text(self.queries.figures()))

    def _open_row(self, row: int) -> None:
        chosen = record_id(self.table, row)
        if chosen is not None:
            self.open_record(chosen)

    def open_record(self, record_id: int, tab: str | None = None) -> FileWindow:
        """The file's window; ``tab`` is ``household``, ``review`` (the 工作台's due 复核) or ``attachments``."""
        self.window = FileWindow(self.context, record_id, self)
        self.window.show_tab(tab)
        self.window.show()
        return self.window

    def new_record(self) -> None:
        if self.new_button.isEnabled():
            self.new_file()

    def new_file(self) -> OpenFileDialog:
        self.dialog = OpenFileDialog(self.context, self)
        self.dialog.created.connect(self._created)
        self.dialog.show()
        return self.dialog

    def _created(self, file_id: int) -> None:
        self.refresh()
        self.open_record(file_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


def _figures_text(figures) -> str:
    levels = "　".join(f"{name} {count}" for name, count in figures.by_level.items())
    streets = "　".join(f"{name} {count}" for name, count in list(figures.by_street.items())[:8])
    return (f"在档 {figures.active} 户（{levels}），已脱困 {figures.relieved} 户。"
            f"按街道：{streets or '无'}")
