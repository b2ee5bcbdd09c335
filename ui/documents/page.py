"""文书: today's documents, the documents not yet served, and (for administrators) the templates."""

from __future__ import annotations

from desktop.auth import Permission
from ui.context import AppContext
from ui.documents.lists import TodayList, UnservedList
from ui.documents.template_editor import TemplateEditor
from ui.qt import QTabWidget, QWidget

TITLE = "文书"
AREA_KEY = "documents"


def create(context: AppContext, parent=None) -> QWidget:
    return DocumentsPage(context, parent)


class DocumentsPage(QTabWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.today = TodayList(context)
        self.unserved = UnservedList(context)
        self.addTab(self.today, "今日文书")
        self.addTab(self.unserved, "未送达")
        self.templates = TemplateEditor(context) if context.can(Permission.TEMPLATES) else None
        if self.templates is not None:
            self.addTab(self.templates, "模板")

    def open_record(self, record_id: int, tab: str | None = None) -> None:
        """The document selected in 未送达 (``tab`` ``unserved``, the default) or 今日文书 (``today``)."""
        shown = self.today if tab == "today" else self.unserved
        self.setCurrentWidget(shown)
        shown.refresh()
        shown.table.select_ids([record_id])

    def print_current(self) -> None:
        """Ctrl+P: the documents selected in the list shown."""
        if self.currentWidget() in (self.today, self.unserved):
            self.currentWidget().print_selected()
