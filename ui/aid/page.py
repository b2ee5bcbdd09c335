"""帮扶救助: the aid programmes (金秋助学, 送温暖, 劳模补助) and their applications — pick a programme and a
status, search, 新建项目, 申请 (Ctrl+N), open an application (Enter) to 审核, 核准, 不予核准 or 撤销."""

from __future__ import annotations

from db.enums import AidStatus
from desktop.aid.queries import ApplicationRow, ProgrammeRow
from desktop.auth import Permission
from ui.aid.application_dialog import ApplicationDialog
from ui.aid.application_window import ApplicationWindow
from ui.aid.programme_dialog import ProgrammeDialog
from ui.aid.standards_window import StandardsWindow
from ui.changes import watch
from ui.context import AppContext
from ui.qt import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from ui.widgets.fields import EnumCombo
from ui.widgets.tables import fill_records, install_list, record_id, table_widget

TITLE = "帮扶救助"
AREA_KEY = "aid"
WATCHED = ("aid_application", "aid_programme", "aid_rule", "model_worker", "hardship_file", "worker")
HEADERS = ("申请编号", "帮扶项目", "姓名", "所属单位", "资格依据", "子女", "就读阶段", "金额", "状态", "申请日期")


def create(context: AppContext, parent=None) -> QWidget:
    return AidPage(context, parent)


def _cells(row: ApplicationRow) -> tuple:
    stage = row.school_stage.label if row.school_stage else ""
    return (row.number, row.programme, row.worker_name, row.unit, row.grounds, row.child_name, stage,
            f"{row.amount:,.2f}", row.status.label, row.applied_on)


class AidPage(QWidget):
    HELP = ("帮扶救助：金秋助学、困难帮扶·送温暖、劳模特殊困难补助。无需参保：有在档困难职工档案或在劳模名册即可申请，"
            "金额按项目统一金额或帮扶标准。申请（Ctrl+N），回车打开申请：审核 → 核准（不同人员），不予核准或撤销须填原因。")

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("aid_page")
        self.context = context
        self.queries = context.services.aid.queries
        self.programmes: list[ProgrammeRow] = []
        self.programme = QComboBox(objectName="aidProgrammeFilter")
        self.status = EnumCombo(AidStatus, blank="全部状态", objectName="aidStatusFilter")
        self.search = QLineEdit(objectName="aidSearch", placeholderText="按申请编号、姓名、子女姓名或身份证号查找")
        self.new_programme_button = QPushButton("新建项目", objectName="newAidProgramme")
        self.new_programme_button.setEnabled(context.can(Permission.PLAN_EDIT))
        self.standards_button = QPushButton("帮扶标准与劳模名册", objectName="openAidStandards")
        self.new_button = QPushButton("申请（Ctrl+N）", objectName="newAidApplication")
        self.new_button.setEnabled(context.can(Permission.CLAIM_INTAKE))
        self.table = table_widget(HEADERS, "aidApplications", stretch=4, sortable=True)
        install_list(self.table, "aid_applications", context.preferences, open_row=self._open_row)
        self.totals = QLabel(objectName="aidTotals", wordWrap=True)
        self.dialog: QWidget | None = None
        self.window: ApplicationWindow | None = None
        self._build()
        self.search.returnPressed.connect(self.refresh)
        self.programme.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.new_programme_button.clicked.connect(lambda: self.new_programme())
        self.new_button.clicked.connect(lambda: self.new_application())
        self.standards_button.clicked.connect(lambda: self.open_standards())
        watch(self, context.changes, self.refresh, WATCHED, load_on_show=True)

    def _build(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.programme, self.status, self.search, self.new_programme_button,
                       self.standards_button, self.new_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.totals)

    def chosen_programme(self) -> int | None:
        index = self.programme.currentIndex() - 1
        return self.programmes[index].id if 0 <= index < len(self.programmes) else None

    def _load_programmes(self) -> None:
        chosen = self.chosen_programme()
        self.programmes = self.queries.programmes()
        self.programme.blockSignals(True)
        self.programme.clear()
        self.programme.addItems(["全部项目", *(p.name for p in self.programmes)])
        ids = [p.id for p in self.programmes]
        self.programme.setCurrentIndex(ids.index(chosen) + 1 if chosen in ids else 0)
        self.programme.blockSignals(False)

    def rows(self) -> list[ApplicationRow]:
        return self.queries.applications(programme_id=self.chosen_programme(), status=self.status.value(),
                                         text=self.search.text())

    def refresh(self) -> None:
        self._load_programmes()
        rows = self.rows()
        fill_records(self.table, [_cells(row) for row in rows], [row.id for row in rows])
        self.totals.setText(_totals_text(rows))

    def _open_row(self, row: int) -> None:
        chosen = record_id(self.table, row)
        if chosen is not None:
            self.open_record(chosen)

    def open_record(self, record_id: int, tab: str | None = None) -> ApplicationWindow:
        self.window = ApplicationWindow(self.context, record_id, self)
        self.window.show()
        return self.window

    def new_record(self) -> None:
        if self.new_button.isEnabled():
            self.new_application()

    def new_application(self) -> ApplicationDialog:
        dialog = ApplicationDialog(self.context, self.queries.programmes(), self.chosen_programme(), self)
        dialog.created.connect(self._created)
        self.dialog = dialog
        dialog.show()
        return dialog

    def new_programme(self) -> ProgrammeDialog:
        dialog = ProgrammeDialog(self.context, self)
        dialog.created.connect(lambda _id: self.refresh())
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_standards(self) -> StandardsWindow:
        window = StandardsWindow(self.context, self)
        self.dialog = window
        window.show()
        return window

    def _created(self, application_id: int) -> None:
        self.refresh()
        self.open_record(application_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


def _totals_text(rows: list[ApplicationRow]) -> str:
    approved = [r for r in rows if r.status is AidStatus.APPROVED]
    waiting = sum(1 for r in rows if r.status in (AidStatus.SUBMITTED, AidStatus.REVIEWED))
    total = sum((r.amount for r in approved), start=0)
    return f"共 {len(rows)} 件；待审核/待核准 {waiting} 件；已核准 {len(approved)} 人，金额 ¥{total:,.2f}"
