"""今日文书 and 未送达: documents across records, previewed or printed together in one job."""

from __future__ import annotations

from datetime import date

from desktop.issuing.owners import OWNER_LABELS
from ui.changes import watch
from ui.context import AppContext
from ui.documents.common import document_service, open_preview, print_views
from ui.documents.table import DocumentTable
from ui.widgets.fields import DateField
from ui.widgets.tables import export_rows_action, install_list
from ui.qt import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class DocumentList(QWidget):
    """A filter row above a multi-select table, with 预览, 全选 and 批量打印."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = document_service(context)
        self.preview = None
        self.table = DocumentTable(self, multi=True)
        self.filters = QHBoxLayout()
        self.preview_button = QPushButton("预览", objectName="preview")
        self.select_all_button = QPushButton("全选", objectName="select_all")
        self.print_button = QPushButton("批量打印", objectName="batch_print")
        self.count = QLabel()
        self._layout()
        self.preview_button.clicked.connect(self.show_preview)
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.print_button.clicked.connect(self.print_selected)
        watch(self, context.changes, self.refresh, ("issued_document",))
        self.list = install_list(self.table, f"documents_{type(self).__name__}", context.preferences,
                                 open_row=lambda _row: self.show_preview(),
                                 export=export_rows_action(lambda: self.list, "文书", context),
                                 print_rows=lambda _rows: self.print_selected())

    def _layout(self) -> None:
        for widget in (self.preview_button, self.select_all_button, self.print_button, self.count):
            self.filters.addWidget(widget)
        self.filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)

    def show_views(self, views) -> None:
        self.table.show_views(views)
        self.count.setText(f"共 {len(views)} 份")

    def show_preview(self) -> None:
        view = self.table.current_view()
        if view is not None:
            self.preview = open_preview(self, self.context, view)

    def print_selected(self) -> None:
        print_views(self, self.context, self.table.selected_views())

    def refresh(self) -> None:
        raise NotImplementedError


class TodayList(DocumentList):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(context, parent)
        self.day = DateField(objectName="day")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.filters.insertWidget(0, QLabel("出具日期"))
        self.filters.insertWidget(1, self.day)
        self.day.dateChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        day: date = self.day.date().toPython()
        self.show_views(self.service.issued_on(day))


class UnservedList(DocumentList):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(context, parent)
        self.owner_filter = QComboBox(objectName="owner_filter")
        self.owner_filter.addItem("全部", None)
        for owner_type, label in OWNER_LABELS.items():
            self.owner_filter.addItem(label, owner_type)
        self.filters.insertWidget(0, QLabel("归属"))
        self.filters.insertWidget(1, self.owner_filter)
        self.owner_filter.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.show_views(self.service.unserved(self.owner_filter.currentData()))
