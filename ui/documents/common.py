"""What the documents panel and the 文书 area share: the service, preview and batch print."""

from __future__ import annotations

from desktop.errors import UserError
from desktop.issuing.service import DocumentService
from desktop.issuing.views import IssuedDocumentView
from ui.context import AppContext
from ui.documents.preview import DocumentPreview
from ui.documents.print_job import start_printing
from ui.documents.printing import PrintCancelled
from ui.errors import show_user_error
from ui.tasks import TaskControl


def document_service(context: AppContext) -> DocumentService:
    """The context's one DocumentService."""
    return context.services.documents


def filename_of(view: IssuedDocumentView) -> str:
    return f"{view.number or ''} {view.title}".strip()


def open_preview(parent, context: AppContext, view: IssuedDocumentView) -> DocumentPreview | None:
    """Show the stored document; printing it from the preview marks it printed."""
    service = document_service(context)
    try:
        preview = DocumentPreview(service.reprint(view.id), view.title, filename_of(view), context.runner, parent)
    except UserError as error:
        context.prompt.warn(parent, "无法预览", str(error))
        return None
    preview.prompt = context.prompt
    preview.printed.connect(lambda: _mark_printed(parent, context, [view.id]))
    preview.show()
    return preview


def print_views(parent, context: AppContext, views: list[IssuedDocumentView]) -> bool:
    """Print the documents, in order, as one job in the background; True when it was started.

    The stored PDFs are read on the worker too; all of them are marked printed in one
    call once the whole job was sent.
    """
    if not views:
        show_user_error(parent, UserError("请先选择要打印的文书。"), "打印")
        return False
    ids = [view.id for view in views]
    service = document_service(context)
    return start_printing(parent, context.runner, lambda control: stored_pdfs(service, ids, control),
                          lambda: _mark_printed(parent, context, ids))


def stored_pdfs(service: DocumentService, ids: list[int], control: TaskControl) -> list[bytes]:
    """The issued PDFs as stored, in order; every one is read before anything is printed."""
    pdfs = []
    for done, doc_id in enumerate(ids):
        if control.cancelled():
            raise PrintCancelled()
        control.report(done, len(ids), f"正在读取第 {done + 1} / {len(ids)} 份文书…")
        pdfs.append(service.reprint(doc_id))
    return pdfs


def _mark_printed(parent, context: AppContext, ids: list[int]) -> None:
    try:
        document_service(context).mark_printed(context.actor, ids)
    except UserError as error:
        show_user_error(parent, error, "未能记录打印")
