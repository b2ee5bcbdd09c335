"""Evidence files: copied into the program's store by content hash, listed with the case."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from db.models import Attachment
from desktop.auth import Actor, Permission
from desktop.cases.base import CaseActions
from desktop.cases.common import text
from desktop.cases.workflow import ENTITY
from desktop.errors import UserError
from desktop.filestore import attachment_path as stored_path
from desktop.filestore import file_sha256, store_file


@dataclass(frozen=True)
class StoredFile:
    id: int
    filename: str
    sha256: str
    size: int
    path: Path



class AttachmentService(CaseActions):
    def add(self, actor: Actor, case_id: int, source: Path, files_dir: Path, description: str = "") -> StoredFile:
        source = Path(source)
        if not source.is_file():
            raise UserError(f"找不到文件「{source}」，请重新选择。")
        sha = file_sha256(source)
        target = stored_path(files_dir, sha, source.name)

        def action(session, record):
            row = Attachment(owner_type=ENTITY, owner_id=record.id, filename=source.name,
                             content_type=mimetypes.guess_type(source.name)[0], size=source.stat().st_size,
                             sha256=sha, description=text(description), uploaded_by=actor.officer_id)
            session.add(row)
            session.flush()
            store_file(source, target)
            return StoredFile(row.id, row.filename, sha, row.size, target)
        return self._run(actor, Permission.CASE_MEDIATE, case_id, None, action)

