"""A table of issued documents with their service state; selection gives document ids."""

from __future__ import annotations

from desktop.issuing.owners import owner_label
from desktop.issuing.views import IssuedDocumentView
from ui.qt import QAbstractItemView, QHeaderView, Qt, QTableWidget, QTableWidgetItem
from ui.widgets.tables import install_list

COLUMNS = ["文书", "编号", "归属", "受送达人", "出具时间", "出具人", "模板版本", "状态", "送达", "回证"]


class DocumentTable(QTableWidget):
    def __init__(self, parent=None, *, multi: bool = False) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.views: list[IssuedDocumentView] = []
        self.setHorizontalHeaderLabels(COLUMNS)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        mode = QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
        self.setSelectionMode(mode)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        install_list(self, "document_table", None)

    def show_views(self, views: list[IssuedDocumentView]) -> None:
        self.views = list(views)
        self.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            for column, text in enumerate(cells(view)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, view.id)
                self.setItem(row, column, item)

    def selected_views(self) -> list[IssuedDocumentView]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.views[row] for row in rows]

    def current_view(self) -> IssuedDocumentView | None:
        selected = self.selected_views()
        return selected[0] if selected else None

    def select_ids(self, ids: list[int]) -> None:
        self.clearSelection()
        mode = self.selectionMode()
        self.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row, view in enumerate(self.views):
            if view.id in ids:
                self.selectRow(row)
        self.setSelectionMode(mode)


def cells(view: IssuedDocumentView) -> list[str]:
    return [
        view.title, view.number or "", owner_label(view.owner_type), view.recipient or "",
        f"{view.issued_at.astimezone():%Y-%m-%d %H:%M}", view.issued_by or "", view.template_version,
        view.status_text, _served(view), "已附" if view.receipt_attachment_id else "",
    ]


def _served(view: IssuedDocumentView) -> str:
    if not view.served:
        return ""
    method = view.service_method.label if view.service_method else ""
    return f"{view.served_on:%Y-%m-%d} {method} {view.served_to or ''}".strip()
