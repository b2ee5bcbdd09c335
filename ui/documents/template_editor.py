"""模板: the administrator edits the centre's copy of a template with a live preview.

The preview fills the edited text from the sample context, or from a record
when its number is entered. 保存 checks the text (an unknown field is refused
with the line it is on) and stores it as the next version; the history lists
every saved version, and any of them (or the shipped one) can be loaded back.

Nothing is read until the editor is first shown (the 文书 area is built at sign-in), and the
preview is drawn on the task runner's worker: typing never waits for a PDF, and a drawing
overtaken by newer text is dropped.
"""

from __future__ import annotations

from desktop.documents import KINDS, render, shipped_text
from desktop.documents.samples import sample_context
from desktop.errors import UserError
from desktop.issuing import templates_store
from ui.context import AppContext
from ui.documents.common import document_service
from ui.documents.printing import load_pdf
from ui.errors import show_user_error
from ui.pdf import QPdfView
from ui.qt import (
    QComboBox, QFont, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSplitter, Qt, QTimer, QVBoxLayout, QWidget,
)
from ui.widgets.prompts import prompt_for

DELAY_MS = 400


class TemplateEditor(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.services.templates
        self.kind = QComboBox(objectName="kind")
        for kind, label in KINDS.items():
            self.kind.addItem(f"{label}（{kind}）", kind)
        self.editor = QPlainTextEdit(objectName="template_text")
        self.editor.setFont(QFont(["Noto Sans Mono CJK SC", "WenQuanYi Zen Hei Mono", "monospace"], 10))
        self.record = QLineEdit(objectName="record", placeholderText="记录编号（留空则用示例数据预览）")
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet("color: #b00020;")
        self.history = QListWidget(objectName="history")
        self.view = QPdfView(self)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview_document = None
        self.save_button = QPushButton("保存为新版本", objectName="save")
        self.load_button = QPushButton("载入所选版本", objectName="load_version")
        self.shipped_button = QPushButton("载入出厂模板", objectName="load_shipped")
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._generation = 0  # the newest preview asked for; older drawings are dropped
        self._loaded = False  # the kind's text and history are read when first shown
        self._layout()
        self._connect()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._loaded:
            self.load_kind()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (QLabel("文书种类"), self.kind, self.record, self.save_button):
            top.addWidget(widget)
        side = QVBoxLayout()
        for widget in (QLabel("版本历史"), self.history, self.load_button, self.shipped_button):
            side.addWidget(widget)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.editor, 3)
        column.addWidget(self.message)
        column.addLayout(side, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self.load_kind)
        self.editor.textChanged.connect(self.timer.start)
        self.record.editingFinished.connect(self.render_preview)
        self.timer.timeout.connect(self.render_preview)
        self.save_button.clicked.connect(self.save)
        self.load_button.clicked.connect(self.load_selected_version)
        self.shipped_button.clicked.connect(lambda: self.editor.setPlainText(shipped_text(self.current_kind())))

    def current_kind(self) -> str:
        return self.kind.currentData()

    def load_kind(self, *_args) -> None:
        self._loaded = True
        kind = self.current_kind()
        self.editor.setPlainText(self.store.current(kind)[1])
        self.history.clear()
        for version in reversed(self.store.history(kind)):
            when = f"{version.saved_at.astimezone():%Y-%m-%d %H:%M}" if version.saved_at else ""
            item = QListWidgetItem(f"{version.version}　{version.saved_by or ''}　{when}")
            item.setData(Qt.ItemDataRole.UserRole, version.text)
            self.history.addItem(item)
        self.render_preview()

    def render_preview(self) -> None:
        """Draw the edited text on the worker; the preview changes when the drawing comes."""
        self.timer.stop()
        self._generation += 1
        generation, kind, text, ref = (self._generation, self.current_kind(), self.editor.toPlainText(),
                                       self.record.text().strip())
        service = document_service(self.context) if ref else None
        self.message.setText("正在生成预览…")
        self.context.runner.run(lambda _control: _render(service, kind, ref, text),
                                lambda pdf: self._drawn(generation, pdf),
                                lambda error: self._refused(generation, error))

    def _drawn(self, generation: int, pdf: bytes) -> None:
        if generation != self._generation:
            return  # newer text is being drawn
        self.message.setText("")
        old, self.preview_document = self.preview_document, load_pdf(pdf, self)
        self.view.setDocument(self.preview_document)
        if old is not None:
            old.deleteLater()

    def _refused(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, UserError):
            self.message.setText("")
            raise error
        self.message.setText(str(error))

    def save(self) -> None:
        kind = self.current_kind()
        try:
            version = self.store.save(self.context.actor, kind, self.editor.toPlainText())
        except UserError as error:
            self.message.setText(str(error))
            show_user_error(self, error, "模板未保存")
            return
        self.load_kind()
        prompt_for(self).inform(self, "模板", f"已保存为版本 {version}，此后出具的{KINDS[kind]}使用该版本。")

    def load_selected_version(self) -> None:
        item = self.history.currentItem()
        if item is not None:
            self.editor.setPlainText(item.data(Qt.ItemDataRole.UserRole))


def _render(service, kind: str, ref: str, text: str) -> bytes:
    """The PDF of ``text`` filled from the record numbered ``ref`` (or the sample data); on the worker."""
    if ref:
        return service.draft(kind, ref, text).pdf
    templates_store.check(kind, text)
    return render(kind, sample_context(kind), text)
