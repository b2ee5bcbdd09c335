"""What else the centre has on a case: its formal documents and linked supervision letters."""

from __future__ import annotations

from ui.context import AppContext
from ui.documents.panel import DocumentsPanel
from ui.qt import QLabel, QListWidget, QVBoxLayout, QWidget


def documents_tab(context: AppContext, case_id: int) -> DocumentsPanel:
    return DocumentsPanel(context, "mediation_case", case_id)


class LinkedLetters(QWidget):
    """The 一函两书 letters of supervision matters started from this case."""

    def __init__(self, context: AppContext, case_id: int, parent=None) -> None:
        super().__init__(parent)
        self.service, self.case_id = context.services.letters.queries, case_id
        self.list = QListWidget(objectName="linked_letters")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("由本案发起的劳动法律监督文书（在「一函两书」中办理）："))
        layout.addWidget(self.list, 1)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        rows = self.service.letters_for_case(self.case_id)
        for _id, number, kind, status in rows:
            self.list.addItem(f"{kind.label}　{number or '（草稿）'}　［{status}］")
        if not rows:
            self.list.addItem("暂无")
