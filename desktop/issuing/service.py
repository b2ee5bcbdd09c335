"""Issuing formal documents: numbered, rendered, stored by hash, recorded, frozen.

``DocumentService(database, files_dir)``:

- ``issue(actor, kind, owner)`` builds the context from the database, renders it
  with the centre's current template, stores the PDF under its SHA-256 and
  records the issue (who, when, template version), all in one unit of work;
- ``reprint(doc_id)`` gives the stored bytes back, checked against the hash;
- ``reissue(actor, doc_id, reason)`` issues a corrected document that
  references the old one; the old file stays as it was;
- ``draft(kind, owner)`` renders from current data without issuing anything;
- the proof-of-service loop is in ``serving.ServingMixin``.

``owner`` is an ``OwnerRef`` (owner type and id) or the record's number.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from db import audit
from db.engine import Database
from db.models import IssuedDocument
from db.types import utcnow
from desktop import settings as org_settings
from desktop.auth import Actor, Permission, require
from db.enums import DocumentKind
from desktop.documents import render
from desktop.documents.draftmark import DRAFT_NUMBER
from desktop.errors import NotFound, UserError
from desktop.issuing import contexts, file_papers, queries, registry, templates_store
from desktop.filestore import document_path, read_verified, sha256_of, store_bytes
from desktop.issuing.owners import find_by_number, load_owner
from desktop.issuing.registry import check_kind
from desktop.issuing.request import IssueOptions
from desktop.issuing.serving import ServingMixin
from desktop.issuing.views import IssuedDocumentView
from desktop.numbering import take_number



@dataclass(frozen=True)
class OwnerRef:
    owner_type: str
    owner_id: int


@dataclass(frozen=True)
class Rendered:
    """A document rendered from current data, with what it was rendered from."""

    kind: str
    owner_type: str
    owner_id: int
    number: str | None
    template_version: str
    context: dict
    pdf: bytes


class DocumentService(ServingMixin):
    def __init__(self, database: Database, files_dir: Path, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self.files_dir = Path(files_dir)
        self._today = today

    # ------------------------------------------------------------ issuing
    def issue(self, actor: Actor, kind: DocumentKind | str, owner: OwnerRef | str,
              options: IssueOptions | None = None) -> IssuedDocumentView:
        """Issue a document of ``kind`` for ``owner`` (``IssueOptions`` says what a receipt serves)."""
        require(actor, Permission.ISSUE_DOCUMENT)
        with self._db.write(actor) as session:
            row = self._issue(session, actor, kind, self._owner(session, owner), None, options or IssueOptions())
            return queries.as_views(session, [row])[0]

    def issue_in(self, session: Session, actor: Actor, kind: str, owner_type: str, record) -> IssuedDocument:
        """Issue within the caller's unit of work (签发 of a letter numbers it and issues it together)."""
        require(actor, Permission.ISSUE_DOCUMENT)
        return self._issue(session, actor, kind, (owner_type, record), None, IssueOptions())

    def reissue(self, actor: Actor, doc_id: int, reason: str) -> IssuedDocumentView:
        """Issue a corrected document from current data; it references the one it replaces."""
        require(actor, Permission.ISSUE_DOCUMENT)
        if not reason.strip():
            raise UserError("更正重出必须填写更正原因。")
        with self._db.write(actor) as session:
            old = self._row(session, doc_id)
            if queries.latest(session, old.kind, old.owner_type, old.owner_id, session_id=old.session_id) is not old:
                raise UserError("该文书已被更正，请对最新出具的一份进行更正。")
            record = load_owner(session, old.owner_type, old.owner_id)
            options = IssueOptions(served_document_id=_served_id(session, old), recipient=old.recipient,
                                   session_id=old.session_id)
            row = self._issue(session, actor, old.kind, (old.owner_type, record), old.number, options,
                              supersedes=old, reason=reason.strip())
            return queries.as_views(session, [row])[0]

    def reprint(self, doc_id: int) -> bytes:
        """The issued PDF exactly as stored; refused when the file was altered."""
        with self._db.read() as session:
            row = self._row(session, doc_id)
            what = f"{row.title}（{row.number or '无编号'}）"
            return read_verified(document_path(self.files_dir, row.sha256), row.sha256, what)

    def draft(self, kind: DocumentKind | str, owner: OwnerRef | str, template_text: str | None = None) -> Rendered:
        """Render from current data without issuing, numbering or storing anything.

        The PDF is marked as a draft (diagonal 草稿, 「（草稿，未出具）」 for the number)
        even when the kind was issued before: only the stored issue is the document.
        """
        with self._db.read() as session:
            owner_type, record = self._owner(session, owner)
            kind = check_kind(kind, owner_type, record).kind
            version, text = templates_store.current(session, kind)
            if template_text is not None:
                version, text = templates_store.check(kind, template_text), template_text
            request = self._request(session, kind, owner_type, record, DRAFT_NUMBER, IssueOptions())
            context = contexts.build(session, request)
            return Rendered(kind, owner_type, record.id, record.number, version, context,
                            render(kind, context, text, draft=True))

    def _issue(self, session: Session, actor: Actor, kind: DocumentKind | str, owner, number: str | None,
               options: IssueOptions, supersedes: IssuedDocument | None = None,
               reason: str | None = None) -> IssuedDocument:
        owner_type, record = owner
        spec = check_kind(kind, owner_type, record)
        if spec.kind == DocumentKind.SESSION_RECORD:  # remember which session it records
            options = replace(options, session_id=file_papers.chosen_session(record, options.session_id).id)
        version, text = templates_store.current(session, spec.kind)
        request = self._request(session, spec.kind, owner_type, record, number, options)
        request.number = request.number or record.number or self._own_number(session, spec, owner_type, record)
        context = contexts.build(session, request)
        pdf = render(spec.kind, context, text)
        row = self._record(session, actor, spec, request, context, version, pdf, supersedes)
        store_bytes(document_path(self.files_dir, row.sha256), pdf)
        audit.record_event(session, "issue_document", entity_type="issued_document", entity_id=row.id,
                           detail=_detail(row, reason))
        return row

    def _request(self, session, kind: DocumentKind, owner_type, record, number, options) -> contexts.Request:
        served = None
        if kind == DocumentKind.SERVICE_RECEIPT:
            served = self._served_document(session, owner_type, record.id, options.served_document_id)
        return contexts.Request(kind, owner_type, record, self._today(), org_settings.load(session), number,
                                options, served)

    def _record(self, session, actor, spec, request, context, version, pdf, supersedes) -> IssuedDocument:
        row = IssuedDocument(
            kind=spec.kind.value, number=request.number, owner_type=request.owner_type, owner_id=request.record.id,
            title=spec.title(context), template_version=version, sha256=sha256_of(pdf), size=len(pdf),
            issued_by=actor.officer_id, issued_at=utcnow(), supersedes_id=supersedes.id if supersedes else None,
            copies=spec.copies(request.settings), recipient=spec.recipient(context),
            session_id=request.options.session_id if spec.kind == DocumentKind.SESSION_RECORD else None)
        session.add(row)
        session.flush()
        return row

    def _own_number(self, session: Session, spec: registry.KindSpec, owner_type: str, record) -> str | None:
        """A document whose owner has no number takes one of its own (a rejected case's notice)."""
        if not spec.own_number:
            return None
        return take_number(session, spec.number_kind, self._today().year, entity_type=owner_type,
                           entity_id=record.id).number

    def _served_document(self, session, owner_type, owner_id, doc_id) -> IssuedDocument | None:
        if doc_id is None:
            return queries.latest_served_kind(session, owner_type, owner_id)
        row = self._row(session, doc_id)
        if (row.owner_type, row.owner_id) != (owner_type, owner_id) or not registry.spec(row.kind).served:
            raise UserError("送达回证只能为同一记录出具的其他文书开具。")
        return row

    # ------------------------------------------------------------ reading
    def get(self, doc_id: int) -> IssuedDocumentView:
        with self._db.read() as session:
            return queries.as_views(session, [self._row(session, doc_id)])[0]

    def documents_for(self, owner_type: str, owner_id: int) -> list[IssuedDocumentView]:
        with self._db.read() as session:
            return queries.for_owner(session, owner_type, owner_id)

    def unserved(self, owner_type: str | None = None, owner_id: int | None = None) -> list[IssuedDocumentView]:
        with self._db.read() as session:
            return queries.unserved(session, owner_type, owner_id)

    def issued_on(self, day: date) -> list[IssuedDocumentView]:
        with self._db.read() as session:
            return queries.issued_on(session, day)

    def latest(self, kind: DocumentKind | str, owner: OwnerRef | str) -> IssuedDocumentView | None:
        with self._db.read() as session:
            owner_type, record = self._owner(session, owner)
            row = queries.latest(session, kind, owner_type, record.id)
            return queries.as_views(session, [row])[0] if row else None

    def kinds_for(self, owner: OwnerRef | str) -> tuple[DocumentKind, ...]:
        """The kinds this record can issue (a letter only its own kind)."""
        with self._db.read() as session:
            return registry.kinds_of(*self._owner(session, owner))

    def choices(self, kind: DocumentKind | str, owner: OwnerRef | str) -> list[tuple[str, IssueOptions]]:
        """What the officer picks when issuing ``kind`` for the record (a notice's party, a
        record's session), as (label, options); empty when the kind has nothing to pick."""
        pick = registry.spec(kind).choices
        if pick is None:
            return []
        with self._db.read() as session:
            return pick(self._owner(session, owner)[1])

    def _owner(self, session: Session, owner: OwnerRef | str) -> tuple[str, object]:
        if isinstance(owner, str):
            return find_by_number(session, owner)
        return owner.owner_type, load_owner(session, owner.owner_type, owner.owner_id)

    @staticmethod
    def _row(session: Session, doc_id: int) -> IssuedDocument:
        row = session.get(IssuedDocument, doc_id)
        if row is None:
            raise NotFound("该文书记录不存在，可能已被删除。")
        return row


def _served_id(session: Session, old: IssuedDocument) -> int | None:
    if registry.spec(old.kind).served:
        return None
    served = queries.latest_served_kind(session, old.owner_type, old.owner_id)
    return served.id if served else None


def _detail(row: IssuedDocument, reason: str | None) -> str:
    detail = {"kind": row.kind, "number": row.number, "owner_type": row.owner_type, "owner_id": row.owner_id,
              "sha256": row.sha256, "template_version": row.template_version, "supersedes_id": row.supersedes_id}
    if reason:
        detail["reason"] = reason
    return json.dumps(detail, ensure_ascii=False, sort_keys=True)
