"""What the documents panel and the 文书 area share: the service, preview and batch print."""

from __future__ import annotations

from desktop.errors import UserError
from desktop.issuing.service import DocumentService
from desktop.issuing.views import IssuedDocumentView
from ui.context import AppContext
from ui.documents.preview import DocumentPreview
from ui.documents.printing import print_with_dialog
from ui.errors import show_user_error


def document_service(context: AppContext) -> DocumentService:
    """One DocumentService per window context."""
    service = getattr(context, "_document_service", None)
    if service is None:
        service = DocumentService(context.database, context.files_dir)
        context._document_service = service
    return service


def filename_of(view: IssuedDocumentView) -> str:
    return f"{view.number or ''} {view.title}".strip()


def open_preview(parent, context: AppContext, view: IssuedDocumentView) -> DocumentPreview | None:
    """Show the stored document; printing it from the preview marks it printed."""
    service = document_service(context)
    try:
        preview = DocumentPreview(service.reprint(view.id), view.title, filename_of(view), parent)
    except UserError as error:
        show_user_error(parent, error, "无法预览")
        return None
    preview.printed.connect(lambda: _mark_printed(parent, context, [view.id]))
    preview.show()
    return preview


def print_views(parent, context: AppContext, views: list[IssuedDocumentView]) -> bool:
    """Print the documents, in order, as one job; True when it was sent."""
    if not views:
        show_user_error(parent, UserError("请先选择要打印的文书。"), "打印")
        return False
    service = document_service(context)
    try:
        pdfs = [service.reprint(view.id) for view in views]
        if not print_with_dialog(parent, pdfs):
            return False
    except UserError as error:
        show_user_error(parent, error, "打印失败")
        return False
    return _mark_printed(parent, context, [view.id for view in views])


def _mark_printed(parent, context: AppContext, ids: list[int]) -> bool:
    try:
        document_service(context).mark_printed(context.actor, ids)
    except UserError as error:
        show_user_error(parent, error, "未能记录打印")
    return True
