"""The proof-of-service loop of an issued document: printed → sealed → served → receipt attached.

Each step is its own unit of work, needs Permission.ISSUE_DOCUMENT, and is
refused (in Chinese) when the step before it has not happened.
"""

from __future__ import annotations

import mimetypes
from datetime import date
from pathlib import Path

from db.enums import DeliveryMethod
from db.models import Attachment, IssuedDocument
from db.types import utcnow
from desktop.auth import Actor, Permission, require
from desktop.errors import UserError, ValidationError
from desktop.issuing.queries import latest
from desktop.filestore import attachment_path, file_sha256, store_file

RECEIPT_OWNER = "issued_document"


class ServingMixin:
    """Mixed into ``DocumentService`` (which provides ``_db``, ``_row``, ``files_dir``, ``_today``)."""

    def mark_printed(self, actor: Actor, doc_ids: int | list[int]) -> None:
        """Record that the documents were printed (the first time is kept)."""
        require(actor, Permission.ISSUE_DOCUMENT)
        with self._db.write(actor) as session:
            for doc_id in [doc_ids] if isinstance(doc_ids, int) else doc_ids:
                row = self._row(session, doc_id)
                row.printed_at = row.printed_at or utcnow()

    def mark_sealed(self, actor: Actor, doc_id: int) -> None:
        require(actor, Permission.ISSUE_DOCUMENT)
        with self._db.write(actor) as session:
            row = self._current(session, doc_id)
            if row.printed_at is None:
                raise UserError(f"「{row.title}」尚未打印，不能标记为已盖章。")
            if row.sealed_at is None:
                row.sealed_at = utcnow()

    def mark_served(self, actor: Actor, doc_id: int, served_on: date, method: DeliveryMethod,
                    served_to: str) -> None:
        """Record service: the date, how, and who received it."""
        require(actor, Permission.ISSUE_DOCUMENT)
        served_to = (served_to or "").strip()
        if not served_to:
            raise ValidationError("不能为空", field="受送达人")
        with self._db.write(actor) as session:
            row = self._current(session, doc_id)
            if row.sealed_at is None:
                raise UserError(f"「{row.title}」尚未盖章，不能登记送达。")
            _check_served_on(row, served_on, self._today())
            row.served_on, row.service_method, row.served_to = served_on, DeliveryMethod(method), served_to

    def attach_receipt(self, actor: Actor, doc_id: int, file_path: Path | str) -> int:
        """Keep the scanned, signed receipt and link it; returns the attachment id."""
        require(actor, Permission.ISSUE_DOCUMENT)
        source = Path(file_path)
        if not source.is_file():
            raise UserError(f"找不到文件「{source}」，请重新选择。")
        sha = file_sha256(source)
        with self._db.write(actor) as session:
            row = self._row(session, doc_id)
            if row.served_on is None:
                raise UserError(f"「{row.title}」尚未登记送达，请先登记送达再上传回证。")
            attachment = _attachment(source, sha, row, actor)
            session.add(attachment)
            session.flush()
            row.receipt_attachment_id = attachment.id
            store_file(source, attachment_path(self.files_dir, sha, source.name))
            return attachment.id

    def _current(self, session, doc_id: int) -> IssuedDocument:
        row = self._row(session, doc_id)
        if latest(session, row.kind, row.owner_type, row.owner_id, session_id=row.session_id) is not row:
            raise UserError(f"「{row.title}」已被更正重出，请对更正后的文书操作。")
        return row


def _check_served_on(row: IssuedDocument, served_on: date, today: date) -> None:
    issued = row.issued_at.astimezone().date()
    if served_on > today:
        raise ValidationError("不能晚于今天", field="送达日期")
    if served_on < issued:
        raise ValidationError(f"不能早于出具日期 {issued:%Y-%m-%d}", field="送达日期")


def _attachment(source: Path, sha: str, row: IssuedDocument, actor: Actor) -> Attachment:
    return Attachment(owner_type=RECEIPT_OWNER, owner_id=row.id, filename=source.name,
                      content_type=mimetypes.guess_type(source.name)[0], size=source.stat().st_size,
                      sha256=sha, description=f"{row.title}（{row.number or ''}）送达回证",
                      uploaded_by=actor.officer_id, uploaded_at=utcnow())
