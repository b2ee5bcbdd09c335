"""The documents of one record: issue, preview, print, seal, serve, attach the receipt, correct.

Embed it in a detail view::

    from ui.documents.panel import DocumentsPanel
    panel = DocumentsPanel(context, "mediation_case", case_id)       # or "supervision_letter", "aid_claim"
    panel.set_owner(other_case_id)                                    # when the view shows another record

``kinds`` (optional) limits the kinds offered by 出具; by default every kind the
owner type can issue. The panel refreshes itself when documents change and
shows how many of the record's documents are still unserved.
"""

from __future__ import annotations

from db.enums import DocumentKind
from desktop.auth import Permission
from desktop.documents import KINDS
from desktop.errors import UserError
from desktop.issuing.case_context import parties_of
from desktop.issuing.registry import kinds_for, unserved_kinds
from desktop.issuing.request import IssueOptions
from desktop.issuing.service import OwnerRef
from ui.changes import watch
from ui.context import AppContext
from ui.documents.common import document_service, open_preview, print_views
from ui.documents.serve_dialog import ServeDialog
from ui.documents.table import DocumentTable
from ui.errors import show_user_error
from ui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from ui.widgets.prompts import prompt_for

RECEIPT_FILTER = "回证扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)"


class DocumentsPanel(QWidget):
    def __init__(self, context: AppContext, owner_type: str, owner_id: int | None,
                 kinds: list[str] | tuple[str, ...] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.context, self.owner_type, self.owner_id = context, owner_type, owner_id
        self.service = document_service(context)
        self.fixed_kinds = tuple(kinds) if kinds else None
        self.preview = None
        self.summary = QLabel(objectName="summary")
        self.table = DocumentTable(self)
        self.buttons = {name: QPushButton(label, objectName=name) for name, label in BUTTONS}
        self._layout()
        self._connect()
        self._apply_permission()
        watch(self, context.changes, self.refresh, ("issued_document",))
        self.refresh()

    def _layout(self) -> None:
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        actions = {"issue": self.issue, "preview": self.show_preview, "reprint": self.reprint,
                   "seal": self.seal, "serve": self.serve, "receipt": self.attach_receipt, "reissue": self.reissue}
        for name, action in actions.items():
            self.buttons[name].clicked.connect(lambda _=False, act=action: self._guard(act))

    def _apply_permission(self) -> None:
        allowed = self.context.can(Permission.ISSUE_DOCUMENT)
        for name, button in self.buttons.items():
            button.setEnabled(allowed or name == "preview")

    def set_owner(self, owner_id: int | None) -> None:
        self.owner_id = owner_id
        self.refresh()

    def refresh(self) -> None:
        views = self.service.documents_for(self.owner_type, self.owner_id) if self.owner_id else []
        self.table.show_views(views)
        kept = unserved_kinds()  # the file's own papers and receipts are never served
        unserved = [v for v in views if not v.served and not v.superseded_by_id and v.kind not in kept]
        titles = "、".join(v.title for v in unserved)
        self.summary.setText(f"未送达文书 {len(unserved)} 份：{titles}" if unserved else "文书均已送达" if views else "尚未出具文书")

    def _guard(self, action) -> None:
        try:
            action()
        except UserError as error:
            show_user_error(self, error)

    def _selected(self):
        view = self.table.current_view()
        if view is None:
            raise UserError("请先在列表中选择一份文书。")
        return view

    # ------------------------------------------------------------ actions
    def kinds(self) -> tuple[str, ...]:
        """Kinds 出具 offers: those given, else what the record can issue."""
        if self.fixed_kinds:
            return self.fixed_kinds
        if self.owner_id is None:
            return kinds_for(self.owner_type)
        return self.service.kinds_for(OwnerRef(self.owner_type, self.owner_id))

    def issue(self) -> None:
        if self.owner_id is None:
            raise UserError("请先保存该记录，再出具文书。")
        kinds = self.kinds()
        labels = [KINDS[kind] for kind in kinds]
        label = prompt_for(self).choose(self, "出具文书", "文书种类：", labels)
        if label is None:
            return
        kind = kinds[labels.index(label)]
        options = self._receipt_options() if kind == DocumentKind.SERVICE_RECEIPT else self._picked_options(kind)
        if options is None:
            return
        service, actor, owner = self.service, self.context.actor, OwnerRef(self.owner_type, self.owner_id)
        self._on_worker(lambda _control: service.issue(actor, kind, owner, options), "正在出具文书…")

    def _on_worker(self, issue, title: str) -> None:
        """Issue on the task runner's worker (rendering and the write), then show the preview."""
        self.context.runner.run(issue, self._issued, self._failed, parent=self, title=title)

    def _issued(self, view) -> None:
        self.refresh()
        self.preview = open_preview(self, self.context, view)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        show_user_error(self, error)

    def _picked_options(self, kind: str) -> IssueOptions | None:
        """What the kind needs picked (a notice's party, a record's session); None when cancelled."""
        choices = self.service.choices(kind, OwnerRef(self.owner_type, self.owner_id))
        if not choices:
            return IssueOptions()
        labels = [label for label, _ in choices]
        label = prompt_for(self).choose(self, KINDS[kind], "请选择：", labels)
        return None if label is None else choices[labels.index(label)][1]

    def _receipt_options(self) -> IssueOptions | None:
        """Which document the receipt is for, and which party receives it."""
        served = [v for v in self.table.views if v.kind != "service-receipt" and not v.superseded_by_id]
        if not served:
            raise UserError("该记录尚未出具需要送达的文书，不能出具送达回证。")
        titles = [f"{v.title}（{v.issued_at.astimezone():%Y-%m-%d %H:%M}）" for v in served]
        title = prompt_for(self).choose(self, "送达回证", "送达的文书：", titles)
        if title is None:
            return None
        document = served[titles.index(title)]
        parties = parties_of(document)
        party = prompt_for(self).choose(self, "送达回证", "受送达人：", parties)
        return IssueOptions(served_document_id=document.id, recipient=party) if party is not None else None

    def show_preview(self) -> None:
        self.preview = open_preview(self, self.context, self._selected())

    def reprint(self) -> None:
        print_views(self, self.context, [self._selected()])

    def seal(self) -> None:
        self.service.mark_sealed(self.context.actor, self._selected().id)

    def serve(self) -> None:
        view = self._selected()
        answer = ServeDialog.ask(self, view.recipient)
        if answer is not None:
            self.service.mark_served(self.context.actor, view.id, *answer)

    def attach_receipt(self) -> None:
        view = self._selected()
        path = prompt_for(self).open_file(self, "上传签收的送达回证扫描件", "", RECEIPT_FILTER)
        if path is not None:
            self.service.attach_receipt(self.context.actor, view.id, path)

    def reissue(self) -> None:
        view = self._selected()
        reason = prompt_for(self).ask_text(self, "更正重出", f"更正「{view.title}」的原因：")
        if reason is not None:
            service, actor = self.service, self.context.actor
            self._on_worker(lambda _control: service.reissue(actor, view.id, reason), "正在更正重出文书…")


BUTTONS = [("issue", "出具…"), ("preview", "预览"), ("reprint", "重新打印"), ("seal", "标记已盖章"),
           ("serve", "登记送达…"), ("receipt", "上传回证…"), ("reissue", "更正重出…")]
