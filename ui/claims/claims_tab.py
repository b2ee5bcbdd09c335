"""理赔申请: the list with filters and search (lazy pages), the selected claim, new claims, batching."""

from __future__ import annotations

import re

from db.enums import ClaimStatus
from desktop.auth import Permission
from desktop.claims.queries import WIDTHS, ClaimFilter
from desktop.errors import UserError
from desktop.money import format_amount
from ui.changes import watch
from ui.claims.claim_detail import ClaimDetailPanel
from ui.claims.claim_form import ClaimForm
from ui.claims.common import attempt
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, Qt,
    QTableView, QTimer, QVBoxLayout, QWidget,
)
from ui.widgets.lazy_table import LazyTableModel
from ui.widgets.tables import export_rows_action, install_list
from ui.widgets.prompts import prompt_for

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
WATCHED = ("aid_claim", "payment_batch", "aid_plan", "plan_rule_version")


class ClaimsTab(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.queries = context.services.claims.queries
        self.form: ClaimForm | None = None
        self.plan = QComboBox(objectName="filter_plan")
        self.status = _status_combo()
        self.unit = QLineEdit(objectName="filter_unit", placeholderText="所属单位")
        self.month = QLineEdit(objectName="filter_month", placeholderText="申请月份 如 2026-06")
        self.search = QLineEdit(objectName="search", placeholderText="姓名、身份证号、京卡卡号或申请编号")
        self.count = QLabel(objectName="count")
        self.new_button = QPushButton("新建申请…", objectName="new_claim")
        self.batch_button = QPushButton("所选已核准理赔编入支付批次", objectName="make_batch")
        self.model = LazyTableModel(self.queries.source(ClaimFilter()), self, load=False)
        self.table = _table(self.model)
        self.detail = ClaimDetailPanel(context, self)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._build()
        self._connect()

    def _build(self) -> None:
        filters = QHBoxLayout()
        for label, widget in (("保障项目", self.plan), ("状态", self.status)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        for widget in (self.unit, self.month, self.search):
            filters.addWidget(widget, 1 if widget is not self.search else 2)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.batch_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([800, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        self.new_button.setEnabled(self.context.can(Permission.CLAIM_INTAKE))
        self.batch_button.setEnabled(self.context.can(Permission.CLAIM_APPROVE))

    def _connect(self) -> None:
        self.plan.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.unit, self.month, self.search):
            edit.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.new_button.clicked.connect(self.new_claim)
        self.list = install_list(self.table, "claims", self.context.preferences,
                                 open_row=lambda row: self.table.selectRow(row),
                                 export=export_rows_action(lambda: self.list, "理赔申请", self.context))
        self.batch_button.clicked.connect(self.make_batch)
        watch(self, self.context.changes, self._on_changed, WATCHED, load_on_show=True)

    def reload_plans(self) -> None:
        current = self.plan.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        self.plan.addItem("全部", None)
        for plan in self.context.services.claims.plans.list():
            self.plan.addItem(plan.name, plan.id)
        self.plan.setCurrentIndex(max(self.plan.findData(current), 0))
        self.plan.blockSignals(False)

    def current_filter(self) -> ClaimFilter:
        month = self.month.text().strip()
        return ClaimFilter(plan_id=self.plan.currentData(), status=self.status.currentData(),
                           unit=self.unit.text().strip(), month=month if MONTH.match(month) else "",
                           text=self.search.text().strip())

    def apply_filter(self, *_args) -> None:
        """Read the list for the filters on the worker (the window never waits for a search);
        the count and the selected claim follow when the rows come."""
        self._timer.stop()
        self.model.load_later(self.queries.source(self.current_filter()).sorted_by(*self._sort()),
                              self.context.runner, self._shown, self._failed)

    def _shown(self) -> None:
        self.count.setText(f"共 {self.model.rowCount()} 笔")
        self.detail.show_claim(None)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        show_user_error(self, error, "无法读取理赔申请")

    def _sort(self) -> tuple[str, bool]:
        order = getattr(self.model.source, "order", None)
        return order or ("applied_on", True)

    def _show(self, row: int) -> None:
        self.detail.show_claim(self.model.id_at(row))

    def _on_changed(self) -> None:
        selected = self.detail.detail.row.id if self.detail.detail else None
        self.reload_plans()

        def shown() -> None:
            self.count.setText(f"共 {self.model.rowCount()} 笔")
            self.detail.show_claim(selected)

        self.model.refresh_later(self.context.runner, shown, self._failed)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def select_claim(self, claim_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.id_at(row) == claim_id:
                self.table.selectRow(row)
                return

    def new_claim(self) -> ClaimForm:
        self.form = ClaimForm(self.context, self)
        self.form.accepted.connect(self._claim_saved)
        self.form.open()
        return self.form

    def _claim_saved(self) -> None:
        saved = self.form.saved if self.form else None
        if saved is not None:
            prompt_for(self).inform(self, "已保存", f"理赔申请 {saved.number} 已登记，状态：{saved.status.label}。")

    def make_batch(self) -> None:
        ids = self.selected_ids()
        if not ids:
            prompt_for(self).inform(self, "编入支付批次", "请先在列表中选择已核准的理赔（可按住 Ctrl 多选）。")
            return
        service = self.context.services.claims.batches
        batch = attempt(self, lambda: service.make_batch(self.context.actor, ids))
        if batch is not None:
            prompt_for(self).inform(self, "已生成支付批次",
                                    f"批次 {batch.number}：{batch.count} 笔，合计 ¥{format_amount(batch.total)}。")


def _status_combo() -> QComboBox:
    combo = QComboBox(objectName="filter_status")
    combo.addItem("全部", None)
    for status in ClaimStatus:
        combo.addItem(status.label, status)
    return combo


def _table(model: LazyTableModel) -> QTableView:
    table = QTableView(objectName="claims_table")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(WIDTHS):
        table.setColumnWidth(column, width)
    return table
