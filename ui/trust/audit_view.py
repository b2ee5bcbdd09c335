"""审计记录: the audit trail filtered by person, record and date; paged; export; chain check."""

from __future__ import annotations

from pathlib import Path

from desktop.audit_log.export import export_audit
from desktop.audit_log.labels import entity_label
from desktop.audit_log.query import AuditFilter, audit_source
from desktop.auth import Permission
from desktop.errors import UserError
from ui.changes import watch
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDate,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.lazy_table import LazyTableModel
from ui.widgets.prompts import prompt_for
from ui.widgets.tables import install_list

NO_DATE = QDate(2000, 1, 1)


class AuditView(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.audit
        self.officer = QComboBox(objectName="officer", editable=True)
        self.entity_type = QComboBox(objectName="entity_type")
        self.entity_id = QLineEdit(objectName="entity_id", placeholderText="编号")
        self.date_from, self.date_to = _date_edit("date_from"), _date_edit("date_to")
        self.search_button = QPushButton("查询", objectName="search")
        self.export_button = QPushButton("导出 Excel…", objectName="export")
        self.verify_button = QPushButton("校验审计链", objectName="verify")
        self.count_label = QLabel(objectName="count")
        self.table = QTableView(objectName="entries")
        self.model = LazyTableModel(audit_source(context.database, context.actor, AuditFilter()), self, load=False)
        self._build()
        self._fill_choices()
        self._connect()
        self.search()

    def _build(self) -> None:
        filters = QHBoxLayout()
        for label, widget in (("操作人", self.officer), ("对象类型", self.entity_type), ("对象编号", self.entity_id),
                              ("从", self.date_from), ("到", self.date_to)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        for button in (self.search_button, self.export_button, self.verify_button):
            filters.addWidget(button)
        filters.addStretch(1)
        self.table.setModel(self.model)
        self.list = install_list(self.table, "audit_entries", self.context.preferences)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.export_button.setEnabled(self.context.can(Permission.EXPORT))

    def _fill_choices(self) -> None:
        self.officer.addItem("全部", None)
        for name in self.service.officer_names():
            self.officer.addItem(name, name)
        self.entity_type.addItem("全部", None)
        for entity_type in self.service.entity_types():
            self.entity_type.addItem(entity_label(entity_type), entity_type)

    def _connect(self) -> None:
        self.model.modelReset.connect(self._show_count)
        self.search_button.clicked.connect(self.search)
        self.entity_id.returnPressed.connect(self.search)
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        self.table.doubleClicked.connect(self._open_history)
        watch(self, self.context.changes, self.model.refresh, load_on_show=True)

    def current_filter(self) -> AuditFilter:
        officer = self.officer.currentText().strip()
        text = self.entity_id.text().strip()
        return AuditFilter(
            officer=None if officer in ("", "全部") else officer, entity_type=self.entity_type.currentData(),
            entity_id=int(text) if text.isdigit() else None,
            date_from=_date_value(self.date_from), date_to=_date_value(self.date_to))

    def search(self) -> None:
        self.model.set_source(audit_source(self.context.database, self.context.actor, self.current_filter()))
        self.table.resizeColumnsToContents()

    def _show_count(self) -> None:
        """The count the table has, after every reload (a search, another seat's change, F5)."""
        self.count_label.setText(f"共 {self.model.rowCount()} 条（最新在前，双击查看该对象的全部历史）")

    def export(self) -> None:
        path = prompt_for(self).save_file(self, "导出审计记录", "审计记录.xlsx", "Excel 工作簿 (*.xlsx)")
        if path is None:
            return
        try:
            count = export_audit(self.context.database, self.context.actor, self.current_filter(), Path(path))
        except UserError as error:
            show_user_error(self, error, "未能导出")
            return
        prompt_for(self).inform(self, "导出审计记录", f"已导出 {count} 条审计记录到：\n{path}")

    def verify(self) -> None:
        result = self.service.verify(self.context.actor)
        if result.ok:
            prompt_for(self).inform(self, "校验审计链", f"审计记录完整：共 {result.checked} 条，未发现改动。")
            return
        where = self.service.summary(result.bad_seq)
        prompt_for(self).error(self, "校验审计链", f"审计记录被改动！\n{result.problem}\n首个异常条目：{where}")

    def _open_history(self, index) -> None:
        seq = self.model.id_at(index.row())
        target = self.service.entity_of(seq) if seq is not None else None
        if target is None:
            return
        from ui.widgets.history import HistoryDialog

        HistoryDialog(self.context, *target, parent=self).exec()


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("不限")
    edit.setDate(NO_DATE)
    return edit


def _date_value(edit: QDateEdit):
    return None if edit.date() == NO_DATE else edit.date().toPython()
