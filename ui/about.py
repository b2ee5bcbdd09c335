"""帮助 → 关于: version, schema revision, where the data is and which fonts the documents use."""

from __future__ import annotations

from desktop.about import about_facts, version_line
from ui.context import AppContext
from ui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, Qt, QVBoxLayout, QWidget


class AboutDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="about")
        self.setWindowTitle("关于工会调解工作台")
        layout = QVBoxLayout(self)
        title = QLabel(version_line(), objectName="version")
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(QLabel("劳动争议调解、一函两书、职工互助保障理赔、正式文书与台账。"))
        layout.addLayout(self._facts(context))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _facts(self, context: AppContext) -> QFormLayout:
        form = QFormLayout()
        for label, value in about_facts(context.database).lines():
            text = QLabel(value, objectName=label)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{label}：", text)
        return form
